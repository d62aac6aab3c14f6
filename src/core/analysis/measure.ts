/**
 * Metrics, targets, baselines and absolutes inside one goal's text.
 *
 * Pure and linear: one pass finds number tokens, and each is judged from a few dozen
 * characters around it. No pattern has nested quantifiers.
 *
 * Conventions:
 * - A target is a number that is not a date, a year, an ordinal, a version, a label
 *   ("Goal 3", "Phase 2", "KR 1.2"), a time of day, a phone number or a deadline span. Among
 *   several, the one after a target cue ("to", "reach", "at least", "≥", "below") wins, then one
 *   with a unit, then the earliest.
 * - "by 10 points", "by £2m", "by 15%" are targets written as a change: `change: true`.
 * - Service-level durations ("within 4 hours", "under 2 minutes", "resolve within 3 days")
 *   go to `durationTargets`; when the goal has no other target, the first of them is also the
 *   `target` ("Cut average wait to under 2 minutes" is measurable).
 * - Ranks are targets with unit 'rank': "top 3" (3), "#1", "No. 1", "1st place", "ranked 2nd".
 * - Levels of an accreditation or maturity scale are targets with unit 'level' ("Achieve
 *   Level 2 accreditation"): reaching them is verifiable. Phases, steps, goals and versions
 *   ("Phase 2", "Launch v2.0") are labels, never targets.
 * - An NPS/eNPS value written without a unit gets unit 'nps' (a -100..100 scale), so that
 *   `isImplausibleJump` can apply the NPS threshold.
 * - Money is unit 'currency', value in units ("£2m" → 2,000,000); "12k" is 12,000.
 * - "by half / a third / a quarter" is a change in '%'; "double / triple / halve" with no number
 *   is a change in 'x'; "1 in 20" is a 'ratio' (0.05); "9 out of 10" and "4.5/5" are scores.
 * - Baselines: "from A to B", "up from A", "baseline: A", "currently A", "A today", "vs A",
 *   "(2025: A)", "(FY25: A)"; the bare side of "from 68 to 80%" takes the other side's unit.
 * - A duration after "more than / over / at least" defines who is counted ("waiting more than
 *   18 weeks"), so it is neither a target nor a service level.
 * - A number that is the whole text (a Target table cell saying "2000") is a value, not a year.
 * - The metric is the named or generic metric nearest the target (before it preferred); with
 *   none, a count target takes the noun phrase after it ("50 new partners" → "new partners").
 * - Direction: the first up/down word; a neutral "improve" follows the numbers, else the
 *   metric (churn, wait, cost... are lower-is-better).
 */
import type { TextRange } from '../types';
import { durationUnit, isServiceDuration, looksLikeYear, type DurationUnit } from './time';

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface NumericSpan extends Span {
  value: number;
  /** '%', 'pp', 'points', 'x', 'currency', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', '/5', '/10', 'stars', 'rank', 'level', 'nps', 'ratio'; undefined for a plain count. */
  unit?: string;
  /** True for a change rather than a level: "by 10 points", "by £2m". */
  change?: boolean;
}
export interface MeasureMatch {
  /** The thing measured. */
  metric: Span | null;
  /** The value to reach. */
  target: NumericSpan | null;
  /** The starting value. */
  baseline: NumericSpan | null;
  /** Placeholders that only look like targets: X, Y, N, TBD, TBC, ??, [target], <metric>, x%. */
  placeholders: Span[];
  /** Service-level durations that are targets: "under 2 seconds", "within 24 hours". */
  durationTargets: NumericSpan[];
  /** Direction words found: increase/raise/grow/improve... or reduce/cut/lower/decrease. */
  direction: 'up' | 'down' | null;
}

// ---------------------------------------------------------------------------------------------
// Number tokens

const NUM_RE = /(?<![A-Za-z\u00C0-\u024F0-9_.,/\\])((?:[£$€¥₹]|US\$|A\$|C\$)\s?)?([-−+]\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?/g;
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

interface Token extends NumericSpan {
  kind: 'value' | 'duration' | 'skip';
  durationUnit?: DurationUnit;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const NUMBER_WORD_RE = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|(?:a|one)\s+hundred)\s+(?:(?:new|more|additional|extra)\s+)?([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F-]*)/gi;

// Suffixes, tried in order at the token end (sticky).
const SFX_PP = /\s?(?:pp|ppts?|percentage[-\s]points?|%\s?pts?|%\s?points?)(?![A-Za-z\u00C0-\u024F0-9])/iy;
const SFX_PCT = /\s?(?:%|per\s?cent\b|percent\b)/iy;
const SFX_BPS = /\s?(?:bps|basis\s+points?)(?![A-Za-z\u00C0-\u024F0-9])/iy;
const SFX_POINTS = /\s?(?:points?|pts?)(?![A-Za-z\u00C0-\u024F0-9])/iy;
const SFX_MULT = /\s?(?:x|×)(?![A-Za-z\u00C0-\u024F0-9])|\s+times\b/iy;
const SFX_SCALE = /\s?(?:\/|out\s+of\s+)(\d{1,3})(?![0-9.,/]|[A-Za-z\u00C0-\u024F])/iy;
const SFX_STAR = /(?:\s|-)?stars?\b/iy;
const SFX_MAGNITUDE = /\s?(k|m|mn|bn|b)(?![A-Za-z\u00C0-\u024F0-9])|\s(thousand|million|billion)\b/iy;
const SFX_CURRENCY_WORD = /\s?(?:GBP|USD|EUR|AUD|CAD|pounds?|dollars?|euros?)\b/iy;
const SFX_DURATION = /(?:\s?|-)((?:calendar|working|business)\s+)?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b|(s|h)(?![A-Za-z\u00C0-\u024F0-9])/iy;
const SFX_HYPHEN_ADJ = /-(?:day|week|month|year|hour|minute|second|point|item|step|stage)\b/iy;
const SFX_TIME = /(?::\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.))(?![A-Za-z\u00C0-\u024F])/iy;
const SFX_ORDINAL = /(?:st|nd|rd|th)\b/iy;
const SFX_RATIO = /\s+in\s+(\d{1,4})(?![0-9.,])/iy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

// ---------------------------------------------------------------------------------------------
// What comes just before a number, read backwards word by word (no end-anchored regexes: they
// are tried at every position and dominate the cost).

