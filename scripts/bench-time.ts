/**
 * Times findDeadline + findMeasure over 5,000 varied goal lines and prints ms per 1,000 goals.
 * Run: npx tsx scripts/bench-time.ts
 *
 * Two sets: lines without month or weekday names (the regex-only path, the budget is well under
 * 50 ms per 1,000 goals) and lines with month names (which may also consult chrono-node).
 */
import { findDeadline } from '../src/core/analysis/time';
import { findAbsolutes, findMeasure } from '../src/core/analysis/measure';

const REF = new Date('2026-11-25T00:00:00Z');

const verbs = ['Raise', 'Increase', 'Reduce', 'Cut', 'Grow', 'Improve', 'Lift', 'Lower', 'Reach', 'Maintain', 'Deliver', 'Onboard'];
const metrics = ['NPS', 'CSAT', 'churn', 'first-contact resolution', 'average handling time', 'staff turnover', 'conversion rate', 'uptime', 'the proportion of customers who rate us 9 or 10', 'revenue', 'complaints', 'response time'];
const values = ['from 32 to 45', 'to 3%', 'from 68% to 80%', 'to at least 4.5/5', 'by 10 points', 'by £2m', 'to under 2 minutes', '(2025: 91%) to 95%', 'by 25%', 'to X', 'to TBD', 'to 2,000 more patients a year', 'to top 3 in the industry ranking'];
const plainDeadlines = ['by Q3 2027', 'by FY27', 'in 2027', 'by the end of 2028', 'within 6 months', 'next year', 'by H1 2026', 'over the next three years', 'by 2030', 'by end of this quarter', '', 'in the next 18 months', 'by 2026/27', 'by spring 2027', 'EOY'];
const monthDeadlines = ['by 30 June 2027', 'by June 2027', "by Jun '27", 'by March', 'by June 30, 2027', 'before 1 September 2027', 'by next Friday'];
const tails = ['', ' so that customers feel heard.', ', measured quarterly by the CX team.', ' — owner: Head of Service.', ' while answering 90% of calls within 20 seconds.', ' for every customer, always.'];

function lines(count: number, deadlines: string[], seed0: number): string[] {
  const out: string[] = [];
  let seed = seed0;
  const pick = <T>(xs: T[]): T => {
    seed = (seed * 48271) % 2147483647;
    return xs[seed % xs.length]!;
  };
  for (let i = 0; i < count; i++) {
    out.push(`${pick(verbs)} ${pick(metrics)} ${pick(values)} ${pick(deadlines)}${pick(tails)}`.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** CPU time of this process (user + system), in ms: steadier than wall time on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(goals: string[]): number {
  let sink = 0;
  const t0 = cpuMs();
  for (const g of goals) {
    const d = findDeadline(g, REF, { fiscalYearStartMonth: 4 });
    const m = findMeasure(g, d ? [d] : []);
    sink += (m.target?.value ?? 0) + findAbsolutes(g).length;
  }
  const ms = cpuMs() - t0;
  if (sink === Number.MIN_VALUE) console.log(sink); // keep the work observable
  return (ms / goals.length) * 1000;
}

const plain = lines(5000, plainDeadlines, 42);
const withMonths = lines(5000, monthDeadlines, 4242);

// Warm up the JIT, then measure the best of three runs.
// The first pass includes regex compilation and JIT warm-up; in the editor these run on every
// keystroke batch, so the steady (warm) state is what counts.
const cold = run(plain);
run(withMonths);
const best = (goals: string[]) => Math.min(run(goals), run(goals), run(goals));
const p = best(plain);
const w = best(withMonths);
console.log(`findDeadline + findMeasure + findAbsolutes, 5,000 goals each (CPU time, best of 3):`);
console.log(`  without month/weekday names: ${p.toFixed(1)} ms per 1,000 goals`);
console.log(`  with month/weekday names:    ${w.toFixed(1)} ms per 1,000 goals`);
console.log(`  first (cold) pass, without month/weekday names: ${cold.toFixed(1)} ms per 1,000 goals`);
