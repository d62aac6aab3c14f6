/**
 * Lints one file into plain data: the same code runs in this thread for a few files and in each
 * worker thread for many. Reads the file, lints it with the linter of its configuration, applies
 * `--fix`, filters by --changed-since and the baseline, and renders what the chosen format needs.
 */
import { explainGoal } from '../core/explain';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { LintResult } from '../core/lint';
import { renderScorecardMarkdown } from '../core/report/scorecard';
import { BUILTIN_RULE_IDS } from '../core/rules';
import type { Finding } from '../core/types';
import type { Goal } from '../core/model/types';
import { cannotFix, FixRefused, fixText, writeAtomically, type ReadStamp } from './fix';
import { dirnameOf } from './paths';
import type { SetupCache } from './setups';
import { emptyCounts, type ChangedLines, type ExtraRuleMeta, type FileResult, type FindingOut, type GoalOut, type LintJob, type LintSettings } from './types';

export interface LintContext {
  settings: LintSettings;
  setups: SetupCache;
  today: Date;
}

type Source = { text: string; stamp: ReadStamp } | { skipped: string } | { error: string };

/**
 * Reads a file to lint. Synchronously: from the page cache a read takes microseconds, and the
 * promise API spent more of this thread's time on each file (opening, a file handle, closing)
 * than reading ahead of the linting saved.
 */
async function readSource(job: LintJob, setups: SetupCache): Promise<Source> {
  try {
    const { linter } = await setups.forDir(dirnameOf(job.absPath));
    const info = statSync(job.absPath);
    // UTF-8 takes at most 3 bytes per UTF-16 unit, so a file this large is over the limit: skip reading it.
    if (info.size > linter.config.maxFileSizeKb * 1024 * 4) {
      return { skipped: `skipped: larger than ${linter.config.maxFileSizeKb} KB (raise maxFileSizeKb to lint it)` };
    }
    return { text: readFileSync(job.absPath, 'utf8'), stamp: { mtimeMs: info.mtimeMs, size: info.size } };
  } catch (error) {
    return { error: `cannot read ${job.displayPath}: ${(error as Error).message}` };
  }
}

/** The key a finding is recorded under in a baseline, within its file. */
export function baselineKey(ruleId: string, lineHash: string): string {
  return `${ruleId}\u0000${lineHash}`;
}

