/** Four-digit numbers: whether one is a calendar year or a count, and the years and year ranges a text names. */
import { fiscalStartAbs, monthSpan, utc } from './calendar';
import { cand, type Cand, type Ctx } from './candidates';
import { clauseStart } from './tail';
import { SEASON_SRC, yearOk } from './vocabulary';
import { pairEnd } from './year-spans';

/** Words that may follow a year without making it a count ("2027 and beyond", "2030 vision"). */
const YEAR_FOLLOWERS = new Set(
  (
    'and or to through thru until till onwards onward we our the a an with at in on as when for by ' +
    'vision strategy strategies plan plans agenda ambition ambitions goal goals target targets ' +
    'objective objectives roadmap budget budgets review report survey baseline baselines level levels ' +
    'figure figures result results cycle season cohort intake deadline milestone milestones horizon ' +
    'commitment commitments programme programmes program programs strategic edition financial fiscal ' +
    'academic calendar year years end q1 q2 q3 q4 h1 h2 compared versus vs if where while so then but ' +
    'is are was were will would should can could must may might has have had latest at-the-latest ' +
    'actual actuals rate rates priorities priority census refresh update data numbers position ' +
    'value values score scores benchmark benchmarks standard standards onwards. it they this that ' +
    'onward. everyone everybody all each every there these those its their from of ' +
    'okr okrs kr krs kpi kpis outcomes initiatives themes pillars'
  ).split(' '),
);
/** Irregular or singular count nouns that make a preceding 4-digit number a count. */
const COUNT_WORDS = new Set(
  (
    'more new additional extra fewer less people staff children men women personnel workforce ' +
    'sq m km kg mw kw gw tonnes tons hours miles pounds euros dollars gbp usd eur k m bn ' +
    'per of times x feet metres meters units'
  ).split(' '),
);