interface Tail {
  /** Lower-cased tokens, nearest last: words (letters/digits, inner - ' ’) or single symbols. */
  low: string[];
  orig: string[];
  starts: number[];
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function tailBefore(text: string, pos: number, n: number): Tail {
  const low: string[] = [];
  const orig: string[] = [];
  const starts: number[] = [];
  const lo = Math.max(0, pos - 80);
  let i = pos - 1;
  while (low.length < n && i >= lo) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i--;
      continue;
    }
    if (isWordCode(c)) {
      const end = i + 1;
      while (i >= lo) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) i--;
        else if ((d === 45 || d === 39 || d === 0x2019) && i > lo && i + 1 < end && isWordCode(text.charCodeAt(i - 1))) i--;
        else break;
      }
      const w = text.slice(i + 1, end);
      low.push(w.toLowerCase());
      orig.push(w);
      starts.push(i + 1);
    } else {
      low.push(text[i]!);
      orig.push(text[i]!);
      starts.push(i);
      i--;
    }
  }
  low.reverse();
  orig.reverse();
  starts.reverse();
  return { low, orig, starts };
}

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
const phrases = (list: string): string[][] => list.split('|').map((p) => p.trim().split(/\s+/));

/** True when toks[0..k] ends with the phrase. */
function endsWithPhrase(toks: readonly string[], k: number, phrase: readonly string[]): boolean {
  if (k + 1 < phrase.length) return false;
  for (let j = 0; j < phrase.length; j++) if (toks[k - phrase.length + 1 + j] !== phrase[j]) return false;
  return true;
}
function endsWithAny(toks: readonly string[], k: number, list: readonly (readonly string[])[]): boolean {
  for (const p of list) if (endsWithPhrase(toks, k, p)) return true;
  return false;
}
/** Index of the last token after dropping trailing tokens in `drop`. */
function lastIndexSkipping(toks: readonly string[], drop: ReadonlySet<string>, from = toks.length - 1): number {
  let k = from;
  while (k >= 0 && drop.has(toks[k]!)) k--;
  return k;
}

const LABEL_WORDS = words(
  'v ver version release phase stage step wave pillar goal objective okr kr priority theme section chapter page p pp ' +
    'item question q area workstream sprint iso iec bs en article clause paragraph para rule figure fig table appendix ' +
    'annex part windows web industry covid gen generation series model class category cat zone route ward room floor ' +
    'building line channel',
);
const PERIOD_LABEL_WORDS = words('year years day days week weeks month months quarter');
const RANK_WORDS = words('top ranked rank number');
const LEVEL_WORDS = words('level tier grade band');
const LABEL_BEFORE_HASH = words('goal objective priority kr item issue ticket pr story step action okr theme');
const DASHES = words('- –');

const LEVEL_WORTHY = /\b(?:achiev|attain|reach|gain|obtain|earn|secur|get|maintain|mov|progress|retain|hold|accredit|certif)\w*/i;
const LEVEL_AFTER = /^\s*(?:accreditation|certification|certified|accredited|maturity|rating|status|standard|award|compliance|membership)\b/i;

const BASE_DROP = words(': = of at around about approx approximately c ca circa ~ ≈ is');
const BASE_LAST = words('from baseline current currently today now was were vs versus against previously');
const BASE_PHRASES = phrases(
  'up from|down from|compared to|compared with|starting point|starting value|last year|currently sits|currently stands|' +
    'currently running|sits|stands',
);
const BASE_AFTER = /^\s*\)?\s*(?:today|currently|now|at\s+present|at\s+the\s+moment|last\s+year|baseline)\b/i;

const DETERMINERS = words('a an the');
const TARGET_WORDS = words(
  'to reach reaches reaching hit hitting achieve achieves achieving minimum min above over exceed exceeds exceeding ' +
    'below under max maximum target targeted targeting goal maintain maintaining keep keeping sustain sustaining stay ' +
    'staying remain remaining ≥ ≤ > < =',
);
const TARGET_PHRASES = phrases(
  'at least|a minimum of|minimum of|no less than|not less than|no fewer than|not fewer than|more than|greater than|' +
    'at or above|at or below|less than|fewer than|at most|no more than|not more than|maximum of|max of|target of|' +
    'target is|goal of|goal is',
);
const CHANGE_PHRASES = phrases('by|by a|by an|by another|by a further|by at least|by over|by more than|by up to|by around|by about');
const THRESHOLD_PHRASES = phrases('more than|longer than|over|beyond|exceeding|in excess of|at least|greater than');
const DURATION_VALUE_LAST = words('from to under below of target average median mean max maximum : ≤ < =');
const DURATION_VALUE_PHRASES = phrases('less than|fewer than|at most|no more than|not more than|no longer than');

/** True when the tail names a starting value ("from", "up from", "currently", "(2025:"). */
function isBaselineTail(t: Tail): { yes: boolean; last: string } {
  const toks = t.low;
  let k = toks.length - 1;
  let sawColon = false;
  while (k >= 0) {
    const w = toks[k]!;
    if (BASE_DROP.has(w)) {
      if (w === ':' || w === '=') sawColon = true;
      k--;
    } else if (w === '.' && k > 0 && /^(?:approx|c|ca|vs)$/.test(toks[k - 1]!)) k--;
    else break;
  }
  if (k < 0) return { yes: false, last: '' };
  const last = toks[k]!;
  if (BASE_LAST.has(last) || endsWithAny(toks, k, BASE_PHRASES)) return { yes: true, last };
  // "(2025: 41%)", "2025 baseline: 41%"
  if (sawColon) {
    let y = k;
    if (/^(?:baseline|actual|actuals|value|result|figure|level)$/.test(last) && y > 0) y--;
    const w = toks[y]!;
    if (/^(?:(?:19|20)\d{2}|fy\d{2}|fy\d{4}|q[1-4]|h[12])$/.test(w)) return { yes: true, last: w };
    // "(2025/26: 41%)", "(2025-26: 41%)"
    if (/^\d{2}$/.test(w) && y >= 2 && /^[-/–]$/.test(toks[y - 1]!) && /^(?:19|20)\d{2}$/.test(toks[y - 2]!)) return { yes: true, last: w };
  }
  return { yes: false, last };
}

/** Score of the target cue just before a number: 3 for "to / at least / ≥ ...", 1 for "of / at / :", 0 for none. */
function targetCueScore(t: Tail): number {
  const toks = t.low;
  let k = lastIndexSkipping(toks, DETERMINERS);
  let colon = false;
  while (k >= 0 && (toks[k] === ':' || toks[k] === '=')) {
    if (toks[k] === '=') return 3;
    colon = true;
    k--;
  }
  k = lastIndexSkipping(toks, DETERMINERS, k);
  if (k < 0) return colon ? 1 : 0;
  if (endsWithAny(toks, k, TARGET_PHRASES)) return 3;
  if (TARGET_WORDS.has(toks[k]!)) return 3;
  if (colon || toks[k] === 'of' || toks[k] === 'at') return 1;
  return 0;
}

