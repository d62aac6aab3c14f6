/**
 * Deadlines and periods inside one goal's text.
 *
 * Everything here is regex-driven and linear: each pattern starts at a literal token (a
 * digit, a month name, `Q`, `FY`, a keyword) and has no nested quantifiers, so a hostile line
 * cannot make it backtrack. chrono-node is only consulted for what the patterns leave over
 * (weekdays, "the 3rd of March" style dates), and only on short windows around a month or
 * weekday name that no pattern already covered.
 *
 * This file puts together what the scanners find: dates.ts (dates and months), periods.ts
 * (quarters, halves, seasons, fiscal years), years.ts (years and ranges), relative.ts (periods
 * and durations from the reference date) and chrono-fallback.ts; their words are in vocabulary.ts.
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
import { daysIn, isoDay, utc } from './calendar';
import type { Cand, Ctx, Precision } from './candidates';
import { HAS_WEEKDAY, scanChrono } from './chrono-fallback';
import { BASELINE_CUES, COMMIT_CUES, cueBefore } from './deadline-cues';
import { scanMonthDates, scanMonths, scanNumericDates } from './dates';
import { scanEarlyLate, scanFiscal, scanParts, scanSeasons, scanUnderscored } from './periods';
import { scanRelative } from './relative';
import { Mask } from './spans';
import { MONTH_SRC, PART_ORDINAL_SRC, SEASON_SRC, yearOk } from './vocabulary';
import { scanYears } from './years';

export { isoDay } from './calendar';
export { isServiceDuration } from './durations';
export { looksLikeYear } from './years';

export interface DeadlineMatch {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Last calendar day the deadline allows, 'YYYY-MM-DD' (end of the named period). */
  due: string;
  precision: Precision;
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

// Cheap non-global gates: a scanner only runs when its key word is in the text at all.
const HAS_DIGIT = /\d/;
const HAS_MONTH = new RegExp(`\\b(?:${MONTH_SRC})\\b`, 'i');
const HAS_PART = new RegExp(`[QH][1-4]|[1-4][QH]|\\b(?:${PART_ORDINAL_SRC})\\s+(?:quarter|half)`, 'i');
const HAS_UNDERSCORE_PERIOD = /\d_[QHA]|[QH][1-4]_/i;
const HAS_SEASON = new RegExp(SEASON_SRC, 'i');
const HAS_REL = /\b(?:this|next|current|coming|following|end|EO(?:F?Y|Q|M)|year|quarter|month|within|in|over|during|for|across|throughout|inside|decade|early|mid|late)\b/i;
const HAS_FY = /\b(?:F\.?Y|fiscal|financial)/i;

const PAST_EVENT_BEFORE = /\b(?:published|founded|established|introduced|adopted|agreed|began|started|recorded|measured|reported|surveyed|was|were|had|last)\s+(?:in\s+|since\s+)?$/i;
const BASELINE_AFTER_YEAR = /^\s?(?:baseline\s?)?[:=]\s?[-+−]?[£$€]?\d/i;
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
  const taken = new Mask(t.length);
  for (const c of all) {
    if (taken.hits(c.start, c.end)) continue;
    taken.add(c.start, c.end);
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
