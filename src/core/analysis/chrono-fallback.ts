/** What the patterns leave over, weekdays and unusual day-month forms, read by chrono-node on short windows around a month or weekday name. */
import { GB as chronoGB } from 'chrono-node/en';
import { utc } from './calendar';
import { cand, type Cand, type Ctx } from './candidates';
import { COMMIT_CUES, cueBefore } from './deadline-cues';
import type { Mask } from './spans';
import { MONTH_SRC, yearOk } from './vocabulary';

const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${MONTH_SRC}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\b`,
  'gi',
);
export const HAS_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b/i;
const WEEKDAY_OR_MONTH = new RegExp(`\\b(?:${MONTH_SRC}|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)`, 'i');

const CHRONO_WINDOW_MAX = 400;
const CHRONO_WINDOWS_MAX = 20;

/** Dates chrono finds outside the characters already `taken`; each one found is taken too. */
export function scanChrono(ctx: Ctx, taken: Mask, out: Cand[]): void {
  const t = ctx.text;
  const windows: [number, number][] = [];
  let m: RegExpExecArray | null;
  CHRONO_TRIGGER.lastIndex = 0;
  while ((m = CHRONO_TRIGGER.exec(t))) {
    const s = m.index;
    const e = s + m[0].length;
    const word = m[0];
    // Lower-case "may", "march", "sat", "sun", "wed" are ordinary words.
    if (!/^[A-Z]/.test(word) && (word.length <= 3 || /^(?:may|march)$/i.test(word))) continue;
    if (taken.hits(s, e)) continue;
    let ws = Math.max(0, s - 40);
    let we = Math.min(t.length, e + 40);
    for (let k = 0; k < 20 && ws > 0 && !/\s/.test(t[ws - 1]!); k++) ws--;
    for (let k = 0; k < 20 && we < t.length && !/\s/.test(t[we]!); k++) we++;
    const last = windows[windows.length - 1];
    if (last && ws <= last[1] && we - last[0] <= CHRONO_WINDOW_MAX) last[1] = Math.max(last[1], we);
    else if (windows.length < CHRONO_WINDOWS_MAX) windows.push([ws, we]);
    else break;
  }
  for (const [ws, we] of windows) {
    let results;
    try {
      results = chronoGB.parse(t.slice(ws, we), { instant: ctx.ref, timezone: 0 }, { forwardDate: true });
    } catch {
      continue;
    }
    for (const r of results) {
      const lead = /^(?:on|by|at|from)\s+/i.exec(r.text);
      const s = ws + r.index + (lead ? lead[0].length : 0);
      const e = ws + r.index + r.text.length;
      if (!WEEKDAY_OR_MONTH.test(r.text)) continue; // "in 3 days", "9am": not chrono's to decide
      const comp = r.end ?? r.start;
      const dayCertain = comp.isCertain('day') && comp.isCertain('month');
      const weekday = r.start.isCertain('weekday');
      if (!dayCertain && !weekday) continue;
      // A weekday alone is a deadline only after a deadline cue: "by Friday", not "every Monday",
      // "Monday to Friday" or "Black Friday".
      if (!dayCertain) {
        const cue = cueBefore(t, s);
        if (!cue || !COMMIT_CUES.test(cue)) continue;
      }
      if (s >= e || taken.hits(s, e)) continue;
      const y = comp.get('year');
      const mo = comp.get('month');
      const d = comp.get('day');
      if (y === null || mo === null || d === null || !yearOk(y)) continue;
      const day = utc(y, mo - 1, d);
      out.push(cand(s, e, { from: day, due: day }, 'day', !comp.isCertain('year'), 'chrono'));
      taken.add(s, e);
    }
  }
}
