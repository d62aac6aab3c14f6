/** Year spans ("2027", "FY27", "FY 2026/27", "'27", "next year") read at a fixed position, alone or after a part ("Q3 2027", "June-27"). */
import { absMonth, absYear, fiscalStartAbs, fiscalYearOf } from './calendar';
import type { Ctx } from './candidates';
import { toYear, yearOk } from './vocabulary';

export interface YearSpan {
  end: number; // offset after the span text
  startAbs: number; // first month, year*12+month
  relative: boolean;
  firstYear?: number; // first year of a "2026/27" pair
  yy?: boolean; // written as a bare two-digit year
  fiscal: boolean;
}

const YS_FY = /(?:FY|F\.Y\.)\s?['’]?(\d{4}|\d{2})(?:\s?[-/–—]\s?['’]?(\d{4}|\d{2}))?(?![A-Za-z\u00C0-\u024F0-9])/iy;
const YS_FISCAL = /(?:fiscal|financial)\s+(?:year\s+)?(?:ending\s+)?((?:19|20)\d{2})(?:\s?[-/–—]\s?(\d{4}|\d{2}))?(?![A-Za-z\u00C0-\u024F0-9])/iy;
const YS_PAIR = /((?:19|20)\d{2}|2100)\s?[-/–—]\s?(\d{4}|\d{2})(?![A-Za-z\u00C0-\u024F0-9%]|[.,]\d)/y;
const YS_YEAR = /((?:19|20)\d{2}|2100)(?![A-Za-z\u00C0-\u024F0-9%+]|[.,:]\d)/y;
const YS_APOS = /['’](\d{2})(?![A-Za-z\u00C0-\u024F0-9%])/y;
const YS_YY = /(\d{2})(?![A-Za-z\u00C0-\u024F0-9%]|[.,]\d)/y;
const YS_REL =
  /(?:the\s+)?(?:(this|next|current|coming|following|same)\s+)?(financial\s+year|fiscal\s+year|calendar\s+year|FY|year)\b/iy;

export function pairEnd(first: number, secondText: string): number | null {
  const second = secondText.length === 2 ? Math.floor(first / 100) * 100 + Number(secondText) : Number(secondText);
  if (second <= first || second > first + 30 || !yearOk(second)) return null;
  return second;
}

export function parseYearSpanAt(ctx: Ctx, pos: number, allowRelative: boolean, allowYY: boolean): YearSpan | null {
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
export function monthInSpan(startAbs: number, m0: number): number {
  return startAbs + ((m0 - absMonth(startAbs) + 12) % 12);
}

/** Separator between a part ("Q3", "June", "spring") and its year span. */
export const PART_SEP = /(?:\s+of\s+|\s?[-/,]\s?|\s+|(?=['’]))/iy;
/** The year span after a part that ends at pos, or null. */
export function yearSpanAfterPart(ctx: Ctx, pos: number, digitFirstPart: boolean, dashYY = false): YearSpan | null {
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
