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
 *
 * This file weighs what the other parts read: number tokens (quantities.ts), the cue words around
 * them (target-cues.ts), metrics and direction (metrics.ts), placeholders (placeholders.ts).
 */
import type { TextRange } from '../types';
import { durationUnit, isServiceDuration } from './durations';
import { collectMetrics, findDirection, LOWER_IS_BETTER, nounPhraseEnd, STOP_WORDS } from './metrics';
import { findPlaceholders } from './placeholders';
import { DASHES, isNotAQuantity, LABEL_BEFORE_HASH, LEVEL_WORDS, NUM_RE, PHONE_RUN, readToken, sticky, type Token } from './quantities';
import { Mask, type NumericSpan, type Span } from './spans';
import { endsWithAny, lastIndexSkipping, tailBefore } from './tail';
import { BASE_AFTER, CHANGE_PHRASES, DURATION_VALUE_LAST, DURATION_VALUE_PHRASES, isBaselineTail, targetCueScore, THRESHOLD_PHRASES } from './target-cues';
import { COUNT_NUMBER_WORD_SRC, numberValue } from './vocabulary';

export { findAbsolutes } from './absolutes';
export { isImplausibleJump } from './plausibility';
export type { NumericSpan, Span } from './spans';

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

const LEVEL_WORTHY = /\b(?:achiev|attain|reach|gain|obtain|earn|secur|get|maintain|mov|progress|retain|hold|accredit|certif)\w*/i;
const LEVEL_AFTER = /^\s*(?:accreditation|certification|certified|accredited|maturity|rating|status|standard|award|compliance|membership)\b/i;

const NUMBER_WORD_RE = new RegExp(
  `\\b(${COUNT_NUMBER_WORD_SRC})\\s+(?:(?:new|more|additional|extra)\\s+)?([A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*)`,
  'gi',
);

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
      const value = numberValue(m[1]!);
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
