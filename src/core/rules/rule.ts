import type { DocumentKind, Finding, Fix, RelatedLocation, Severity, TextRange } from '../types';
import type { DocumentModel, Goal } from '../model/types';
import type { ResolvedConfig } from '../config/types';
import type { PhraseMatcher } from '../text/words';
import type { FixBuilder } from './fixes';

export type RuleCategory = 'goals' | 'customer' | 'culture' | 'house';

export interface RuleExample {
  /** A whole small document: rules look at context (headings, kind), not only one line. */
  markdown: string;
  /** A file name, when the example depends on one. */
  path?: string;
  /** Why it is ok or not ok, for the documentation. */
  note?: string;
  /**
   * For a not-ok example, what the rule reports on it: "line:column message", in order, positions
   * in `markdown` as written. The generic rule test checks them; the documentation shows them.
   */
  findings?: readonly string[];
}

export interface RuleContext {
  model: DocumentModel;
  options: Readonly<Record<string, unknown>>;
  config: ResolvedConfig;
  /** Customer and persona nouns (built-in plus configured), plurals included. */
  customers: PhraseMatcher;
  fixes: FixBuilder;
  report(finding: {
    range: TextRange;
    message: string;
    related?: RelatedLocation[];
    fixes?: Fix[];
    /** Reports at most this severity, for secondary notes (a target without a baseline). */
    severityCap?: Severity;
  }): void;
}

export interface Rule {
  id: string;
  /** One line, shown in listings and hovers. */
  description: string;
  defaultSeverity: Severity;
  /** Off unless configured: the rule's call is one careful reviewers often disagree on. */
  optIn?: boolean;
  category: RuleCategory;
  tags: string[];
  /** Why the rule exists, in our words, ending with the article the idea comes from: 'After "Title" by Author.' */
  rationale: string;
  /** What to write instead, for hovers and `--explain`. */
  advice: string;
  /** Document kinds the rule looks at. */
  kinds: readonly DocumentKind[];
  /** `template`: fixes insert a template to fill in; `auto`: fixes need no input. */
  fixable?: 'template' | 'auto';
  examples: { ok: RuleExample[]; notOk: RuleExample[] };
  /**
   * A rule's scope is the check it has. `check` reads the whole document (document-wide readings
   * that should survive edits are kept per block with `perBlock`).
   */
  check?(context: RuleContext): void;
  /**
   * Checks one goal, where what is reported depends only on that goal, its analysis and the text
   * around it: the engine runs it goal by goal, ties each finding to its goal, and keeps the findings
   * of goals no edit touched.
   */
  checkGoal?(goal: Goal, context: RuleContext): void;
}

export const ALL_KINDS: readonly DocumentKind[] = ['vision', 'values', 'goals', 'strategy'];
export const GOAL_KINDS: readonly DocumentKind[] = ['goals', 'strategy', 'vision', 'values'];

/** Where rule documentation lives; one place for every rule, like markdownlint. */
export const DOCS_BASE = 'https://github.com/visionlint/visionlint/blob/main/docs/rules.md';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}

export type { Finding };
