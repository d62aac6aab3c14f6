/** Calendar arithmetic in UTC: days, absolute month numbers (year*12+month) and fiscal years. */

export const DAY_MS = 86_400_000;

export function utc(y: number, m0: number, d: number): Date {
  return new Date(Date.UTC(y, m0, d));
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysIn(y: number, m0: number): number {
  if (m0 === 1 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return 29;
  return MONTH_DAYS[m0]!;
}
export function absYear(abs: number): number {
  return Math.floor(abs / 12);
}
export function absMonth(abs: number): number {
  return ((abs % 12) + 12) % 12;
}
/** The months [abs, abs+count) as a span from its first to its last day. */
export function monthSpan(abs: number, count: number): { from: Date; due: Date } {
  const e = abs + count - 1;
  return {
    from: utc(absYear(abs), absMonth(abs), 1),
    due: utc(absYear(e), absMonth(e), daysIn(absYear(e), absMonth(e))),
  };
}
export function addMonths(d: Date, n: number): Date {
  const abs = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const y = absYear(abs);
  const m = absMonth(abs);
  return utc(y, m, Math.min(d.getUTCDate(), daysIn(y, m)));
}

/** 'YYYY-MM-DD' of a Date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** First abs month of the fiscal year named by the calendar year it ends in; `fy` is its start month, 0-based. */
export function fiscalStartAbs(fyEndYear: number, fy: number): number {
  return fy === 0 ? fyEndYear * 12 : (fyEndYear - 1) * 12 + fy;
}
/** The fiscal year (named by its end year) that contains abs month. */
export function fiscalYearOf(abs: number, fy: number): number {
  const y = absYear(abs);
  return fy === 0 || absMonth(abs) < fy ? y : y + 1;
}
