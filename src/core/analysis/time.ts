/**
 * Deadlines and periods inside one goal's text.
 *
 * Everything here is regex-driven and linear: each pattern starts at a literal token (a
 * digit, a month name, `Q`, `FY`, a keyword) and has no nested quantifiers, so a hostile line
 * cannot make it backtrack. chrono-node is only consulted for what the patterns leave over
 * (weekdays, "the 3rd of March" style dates), and only on short windows around a month or
 * weekday name that no pattern already covered.
 *
 * Conventions (the lint rules and the docs rely on them):
 * - Offsets index the input string exactly; masked Markdown (runs of spaces) is allowed
 *   wherever a space is.
 * - `due` is the last calendar day the deadline allows: the end of the named period
 *   ("June 2027" → 2027-06-30, "Q3 2027" → 2027-09-30, "2027" → 2027-12-31). "The start of /
 *   beginning of X" moves `due` to the first day of X.
 * - Numeric dates are read day-first ("03/04/2027" is 3 April 2027), as in most non-US
 *   public documents; they are read month-first only when the second number cannot be a
 *   month ("06/30/2027"). ISO dates (2027-06-30) are always year-month-day. A dotted date
 *   with a two-digit year counts only written exactly dd.mm.yy ("02.07.19" = 2 July 2019), always
 *   day-first, and not after a version or section word: "1.2.27", "v1.2.19", "version 12.07.19"
 *   and "10.0.0.1" are not dates. An ISO YYYY-MM-DD whose day 29–31 is past the month's end
 *   ("2022-11-31") names the end of that month, precision 'month'; every other impossible date
 *   ("31/02/2027", "2022-11-32") is rejected.
 * - Fiscal years are named by the calendar year they END in: with `fiscalYearStartMonth`
 *   4 (UK), FY27 = April 2026 – March 2027, due 2027-03-31; with the default 1 it is the
 *   calendar year. "FY 2026/27", "FY26-27" and "2026/27" name the same year. "Q3 FY27" and
 *   "H1 FY27" are quarters/halves of that fiscal year; "Q3 2027", "1H26" and a bare "Q3" are
 *   calendar quarters/halves.
 * - Seasons are northern-hemisphere meteorological ones: spring = March–May, summer =
 *   June–August, autumn/fall = September–November, winter YYYY = December YYYY – February
 *   YYYY+1 ("winter 2026/27" = December 2026 – February 2027). Precision 'quarter'.
 * - "early / mid / late 2027" = January–April / May–August / September–December (precision
 *   'quarter', the closest available).
 * - A bare "Q3", "H2", "June", "30 June", "spring" resolves to the next such period that ends
 *   on or after the reference date (`relative: true`). A bare month or season only counts
 *   after a cue word (by, in, until, end of, ...), and a bare H1/H2 after a cue or standing
 *   alone ("H2:"), since "June", "May" and "H2" are also names, verbs and molecules; "fall"
 *   is a season only with a year ("fall 2027"). A day and a month ("1 April") always count.
 * - A weekday alone (via chrono) counts only after a deadline cue ("by Friday"), never in
 *   "every Monday", "Monday to Friday" or "Black Friday".
 * - Also read: "Mar-27", "30-Jun-2027" (spreadsheet forms), "Q3-27", "end-2027", "year-end
 *   2027", "the 2026/27 financial year", "the third quarter of 2027", "second half of next
 *   year", "EOY / EOQ / EOM / EOFY", "12 months from now", "over a five-year period", and
 *   file-name forms joined by an underscore: "2021_q1", "fy22_q1", "2024_h2", "q1_2021",
 *   "2022_annual" (a two-digit year there needs FY: "22_q1" is not read).
 * - "within / in / over the next N days|weeks|months|years" is a deadline counted from the
 *   reference date (precision day/day/month/year). Seconds, minutes and hours are never
 *   deadlines, and days/weeks are service levels (not deadlines) after a service verb
 *   (respond, resolve, ship ...) in the same clause or when followed by "of <event>"
 *   ("within 30 days of purchase"); see `isServiceDuration`. A heading or lead-in may drop the
 *   preposition: "The next 6 months", "Next 12 months" (not after "after / beyond / than /
 *   past / outside / following"). "within / over / across / throughout the next|coming year"
 *   (or month, week, day) is one unit from the reference date, whereas "next year", "in the
 *   coming year" and "the next year's budget" name the next calendar year.
 * - "Five-year vision", "5-year plan", "ten-year strategic plan" (N-year + vision, plan, strategy,
 *   roadmap, ambition, goals, targets, programme ...) is a horizon of N years from the reference
 *   date (`relative: true`, precision 'year'); not after "previous / last / past / former ...",
 *   and dropped when the same text names an explicit period ("Vision 2030: our ten-year plan"
 *   is 2030). "a five-year-old", "five years ago", "for five years" and "5 years of experience"
 *   are not horizons.
 * - "end of the decade" / "this decade" ends on 31 December of the year ending in 9.
 * - A year is 1990–2100. A four-digit number followed by a plural noun or a count word
 *   ("2000 customers", "2030 more visits") is a count, not a year; so is one after a
 *   reaching word ("from 1500 to 2000", "reach 2000"), one in a phone-like run of digit groups,
 *   or one glued to currency, %, decimals or thousands separators.
 * - A year that names a starting point ("since 2019", "from 2019 levels", "(2025: 41%)",
 *   "(FY25: 84%)", "vs 2024", "published in 2024") is returned with `baseline: true`;
 *   `findDeadline` never picks it. A year inside a law's name ("Care Act 2014") is skipped.
 * - Match text includes a leading "the end of" / "end of" / "the start of" but not the cue
 *   ("by", "before"...), which is returned in `cue`. Duration matches include their
 *   preposition ("within 6 months", "in the next 18 months"), or without one their "the"
 *   ("The next 6 months"); a horizon includes its noun ("5-year plan").
 */
import { GB as chronoGB } from 'chrono-node/en';

