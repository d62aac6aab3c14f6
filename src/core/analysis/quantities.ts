/** Number tokens in a goal's text: their value and unit ("£2m", "15%", "4.5/5", "3 days"), and whether one is a quantity at all. */
import { durationUnit, type DurationUnit } from './durations';
import type { NumericSpan } from './spans';
import { isDigitCode, lastIndexSkipping, lastWordBefore, lowerBound, words, type Tail } from './tail';
import { MIN_YEAR, SEASON_SRC, TARGET_MONTH_SRC } from './vocabulary';
import { looksLikeYear } from './years';

export const NUM_RE = /(?<![A-Za-z\u00C0-\u024F0-9_.,/\\])((?:[£$€¥₹]|US\$|A\$|C\$)\s?)?([-−+]\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?/g;
/** A month name, as a target's date check reads it. */
const MONTH_WORD = new RegExp(`^(?:${TARGET_MONTH_SRC})$`, 'i');

export interface Token extends NumericSpan {
  kind: 'value' | 'duration' | 'skip';
  durationUnit?: DurationUnit;
}

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
const SFX_RANGE = /\s?[-–]\s?(\d{1,3})(?![\d.,:/-])(?=\s+(?!(?:and|or|to|of|in|on|at|by)\b)\p{L})/uy;
const SFX_TIME = /(?::\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.))(?![A-Za-z\u00C0-\u024F])/iy;
const SFX_ORDINAL = /(?:st|nd|rd|th)\b/iy;
const SFX_RATIO = /\s+in\s+(\d{1,4})(?![0-9.,])/iy;

export function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const LABEL_WORDS = words(
  'v ver version release phase stage step wave pillar goal objective okr kr priority theme section chapter page p pp ' +
    'item question q area workstream sprint iso iec bs en article clause paragraph para rule figure fig table appendix ' +
    'annex part windows web industry covid gen generation series model class category cat zone route ward room floor ' +
    'building line channel',
);
const PERIOD_LABEL_WORDS = words('year years day days week weeks month months quarter');
const RANK_WORDS = words('top ranked rank number');
export const LEVEL_WORDS = words('level tier grade band');
export const LABEL_BEFORE_HASH = words('goal objective priority kr item issue ticket pr story step action okr theme');
export const DASHES = words('- –');

export const PHONE_RUN = /\+?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){2,5}(?![0-9])/y;

/** The token NUM_RE matched, with the unit or suffix after it; kind 'skip' for times, ordinals, "5-day" and identifiers. */
export function readToken(text: string, m: RegExpExecArray): Token {
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
  // "5-7 key publications", "1–3 donors": a range of a count; its upper bound is what counts as done.
  if (plainInt && intText.length <= 3 && (s = sticky(SFX_RANGE, text, end)) && Number(s[1]) > value) {
    value = Number(s[1]);
    end += s[0].length;
  }

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
      // "1 in 2027" is a year, not a ratio.
      if (denom > 0 && denom < MIN_YEAR && value < denom) {
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

/** Words just before a year that make it part of a date: "Q3 2027", "June 2027", "FY 2027". */
const DATE_PART_BEFORE = new RegExp(`^(?:q[1-4]|h[12]|[1-4]q|[12]h|fy|fiscal|financial|early|mid|late|end|${SEASON_SRC}|${TARGET_MONTH_SRC})$`);

/** Number tokens that are dates, years, labels, versions or phone numbers. */
export function isNotAQuantity(text: string, tok: Token, tail: Tail): boolean {
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
  if ((c1 === 45 || c1 === 47 || c1 === 46) && isDigitCode(c2) && /^\d+$/.test(raw)) return true;
  // "the 0.3 series of releases", "the 2.0 release", "0.4.x": a version number, not an amount ("5 releases" is a count).
  if (tok.unit === undefined && raw.includes('.') && /^(?:\.x\b|\s+(?:series|releases?|versions?|branch)\b)/i.test(text.slice(end, end + 12))) return true;
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
  if ((c1 === 32 || c1 === 46 || c1 === 45) && isDigitCode(c2) && /^\d{3,}$/.test(raw) && /^[ .-]\d{3}/.test(text.slice(end, end + 4))) return true;
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
