/**
 * Plain data the CLI passes between its parts: from the per-file linting (in this thread or a
 * worker thread) to the formatters. Everything here survives structured cloning.
 */
import type { ConfigInput } from '../core/config/types';
import type { ConfigProblem, DocumentKind, Severity } from '../core/types';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FindingOut {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors and SARIF count). */
  column: number;
  endLine: number;
  /** 1-based column just after the last character (exclusive), like ESLint and SARIF. */
  endColumn: number;
  /** A fix that needs no input exists: `--fix` applies it. */
  fixable: boolean;
  /** Hash of the finding's first line of text: the baseline key, with rule id and path (empty unless `lineHashes`). */
  lineHash: string;
}

export interface GoalOut {
  line: number;
  text: string;
  smart: { specific: boolean; measurable: boolean; achievable: boolean; relevant: boolean; timeBound: boolean };
  metric: string | null;
  target: string | null;
  baseline: string | null;
  /** The last day the deadline allows, `YYYY-MM-DD`. */
  deadline: string | null;
  owner: string | null;
  /** SMART criteria met, 0 to 5. */
  score: number;
  /** The deadline as written ("by Q3 2027"). */
  deadlineText: string | null;
  /** What the goal is in its document: objective, key-result, goal or commitment. */
  role: string;
  /** Where each answer came from, in words: "Q2-19 → 2019-06-30 (from the heading)", "Martin (from its objective)". */
  why: Record<'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound' | 'owner', string>;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

/** Metadata of a rule that is not built in (a house rule), for SARIF's rule list. */
export interface ExtraRuleMeta {
  id: string;
  description: string;
  rationale: string;
  defaultSeverity: Severity;
}

export interface BaselineKey {
  ruleId: string;
  lineHash: string;
  line: number;
  message: string;
}

export interface FileResult {
  /** Relative to the working folder, `/`-separated: what every format prints. */
  path: string;
  kind: DocumentKind;
  /** 0 to 100; null when the file is not a strategy document or was skipped. */
  score: number | null;
  /** Why the file was not linted (too large, binary). */
  skipped?: string;
  /** Findings to report: after --changed-since, the baseline and --quiet. */
  findings: FindingOut[];
  goals: GoalOut[];
  /** Findings by severity after --changed-since and the baseline, before --quiet. */
  counts: SeverityCounts;
  /** Findings hidden because the baseline records them. */
  suppressed: number;
  /** Findings hidden because their lines did not change since --changed-since. */
  unchanged: number;
  /** With --changed-since: whether the file changed at all. */
  touched?: boolean;
  /** Fixes written to the file by --fix. */
  fixed: number;
  /** Why --fix left the file alone, when it had something to fix. */
  fixSkipped?: string;
  /** The Markdown scorecard (only for --format markdown). */
  scorecard?: string;
  /** Every finding before filtering, for --write-baseline. */
  baselineKeys?: BaselineKey[];
  /** Configuration and template problems, the first time a configuration is used. */
  problems: ConfigProblem[];
  extraRules: ExtraRuleMeta[];
  /** The file could not be read. */
  error?: string;
}

/** Inclusive 1-based line ranges that changed, or `all` for a new file. */
export type ChangedLines = [number, number][] | 'all';

export interface LintJob {
  index: number;
  absPath: string;
  displayPath: string;
  /** The text, for standard input (files are read by whoever lints them). */
  text?: string;
  /** Only report findings on these lines (--changed-since). */
  changed?: ChangedLines;
  /** Baseline entries of this file: `ruleId\0lineHash` and how many findings it covers. */
  baseline?: [string, number][];
}

/** What every thread needs to lint: the same for each file. */
export interface LintSettings {
  cwd: string;
  /** Absolute path of --config. */
  configFile?: string;
  /** --rule overrides. */
  overrides?: ConfigInput;
  /** ISO date: relative deadlines and passed deadlines are judged against it. */
  today: string;
  fix: boolean;
  quiet: boolean;
  /** Render the Markdown scorecard of each document. */
  scorecard: boolean;
  /** Keep every finding's key for --write-baseline. */
  baselineKeys: boolean;
  /** Hash each finding's line (for SARIF fingerprints and baselines); else `lineHash` is empty. */
  lineHashes: boolean;
}

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}