const PHONE_RUN = /\+?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){2,5}(?![0-9])/y;

function lowerBound(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

function readToken(text: string, m: RegExpExecArray): Token {
  const start = m.index;
  const currencyPrefix = m[1] !== undefined;
  const sign = m[2] && /[-−]/.test(m[2]) ? -1 : 1;
  const intText = m[3]!;
  const fracText = m[4];
  let value = sign * Number(intText.replace(/[,\u00a0\u202f]/g, '') + (fracText ? `.${fracText}` : ''));
  let end = start + m[0].length;
  let unit: string | undefined = currencyPrefix ? 'currency' : undefined;
  let kind: Token['kind'] = 'value';
  let dUnit: DurationUnit | undefined;
  let s: RegExpExecArray | null;

  const plainInt = !currencyPrefix && !m[2] && !fracText && !intText.includes(',');

  // Leading zeros ("0800", "007") are codes, not quantities.
  if (/^0\d/.test(intText)) return { start, end, text: '', value, kind: 'skip' };
  // Things that end the story early.
  if ((s = sticky(SFX_TIME, text, end))) return { start, end: end + s[0].length, text: '', value, kind: 'skip' };
  if (plainInt && (s = sticky(SFX_ORDINAL, text, end))) {
    end += s[0].length;
    if (/^\s*(?:place|position|rank|spot)\b/i.test(text.slice(end, end + 12)) || /\brank(?:ed|ing)?\s*$/i.test(lowerBound(text, start, 10))) {
      return { start, end, text: '', value, unit: 'rank', kind: 'value' };
    }
    return { start, end, text: '', value, kind: 'skip' };
  }
  if (!currencyPrefix && (s = sticky(SFX_HYPHEN_ADJ, text, end))) return { start, end: end + s[0].length, text: '', value, kind: 'skip' };

  if ((s = sticky(SFX_PP, text, end))) {
    unit = 'pp';
    end += s[0].length;
  } else if ((s = sticky(SFX_PCT, text, end))) {
    unit = '%';
    end += s[0].length;
  } else if ((s = sticky(SFX_BPS, text, end))) {
    unit = 'points';
    value /= 100;
    end += s[0].length;
  } else if ((s = sticky(SFX_POINTS, text, end))) {
    unit = 'points';
    end += s[0].length;
  } else if ((s = sticky(SFX_SCALE, text, end))) {
    const scale = Number(s[1]);
    if (scale > 0 && value <= scale && [3, 4, 5, 7, 10, 100].includes(scale) && !(value === 24 && scale === 7)) {
      unit = `/${scale}`;
      end += s[0].length;
    } else {
      return { start, end: end + s[0].length, text: '', value, kind: 'skip' }; // "24/7", "3/4", a date
    }
  } else if ((s = sticky(SFX_STAR, text, end))) {
    unit = 'stars';
    end += s[0].length;
  } else if ((s = sticky(SFX_MULT, text, end))) {
    unit = 'x';
    end += s[0].length;
  } else {
    if ((s = sticky(SFX_MAGNITUDE, text, end))) {
      const word = (s[1] ?? s[2]!).toLowerCase();
      const factor = word === 'k' || word === 'thousand' ? 1e3 : word === 'm' || word === 'mn' || word === 'million' ? 1e6 : 1e9;
      // "5m" alone is ambiguous (minutes, metres); count it only with currency or a word form.
      if (currencyPrefix || s[2] || word !== 'm') {
        value *= factor;
        end += s[0].length;
      }
    }
    if ((s = sticky(SFX_CURRENCY_WORD, text, end))) {
      unit = 'currency';
      end += s[0].length;
    } else if (!currencyPrefix && /(?:GBP|USD|EUR|AUD|CAD)\s?$/.test(lowerBound(text, start, 4))) {
      unit = 'currency';
    } else if (!currencyPrefix && (s = sticky(SFX_DURATION, text, end))) {
      const u = durationUnit(s[2] ?? s[3]!);
      if (u) {
        unit = u;
        dUnit = u;
        kind = 'duration';
        end += s[0].length;
      }
    } else if (!currencyPrefix && (s = sticky(SFX_RATIO, text, end))) {
      const denom = Number(s[1]);
      if (denom > 0 && denom < 1990 && value < denom) {
        unit = 'ratio';
        value = value / denom;
        end += s[0].length;
      }
    }
  }
  // Glued to letters ("5G", "1H26", "3Q", "A4"): an identifier.
  if (/^[\p{L}\p{N}_]/u.test(text.slice(end, end + 1)) && unit === undefined) return { start, end, text: '', value, kind: 'skip' };
  return { start, end, text: '', value, unit, kind, durationUnit: dUnit };
}

function isDigitChar(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word just before pos (skipping spaces and one dot), or '' – a backward scan, no regex. */
function lastWordBefore(text: string, pos: number): string {
  let i = pos - 1;
  const lo = Math.max(0, pos - 40);
  while (i >= lo && isSpaceCode(text.charCodeAt(i))) i--;
  if (i >= lo && text[i] === '.') i--;
  const end = i + 1;
  while (i >= lo && isWordCode(text.charCodeAt(i)) && !isDigitChar(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

const DATE_PART_BEFORE =
  /^(?:q[1-4]|h[12]|[1-4]q|[12]h|fy|fiscal|financial|early|mid|late|end|spring|summer|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** Number tokens that are dates, years, labels, versions or phone numbers. */
function isNotAQuantity(text: string, tok: Token, tail: Tail): boolean {
  const { start, end } = tok;
  const c1 = text.charCodeAt(start - 1);
  const c2 = text.charCodeAt(start - 2);
  const raw = text.slice(start, end);
  // Dates: "30 June", "June 30", "30/06/2027", "2027-06-30".
  const prevWord = lastWordBefore(text, start);
  const nextWord = /^(?:st|nd|rd|th)?\s+(?:of\s+)?([\p{L}]+)/iu.exec(text.slice(end, end + 20));
  if (prevWord && MONTH_WORD.test(prevWord) && /^\d{1,2}$/.test(raw)) return true;
  if (nextWord && MONTH_WORD.test(nextWord[1]!) && /^\d{1,2}$/.test(raw)) {
    if (!(nextWord[1]!.toLowerCase() === 'may' && /^\s+may\s+(?:be|not|have)\b/i.test(text.slice(end, end + 12)))) return true;
  }
  if (/^[-/.]\d/.test(text.slice(end, end + 2)) && /^\d+$/.test(raw)) return true; // 2027-06-30, 30.06.2027
  if ((c1 === 45 || c1 === 47 || c1 === 46) && isDigitChar(c2) && /^\d+$/.test(raw)) return true;
  // Years, unless the number is all there is (a Target cell saying "2000").
  if (tok.unit === undefined && /^\d{4}$/.test(raw) && text.trim() !== raw) {
    if (looksLikeYear(text, start, end)) return true;
    const k = tail.low.length - 1;
    if (k >= 0 && DATE_PART_BEFORE.test(tail.low[k]!)) return true; // "Q3 2027", "June 2027", "FY 2027"
  }
  if (tok.unit === undefined && /^\d{2}$/.test(raw) && tail.low.length > 0 && /^(?:fy|['’])$/.test(tail.low[tail.low.length - 1]!)) return true;
  // Phone-like runs.
  if (/^[\d+(]/.test(raw)) {
    const p = sticky(PHONE_RUN, text, start);
    if (p && p[0].replace(/\D/g, '').length >= 9) return true;
  }
  if ((c1 === 32 || c1 === 46 || c1 === 45) && isDigitChar(c2) && /^\d{3,}$/.test(raw) && /^[ .-]\d{3}/.test(text.slice(end, end + 4))) return true;
  // Glued to a letter or a version mark before: "v2", "Q3", "FY27" never reach here (lookbehind); "No 5", "Goal 3" do.
  if (tok.unit === undefined || tok.unit === 'level') {
    const toks = tail.low;
    const k = lastIndexSkipping(toks, DASHES);
    if (k >= 0) {
      const last = toks[k]!;
      if (last === '.' && k > 0) {
        const w = toks[k - 1]!;
        if (w !== 'no' && LABEL_WORDS.has(w)) return true; // "p. 4", "fig. 2", "ver. 3"
      } else if (last === '#' || RANK_WORDS.has(last) || LEVEL_WORDS.has(last)) {
        return false; // ranks and levels, handled by the caller
      } else if (PERIOD_LABEL_WORDS.has(last)) {
        // "Year 2" (a school year, a programme year) is a label; "within 5 days" never gets here.
        return /^[A-Z]/.test(tail.orig[k]!);
      } else if (LABEL_WORDS.has(last) || (last === 'result' && toks[k - 1] === 'key')) {
        return true;
      }
    }
  }
  // A list marker at the start: "1. Raise NPS", "2) Cut churn".
  if (/^\s*$/.test(text.slice(0, start)) && /^[.)]\s/.test(text.slice(end, end + 2)) && tok.unit === undefined) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Metrics

const NAMED_METRIC_RE = new RegExp(
  [
    'employee\\s+net\\s+promoter\\s+score',
    'net\\s+promoter\\s+score',
    'e?NPS\\b',
    'customer\\s+satisfaction(?:\\s+(?:score|rating|index))?',
    'CSAT\\b',
    'customer\\s+effort\\s+score',
    'effort\\s+score',
    'CES\\b',
    'first[-\\s](?:contact|call|time)\\s+resolution(?:\\s+rate)?',
    'FCR\\b',
    '(?:average\\s+|mean\\s+|median\\s+)?time\\s+to\\s+(?:resolve|resolution|respond|first\\s+response|answer|hire|value|market|close)',
    '(?:average\\s+|mean\\s+|median\\s+)?(?:first\\s+)?(?:response|resolution|handling|handle|wait(?:ing)?|hold|queue|turnaround|lead|cycle|delivery|call\\s+wait|processing|decision)\\s+times?',
    'average\\s+(?:handling|handle)\\s+time',
    'AHT\\b',
    'average\\s+speed\\s+(?:of|to)\\s+answer',
    'average\\s+wait',
    '(?:customer\\s+|staff\\s+|employee\\s+|logo\\s+|revenue\\s+)?churn(?:\\s+rate)?',
    '(?:customer\\s+|staff\\s+|employee\\s+|net\\s+revenue\\s+|gross\\s+revenue\\s+)?retention(?:\\s+rate)?',
    '(?:staff\\s+|employee\\s+)?attrition(?:\\s+rate)?',
    '(?:staff|employee)\\s+turnover',
    '(?:renewal|repeat\\s+purchase|conversion|abandonment|abandon|bounce|click[-\\s]through|open|response|resolution|completion|pass|participation|adoption|error|defect|complaint|escalation|referral|occupancy|utili[sz]ation|absence|sickness\\s+absence|vacancy|win|take[-\\s]up|uptake|default|arrears|satisfaction)\\s+rates?',
    'conversion',
    'uptime',
    'availability',
    'SLA\\s+(?:compliance|attainment|performance|adherence)',
    '(?:call\\s+)?abandonment(?:\\s+rate)?',
    'on[-\\s]time\\s+(?:delivery|performance|in\\s+full)',
    'OTIF\\b',
    '(?:annual\\s+)?(?:recurring\\s+)?revenue',
    'ARR\\b',
    'MRR\\b',
    'ARPU\\b',
    '(?:customer\\s+)?lifetime\\s+value',
    'C?LTV\\b',
    'CLV\\b',
    'EBITDA\\b',
    '(?:gross\\s+|net\\s+|operating\\s+)?(?:profit|margin)s?',
    'sales',
    'market\\s+share',
    'share\\s+of\\s+wallet',
    'cost\\s+(?:to\\s+serve|per\\s+(?:contact|call|ticket|case|hire|acquisition))',
    'complaints?',
    'defects?',
    'incidents?',
    'outages?',
    'escalations?',
    'backlog',
    '(?:employee\\s+|staff\\s+)?engagement(?:\\s+score)?',
    '(?:employee|staff)\\s+satisfaction',
    '(?:trustpilot|google|app\\s+store|glassdoor|feefo|star|review)\\s+(?:score|rating)s?',
    'active\\s+users',
    'DAU\\b',
    'MAU\\b',
    'sign[-\\s]?ups',
    'registrations',
    'subscribers',
    'downloads',
    'footfall',
    'referrals',
    'emissions',
    'carbon\\s+footprint',
    'representation',
    'productivity',
    'accuracy',
    '(?:quality|health|wellbeing|pulse|trust|loyalty|reputation|brand)\\s+(?:score|index)',
    '(?:industry\\s+|league\\s+)?(?:ranking|league\\s+table)',
  ].join('|'),
  'gi',
);
const LOWER_IS_BETTER =
  /churn|attrition|turnover|wait|hold|queue|response|resolution\s+time|resolve|handl|AHT|time\s+to|complaint|defect|error|cost|abandon|bounce|backlog|emission|absence|incident|outage|escalation|effort|CES|arrears|default|vacanc|lead\s+time|cycle\s+time|turnaround/i;

const METRIC_HEAD_RE = /\b(?:(?:percentage|proportion|share|number|count|volume|amount|level|rate|ratio)\s+of|%\s*of|per\s?cent\s+of|percent\s+of)\s+/gi;
const PCT_OF_RE = /(?:%|per\s?cent|percent)\s+of\s+/gi;
const GENERIC_TAIL_RE = /\b(?:rate|score|index|ratio|rating|ranking)s?\b/gi;

const STOP_WORDS = new Set(
  (
    'within by in before to from for under over than at on and or but with during until via through per across ' +
    'into onto up down is are was were will be being been has have had should must can could would may might ' +
    'increase increasing raise raising grow growing improve improving reduce reducing cut cutting lower lowering ' +
    'decrease decreasing boost achieve reach hit maintain keep deliver make get the a an our their its this that these ' +
    'those each every all less fewer least most no not so as if when where while'
  ).split(' '),
);
const SKIP_THROUGH = new Set('the our all their its your my of'.split(' '));
const REL_WORDS = new Set('who that which whose whom'.split(' '));

const PREPOSITIONS = new Set('within by in before to from for under over at during until via through per across into than'.split(' '));

/** Consumes a noun phrase starting at pos (after "of "), returns its end or pos when empty. */
function nounPhraseEnd(text: string, pos: number, maxWords: number): number {
  const word = /\s*([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)/y;
  let end = pos;
  let words = 0;
  let p = pos;
  let inRelative = false;
  while (words < maxWords) {
    word.lastIndex = p;
    const m = word.exec(text);
    if (!m) break;
    const w = m[1]!.toLowerCase();
    const leading = words === 0 && SKIP_THROUGH.has(w);
    if (REL_WORDS.has(w)) {
      inRelative = true;
    } else if (!leading && STOP_WORDS.has(w) && (!inRelative || PREPOSITIONS.has(w))) {
      break;
    } else if (words > 0 && (w === 'more' || w === 'longer' || w === 'over')) {
      break; // "people waiting more than 18 weeks"
    }
    p += m[0].length;
    if (!leading) words++;
    if (!REL_WORDS.has(w) && !leading) end = p;
  }
  return end;
}

function collectMetrics(text: string, out: Span[]): void {
  let m: RegExpExecArray | null;
  NAMED_METRIC_RE.lastIndex = 0;
  while ((m = NAMED_METRIC_RE.exec(text))) {
    // Acronyms must be upper case to count: "ces", "arr", "sales" are fine as words, "nps" too.
    const t = m[0];
    if (/^(?:ces|fcr|aht|arr|mrr|arpu|dau|mau|otif|ltv|cltv|clv)$/.test(t)) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  METRIC_HEAD_RE.lastIndex = 0;
  while ((m = METRIC_HEAD_RE.exec(text))) {
    const headEnd = m.index + m[0].length;
    const end = nounPhraseEnd(text, headEnd, 6);
    if (end > headEnd) out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  PCT_OF_RE.lastIndex = 0;
  while ((m = PCT_OF_RE.exec(text))) {
    const headEnd = m.index + m[0].length;
    const end = nounPhraseEnd(text, headEnd, 6);
    if (end > headEnd) out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  GENERIC_TAIL_RE.lastIndex = 0;
  while ((m = GENERIC_TAIL_RE.exec(text))) {
    // Up to two words before: "industry ranking", "digital take-up rate".
    const t = tailBefore(text, m.index, 2);
    const n = t.low.length;
    if (n === 0 || !/^\p{L}/u.test(t.low[n - 1]!) || STOP_WORDS.has(t.low[n - 1]!)) continue;
    let start = t.starts[n - 1]!;
    if (n === 2 && /^\p{Ll}/u.test(t.orig[0]!) && !STOP_WORDS.has(t.low[0]!)) start = t.starts[0]!;
    const end = m.index + m[0].length;
    out.push({ start, end, text: text.slice(start, end) });
  }
}

// ---------------------------------------------------------------------------------------------
// Placeholders, absolutes, direction

const PLACEHOLDER_RE =
  /(?<![A-Za-z\u00C0-\u024F0-9_'’-])(?:TBD|TBC|TBA|T\.B\.[DC]\.?|tbd|tbc|tba|n\/a|N\/A|\?{2,}|_{3,}|[£$€]?(?:XX+|X(?:,XXX)+|[XYNZ]|x)(?:\.X+)?(?:%|pp|k|m|bn)?)(?![A-Za-z\u00C0-\u024F0-9_'’-]|\.A-Za-z\u00C0-\u024F)/g;
const BRACKET_PLACEHOLDER_RE =
  /[[<{]{1,2}\s?(?:target|metric|measure|number|value|baseline|date|deadline|owner|kpi|amount|percentage|x|y|n|%|tbd|insert[^\]>}\n]{0,30}|enter[^\]>}\n]{0,30}|add[^\]>}\n]{0,30}|fill[^\]>}\n]{0,30}|placeholder|goal|\.{3}|…)\s?[\]>}]{1,2}(?!\()/gi;
const PLACEHOLDER_NAME_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:gen|generation|project|plan|series|model|type|version|windows|class|phase|vitamin|factor|malcolm|brand|size|axis|point|day|d|planet|space|formerly)\s*$/i;

function findPlaceholders(text: string): Span[] {
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  // Bracketed ones first: "[X]" is kept whole instead of the bare letter inside it.
  const bracketed = new Mask(text.length);
  BRACKET_PLACEHOLDER_RE.lastIndex = 0;
  while ((m = BRACKET_PLACEHOLDER_RE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    bracketed.add(s, e);
    const taskBox = s < 12 && /^\[\s?[xX]\s?\]$/.test(m[0]) && /^\s*(?:[-*+]\s+|\d+[.)]\s+)?$/.test(text.slice(0, s));
    if (!taskBox) out.push({ start: s, end: e, text: m[0] });
  }
  PLACEHOLDER_RE.lastIndex = 0;
  while ((m = PLACEHOLDER_RE.exec(text))) {
    const t = m[0];
    const start = m.index;
    if (bracketed.hits(start, start + t.length)) continue;
    const core = t.replace(/^[£$€]/, '');
    if (/^[YNZx]$/.test(core) || /^X$/.test(core)) {
      // Single letters: not after a name that takes a letter ("Generation X", "Plan B" style).
      if (PLACEHOLDER_NAME_BEFORE.test(lowerBound(text, start, 20))) continue;
      if (core === 'x' && /\d\s?$/.test(lowerBound(text, start, 2))) continue; // "3 x 4"
      if (/^\s?[=×*]/.test(text.slice(start + t.length, start + t.length + 2)) && core !== 'X') continue;
      if (/^[-\s]?(?:ray|axis|box|factor)\b/i.test(text.slice(start + t.length, start + t.length + 8))) continue;
    }
    out.push({ start, end: start + t.length, text: t });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const ABSOLUTE_RE = new RegExp(
  [
    '(?<![\\d.,])100\\s?(?:%|per\\s?cent\\b|percent\\b)',
    'one\\s+hundred\\s+per\\s?cent',
    '\\bzero(?:[-\\s]+)(?!hours?\\b|based\\b|tolerance\\b|emissions?\\b|carbon\\b|waste\\b|in\\b|to\\b|and\\b|or\\b|out\\s+of\\b)[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*',
    '(?<![\\d.,])0\\s+(?!to\\b|and\\b|or\\b|of\\b|per\\b|out\\b|in\\b)[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*s\\b',
    '\\bno\\s+(?:(?:more|further|new|avoidable|unresolved|repeat|missed|open|serious|major|customer)\\s+)?(?:complaints|defects|errors|failures|incidents|outages|breaches|mistakes|delays|downtime|backlog|escalations|accidents|injuries|harm|bugs|faults|issues|problems|exceptions|missed\\s+\\w+|waiting|waits|queues|cancellations|churn|surprises|data\\s+loss)\\b',
    '\\beach\\s+and\\s+every\\b(?:\\s+[A-Za-z\\u00C0-\\u024F]+)?',
    '\\bevery\\s+(?:single\\s+)?(?!year|month|week|day|quarter|morning|evening|night|time\\s+we\\s+review|other|few|now|\\d)[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*',
    '\\ball\\s+(?:of\\s+)?(?:our\\s+|the\\s+|their\\s+)?(?:customers|clients|patients|users|staff|employees|colleagues|people|calls|tickets|complaints|enquiries|inquiries|requests|cases|members|residents|students|pupils|orders|contacts|queries|visitors|guests|partners|teams|stores|sites|services|products|suppliers|tenants|citizens|learners|children|families|households|businesses)\\b',
    '\\b(?:always|never|perfect(?:ly|ion)?|flawless(?:ly)?|without\\s+exception|error[-\\s]free|defect[-\\s]free|fault[-\\s]free|zero[-\\s]defects?|all\\s+the\\s+time|at\\s+all\\s+times|guaranteed?\\s+100)\\b',
  ].join('|'),
  'gi',
);

const ABSOLUTE_HINT = /100|hundred|zero|\b0\s|\bno\s|every|\ball\s|always|never|perfect|flawless|exception|free\b|guarantee/i;

/** Absolutes that make a goal unachievable as written ("100%", "zero complaints", "every customer", "always"). */
export function findAbsolutes(text: string): Span[] {
  const out: Span[] = [];
  if (!text) return out;
  if (!ABSOLUTE_HINT.test(text)) return out;
  let m: RegExpExecArray | null;
  ABSOLUTE_RE.lastIndex = 0;
  while ((m = ABSOLUTE_RE.exec(text))) {
    const t = m[0];
    if (t.length === 0) {
      ABSOLUTE_RE.lastIndex++;
      continue;
    }
    // "net zero" is a goal, not an absolute.
    if (/^zero/i.test(t) && /\bnet[-\s]$/i.test(lowerBound(text, m.index, 4))) continue;
    // "100% of the time" is an absolute; "100% renewable" too – both stay.
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

const UP_RE =
  /\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|grow(?:s|n|ing|th)?|grew|improv(?:e|es|ed|ing|ement)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|maximi[sz](?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|gain(?:s|ed|ing)?|ris(?:e|es|ing)|rose|higher|scale\s+up|step\s+up|more)\b/gi;
const DOWN_RE =
  /\b(?:down\s+(?:from|to)|reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)|halv(?:e|es|ed|ing)|shrink(?:s|ing)?|eliminat(?:e|es|ed|ing)|drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|shorten(?:s|ed|ing)?|bring\s+down|brought\s+down|fewer|slash(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing))\b/gi;

function findDirection(text: string): { dir: 'up' | 'down' | null; neutral: boolean } {
  UP_RE.lastIndex = 0;
  DOWN_RE.lastIndex = 0;
  let up: RegExpExecArray | null = null;
  // "more" only counts when nothing stronger is there.
  let m: RegExpExecArray | null;
  while ((m = UP_RE.exec(text))) {
    if (/^more$/i.test(m[0]) && /\b(?:no|not|than)\s*$/i.test(lowerBound(text, m.index, 6))) continue;
    if (/^more$/i.test(m[0]) && /^\s+than\b/i.test(text.slice(m.index + 4, m.index + 10))) continue;
    up = m;
    break;
  }
  let down: RegExpExecArray | null = null;
  while ((m = DOWN_RE.exec(text))) {
    // "by fall 2027" is a season.
    if (/^fall$/i.test(m[0]) && (/^\s+(?:of\s+)?(?:19|20)\d{2}/.test(text.slice(m.index + 4, m.index + 14)) || /\b(?:by|in|this|next|the|until|before|during)\s+$/i.test(lowerBound(text, m.index, 8)))) continue;
    down = m;
    break;
  }
  if (!up && !down) return { dir: null, neutral: false };
  if (up && (!down || up.index < down.index)) {
    return { dir: 'up', neutral: /^(?:improv|enhanc|strengthen)/i.test(up[0]) };
  }
  return { dir: 'down', neutral: false };
}

// ---------------------------------------------------------------------------------------------
// findMeasure

/** Character mask of ranges, so that overlap checks cost the span's length, not the number of ranges. */
class Mask {
  /** A plain list while it is short (the usual goal), a character map once it grows. */
  private ranges: TextRange[] = [];
  private bits: Uint8Array | null = null;
  constructor(private readonly length: number) {}
  add(s: number, e: number): void {
    const a = Math.max(0, Math.min(this.length, s));
    const b = Math.max(a, Math.min(this.length, e));
    if (b <= a) return;
    if (this.bits) {
      this.bits.fill(1, a, b);
      return;
    }
    this.ranges.push({ start: a, end: b });
    if (this.ranges.length > 16) {
      this.bits = new Uint8Array(this.length + 1);
      for (const r of this.ranges) this.bits.fill(1, r.start, r.end);
      this.ranges = [];
    }
  }
  hits(s: number, e: number): boolean {
    if (!this.bits) return overlaps(this.ranges, s, e);
    const b = Math.min(this.length, e);
    for (let i = Math.max(0, s); i < b; i++) if (this.bits[i]) return true;
    return false;
  }
}

function overlaps(ranges: readonly TextRange[], s: number, e: number): boolean {
  for (const r of ranges) if (r.start < e && s < r.end) return true;
  return false;
}

function numeric(text: string, t: Token): NumericSpan {
  const n: NumericSpan = { start: t.start, end: t.end, text: text.slice(t.start, t.end), value: t.value };
  if (t.unit !== undefined) n.unit = t.unit;
  if (t.change) n.change = true;
  return n;
}

interface Scored {
  tok: Token;
  score: number;
}

/** `exclude`: ranges (e.g. the deadline found by time.ts) whose numbers must not count as targets. */
export function findMeasure(text: string, exclude: readonly TextRange[] = []): MeasureMatch {
  const result: MeasureMatch = { metric: null, target: null, baseline: null, placeholders: [], durationTargets: [], direction: null };
  if (!text) return result;

  result.placeholders = findPlaceholders(text);
  const dir = findDirection(text);

  const candidates: Scored[] = [];
  const baselines: Token[] = [];
  const durations: Token[] = [];
  const skip = new Mask(text.length);
  for (const r of exclude) skip.add(r.start, r.end);
  for (const r of result.placeholders) skip.add(r.start, r.end);

  if (/\d/.test(text)) {
    let m: RegExpExecArray | null;
    NUM_RE.lastIndex = 0;
    let count = 0;
    while ((m = NUM_RE.exec(text))) {
      if (++count > 2000) break; // a wall of digits: enough is enough
      if (!m[1] && !m[2]) {
        const phone = sticky(PHONE_RUN, text, m.index);
        if (phone && phone[0].replace(/\D/g, '').length >= 9 && !/^\d{1,3}(?: \d{3})+$/.test(phone[0])) {
          NUM_RE.lastIndex = m.index + phone[0].length;
          continue;
        }
      }
      const tok = readToken(text, m);
      NUM_RE.lastIndex = Math.max(NUM_RE.lastIndex, tok.end);
      if (tok.kind === 'skip') continue;
      if (skip.hits(tok.start, tok.end)) continue;
      const tail = tailBefore(text, tok.start, 6);
      if (isNotAQuantity(text, tok, tail)) continue;
      const toks = tail.low;

      // Levels and ranks.
      if (tok.unit === undefined && /^\d{1,2}$/.test(text.slice(tok.start, tok.end))) {
        const k = lastIndexSkipping(toks, DASHES);
        const last = k >= 0 ? toks[k]! : '';
        if (LEVEL_WORDS.has(last)) {
          const clause = text.slice(Math.max(0, tail.starts[k]! - 60), tail.starts[k]);
          if ((LEVEL_WORTHY.test(clause) && !/[.;]/.test(clause.slice(clause.search(LEVEL_WORTHY)))) || LEVEL_AFTER.test(text.slice(tok.end, tok.end + 30))) {
            tok.unit = 'level';
            tok.start = tail.starts[k]!;
            candidates.push({ tok, score: 3 });
          }
          continue;
        }
        const isRank =
          last === 'top' ||
          last === 'number' ||
          last === 'rank' ||
          last === 'ranked' ||
          (last === '#' && !(k > 0 && LABEL_BEFORE_HASH.has(toks[k - 1]!))) ||
          (last === '.' && k > 0 && toks[k - 1] === 'no');
        if (isRank) {
          tok.unit = 'rank';
          tok.start = tail.starts[last === '.' ? k - 1 : k]!;
          candidates.push({ tok, score: 4 });
          continue;
        }
        if (last === '#') continue; // "Goal #3"
      }

      const base = isBaselineTail(tail);
      if (tok.kind === 'duration') {
        const u = tok.durationUnit!;
        const service = isServiceDuration(text, tok.start, tok.end, u) && u !== 'months' && u !== 'years';
        const k = toks.length - 1;
        const valueLike = k >= 0 && (DURATION_VALUE_LAST.has(toks[k]!) || endsWithAny(toks, k, DURATION_VALUE_PHRASES));
        if (base.yes && (valueLike || /^(?:from|currently|baseline|today|vs|was)$/.test(base.last))) {
          baselines.push(tok);
          continue;
        }
        // "waiting more than 18 weeks" defines who is counted; it is not a target.
        if (endsWithAny(toks, k, THRESHOLD_PHRASES)) continue;
        if (service || (valueLike && u !== 'months' && u !== 'years') || (valueLike && (toks[k] === 'from' || toks[k] === 'to'))) {
          durations.push(tok);
        }
        continue;
      }

      if (base.yes || BASE_AFTER.test(text.slice(tok.end, tok.end + 24))) {
        baselines.push(tok);
        continue;
      }

      let score = targetCueScore(tail);
      if (endsWithAny(toks, toks.length - 1, CHANGE_PHRASES)) {
        tok.change = true;
        score += 2;
      }
      if (tok.unit !== undefined) score += 2;
      else if (/^\s+(?:(?:new|more|additional|extra)\s+)?[\p{L}]/u.test(text.slice(tok.end, tok.end + 20))) score += 1;
      candidates.push({ tok, score });
    }
  }

  // Number words: "Open three new stores" (only when no digits gave a target).
  if (candidates.length === 0) {
    let m: RegExpExecArray | null;
    NUMBER_WORD_RE.lastIndex = 0;
    while ((m = NUMBER_WORD_RE.exec(text))) {
      const noun = m[2]!.toLowerCase();
      if (durationUnit(noun) || /^(?:of|times|percent|per)$/.test(noun) || STOP_WORDS.has(noun)) continue;
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const value = NUMBER_WORDS[word] ?? (word.endsWith('hundred') ? 100 : NaN);
      if (!Number.isFinite(value)) continue;
      const start = m.index;
      const end = start + m[1]!.length;
      if (skip.hits(start, end)) continue;
      candidates.push({ tok: { start, end, text: '', value, kind: 'value' }, score: 1 });
    }
    // "by half", "by a third": a change in per cent.
    if (candidates.length === 0) {
      const frac = /\bby\s+(half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters)\b/i.exec(text);
      if (frac) {
        const w = frac[1]!.toLowerCase().replace(/[-\s]+/g, ' ');
        const value = w === 'half' ? 50 : w === 'a third' ? 100 / 3 : w === 'a quarter' ? 25 : w === 'two thirds' ? 200 / 3 : 75;
        const start = frac.index + frac[0].length - frac[1]!.length;
        candidates.push({ tok: { start, end: start + frac[1]!.length, text: '', value, unit: '%', kind: 'value', change: true }, score: 2 });
      }
    }
    // "double", "triple", "halve" as the whole target.
    if (candidates.length === 0) {
      const mult = /\b(doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))\b/i.exec(text);
      if (mult) {
        const w = mult[1]!.toLowerCase();
        const value = w.startsWith('doubl') ? 2 : w.startsWith('tripl') ? 3 : 0.5;
        candidates.push({ tok: { start: mult.index, end: mult.index + mult[0].length, text: '', value, unit: 'x', kind: 'value', change: true }, score: 0 });
      }
    }
  }

  let best: Scored | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  result.durationTargets = durations.map((d) => numeric(text, d));
  if (best) result.target = numeric(text, best.tok);
  else if (result.durationTargets.length > 0) result.target = result.durationTargets[0]!;
  if (baselines.length > 0) result.baseline = numeric(text, baselines[0]!);

  // "from 68 to 80%": the bare side takes the other's unit.
  const { target, baseline } = result;
  if (target && baseline) {
    if (target.unit === undefined && baseline.unit !== undefined && !target.change) target.unit = baseline.unit;
    else if (baseline.unit === undefined && target.unit !== undefined && target.unit !== 'rank' && target.unit !== 'level' && !target.change) baseline.unit = target.unit;
  }

  // Metric: the named or generic one nearest the target (before it preferred), else the first.
  const metrics: Span[] = [];
  collectMetrics(text, metrics);
  const usable = metrics.length > 500 ? metrics.slice(0, 500) : metrics;
  for (let i = usable.length - 1; i >= 0; i--) if (skip.hits(usable[i]!.start, usable[i]!.end)) usable.splice(i, 1);
  if (usable.length > 0) {
    usable.sort((a, b) => a.start - b.start || b.end - a.end);
    const anchor = target ?? baseline;
    let pick = usable[0]!;
    if (anchor) {
      let bestD = Infinity;
      for (const s of usable) {
        const d = s.end <= anchor.start ? anchor.start - s.end : s.start >= anchor.end ? (s.start - anchor.end) * 1.5 + 1 : 0;
        if (d < bestD || (d === bestD && s.end - s.start > pick.end - pick.start)) {
          bestD = d;
          pick = s;
        }
      }
    }
    result.metric = pick;
  } else if (target && target.unit === undefined) {
    // A count: the noun phrase after the number ("50 new partners", "2,000 more patients").
    const after = /^\s+(?:(?:more|additional|extra|fewer)\s+)?/iu.exec(text.slice(target.end, target.end + 20));
    const s = target.end + (after ? after[0].length : 0);
    const e = nounPhraseEnd(text, s, 3);
    if (e > s) result.metric = { start: s, end: e, text: text.slice(s, e) };
  }

  // NPS values without a unit are on the -100..100 scale.
  if (result.metric && /\be?NPS\b|net\s+promoter/i.test(result.metric.text)) {
    for (const n of [result.target, result.baseline]) if (n && n.unit === undefined && !n.change) n.unit = 'nps';
  }

  // Direction: from the words; a neutral "improve" follows the numbers or the metric.
  let direction = dir.dir;
  if (dir.neutral) {
    if (target && baseline && !target.change && target.value !== baseline.value) direction = target.value > baseline.value ? 'up' : 'down';
    else if (result.metric && LOWER_IS_BETTER.test(result.metric.text)) direction = 'down';
  }
  result.direction = direction;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Plausibility

const SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800, months: 2629800, years: 31557600 };

/**
 * True when going from baseline to target is implausible within one goal period. Conservative:
 * - percentages (%): reaching 100% from below 80%; a move of more than 40 points; reaching 0%
 *   from 20% or more; more than tripling (and by more than 10 points);
 * - NPS (unit 'nps', a metric mentioning NPS, or unitless values with a negative one in
 *   -100..100): a move of more than 30 points;
 * - scores on a scale ('/5', '/10', 'stars'): a move of more than 40% of the scale, or reaching the
 *   top from below 80% of it;
 * - counts, money and durations: more than tripling, or cutting by more than 90%.
 * "by N" changes are applied to the baseline first. Mismatched units are never judged.
 */
export function isImplausibleJump(
  baseline: NumericSpan,
  target: NumericSpan,
  direction: 'up' | 'down' | null,
  metric?: Span | string | null,
): boolean {
  let b = baseline.value;
  let t = target.value;
  let bu = baseline.unit;
  let tu = target.unit;
  if (!Number.isFinite(b) || !Number.isFinite(t)) return false;
  if (bu === 'pp') bu = 'points';
  const metricText = typeof metric === 'string' ? metric : (metric?.text ?? '');
  const npsMetric = /\be?NPS\b|net\s+promoter/i.test(metricText);

  if (target.change) {
    const sign = direction === 'down' ? -1 : 1;
    if (tu === 'points' || tu === 'pp') {
      t = b + sign * t;
      tu = bu === undefined ? (npsMetric ? 'nps' : undefined) : bu;
    } else if (tu === '%') {
      if (bu === '%') t = b + sign * t; // "retention (80%) by 5%": read as points, the milder reading
      else t = b * (1 + (sign * t) / 100);
      tu = bu;
    } else if (tu === 'x') {
      t = direction === 'down' ? b / t : b * t;
      tu = bu;
    } else if (tu === bu || tu === undefined || bu === undefined) {
      t = b + sign * t;
      tu = bu ?? tu;
    } else return false;
  }
  if (bu === 'points' && tu === undefined) tu = bu;
  if (tu === 'points' && bu === undefined) bu = tu;
  if (tu === 'pp') tu = '%';
  // Durations in different units: compare in seconds.
  if (bu && tu && bu !== tu && SECONDS[bu] && SECONDS[tu]) {
    b *= SECONDS[bu]!;
    t *= SECONDS[tu]!;
    bu = tu = 'seconds';
  }
  if (bu !== undefined && tu !== undefined && bu !== tu) return false;
  const unit = bu ?? tu;
  const jump = Math.abs(t - b);
  if (t === b) return false;

  if (unit === '%') {
    if (t >= 100 && b < 80) return true;
    if (jump > 40) return true;
    if (t <= 0 && b >= 20) return true;
    if (t > b && b > 0 && t / b > 3 && jump > 10) return true;
    return false;
  }
  if (unit === 'nps' || npsMetric || (unit === undefined && (b < 0 || t < 0) && Math.abs(b) <= 100 && Math.abs(t) <= 100)) {
    return jump > 30;
  }
  if (unit === 'points') return jump > 40;
  const scale = unit?.startsWith('/') ? Number(unit.slice(1)) : unit === 'stars' ? 5 : NaN;
  if (Number.isFinite(scale) && scale > 0) {
    if (t >= scale && b < 0.8 * scale) return true;
    return (jump / scale) * 100 > 40;
  }
  if (unit === 'rank' || unit === 'level' || unit === 'ratio') return false;
  if (b <= 0 || t <= 0) return false;
  if (t > b) return t / b > 3;
  return t < b / 10;
}
