/** Whether going from a baseline to a target is plausible within one goal period. */
import type { NumericSpan, Span } from './spans';

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
