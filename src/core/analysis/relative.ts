/** Periods and durations counted from the reference date: "next year", "end of the quarter", "EOY", "within 6 months", "a five-year plan". */
import { absYear, addMonths, DAY_MS, fiscalStartAbs, fiscalYearOf, monthSpan, utc } from './calendar';
import { cand, type Cand, type Ctx, type Precision } from './candidates';
import { durationUnit, isServiceDuration, type DurationUnit } from './durations';
import { DURATION_NUMBER_WORD_SRC, numberValue } from './vocabulary';
import { PART_SEP, parseYearSpanAt } from './year-spans';

const RE_REL = /\b(?:the\s+)?(this|next|current|coming|following)\s+(financial\s+year|fiscal\s+year|calendar\s+year|FY|year|quarter|month|half[-\s]year|half|decade)\b/gi;
const RE_END_OF = /\bend\s+of\s+(?:the\s+)?(financial\s+year|fiscal\s+year|calendar\s+year|FY|year|quarter|month|half[-\s]year|decade)\b/gi;
const RE_EO = /\b(EOY|EOFY|EOQ|EOM)\b/g;
const RE_YEAR_END = /\b(?:(financial|fiscal)\s+)?(year|quarter|month)[-\s]?end\b/gi;
const RE_DURATION = new RegExp(
  `\\b(within|in|over|during|for|across|throughout|inside)\\s+(?:the\\s+)?(?:(next|coming|following|first)\\s+)?(\\d{1,4}|${DURATION_NUMBER_WORD_SRC}|a|an)[\\s-]+((?:calendar|working|business)\\s+)?(days?|weeks?|months?|years?)\\b(?:['’]?\\s+time\\b)?`,
  'gi',
);
const RE_DURATION_ADJ = new RegExp(
  `\\b(within|over|during|across|in)\\s+(?:a|the|this|our)\\s+(\\d{1,2}|${DURATION_NUMBER_WORD_SRC})[-\\s](year|month|week|day)\\s+(?:period|plan|horizon|strategy|window|time\\s?frame|term|programme|program|cycle)\\b`,
  'gi',
);
// "The next 6 months", "Next 12 months": a heading or lead-in naming a horizon without a preposition.
const RE_NEXT_N = new RegExp(
  `\\b(?:(?:the|our)\\s+)?(?:next|coming)\\s+(\\d{1,4}|${DURATION_NUMBER_WORD_SRC})[\\s-]+((?:calendar|working|business)\\s+)?(days?|weeks?|months?|years?)\\b`,
  'gi',
);
/** Words before "the next 6 months" that make it something other than a horizon from now. */
const NOT_FROM_NOW_BEFORE = /\b(?:after|beyond|than|past|outside|following)\s+$/i;
// "over the coming year", "within the next month": one unit counted from the reference date.
const RE_DURATION_ONE = /\b(within|over|across|throughout)\s+(?:the\s+)?(?:next|coming|following)\s+(day|week|month|year)\b(?!['’]s\b|[-\s]+(?:end|long)\b)/gi;
// "Five-year vision", "5-year plan", "ten-year strategic plan": a horizon of that many years.
const RE_HORIZON = new RegExp(
  `\\b(\\d{1,2}|${DURATION_NUMBER_WORD_SRC})[-\\s]year[-\\s]+(?:strategic\\s+)?(?:vision|visions|plan|plans|strategy|strategies|roadmap|road\\s?map|ambition|ambitions|goals?|targets?|objectives?|horizon|programme|program|agenda|framework|outlook)\\b`,
  'gi',
);
/** Words before "five-year plan" that make it a past one. */
const PAST_HORIZON_BEFORE = /\b(?:previous|last|past|former|prior|earlier|preceding|old|outgoing|expired|completed)\s+$/i;
const RE_FROM_NOW = new RegExp(
  `\\b(\\d{1,4}|${DURATION_NUMBER_WORD_SRC}|a|an)\\s+(days?|weeks?|months?|years?)\\s+from\\s+(?:now|today)\\b`,
  'gi',
);

// Cheap non-global gates: a family's regex only runs when its key word is in the text at all.
const GATE_REL = /\b(?:this|next|current|coming|following)\s/i;
const GATE_END_OF = /\bend\s+of\s/i;
const GATE_EO = /\bEO[FYQM]/;
const GATE_YEAR_END = /(?:year|quarter|month)[-\s]?end\b/i;
const GATE_DURATION_ADJ = /(?:year|month|week|day)\s+(?:period|plan|horizon|strategy|window|time\s?frame|term|programme|program|cycle)\b/i;
const GATE_FROM_NOW = /\bfrom\s+(?:now|today)\b/i;
const GATE_NEXT = /\b(?:next|coming|following)\s/i;
const GATE_HORIZON = /year[-\s]+(?:strategic\s+)?(?:vision|plan|strateg|road|ambition|goal|target|objective|horizon|program|agenda|framework|outlook)/i;

/** The current (step 0) or next (step 1) year, fiscal year, quarter, month, half or decade. */
function relSpan(ctx: Ctx, unit: string, step: number): { span: { from: Date; due: Date }; precision: Precision } | null {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  const refY = absYear(ctx.refAbs);
  if (u === 'year' || u === 'calendar year') return { span: monthSpan((refY + step) * 12, 12), precision: 'year' };
  if (u === 'financial year' || u === 'fiscal year' || u === 'fy') {
    return { span: monthSpan(fiscalStartAbs(fiscalYearOf(ctx.refAbs, ctx.fy) + step, ctx.fy), 12), precision: 'year' };
  }
  if (u === 'quarter') return { span: monthSpan(ctx.refAbs - (ctx.refAbs % 3) + 3 * step, 3), precision: 'quarter' };
  if (u === 'month') return { span: monthSpan(ctx.refAbs + step, 1), precision: 'month' };
  if (u === 'half' || u === 'half year' || u === 'half-year') return { span: monthSpan(ctx.refAbs - (ctx.refAbs % 6) + 6 * step, 6), precision: 'half' };
  if (u === 'decade') {
    const d = Math.floor(refY / 10) * 10 + 10 * step;
    return { span: { from: utc(d, 0, 1), due: utc(d + 9, 11, 31) }, precision: 'year' };
  }
  return null;
}

/** The span of n units from ref. */
function addDuration(ref: Date, n: number, unit: DurationUnit): { from: Date; due: Date; precision: Precision } {
  const from = ref;
  switch (unit) {
    case 'days':
      return { from, due: new Date(ref.getTime() + n * DAY_MS), precision: 'day' };
    case 'weeks':
      return { from, due: new Date(ref.getTime() + n * 7 * DAY_MS), precision: 'day' };
    case 'months':
      return { from, due: addMonths(ref, Math.round(n)), precision: 'month' };
    default:
      return { from, due: addMonths(ref, Math.round(n * 12)), precision: 'year' };
  }
}

/** This/next/end-of periods, EOY/EOQ/EOM, year-end, durations from now and N-year horizons. */
export function scanRelative(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  const refDate = utc(ctx.ref.getUTCFullYear(), ctx.ref.getUTCMonth(), ctx.ref.getUTCDate());
  RE_REL.lastIndex = 0;
  while (GATE_REL.test(t) && (m = RE_REL.exec(t))) {
    const which = m[1]!.toLowerCase();
    const step = which === 'this' || which === 'current' ? 0 : 1;
    const r = relSpan(ctx, m[2]!, step);
    if (!r) continue;
    // "the next 3 years" is a duration, caught below; "next year" here.
    out.push(cand(m.index, m.index + m[0].length, r.span, r.precision, true, 'relative'));
  }
  RE_END_OF.lastIndex = 0;
  while (GATE_END_OF.test(t) && (m = RE_END_OF.exec(t))) {
    const r = relSpan(ctx, m[1]!, 0);
    if (!r) continue;
    out.push(cand(m.index, m.index + m[0].length, r.span, r.precision, true, 'relative'));
  }
  RE_EO.lastIndex = 0;
  while (GATE_EO.test(t) && (m = RE_EO.exec(t))) {
    const code = m[1]!.toUpperCase();
    const end = m.index + m[0].length;
    PART_SEP.lastIndex = end;
    const sep = PART_SEP.exec(t);
    const span = sep && sep[0].length > 0 && !/[,/]/.test(sep[0]) ? parseYearSpanAt(ctx, end + sep[0].length, false, false) : null;
    if (span && (code === 'EOY' || code === 'EOFY')) {
      out.push(cand(m.index, span.end, monthSpan(span.startAbs, 12), 'year', false, 'relative'));
      continue;
    }
    const r = relSpan(ctx, code === 'EOY' ? 'year' : code === 'EOFY' ? 'fy' : code === 'EOQ' ? 'quarter' : 'month', 0);
    if (r) out.push(cand(m.index, end, r.span, r.precision, true, 'relative'));
  }
  RE_YEAR_END.lastIndex = 0;
  while (GATE_YEAR_END.test(t) && (m = RE_YEAR_END.exec(t))) {
    const end = m.index + m[0].length;
    const fiscal = m[1] !== undefined;
    const unit = m[2]!.toLowerCase();
    PART_SEP.lastIndex = end;
    const sep = PART_SEP.exec(t);
    const span = unit === 'year' && sep && sep[0].length > 0 && !/[,/]/.test(sep[0]) ? parseYearSpanAt(ctx, end + sep[0].length, false, false) : null;
    if (span) {
      const startAbs = fiscal && !span.fiscal ? fiscalStartAbs(absYear(span.startAbs), ctx.fy) : span.startAbs;
      out.push(cand(m.index, span.end, monthSpan(startAbs, 12), 'year', false, 'relative'));
      continue;
    }
    const r = relSpan(ctx, fiscal ? 'fy' : unit, 0);
    if (r) out.push(cand(m.index, end, r.span, r.precision, true, 'relative'));
  }
  RE_DURATION.lastIndex = 0;
  while ((m = RE_DURATION.exec(t))) {
    const prep = m[1]!.toLowerCase();
    const next = m[2]?.toLowerCase();
    const numText = m[3]!.toLowerCase();
    const unit = durationUnit(m[5]!)!;
    const start = m.index;
    const end = start + m[0].length;
    if ((prep === 'for' || prep === 'during' || prep === 'throughout' || prep === 'across') && !next) continue; // "customers for 3 years"
    if (next === 'first') continue; // "in the first 90 days" of a customer's life: a service window
    if (prep === 'over' && !next && /\b(?:for|than|aged|of)\s+$/i.test(t.slice(Math.max(0, start - 10), start))) continue;
    if ((numText === 'a' || numText === 'an') && prep !== 'within' && !next && !/time$/i.test(m[0])) continue; // "twice in a year"
    const n = numberValue(numText);
    if (!Number.isFinite(n) || n <= 0 || n > 5000) continue;
    if (isServiceDuration(t, start, end, unit)) continue;
    const d = addDuration(refDate, n, unit);
    out.push(cand(start, end, { from: d.from, due: d.due }, d.precision, true, 'duration'));
  }
  RE_DURATION_ADJ.lastIndex = 0;
  while (GATE_DURATION_ADJ.test(t) && (m = RE_DURATION_ADJ.exec(t))) {
    const n = numberValue(m[2]!);
    const unit = durationUnit(m[3]!)!;
    if (!Number.isFinite(n) || n <= 0) continue;
    const d = addDuration(refDate, n, unit);
    out.push(cand(m.index, m.index + m[0].length, { from: d.from, due: d.due }, d.precision, true, 'duration'));
  }
  RE_NEXT_N.lastIndex = 0;
  while (GATE_NEXT.test(t) && (m = RE_NEXT_N.exec(t))) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_FROM_NOW_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue; // "after the next 6 months"
    const unit = durationUnit(m[3]!)!;
    const n = numberValue(m[1]!);
    if (!Number.isFinite(n) || n <= 0 || n > 5000) continue;
    if (isServiceDuration(t, start, end, unit)) continue;
    const d = addDuration(refDate, n, unit);
    out.push(cand(start, end, { from: d.from, due: d.due }, d.precision, true, 'duration'));
  }
  RE_DURATION_ONE.lastIndex = 0;
  while (GATE_NEXT.test(t) && (m = RE_DURATION_ONE.exec(t))) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = durationUnit(m[2]!)!;
    if (isServiceDuration(t, start, end, unit)) continue;
    const d = addDuration(refDate, 1, unit);
    out.push(cand(start, end, { from: d.from, due: d.due }, d.precision, true, 'duration'));
  }
  RE_HORIZON.lastIndex = 0;
  while (GATE_HORIZON.test(t) && (m = RE_HORIZON.exec(t))) {
    const start = m.index;
    if (PAST_HORIZON_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue; // "our previous five-year plan"
    const n = numberValue(m[1]!);
    if (!Number.isFinite(n) || n <= 0 || n > 50) continue;
    const d = addDuration(refDate, n, 'years');
    out.push(cand(start, start + m[0].length, { from: d.from, due: d.due }, 'year', true, 'horizon'));
  }
  RE_FROM_NOW.lastIndex = 0;
  while (GATE_FROM_NOW.test(t) && (m = RE_FROM_NOW.exec(t))) {
    const n = numberValue(m[1]!);
    const unit = durationUnit(m[2]!)!;
    if (!Number.isFinite(n) || n <= 0) continue;
    const d = addDuration(refDate, n, unit);
    out.push(cand(m.index, m.index + m[0].length, { from: d.from, due: d.due }, d.precision, true, 'duration'));
  }
}