const RE_YEAR = /(?<![A-Za-z\u00C0-\u024F0-9_£$€¥#.,/+\-−:'’])((?:19|20)\d{2}|2100)(?![A-Za-z\u00C0-\u024F0-9_%+]|[.,:]\d)/g;
const LEGAL_NAME_BEFORE = /\b(?:Act|Acts|Regulations|Order|Directive|Bill|Rules|Convention)\s$/;
const FY_WORDS_AFTER = /\s+(?:financial|fiscal|academic|calendar)\s+year\b/iy;
const RANGE_TAIL = /\s?(?:[-–—/]|to|through|until|and)\s?((?:19|20)\d{2}|2100|\d{2})(?![A-Za-z\u00C0-\u024F0-9_%]|[.,]\d)/iy;

const NUMERIC_CONTEXT_BEFORE =
  /(?:^|[^A-Za-z\u00C0-\u024F])(?:to|from|than|reach(?:es|ing)?|hit(?:ting)?|at|over|under|above|below|about|around|approx(?:\.|imately)?|least|most|exceed(?:s|ing)?|total(?:ling|ing)?|serve|serving|of|by|[~≥≤><=≈])\s*$/i;
const CHANGE_VERB = /\b(?:increas|rais|grow|grew|reduc|cut|lower|decreas|boost|improv|drop|ris|doubl|tripl|halv|bring|expand|tak|get|scal|reach|hit)\w*/i;
/** Words after a year that make it a reference period rather than a count ("2019 levels", "the 2027 survey"). */
const PERIOD_AFTER_YEAR = /^\s?(?:baseline|levels?|figures?|actuals?|results?|base|survey|census)\b/i;
/** Words after a year that make it a starting point, not a deadline. */
const BASELINE_WORD_AFTER_YEAR = /^\s?(?:baseline|levels?|figures?|actuals?|base)\b/i;
/** Words before "of" that make the year after it a period: "spring of 2027", "the start of 2027". */
const PART_OF_BEFORE = new RegExp(`\\b(?:${SEASON_SRC}|part|start|beginning|middle|half|quarter|course|rest|remainder)\\s+of\\s*$`, 'i');

function yearIsCount(t: string, start: number, end: number): boolean {
  // Glued to other digit groups: phone numbers, lists of numbers.
  if (/\d[\s.-]$/.test(t.slice(Math.max(0, start - 2), start)) && !/\d\s?[-–—]\s?$/.test(t.slice(Math.max(0, start - 3), start))) return true;
  if (/^[\s.-]\d/.test(t.slice(end, end + 2))) return true;
  // What follows.
  const after = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(t.slice(end, end + 40));
  if (after) {
    const word = after[1]!;
    const lower = word.toLowerCase();
    if (YEAR_FOLLOWERS.has(lower)) {
      // "2027 and beyond", "2030 vision"
    } else if (COUNT_WORDS.has(lower)) {
      return true;
    } else if (/[^s]s$/.test(lower) && !/(?:ss|us|is)$/.test(lower)) {
      return true; // a plural noun: "2000 customers"
    }
  }
  // "below 2019 levels": a baseline year, whatever precedes it.
  if (PERIOD_AFTER_YEAR.test(t.slice(end, end + 30))) return false;
  // What precedes: "from 1500 to 2000", "reach 2000", "over 2000".
  const before = t.slice(Math.max(0, start - 60), start);
  const ctxMatch = NUMERIC_CONTEXT_BEFORE.exec(before);
  if (ctxMatch) {
    const word = ctxMatch[0].trim().toLowerCase();
    if (/\b(?:later|earlier|sooner|before)\s+than\s*$/i.test(before)) return false;
    if (/(?:^|\W)end\s+of\s*$/i.test(before) || PART_OF_BEFORE.test(before)) return false;
    if (/^(?:.*\W)?(?:of|by)$/.test(word)) {
      // "by 2030" and "of 2027" read as years unless a count word came right before "by": "grow by 2000".
      return /\b(?:grow|increase|rise|raise|up|down|reduce|cut|boost|fall|drop|more|fewer)\w*\s+by\s*$/i.test(before);
    }
    if (/^(?:.*\W)?(?:to|from)$/.test(word)) {
      // "strategy to 2030" is a period; "from 1500 to 2000" and "increase to 2000" are counts.
      const clause = t.slice(clauseStart(t, start), start);
      if (/\bfrom\s+[£$€]?\d/i.test(clause) && !/\bfrom\s+(?:19|20)\d{2}\b/i.test(clause)) return true;
      if (/^(?:.*\W)?from$/.test(word)) return false;
      return CHANGE_VERB.test(clause);
    }
    return true;
  }
  return false;
}

/**
 * True when the four-digit number at [start, end) reads as a calendar year (1990–2100) rather
 * than a count: "by 2030", "Vision 2030", "(2025: 41%)" are years; "2000 customers",
 * "from 1500 to 2000", "0800 2027 123" are not.
 */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  if (!/^\d{4}$/.test(s) || !yearOk(Number(s))) return false;
  return !yearIsCount(text, start, end);
}

/** Years ("2027", "the 2027 financial year") and year ranges ("2025-2027", "2026/27"). */
export function scanYears(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_YEAR.lastIndex = 0;
  while ((m = RE_YEAR.exec(t))) {
    const first = Number(m[1]);
    if (!yearOk(first)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Ranges: "2025-2027", "2025–28", "2025 to 2027", "2026/27".
    RANGE_TAIL.lastIndex = end;
    const r = RANGE_TAIL.exec(t);
    if (r) {
      const second = pairEnd(first, r[1]!);
      const sepIsWord = /[a-z]/i.test(r[0]);
      if (second !== null && (!sepIsWord || r[1]!.length === 4)) {
        let rEnd = end + r[0].length;
        FY_WORDS_AFTER.lastIndex = rEnd;
        const fyWords = second === first + 1 ? FY_WORDS_AFTER.exec(t) : null;
        if (fyWords) rEnd += fyWords[0].length;
        RE_YEAR.lastIndex = rEnd;
        if (second === first + 1) {
          // A consecutive pair is a financial year ("2026/27"); with a January start it is simply 2027.
          out.push(cand(start, rEnd, monthSpan(fiscalStartAbs(second, ctx.fy), 12), 'year', false, 'range'));
        } else {
          out.push({ ...cand(start, rEnd, monthSpan(second * 12, 12), 'year', false, 'range'), from: utc(first, 0, 1) });
        }
        continue;
      }
    }
    if (yearIsCount(t, start, end)) continue;
    // "Care Act 2014", "GDPR Regulations 2018": part of a name.
    if (LEGAL_NAME_BEFORE.test(t.slice(Math.max(0, start - 14), start))) continue;
    // "the 2027 financial year": that fiscal year.
    FY_WORDS_AFTER.lastIndex = end;
    const fyWords = FY_WORDS_AFTER.exec(t);
    if (fyWords && !/academic|calendar/i.test(fyWords[0])) {
      RE_YEAR.lastIndex = end + fyWords[0].length;
      out.push(cand(start, end + fyWords[0].length, monthSpan(fiscalStartAbs(first, ctx.fy), 12), 'year', false, 'period'));
      continue;
    }
    const c = cand(start, end, monthSpan(first * 12, 12), 'year', false, 'year');
    const after = t.slice(end, end + 30);
    if (BASELINE_WORD_AFTER_YEAR.test(after)) c.baseline = true;
    out.push(c);
  }
}