export interface DeadlineMatch {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Last calendar day the deadline allows, 'YYYY-MM-DD' (end of the named period). */
  due: string;
  precision: 'day' | 'month' | 'quarter' | 'half' | 'year';
  /** True when resolved against the reference date (no explicit year). */
  relative: boolean;
  /** The cue word(s) just before the match, lower-cased ("by", "no later than", "in", "since"...). */
  cue?: string;
  /** True for a period that names a starting point or comparison, not a deadline ("since 2019", "(2025: 41%)"). */
  baseline?: boolean;
}

export interface TimeOptions {
  /** 1-12, default 1. Fiscal years are named by the calendar year they end in. */
  fiscalYearStartMonth?: number;
}

type Precision = DeadlineMatch['precision'];
type Kind = 'date' | 'period' | 'year' | 'range' | 'duration' | 'horizon' | 'relative' | 'chrono';

interface Cand {
  start: number;
  end: number;
  from: Date;
  due: Date;
  precision: Precision;
  relative: boolean;
  kind: Kind;
  baseline?: boolean;
}

interface Ctx {
  text: string;
  ref: Date;
  refDay: number; // ms of the reference day at 00:00 UTC
  refAbs: number; // reference month as year*12+month
  fy: number; // fiscal year start month, 0-based
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function utc(y: number, m0: number, d: number): Date {
  return new Date(Date.UTC(y, m0, d));
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(y: number, m0: number): number {
  if (m0 === 1 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return 29;
  return MONTH_DAYS[m0]!;
}
function absYear(abs: number): number {
  return Math.floor(abs / 12);
}
function absMonth(abs: number): number {
  return ((abs % 12) + 12) % 12;
}
/** The months [abs, abs+count) as a span from its first to its last day. */
function monthSpan(abs: number, count: number): { from: Date; due: Date } {
  const e = abs + count - 1;
  return {
    from: utc(absYear(abs), absMonth(abs), 1),
    due: utc(absYear(e), absMonth(e), daysIn(absYear(e), absMonth(e))),
  };
}
function addMonths(d: Date, n: number): Date {
  const abs = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const y = absYear(abs);
  const m = absMonth(abs);
  return utc(y, m, Math.min(d.getUTCDate(), daysIn(y, m)));
}

/** 'YYYY-MM-DD' of a Date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function yearOk(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}
/** Two- or four-digit year text to a year ("27" → 2027, "'27" → 2027). */
function toYear(s: string): number {
  const digits = s.replace(/^['’]/, '');
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4,
  jun: 5, june: 5, jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8,
  oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};
const MONTH_SRC =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
function monthIndex(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? -1;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, 'twenty-four': 24, 'twenty four': 24,
  thirty: 30, sixty: 60, ninety: 90,
};
const NUMWORD_SRC =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty[- ]four|twenty|thirty|sixty|ninety';

const SEASONS: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };

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
    'onward. everyone everybody all each every there these those its their from of'
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

const SERVICE_VERB_RE =
  /\b(?:respon(?:d|ds|ded|ding|se|ses)|repl(?:y|ies|ied|ying)|resol(?:ve|ves|ved|ving|ution|utions)|answer(?:s|ed|ing)?|deliver(?:s|ed|ing|y|ies)?|ship(?:s|ped|ping)?|fix(?:es|ed|ing)?|clos(?:e|es|ed|ing|ure)|process(?:es|ed|ing)?|return(?:s|ed|ing)?|refund(?:s|ed|ing)?|call(?:s|ed|ing)?\s+back|call-?backs?|onboard(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing|ement)|dispatch(?:es|ed|ing)?|triag(?:e|es|ed|ing)|turn(?:ed)?\s*around|turnaround|contact(?:s|ed)?|follow(?:ed)?[-\s]?up|repair(?:s|ed)?|install(?:s|ed)?|paid|pay|settl(?:e|es|ed)|seen|treat(?:ed)?|wait(?:s|ed|ing)?)\b/i;

// ---------------------------------------------------------------------------------------------
// Service durations (shared with measure.ts)

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Normalises a written unit ("hrs", "working days", "wk") to a DurationUnit, or null. */
export function durationUnit(word: string): DurationUnit | null {
  const w = word.toLowerCase().replace(/^(?:calendar|working|business)\s+/, '');
  if (/^(?:s|secs?|seconds?)$/.test(w)) return 'seconds';
  if (/^(?:mins?|minutes?)$/.test(w)) return 'minutes';
  if (/^(?:h|hrs?|hours?)$/.test(w)) return 'hours';
  if (/^(?:d|days?)$/.test(w)) return 'days';
  if (/^(?:wks?|weeks?)$/.test(w)) return 'weeks';
  if (/^(?:mths?|months?)$/.test(w)) return 'months';
  if (/^(?:yrs?|years?)$/.test(w)) return 'years';
  return null;
}

/** Start of the clause that contains `pos`: after the last , ; : . ! ? ( or line break, at most 100 chars back. */
function clauseStart(text: string, pos: number): number {
  const lo = Math.max(0, pos - 100);
  for (let i = pos - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    // , ; : ! ? ( \n and '.' not between digits
    if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 10 || c === 8226) return i + 1;
    if (c === 46 && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) return i + 1;
  }
  return lo;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True when the duration written at [start, end) ("within 3 days", "under 2 hours") is a
 * service level (a target to measure) rather than a deadline: seconds, minutes and hours
 * always are; days and weeks are when a service verb (respond, resolve, ship...) comes
 * earlier in the same clause or the duration is followed by "of <event>"; months and years
 * only in the "of <event>" case ("within 3 months of joining").
 */
export function isServiceDuration(text: string, start: number, end: number, unit: DurationUnit): boolean {
  if (unit === 'seconds' || unit === 'minutes' || unit === 'hours') return true;
  const after = text.slice(end, end + 40);
  if (/^\s*(?:of|from|after|following)\s+(?!now\b|today\b|the\s+(?:date|start)\b)[\p{L}]/iu.test(after)) return true;
  if (unit === 'months' || unit === 'years') return false;
  return SERVICE_VERB_RE.test(text.slice(clauseStart(text, start), start));
}

// ---------------------------------------------------------------------------------------------
// Year spans ("2027", "FY27", "FY 2026/27", "'27", "next year"), parsed at a fixed position

interface YearSpan {
  end: number; // offset after the span text
  startAbs: number; // first month, year*12+month
  relative: boolean;
  firstYear?: number; // first year of a "2026/27" pair
  yy?: boolean; // written as a bare two-digit year
  fiscal: boolean;
}

function fiscalStartAbs(fyEndYear: number, fy: number): number {
  return fy === 0 ? fyEndYear * 12 : (fyEndYear - 1) * 12 + fy;
}
/** The fiscal year (named by its end year) that contains abs month. */
function fiscalYearOf(abs: number, fy: number): number {
  const y = absYear(abs);
  return fy === 0 || absMonth(abs) < fy ? y : y + 1;
}

const YS_FY = /(?:FY|F\.Y\.)\s?['’]?(\d{4}|\d{2})(?:\s?[-/–—]\s?['’]?(\d{4}|\d{2}))?(?![A-Za-z\u00C0-\u024F0-9])/iy;
const YS_FISCAL = /(?:fiscal|financial)\s+(?:year\s+)?(?:ending\s+)?((?:19|20)\d{2})(?:\s?[-/–—]\s?(\d{4}|\d{2}))?(?![A-Za-z\u00C0-\u024F0-9])/iy;
const YS_PAIR = /((?:19|20)\d{2}|2100)\s?[-/–—]\s?(\d{4}|\d{2})(?![A-Za-z\u00C0-\u024F0-9%]|[.,]\d)/y;
const YS_YEAR = /((?:19|20)\d{2}|2100)(?![A-Za-z\u00C0-\u024F0-9%+]|[.,:]\d)/y;
const YS_APOS = /['’](\d{2})(?![A-Za-z\u00C0-\u024F0-9%])/y;
const YS_YY = /(\d{2})(?![A-Za-z\u00C0-\u024F0-9%]|[.,]\d)/y;
const YS_REL =
  /(?:the\s+)?(?:(this|next|current|coming|following|same)\s+)?(financial\s+year|fiscal\s+year|calendar\s+year|FY|year)\b/iy;

function pairEnd(first: number, secondText: string): number | null {
  const second = secondText.length === 2 ? Math.floor(first / 100) * 100 + Number(secondText) : Number(secondText);
  if (second <= first || second > first + 30 || !yearOk(second)) return null;
  return second;
}

function parseYearSpanAt(ctx: Ctx, pos: number, allowRelative: boolean, allowYY: boolean): YearSpan | null {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  YS_FY.lastIndex = pos;
  if ((m = YS_FY.exec(t))) {
    let y = toYear(m[1]!);
    if (m[2]) {
      const e = m[1]!.length === 4 ? pairEnd(y, m[2]) : toYear(m[2]);
      if (e === null || e !== y + 1) return null;
      y = e;
    }
    if (!yearOk(y)) return null;
    return { end: pos + m[0].length, startAbs: fiscalStartAbs(y, ctx.fy), relative: false, fiscal: true };
  }
  YS_FISCAL.lastIndex = pos;
  if ((m = YS_FISCAL.exec(t))) {
    let y = Number(m[1]);
    if (m[2]) {
      const e = pairEnd(y, m[2]);
      if (e === null) return null;
      y = e;
    }
    if (!yearOk(y)) return null;
    return { end: pos + m[0].length, startAbs: fiscalStartAbs(y, ctx.fy), relative: false, fiscal: true };
  }
  YS_PAIR.lastIndex = pos;
  if ((m = YS_PAIR.exec(t))) {
    const first = Number(m[1]);
    const e = pairEnd(first, m[2]!);
    if (e !== null && e === first + 1 && yearOk(first)) {
      return { end: pos + m[0].length, startAbs: fiscalStartAbs(e, ctx.fy), relative: false, firstYear: first, fiscal: true };
    }
  }
  YS_YEAR.lastIndex = pos;
  if ((m = YS_YEAR.exec(t))) {
    const y = Number(m[1]);
    if (yearOk(y)) return { end: pos + m[0].length, startAbs: y * 12, relative: false, fiscal: false };
  }
  YS_APOS.lastIndex = pos;
  if ((m = YS_APOS.exec(t))) {
    return { end: pos + m[0].length, startAbs: toYear(m[1]!) * 12, relative: false, fiscal: false };
  }
  if (allowYY) {
    YS_YY.lastIndex = pos;
    if ((m = YS_YY.exec(t))) {
      return { end: pos + m[0].length, startAbs: toYear(m[1]!) * 12, relative: false, yy: true, fiscal: false };
    }
  }
  if (allowRelative) {
    YS_REL.lastIndex = pos;
    if ((m = YS_REL.exec(t))) {
      const fiscal = !/^(?:calendar\s+)?year$/i.test(m[2]!) && !/^calendar/i.test(m[2]!);
      const which = (m[1] ?? 'this').toLowerCase();
      const step = which === 'next' || which === 'coming' || which === 'following' ? 1 : 0;
      // "the coming year" is the next one; a bare "year"/"the year" is the current one.
      const startAbs = fiscal
        ? fiscalStartAbs(fiscalYearOf(ctx.refAbs, ctx.fy) + step, ctx.fy)
        : (absYear(ctx.refAbs) + step) * 12;
      return { end: pos + m[0].length, startAbs, relative: true, fiscal };
    }
  }
  return null;
}

/** First abs month in [span, span+12) whose calendar month is m0. */
function monthInSpan(startAbs: number, m0: number): number {
  return startAbs + ((m0 - absMonth(startAbs) + 12) % 12);
}

/** Separator between a part ("Q3", "June", "spring") and its year span; returns the span or null. */
const PART_SEP = /(?:\s+of\s+|\s?[-/,]\s?|\s+|(?=['’]))/iy;
function yearSpanAfterPart(ctx: Ctx, pos: number, digitFirstPart: boolean, dashYY = false): YearSpan | null {
  // "Mar-27", "Jun/27": a spreadsheet's month-year.
  if (dashYY && /^[-/]\d{2}(?!\d)/.test(ctx.text.slice(pos, pos + 4))) {
    const span = parseYearSpanAt(ctx, pos + 1, false, true);
    if (span) return span;
  }
  // No separator at all: "1H26", "3Q27", "Q3FY27".
  if (digitFirstPart) {
    const glued = parseYearSpanAt(ctx, pos, false, true);
    if (glued) return glued;
  } else {
    YS_FY.lastIndex = pos;
    if (YS_FY.test(ctx.text)) return parseYearSpanAt(ctx, pos, false, false);
  }
  PART_SEP.lastIndex = pos;
  const sep = PART_SEP.exec(ctx.text);
  if (!sep) return null;
  const p = pos + sep[0].length;
  if (sep[0].length === 0 && !/['’]/.test(ctx.text[p] ?? '')) return null;
  const span = parseYearSpanAt(ctx, p, true, false);
  if (!span) return null;
  // A bare "year" is only a year span with a determiner: "Q3 of the year", "Q3 next year".
  if (span.relative && !/^(?:the|this|next|current|coming|following|same)\b/i.test(ctx.text.slice(p, span.end))) return null;
  // "Q3, 2027" is fine; "June, next year" is not worth the risk.
  if (span.relative && /,/.test(sep[0])) return null;
  return span;
}

/** Next period (given by month offset in the calendar year and length) ending on or after the reference day. */
function nextOccurrence(ctx: Ctx, m0: number, count: number): { from: Date; due: Date } {
  const y0 = absYear(ctx.refAbs);
  for (let y = y0 - 1; y <= y0 + 1; y++) {
    const s = monthSpan(y * 12 + m0, count);
    if (s.due.getTime() >= ctx.refDay) return s;
  }
  return monthSpan((y0 + 1) * 12 + m0, count);
}

// ---------------------------------------------------------------------------------------------
// Cue words

const CUE_RE =
  /(?:^|[^A-Za-z\u00C0-\u024F0-9])(by|before|until|till|til|up\s+to|through|thru|throughout|no\s+later\s+than|not\s+later\s+than|due(?:\s+(?:by|in|on|for|date))?|deadline(?:\s+(?:of|is))?|target\s+date|completion\s+date|ends?|ending|in|during|for|within|on|at|from|since|of|over|across|between|vs\.?|versus|against|than(?:\s+in)?|compared\s+(?:to|with))(?:\s+the)?\s?[:\-–—(]?\s*$/i;
const COMMIT_CUES = /^(?:by|before|until|till|til|up\s+to|through|thru|no\s+later\s+than|not\s+later\s+than|due.*|deadline.*|target\s+date|completion\s+date|ends?|ending|within)$/i;
const BASELINE_CUES = /^(?:since|from|vs\.?|versus|against|than(?:\s+in)?|compared\s+(?:to|with))$/i;

function cueBefore(text: string, start: number): string | undefined {
  const m = CUE_RE.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : undefined;
}
const HAS_CUE_RE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:by|before|until|till|through|in|during|for|from|since|within|no\s+later\s+than|not\s+later\s+than|due|deadline|of|end\s+of)(?:\s+the)?\s?:?\s+$/i;
function hasCue(text: string, start: number): boolean {
  return HAS_CUE_RE.test(text.slice(Math.max(0, start - 30), start));
}

// ---------------------------------------------------------------------------------------------
// Pattern families. Each is global; `exec` loops reset lastIndex first.

const RE_ISO = /(?<![A-Za-z\u00C0-\u024F0-9_.\-/])((?:19|20)\d{2}|2100)([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![A-Za-z\u00C0-\u024F0-9_]|[-/.]\d)/g;
const RE_NUMDATE = /(?<![A-Za-z\u00C0-\u024F0-9_.\-/])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![A-Za-z\u00C0-\u024F0-9_%]|[-/.]\d)/g;
/** Words after which "12.07.19" is a version or section number, not a date. */
const VERSION_WORD_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:v|ver|version|release|rel|build|rev|revision|patch|firmware|section|sect|sec|clause|chapter|ch|para|paragraph|item|rule|step|no|number|ref|§)\.?\s*$/i;
const RE_ISO_MONTH = /(?<![A-Za-z\u00C0-\u024F0-9_.\-/])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![A-Za-z\u00C0-\u024F0-9_%]|[-/.]\d)/g;
const RE_DAY_MONTH = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F0-9_.,])(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-)(${MONTH_SRC})\\b\\.?(?:(?:,?\\s+|-)(\\d{4}|['’]\\d{2})(?![A-Za-z\\u00C0-\\u024F0-9_%]|[.,:]\\d)|-(\\d{2})(?![A-Za-z\\u00C0-\\u024F0-9_%]|[.,:]\\d))?`,
  'gi',
);
const RE_MONTH_DAY = new RegExp(
  `\\b(${MONTH_SRC})\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z\\u00C0-\\u024F0-9_%]|\\s?%|[:.,]\\d)(?:,?\\s+(\\d{4})(?![A-Za-z\\u00C0-\\u024F0-9_%]|[.,:]\\d))?`,
  'gi',
);
const RE_MONTH = new RegExp(`\\b(?:(this|next|coming)\\s+)?(${MONTH_SRC})\\b\\.?`, 'gi');
const RE_PART = /(?<![A-Za-z\u00C0-\u024F0-9_])(?:([QH])([1-4])|([1-4])([QH]))(?=FY|[^A-Za-z\u00C0-\u024F0-9_]|\d\d|$)/gi;
const RE_YEAR_PART = /(?<![A-Za-z\u00C0-\u024F0-9_.,])(?:(FY)\s?['’]?)?((?:19|20)\d{2}|\d{2})\s?[-/]?\s?([QH])([1-4])(?![A-Za-z\u00C0-\u024F0-9_])/gi;
// File-name forms joined by an underscore: "2021_q1", "fy22_q1", "2022_annual", "q1_2021", "h2_fy27".
const RE_YEAR_PART_US = /(?<![A-Za-z\u00C0-\u024F0-9.,])(?:(FY)['’]?)?((?:19|20)\d{2}|\d{2})_(?:([QH])([1-4])|(annual))(?![A-Za-z\u00C0-\u024F0-9])/gi;
const RE_PART_YEAR_US = /(?<![A-Za-z\u00C0-\u024F0-9.,])([QH])([1-4])_(?:(FY)['’]?)?((?:19|20)\d{2}|\d{2})(?![A-Za-z\u00C0-\u024F0-9])/gi;
const RE_ORD_PART = /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(quarter|half)\b/gi;
const RE_SEASON = /\b(?:(this|next|coming)\s+)?(spring|summer|autumn|fall|winter)\b/gi;
const RE_EARLY = /\b(early|mid|late|end)[-\s]+/gi;
const RE_FY = /\b(?:FY|F\.Y\.|fiscal|financial)/gi;
const RE_YEAR = /(?<![A-Za-z\u00C0-\u024F0-9_£$€¥#.,/+\-−:'’])((?:19|20)\d{2}|2100)(?![A-Za-z\u00C0-\u024F0-9_%+]|[.,:]\d)/g;
const LEGAL_NAME_BEFORE = /\b(?:Act|Acts|Regulations|Order|Directive|Bill|Rules|Convention)\s$/;
const PAST_EVENT_BEFORE = /\b(?:published|founded|established|introduced|adopted|agreed|began|started|recorded|measured|reported|surveyed|was|were|had|last)\s+(?:in\s+|since\s+)?$/i;
const FY_WORDS_AFTER = /\s+(?:financial|fiscal|academic|calendar)\s+year\b/iy;
const RANGE_TAIL = /\s?(?:[-–—/]|to|through|until|and)\s?((?:19|20)\d{2}|2100|\d{2})(?![A-Za-z\u00C0-\u024F0-9_%]|[.,]\d)/iy;
const RE_REL = /\b(?:the\s+)?(this|next|current|coming|following)\s+(financial\s+year|fiscal\s+year|calendar\s+year|FY|year|quarter|month|half[-\s]year|half|decade)\b/gi;
const RE_END_OF = /\bend\s+of\s+(?:the\s+)?(financial\s+year|fiscal\s+year|calendar\s+year|FY|year|quarter|month|half[-\s]year|decade)\b/gi;
const RE_EO = /\b(EOY|EOFY|EOQ|EOM)\b/g;
const RE_YEAR_END = /\b(?:(financial|fiscal)\s+)?(year|quarter|month)[-\s]?end\b/gi;
const RE_DURATION = new RegExp(
  `\\b(within|in|over|during|for|across|throughout|inside)\\s+(?:the\\s+)?(?:(next|coming|following|first)\\s+)?(\\d{1,4}|${NUMWORD_SRC}|a|an)[\\s-]+((?:calendar|working|business)\\s+)?(days?|weeks?|months?|years?)\\b(?:['’]?\\s+time\\b)?`,
  'gi',
);
const RE_DURATION_ADJ = new RegExp(
  `\\b(within|over|during|across|in)\\s+(?:a|the|this|our)\\s+(\\d{1,2}|${NUMWORD_SRC})[-\\s](year|month|week|day)\\s+(?:period|plan|horizon|strategy|window|time\\s?frame|term|programme|program|cycle)\\b`,
  'gi',
);
// "The next 6 months", "Next 12 months": a heading or lead-in naming a horizon without a preposition.
const RE_NEXT_N = new RegExp(
  `\\b(?:(?:the|our)\\s+)?(?:next|coming)\\s+(\\d{1,4}|${NUMWORD_SRC})[\\s-]+((?:calendar|working|business)\\s+)?(days?|weeks?|months?|years?)\\b`,
  'gi',
);
/** Words before "the next 6 months" that make it something other than a horizon from now. */
const NOT_FROM_NOW_BEFORE = /\b(?:after|beyond|than|past|outside|following)\s+$/i;
// "over the coming year", "within the next month": one unit counted from the reference date.
const RE_DURATION_ONE = /\b(within|over|across|throughout)\s+(?:the\s+)?(?:next|coming|following)\s+(day|week|month|year)\b(?!['’]s\b|[-\s]+(?:end|long)\b)/gi;
// "Five-year vision", "5-year plan", "ten-year strategic plan": a horizon of that many years.
const RE_HORIZON = new RegExp(
  `\\b(\\d{1,2}|${NUMWORD_SRC})[-\\s]year\\s+(?:strategic\\s+)?(?:vision|visions|plan|plans|strategy|strategies|roadmap|road\\s?map|ambition|ambitions|goals?|targets?|objectives?|horizon|programme|program|agenda|framework|outlook)\\b`,
  'gi',
);
/** Words before "five-year plan" that make it a past one. */
const PAST_HORIZON_BEFORE = /\b(?:previous|last|past|former|prior|earlier|preceding|old|outgoing|expired|completed)\s+$/i;
const RE_FROM_NOW = new RegExp(
  `\\b(\\d{1,4}|${NUMWORD_SRC}|a|an)\\s+(days?|weeks?|months?|years?)\\s+from\\s+(?:now|today)\\b`,
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
const GATE_HORIZON = /year\s+(?:strategic\s+)?(?:vision|plan|strateg|road|ambition|goal|target|objective|horizon|program|agenda|framework|outlook)/i;
const GATE_EARLY = /\b(?:early|mid|late|end)\b/i;
const HAS_DIGIT = /\d/;
const HAS_MONTH = new RegExp(`\\b(?:${MONTH_SRC})\\b`, 'i');
const HAS_PART = /[QH][1-4]|[1-4][QH]|\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:quarter|half)/i;
const HAS_UNDERSCORE_PERIOD = /\d_[QHA]|[QH][1-4]_/i;
const HAS_SEASON = /spring|summer|autumn|fall|winter/i;
const HAS_REL = /\b(?:this|next|current|coming|following|end|EO(?:F?Y|Q|M)|year|quarter|month|within|in|over|during|for|across|throughout|inside|decade|early|mid|late)\b/i;
const HAS_FY = /\b(?:F\.?Y|fiscal|financial)/i;

function cand(start: number, end: number, span: { from: Date; due: Date }, precision: Precision, relative: boolean, kind: Kind): Cand {
  return { start, end, from: span.from, due: span.due, precision, relative, kind };
}

function scanNumericDates(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_ISO.lastIndex = 0;
  while ((m = RE_ISO.exec(t))) {
    const y = Number(m[1]);
    const mo = Number(m[3]) - 1;
    const d = Number(m[4]);
    if (!yearOk(y)) continue;
    if (d > daysIn(y, mo)) {
      // "2022-11-31": the writer meant the end of November; the day is unreliable, the month is not.
      if (m[2] === '-' && m[3]!.length === 2 && m[4]!.length === 2 && d >= 29) {
        out.push(cand(m.index, m.index + m[0].length, monthSpan(y * 12 + mo, 1), 'month', false, 'date'));
      }
      continue;
    }
    const day = utc(y, mo, d);
    out.push(cand(m.index, m.index + m[0].length, { from: day, due: day }, 'day', false, 'date'));
  }
  RE_NUMDATE.lastIndex = 0;
  while ((m = RE_NUMDATE.exec(t))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = toYear(m[4]!);
    let d = a;
    let mo = b;
    if (m[2] === '.' && m[4]!.length === 2) {
      // "02.07.19" is a date only written exactly dd.mm.yy, day first, and not after a version or
      // section word: "1.2.27", "v1.2.19" and "version 12.07.19" are versions.
      if (m[1]!.length !== 2 || m[3]!.length !== 2) continue;
      if (VERSION_WORD_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue;
    } else if (b > 12 && a <= 12) {
      // Day-first, unless the second number cannot be a month.
      d = b;
      mo = a;
    }
    if (mo < 1 || mo > 12 || d < 1 || !yearOk(y) || d > daysIn(y, mo - 1)) continue;
    const day = utc(y, mo - 1, d);
    out.push(cand(m.index, m.index + m[0].length, { from: day, due: day }, 'day', false, 'date'));
  }
  RE_ISO_MONTH.lastIndex = 0;
  while ((m = RE_ISO_MONTH.exec(t))) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    if (!yearOk(y)) continue;
    if (mo + 1 === (y % 100) + 1) continue; // "2011-12" is a financial year, left to the range scan
    out.push(cand(m.index, m.index + m[0].length, monthSpan(y * 12 + mo, 1), 'month', false, 'date'));
  }
}

function scanMonthDates(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_DAY_MONTH.lastIndex = 0;
  while ((m = RE_DAY_MONTH.exec(t))) {
    const d = Number(m[1]);
    const mo = monthIndex(m[2]!);
    const yearText = m[3] ?? m[4];
    if (m[2] === 'may' && !yearText) continue; // "we 3 may" – the modal verb
    pushDayMonth(ctx, out, m.index, m.index + m[0].length, d, mo, yearText);
  }
  RE_MONTH_DAY.lastIndex = 0;
  while ((m = RE_MONTH_DAY.exec(t))) {
    const d = Number(m[2]);
    const mo = monthIndex(m[1]!);
    if (!/^[A-Z]/.test(m[1]!) && !m[3]) continue;
    pushDayMonth(ctx, out, m.index, m.index + m[0].length, d, mo, m[3]);
  }
}

function pushDayMonth(ctx: Ctx, out: Cand[], start: number, end: number, d: number, mo: number, yearText: string | undefined): void {
  if (mo < 0 || d < 1 || d > 31) return;
  if (yearText) {
    const y = toYear(yearText);
    if (!yearOk(y) || d > daysIn(y, mo)) return;
    const day = utc(y, mo, d);
    out.push(cand(start, end, { from: day, due: day }, 'day', false, 'date'));
    return;
  }
  const y0 = absYear(ctx.refAbs);
  for (let y = y0; y <= y0 + 1; y++) {
    if (d > daysIn(y, mo)) continue;
    const day = utc(y, mo, d);
    if (day.getTime() >= ctx.refDay) {
      out.push(cand(start, end, { from: day, due: day }, 'day', true, 'date'));
      return;
    }
  }
}

function scanMonths(ctx: Ctx, out: Cand[]): void {
  const t = ctx.text;
  let m: RegExpExecArray | null;
  RE_MONTH.lastIndex = 0;
  while ((m = RE_MONTH.exec(t))) {
    const mo = monthIndex(m[2]!);
    const start = m.index;
    const span = yearSpanAfterPart(ctx, start + m[0].length, false, true);
    if (span && (!span.yy || /^[-/]/.test(t.slice(start + m[0].length)))) {
      const abs = monthInSpan(span.startAbs, mo);
      out.push(cand(start, span.end, monthSpan(abs, 1), 'month', span.relative, 'period'));
      continue;
    }
    const word = m[2]!;
    const capital = /^[A-Z]/.test(word);
    if (m[1]) {
      // "next March": the first March after this month; "this March": the next one on or after it.
      let abs = monthInSpan(ctx.refAbs, mo);
      if (m[1].toLowerCase() !== 'this' && abs === ctx.refAbs) abs += 12;
      out.push(cand(start, start + m[0].length, monthSpan(abs, 1), 'month', true, 'period'));
      continue;
    }
    if (!capital || word.length < 3 || !hasCue(t, start)) continue;
    if (/^may$/i.test(word) && /^\s+(?:be|have|not|need|also|help|take|want|wish|choose|use)\b/i.test(t.slice(start + 3, start + 20))) continue;
    out.push(cand(start, start + m[0].length, nextOccurrence(ctx, mo, 1), 'month', true, 'period'));
  }
}

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

function scanParts(ctx: Ctx, out: Cand[]): void {
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
    const n = word === 'final' || word === 'last' ? max : ({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[word]!;
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
function scanUnderscored(ctx: Ctx, out: Cand[]): void {
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

function scanSeasons(ctx: Ctx, out: Cand[]): void {
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

function scanEarlyLate(ctx: Ctx, out: Cand[]): void {
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

function scanFiscal(ctx: Ctx, out: Cand[]): void {
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

const NUMERIC_CONTEXT_BEFORE =
  /(?:^|[^A-Za-z\u00C0-\u024F])(?:to|from|than|reach(?:es|ing)?|hit(?:ting)?|at|over|under|above|below|about|around|approx(?:\.|imately)?|least|most|exceed(?:s|ing)?|total(?:ling|ing)?|serve|serving|of|by|[~≥≤><=≈])\s*$/i;
const CHANGE_VERB = /\b(?:increas|rais|grow|grew|reduc|cut|lower|decreas|boost|improv|drop|ris|doubl|tripl|halv|bring|expand|tak|get|scal|reach|hit)\w*/i;
/** Words after a year that make it a reference period rather than a count ("2019 levels", "the 2027 survey"). */
const PERIOD_AFTER_YEAR = /^\s?(?:baseline|levels?|figures?|actuals?|results?|base|survey|census)\b/i;
/** Words after a year that make it a starting point, not a deadline. */
const BASELINE_WORD_AFTER_YEAR = /^\s?(?:baseline|levels?|figures?|actuals?|base)\b/i;
const BASELINE_AFTER_YEAR = /^\s?(?:baseline\s?)?[:=]\s?[-+−]?[£$€]?\d/i;

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
    if (/(?:^|\W)end\s+of\s*$/i.test(before) || /\b(?:spring|summer|autumn|fall|winter|part|start|beginning|middle|half|quarter|course|rest|remainder)\s+of\s*$/i.test(before)) return false;
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

function scanYears(ctx: Ctx, out: Cand[]): void {
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

function numberValue(s: string): number {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  return NUMBER_WORDS[w] ?? NUMBER_WORDS[w.replace(' ', '-')] ?? Number(w);
}

function scanRelative(ctx: Ctx, out: Cand[]): void {
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

// ---------------------------------------------------------------------------------------------
// chrono, for what is left: weekdays and unusual day-month forms

const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${MONTH_SRC}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\b`,
  'gi',
);
const HAS_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b/i;
const WEEKDAY_OR_MONTH = new RegExp(`\\b(?:${MONTH_SRC}|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)`, 'i');

/** Which characters are already taken by a kept match: overlap checks in O(length), not O(matches). */
class Occupancy {
  /** A plain list while it is short (the usual goal), a character map once it grows. */
  private spans: { s: number; e: number }[] = [];
  private used: Uint8Array | null = null;
  constructor(private readonly length: number) {}
  free(s: number, e: number): boolean {
    if (!this.used) {
      for (const r of this.spans) if (r.s < e && s < r.e) return false;
      return true;
    }
    for (let i = s; i < e; i++) if (this.used[i]) return false;
    return true;
  }
  take(s: number, e: number): void {
    if (this.used) {
      this.used.fill(1, s, e);
      return;
    }
    this.spans.push({ s, e });
    if (this.spans.length > 16) {
      this.used = new Uint8Array(this.length + 1);
      for (const r of this.spans) this.used.fill(1, r.s, r.e);
      this.spans = [];
    }
  }
}

const CHRONO_WINDOW_MAX = 400;
const CHRONO_WINDOWS_MAX = 20;

function scanChrono(ctx: Ctx, taken: Occupancy, out: Cand[]): void {
  const t = ctx.text;
  const windows: [number, number][] = [];
  let m: RegExpExecArray | null;
  CHRONO_TRIGGER.lastIndex = 0;
  while ((m = CHRONO_TRIGGER.exec(t))) {
    const s = m.index;
    const e = s + m[0].length;
    const word = m[0];
    // Lower-case "may", "march", "sat", "sun", "wed" are ordinary words.
    if (!/^[A-Z]/.test(word) && (word.length <= 3 || /^(?:may|march)$/i.test(word))) continue;
    if (!taken.free(s, e)) continue;
    let ws = Math.max(0, s - 40);
    let we = Math.min(t.length, e + 40);
    for (let k = 0; k < 20 && ws > 0 && !/\s/.test(t[ws - 1]!); k++) ws--;
    for (let k = 0; k < 20 && we < t.length && !/\s/.test(t[we]!); k++) we++;
    const last = windows[windows.length - 1];
    if (last && ws <= last[1] && we - last[0] <= CHRONO_WINDOW_MAX) last[1] = Math.max(last[1], we);
    else if (windows.length < CHRONO_WINDOWS_MAX) windows.push([ws, we]);
    else break;
  }
  for (const [ws, we] of windows) {
    let results;
    try {
      results = chronoGB.parse(t.slice(ws, we), { instant: ctx.ref, timezone: 0 }, { forwardDate: true });
    } catch {
      continue;
    }
    for (const r of results) {
      const lead = /^(?:on|by|at|from)\s+/i.exec(r.text);
      const s = ws + r.index + (lead ? lead[0].length : 0);
      const e = ws + r.index + r.text.length;
      if (!WEEKDAY_OR_MONTH.test(r.text)) continue; // "in 3 days", "9am": not chrono's to decide
      const comp = r.end ?? r.start;
      const dayCertain = comp.isCertain('day') && comp.isCertain('month');
      const weekday = r.start.isCertain('weekday');
      if (!dayCertain && !weekday) continue;
      // A weekday alone is a deadline only after a deadline cue: "by Friday", not "every Monday",
      // "Monday to Friday" or "Black Friday".
      if (!dayCertain) {
        const cue = cueBefore(t, s);
        if (!cue || !COMMIT_CUES.test(cue)) continue;
      }
      if (s >= e || !taken.free(s, e)) continue;
      const y = comp.get('year');
      const mo = comp.get('month');
      const d = comp.get('day');
      if (y === null || mo === null || d === null || !yearOk(y)) continue;
      const day = utc(y, mo - 1, d);
      out.push(cand(s, e, { from: day, due: day }, 'day', !comp.isCertain('year'), 'chrono'));
      taken.take(s, e);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Putting it together

const EXTEND_END_OF = /(?:^|[^A-Za-z\u00C0-\u024F])((?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+)?)$/i;
const EXTEND_START_OF = /(?:^|[^A-Za-z\u00C0-\u024F])((?:the\s+)?(?:very\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?)$/i;

function makeCtx(text: string, reference: Date, options?: TimeOptions): Ctx {
  const ref = Number.isNaN(reference.getTime()) ? new Date() : reference;
  const fyStart = Math.min(12, Math.max(1, Math.floor(options?.fiscalYearStartMonth ?? 1) || 1));
  return {
    text,
    ref,
    refDay: Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()),
    refAbs: ref.getUTCFullYear() * 12 + ref.getUTCMonth(),
    fy: fyStart - 1,
  };
}

function scanAll(ctx: Ctx): Cand[] {
  const t = ctx.text;
  const all: Cand[] = [];
  const digit = HAS_DIGIT.test(t);
  if (digit) scanNumericDates(ctx, all);
  const month = HAS_MONTH.test(t);
  if (month && digit) scanMonthDates(ctx, all);
  if (month) scanMonths(ctx, all);
  if (HAS_PART.test(t)) scanParts(ctx, all);
  if (HAS_UNDERSCORE_PERIOD.test(t)) scanUnderscored(ctx, all);
  if (HAS_SEASON.test(t)) scanSeasons(ctx, all);
  if (digit) {
    scanEarlyLate(ctx, all);
    if (HAS_FY.test(t)) scanFiscal(ctx, all);
    scanYears(ctx, all);
  }
  if (HAS_REL.test(t)) {
    scanRelative(ctx, all);
    if (!digit) scanEarlyLate(ctx, all);
  }
  // Longest first, then earliest; keep the ones that do not overlap a kept one.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Cand[] = [];
  const taken = new Occupancy(t.length);
  for (const c of all) {
    if (!taken.free(c.start, c.end)) continue;
    taken.take(c.start, c.end);
    kept.push(c);
  }
  if (month || HAS_WEEKDAY.test(t)) {
    const extra: Cand[] = [];
    scanChrono(ctx, taken, extra);
    kept.push(...extra);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

function toMatch(ctx: Ctx, c: Cand): DeadlineMatch {
  const t = ctx.text;
  let start = c.start;
  let due = c.due;
  const before = t.slice(Math.max(0, start - 30), start);
  const endOf = EXTEND_END_OF.exec(before);
  if (endOf) {
    start -= endOf[1]!.length;
  } else {
    const startOf = EXTEND_START_OF.exec(before);
    if (startOf && c.kind !== 'duration' && c.kind !== 'horizon') {
      start -= startOf[1]!.length;
      due = c.from;
    }
  }
  const cue = cueBefore(t, start);
  const match: DeadlineMatch = {
    start,
    end: c.end,
    text: t.slice(start, c.end),
    due: isoDay(due),
    precision: c.precision,
    relative: c.relative,
  };
  if (cue) match.cue = cue;
  if (BASELINE_AFTER_YEAR.test(t.slice(c.end, c.end + 20))) c.baseline = true; // "(2025: 41%)", "(FY25: 84%)"
  if (!c.relative && PAST_EVENT_BEFORE.test(t.slice(Math.max(0, start - 24), start))) c.baseline = true; // "published in 2024"
  if (c.baseline || (cue && BASELINE_CUES.test(cue) && c.kind !== 'range' && c.kind !== 'duration')) {
    // "from 2025 to 2027" is a range; "from 2019 levels" and "since 2019" are baselines.
    if (!(cue === 'from' && /^\s?(?:to|until|through|-|–)\s/i.test(t.slice(c.end, c.end + 10)))) match.baseline = true;
  }
  return match;
}

/** Every deadline or period in the text, in order, not overlapping. */
export function findDeadlines(text: string, reference: Date, options?: TimeOptions): DeadlineMatch[] {
  if (!text) return [];
  const ctx = makeCtx(text, reference, options);
  const cands = scanAll(ctx);
  const matches = cands.map((c) => toMatch(ctx, c));
  // "Vision 2030: our ten-year plan": the explicit period says when; the horizon only says how long.
  if (!cands.some((c) => c.kind === 'horizon') || !matches.some((d) => !d.relative && !d.baseline)) return matches;
  return matches.filter((_, i) => cands[i]!.kind !== 'horizon');
}

/**
 * The deadline a goal commits to: the latest-ending one after "by / before / until / no later
 * than / deadline / due / within", else the last one found; baselines ("since 2019") never
 * count. Null if none.
 */
export function findDeadline(text: string, reference: Date, options?: TimeOptions): DeadlineMatch | null {
  const all = findDeadlines(text, reference, options).filter((d) => !d.baseline);
  if (all.length === 0) return null;
  let best: DeadlineMatch | null = null;
  for (const d of all) {
    const committed = (d.cue !== undefined && COMMIT_CUES.test(d.cue)) || /^within\b/i.test(d.text);
    if (committed && (!best || d.due >= best.due)) best = d;
  }
  return best ?? all[all.length - 1]!;
}

/**
 * Parses a front-matter style date value to a Date (UTC midnight), or null: a Date object,
 * '2026-03-01' (with or without a time), '01/03/2026' (day-first), 'March 2026' (→ 1 March),
 * '1 March 2026', 'March 1, 2026', 'Q1 2026' (→ 1 January), or a year (2026 or '2026' →
 * 1 January). A month or year stands for its first day: a document dated "March 2026" was
 * written in March.
 */
export function parseDocumentDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value === 'number') {
    if (Number.isInteger(value) && yearOk(value)) return utc(value, 0, 1);
    return null;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s || s.length > 60) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    const y = Number(iso[1]);
    const mo = Number(iso[2]) - 1;
    const d = Number(iso[3]);
    if (mo < 0 || mo > 11 || d < 1 || d > daysIn(y, mo)) return null;
    return utc(y, mo, d);
  }
  if (/^\d{4}$/.test(s)) {
    const y = Number(s);
    return yearOk(y) ? utc(y, 0, 1) : null;
  }
  const ctx = makeCtx(s, new Date(Date.UTC(2000, 0, 1)), undefined);
  const found = scanAll(ctx).filter((c) => !c.relative && c.kind !== 'chrono');
  if (found.length !== 1) return null;
  const c = found[0]!;
  // The match must be essentially the whole value ("Updated: March 2026" is fine too).
  if (s.length - (c.end - c.start) > 12) return null;
  return new Date(c.from.getTime());
}
