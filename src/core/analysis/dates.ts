/** Calendar dates ("30/06/2027", "2027-06-30", "30 June 2027", "June 30") and months ("June 2027", "Mar-27", "by June"). */
import { absYear, daysIn, monthSpan, utc } from './calendar';
import { cand, nextOccurrence, type Cand, type Ctx } from './candidates';
import { hasCue } from './deadline-cues';
import { MONTH_SRC, monthIndex, toYear, yearOk } from './vocabulary';
import { monthInSpan, yearSpanAfterPart } from './year-spans';

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

/** Dates written in digits: ISO, day-first (month-first when it must be), dotted, and ISO year-months. */
export function scanNumericDates(ctx: Ctx, out: Cand[]): void {
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

/** A day and a month, with or without a year: "30 June 2027", "June 30", "30-Jun-27". */
export function scanMonthDates(ctx: Ctx, out: Cand[]): void {
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

/** A month with a year ("June 2027", "Mar-27"), after this/next, or capitalised after a cue ("by June"). */
export function scanMonths(ctx: Ctx, out: Cand[]): void {
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
