/** Spans of goal text that the analysis returns, and a mask for checking overlaps between them cheaply. */
import type { TextRange } from '../types';

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

/** Character mask of ranges, so that overlap checks cost the span's length, not the number of ranges. */
export class Mask {
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