/** Hash of a line's text with its whitespace collapsed: moves with the line, not its number. */
export function hashLine(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

function failed(job: LintJob, kind: 'error' | 'skipped', message: string): FileResult {
  return {
    path: job.displayPath,
    kind: 'none',
    score: null,
    findings: [],
    goals: [],
    counts: emptyCounts(),
    suppressed: 0,
    unchanged: 0,
    fixed: 0,
    problems: [],
    extraRules: [],
    ...(kind === 'error' ? { error: message } : { skipped: message }),
  };
}

export async function lintJob(job: LintJob, context: LintContext): Promise<FileResult> {
  const { settings, setups, today } = context;
  const dir = dirnameOf(job.absPath);
  const setup = await setups.forDir(dir);
  const problems = await setups.takeProblems(dir);
  const { linter } = setup;

  let text: string;
  let stamp: ReadStamp | undefined;
  if (job.text !== undefined) {
    text = job.text;
  } else {
    const source = await readSource(job, setups);
    if ('error' in source) return { ...failed(job, 'error', source.error), problems };
    if ('skipped' in source) return { ...failed(job, 'skipped', source.skipped), problems };
    ({ text, stamp } = source);
  }
  // Editors drop the byte-order mark before linting; so do we, so columns agree.
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);

  let result = linter.lint(text, job.absPath, today);
  let fixed = 0;
  let fixSkipped: string | undefined;
  if (settings.fix && job.text === undefined) {
    const refusal = cannotFix(result);
    if (refusal) {
      if (result.findings.some((f) => f.fixes.some((x) => !x.needsInput))) fixSkipped = refusal;
    } else {
      const outcome = fixText(linter, text, job.absPath, today, result);
      if (outcome.applied > 0) {
        try {
          await writeAtomically(job.absPath, outcome.text, { bom, stamp });
          fixed = outcome.applied;
          text = outcome.text;
          result = outcome.result;
        } catch (error) {
          fixSkipped = error instanceof FixRefused ? error.message : `not fixed: ${(error as Error).message}`;
        }
      }
    }
  }

  const all = result.findings.map((finding) => ({ finding, out: toOut(finding, result, settings.lineHashes) }));
  const baselineKeys = settings.baselineKeys ? all.map(({ out }) => ({ ruleId: out.ruleId, lineHash: out.lineHash, line: out.line, message: out.message })) : undefined;

  let kept = all;
  let unchanged = 0;
  if (job.changed !== undefined) {
    kept = kept.filter(({ out }) => touches(out, job.changed!));
    unchanged = all.length - kept.length;
  }
  let suppressed = 0;
  if (job.baseline && job.baseline.length > 0) {
    const remaining = new Map(job.baseline);
    kept = kept.filter(({ out }) => {
      const key = baselineKey(out.ruleId, out.lineHash);
      const left = remaining.get(key) ?? 0;
      if (left <= 0) return true;
      remaining.set(key, left - 1);
      suppressed++;
      return false;
    });
  }
  const counts = emptyCounts();
  for (const { out } of kept) counts[out.severity]++;
  if (settings.quiet) kept = kept.filter(({ out }) => out.severity === 'error');

  const scored = result.kind !== 'none' && !result.skipped;
  const extraRules: ExtraRuleMeta[] = [];
  for (const id of new Set(kept.map(({ out }) => out.ruleId))) {
    if (BUILTIN_RULE_IDS.has(id)) continue;
    const active = linter.rules.find((r) => r.rule.id === id);
    if (active) extraRules.push({ id, description: active.rule.description, rationale: active.rule.rationale, defaultSeverity: active.rule.defaultSeverity });
  }

  return {
    path: job.displayPath,
    kind: result.kind,
    score: scored ? (result.score?.score ?? null) : null,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    findings: kept.map(({ out }) => out),
    goals: scored ? goalsOf(result) : [],
    counts,
    suppressed,
    unchanged,
    ...(job.changed !== undefined ? { touched: job.changed === 'all' || job.changed.length > 0 } : {}),
    fixed,
    ...(fixSkipped ? { fixSkipped } : {}),
    ...(settings.scorecard && scored
      ? { scorecard: renderScorecardMarkdown({ title: job.displayPath, result: { ...result, findings: kept.map(({ finding }) => finding) }, categoryOf: linter.categoryOf }) }
      : {}),
    ...(baselineKeys ? { baselineKeys } : {}),
    problems,
    extraRules,
  };
}

function toOut(finding: Finding, result: LintResult, lineHash: boolean): FindingOut {
  const { lines } = result;
  const start = lines.position(finding.range.start);
  let end = lines.position(Math.max(finding.range.start, finding.range.end));
  // A range that ends at the start of a line ends, for people, at the end of the line before.
  if (end.line > start.line && end.column === 1) {
    const previous = end.line - 2;
    end = { line: end.line - 1, column: lines.lineEnd(previous) - lines.lineStart(previous) + 1 };
  }
  const line = start.line - 1;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fixable: finding.fixes.some((fix) => !fix.needsInput),
    lineHash: lineHash ? hashLine(lines.text.slice(lines.lineStart(line), lines.lineEnd(line))) : '',
  };
}

function touches(finding: FindingOut, changed: ChangedLines): boolean {
  if (changed === 'all') return true;
  return changed.some(([from, to]) => finding.line <= to && finding.endLine >= from);
}

function goalsOf(result: LintResult): GoalOut[] {
  // A document that is not a strategy document was not read for goals.
  if (result.kind === 'none') return [];
  return (result.model?.goals ?? []).map((goal) => {
    const a = goal.analysis;
    return {
      line: result.lines.lineOf(goal.range.start) + 1,
      text: goal.text,
      smart: { specific: a.smart.specific, measurable: a.smart.measurable, achievable: a.smart.achievable, relevant: a.smart.relevant, timeBound: a.smart.timeBound },
      metric: a.metric?.text ?? null,
      target: a.target?.text ?? null,
      baseline: a.baseline?.text ?? null,
      deadline: a.deadline?.due ?? null,
      owner: a.owner?.text ?? null,
      score: a.score,
      deadlineText: a.deadline?.text ?? null,
      role: goal.role,
      why: whyOf(goal),
    };
  });
}

/** Where each answer of a goal came from, in words: an object of one shape for every goal, which the JSON of thousands prints fastest. */
function whyOf(goal: Goal): GoalOut['why'] {
  const [specific, measurable, achievable, relevant, timeBound, owner] = explainGoal(goal);
  return { specific: specific.detail, measurable: measurable.detail, achievable: achievable.detail, relevant: relevant.detail, timeBound: timeBound.detail, owner: owner.detail };
}
