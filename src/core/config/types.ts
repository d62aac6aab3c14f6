import type { ConfigProblem, DocumentKind, SectionRole, Severity, SeveritySetting } from '../types';

/** Per-rule setting as written: `warning`, or `[warning, { ...options }]`. */
export type RuleSettingInput = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** A house word rule: flag a word or phrase, or suggest a replacement. Matched literally. */
export interface WordRule {
  id: string;
  /** Words or phrases, matched case-insensitively as whole words (never as patterns). */
  words: string[];
  /** When set, the fix replaces the match with this text. */
  replaceWith?: string;
  message?: string;
  severity?: Severity;
  link?: string;
}

/** Headings a house template demands, in this order. */
export interface RequiredSectionsRule {
  id: string;
  headings: string[];
  /** Only for documents of these kinds (default: all linted kinds). */
  kinds?: DocumentKind[];
  message?: string;
  severity?: Severity;
  link?: string;
}

/** Goal-table columns that must be filled in every row. */
export interface GoalColumnsRule {
  id: string;
  columns: string[];
  message?: string;
  severity?: Severity;
  link?: string;
}

export interface HouseRules {
  words: WordRule[];
  requiredSections: RequiredSectionsRule[];
  goalColumns: GoalColumnsRule[];
}

/** The configuration as a file may write it (every field optional). */
export interface ConfigInput {
  extends?: string | string[];
  rules?: Record<string, RuleSettingInput>;
  personas?: string[];
  vagueWords?: string[];
  jargon?: string[];
  headingSynonyms?: Partial<Record<SectionRole, string[]>>;
  templates?: string;
  /** `auto`: only vision/values/goals/strategy documents; `always`: every Markdown file. */
  lint?: 'auto' | 'always';
  requireDisableReason?: boolean;
  maxFileSizeKb?: number;
  /** Month (1-12) the fiscal year starts in: 4 for a UK April-to-March year. FY27 is the year ending in 2027. */
  fiscalYearStart?: number;
  ignore?: string[];
  houseRules?: Partial<HouseRules>;
}

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** The configuration after defaults, `extends` and overrides are merged. */
export interface ResolvedConfig {
  /** Only rules that differ from their defaults need an entry. */
  rules: Record<string, ResolvedRuleSetting>;
  personas: string[];
  vagueWords: string[];
  jargon: string[];
  headingSynonyms: Partial<Record<SectionRole, string[]>>;
  /** Folder of house templates, relative to `baseDir`. */
  templates: string;
  lint: 'auto' | 'always';
  requireDisableReason: boolean;
  maxFileSizeKb: number;
  fiscalYearStart: number;
  ignore: string[];
  houseRules: HouseRules;
  /** Folder the nearest config file lives in (templates and ignores resolve against it). */
  baseDir: string | null;
  /** Files that contributed, nearest first. */
  files: string[];
  problems: ConfigProblem[];
}

/** Reads files for config discovery; Node `fs`, VS Code's `workspace.fs`, or memory. */
export interface ConfigHost {
  /** The file's text, or `undefined` when it does not exist. Throw only for real I/O errors. */
  readFile(path: string): Promise<string | undefined>;
  /**
   * Names (or paths; only the last segment is used) of the entries of a folder, or
   * `undefined` when the folder does not exist. Optional: without it, house templates are
   * only looked up for the built-in template ids, and a missing folder cannot be reported.
   */
  listDirectory?(path: string): Promise<string[] | undefined>;
}
