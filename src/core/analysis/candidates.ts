/** What every deadline scanner reads and writes: the reading context and the candidate periods it finds. */
import { absYear, monthSpan } from './calendar';

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';
export type Kind = 'date' | 'period' | 'year' | 'range' | 'duration' | 'horizon' | 'relative' | 'chrono';

export interface Cand {
  start: number;
  end: number;
  from: Date;
  due: Date;
  precision: Precision;
  relative: boolean;
  kind: Kind;
  baseline?: boolean;
}

export interface Ctx {
  text: string;
  ref: Date;
  refDay: number; // ms of the reference day at 00:00 UTC
  refAbs: number; // reference month as year*12+month
  fy: number; // fiscal year start month, 0-based
}

export function cand(start: number, end: number, span: { from: Date; due: Date }, precision: Precision, relative: boolean, kind: Kind): Cand {
  return { start, end, from: span.from, due: span.due, precision, relative, kind };
}

/** Next period (given by month offset in the calendar year and length) ending on or after the reference day. */
export function nextOccurrence(ctx: Ctx, m0: number, count: number): { from: Date; due: Date } {
  const y0 = absYear(ctx.refAbs);
  for (let y = y0 - 1; y <= y0 + 1; y++) {
    const s = monthSpan(y * 12 + m0, count);
    if (s.due.getTime() >= ctx.refDay) return s;
  }
  return monthSpan((y0 + 1) * 12 + m0, count);
}
