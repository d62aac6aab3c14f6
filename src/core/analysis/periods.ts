/** Named parts of years: quarters and halves ("Q3 2027", "1H26", "the third quarter"), file-name periods ("2021_q1"), seasons, early/mid/late and fiscal years. */
import { fiscalStartAbs, monthSpan } from './calendar';
import { cand, nextOccurrence, type Cand, type Ctx, type Precision } from './candidates';
import { hasCue } from './deadline-cues';
import { PART_ORDINAL_SRC, PART_ORDINALS, SEASON_SRC, SEASONS, toYear, yearOk } from './vocabulary';
import { monthInSpan, parseYearSpanAt, yearSpanAfterPart } from './year-spans';

const RE_PART = /(?<![A-Za-z\u00C0-\u024F0-9_])(?:([QH])([1-4])|([1-4])([QH]))(?=FY|[^A-Za-z\u00C0-\u024F0-9_]|\d\d|$)/gi;
const RE_YEAR_PART = /(?<![A-Za-z\u00C0-\u024F0-9_.,])(?:(FY)\s?['’]?)?((?:19|20)\d{2}|\d{2})\s?[-/]?\s?([QH])([1-4])(?![A-Za-z\u00C0-\u024F0-9_])/gi;
// File-name forms joined by an underscore: "2021_q1", "fy22_q1", "2022_annual", "q1_2021", "h2_fy27".
const RE_YEAR_PART_US = /(?<![A-Za-z\u00C0-\u024F0-9.,])(?:(FY)['’]?)?((?:19|20)\d{2}|\d{2})_(?:([QH])([1-4])|(annual))(?![A-Za-z\u00C0-\u024F0-9])/gi;
const RE_PART_YEAR_US = /(?<![A-Za-z\u00C0-\u024F0-9.,])([QH])([1-4])_(?:(FY)['’]?)?((?:19|20)\d{2}|\d{2})(?![A-Za-z\u00C0-\u024F0-9])/gi;
const RE_ORD_PART = new RegExp(`\\b(?:the\\s+)?(${PART_ORDINAL_SRC})\\s+(quarter|half)\\b`, 'gi');
const RE_SEASON = new RegExp(`\\b(?:(this|next|coming)\\s+)?(${SEASON_SRC})\\b`, 'gi');
const RE_EARLY = /\b(early|mid|late|end)[-\s]+/gi;
const RE_FY = /\b(?:FY|F\.Y\.|fiscal|financial)/gi;
const GATE_EARLY = /\b(?:early|mid|late|end)\b/i;

const PART_RANGE_SEP = /\s?(?:[-–—]|to|through|until|and)\s?/iy;

function partCandAt(ctx: Ctx, pos: number): { cand: Cand | null; bareOk: boolean } | null {
  RE_PART.lastIndex = pos;
  const m = RE_PART.exec(ctx.text);
  if (!m || m.index !== pos) return null;
  return partFromMatch(ctx, m);
}

function partFromMatch(ctx: Ctx, m: RegExpExecArray): { cand: Cand | null; bareOk: boolean } {
  const t = ctx.text;
  const letter = (m[1] ?? m[4]!).toUpperCase();
  const n = Number(m[2] ?? m[3]);
  const digitFirst = m[3] !== undefined;
  const start = m.index;
  const partEnd = start + m[0].length;
  if (letter === 'H' && n > 2) return { cand: null, bareOk: false };
  const len = letter === 'Q' ? 3 : 6;
  const offset = (n - 1) * len;
  const precision: Precision = letter === 'Q' ? 'quarter' : 'half';
  const span = yearSpanAfterPart(ctx, partEnd, digitFirst, true);
  if (span && (!span.yy || digitFirst || span.fiscal || /^[-/]/.test(t.slice(partEnd, partEnd + 1)))) {
    return { cand: cand(start, span.end, monthSpan(span.startAbs + offset, len), precision, span.relative, 'period'), bareOk: true };
  }
  // Bare part: relative to the reference date.
  const after = t.slice(partEnd, partEnd + 16);
  if (/^\s?(?:score|question|response|item|answers?)\b/i.test(after)) return { cand: null, bareOk: false };
  // A bare H1/H2 or 3Q needs a cue ("in H2") or to stand alone ("H2:", "… by end H2."), since
  // "H2 production" is hydrogen and "H2" a heading level.
  const alone = /^\s*(?:[:.,;)\]|–—-]|$)/.test(after) && /[A-Z]/.test(m[1] ?? m[4]!);
  if ((letter === 'H' || digitFirst) && !alone && !hasCue(t, start)) return { cand: null, bareOk: false };
  return { cand: cand(start, partEnd, nextOccurrence(ctx, offset, len), precision, true, 'period'), bareOk: true };
}

/** Quarters and halves: "Q3 2027", "Q3 FY27", "1H26", "Q1–Q3 2027", "2027 Q3", "the third quarter of 2027", a bare "Q3". */
export function scanParts(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_PART.lastIndex = 0;
  while ((m = RE_PART.exec(t))) {
    const nextFrom = RE_PART.lastIndex;
    const res = partFromMatch(ctx, m);
    RE_PART.lastIndex = nextFrom;
    if (!res.cand) continue;
    // "Q1–Q3 2027": one period ending with the second part.
    if (res.cand.relative && res.cand.end === m.index + m[0].length) {
      PART_RANGE_SEP.lastIndex = res.cand.end;
      const sep = PART_RANGE_SEP.exec(t);
      if (sep) {
        const second = partCandAt(ctx, res.cand.end + sep[0].length);
        RE_PART.lastIndex = nextFrom;
        if (second?.cand && !second.cand.relative) {
          out.push({ ...second.cand, start: res.cand.start, from: res.cand.from });
          continue;
        }
      }
    }
    out.push(res.cand);
  }
  RE_YEAR_PART.lastIndex = 0;
  while ((m = RE_YEAR_PART.exec(t))) {
    const fiscal = m[1] !== undefined;
    const yText = m[2]!;
    if (yText.length === 2 && !fiscal) continue;
    const y = toYear(yText);
    const letter = m[3]!.toUpperCase();
    const n = Number(m[4]);
    if (!yearOk(y) || (letter === 'H' && n > 2)) continue;
    const len = letter === 'Q' ? 3 : 6;
    const startAbs = fiscal ? fiscalStartAbs(y, ctx.fy) : y * 12;
    out.push(cand(m.index, m.index + m[0].length, monthSpan(startAbs + (n - 1) * len, len), letter === 'Q' ? 'quarter' : 'half', false, 'period'));
  }
  RE_ORD_PART.lastIndex = 0;
  while ((m = RE_ORD_PART.exec(t))) {
    const unit = m[2]!.toLowerCase();
    const len = unit === 'quarter' ? 3 : 6;
    const max = unit === 'quarter' ? 4 : 2;
    const word = m[1]!.toLowerCase();
    const n = word === 'final' || word === 'last' ? max : PART_ORDINALS[word]!;
    if (n > max) continue;
    const precision: Precision = unit === 'quarter' ? 'quarter' : 'half';
    const end = m.index + m[0].length;
    OF_SEP.lastIndex = end;
    const of = OF_SEP.exec(t);
    const span = of ? parseYearSpanAt(ctx, end + of[0].length, true, false) : null;
    if (span) {
      out.push(cand(m.index, span.end, monthSpan(span.startAbs + (n - 1) * len, len), precision, span.relative, 'period'));
    } else if (word !== 'last' && word !== 'first' ? true : hasCue(t, m.index)) {
      out.push(cand(m.index, end, nextOccurrence(ctx, (n - 1) * len, len), precision, true, 'period'));
    }
  }
}
const OF_SEP = /\s+of\s+(?:the\s+)?(?=\S)/iy;

/** "2021_q1", "fy22_q1", "2024_h2", "2022_annual", "q1_2021": periods in file names. A two-digit year needs FY. */
export function scanUnderscored(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  const push = (start: number, end: number, fiscal: boolean, yText: string, letter: string | undefined, n: number): void => {
    if (yText.length === 2 && !fiscal) return;
    const y = toYear(yText);
    if (!yearOk(y)) return;
    const startAbs = fiscal ? fiscalStartAbs(y, ctx.fy) : y * 12;
    if (!letter) {
      out.push(cand(start, end, monthSpan(startAbs, 12), 'year', false, 'period'));
      return;
    }
    const q = letter.toUpperCase() === 'Q';
    if (!q && n > 2) return;
    const len = q ? 3 : 6;
    out.push(cand(start, end, monthSpan(startAbs + (n - 1) * len, len), q ? 'quarter' : 'half', false, 'period'));
  };
  RE_YEAR_PART_US.lastIndex = 0;
  while ((m = RE_YEAR_PART_US.exec(t))) {
    push(m.index, m.index + m[0].length, m[1] !== undefined, m[2]!, m[3], Number(m[4] ?? 0));
  }
  RE_PART_YEAR_US.lastIndex = 0;
  while ((m = RE_PART_YEAR_US.exec(t))) {
    push(m.index, m.index + m[0].length, m[3] !== undefined, m[4]!, m[1], Number(m[2]));
  }
}

/** Seasons with a year ("spring 2027", "winter 2026/27"), after this/next, or after a cue ("by spring"). */
export function scanSeasons(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_SEASON.lastIndex = 0;
  while ((m = RE_SEASON.exec(t))) {
    const word = m[2]!.toLowerCase();
    const sm = SEASONS[word]!;
    const start = m.index;
    const span = yearSpanAfterPart(ctx, start + m[0].length, false);
    if (span && !span.yy) {
      let abs = monthInSpan(span.startAbs, sm);
      if (span.firstYear !== undefined && sm === 11) abs = span.firstYear * 12 + 11; // winter 2026/27
      out.push(cand(start, span.end, monthSpan(abs, 3), 'quarter', span.relative, 'period'));
      continue;
    }
    if (word === 'fall') continue; // the verb: "churn to fall below 3%"
    if (m[1]) {
      let s = nextOccurrence(ctx, sm, 3);
      if (m[1].toLowerCase() !== 'this' && s.from.getTime() <= ctx.refDay) s = monthSpan(s.from.getUTCFullYear() * 12 + s.from.getUTCMonth() + 12, 3);
      out.push(cand(start, start + m[0].length, s, 'quarter', true, 'period'));
      continue;
    }
    if (!hasCue(t, start)) continue;
    out.push(cand(start, start + m[0].length, nextOccurrence(ctx, sm, 3), 'quarter', true, 'period'));
  }
}

/** "Early / mid / late 2027" (thirds of the year) and "end-2027" (the whole year). */
export function scanEarlyLate(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_EARLY.lastIndex = 0;
  while (GATE_EARLY.test(t) && (m = RE_EARLY.exec(t))) {
    const p = m.index + m[0].length;
    const span = parseYearSpanAt(ctx, p, true, false);
    if (!span) continue;
    if (span.relative && !/^(?:the|this|next|current|coming|following)\b/i.test(t.slice(p, span.end))) continue;
    const which = m[1]!.toLowerCase();
    if (which === 'end') {
      // "end-2027", "end 2027": the whole year
      if (span.relative) continue;
      out.push(cand(m.index, span.end, monthSpan(span.startAbs, 12), 'year', false, 'period'));
      continue;
    }
    const offset = which === 'early' ? 0 : which === 'mid' ? 4 : 8;
    out.push(cand(m.index, span.end, monthSpan(span.startAbs + offset, 4), 'quarter', span.relative, 'period'));
  }
}

/** Fiscal years: "FY27", "FY 2026/27", "financial year 2027". */
export function scanFiscal(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_FY.lastIndex = 0;
  while ((m = RE_FY.exec(t))) {
    const span = parseYearSpanAt(ctx, m.index, false, false);
    if (!span || !span.fiscal) continue;
    out.push(cand(m.index, span.end, monthSpan(span.startAbs, 12), 'year', false, 'period'));
    RE_FY.lastIndex = Math.max(RE_FY.lastIndex, span.end);
  }
}
