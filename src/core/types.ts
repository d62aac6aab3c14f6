/**
 * Shared data shapes of the analysis core. Everything here is plain data so it crosses
 * worker threads, the extension host and the CLI's JSON unchanged.
 *
 * Offsets are 0-based UTF-16 code-unit offsets into the document text (what JavaScript
 * strings and VS Code use); `LineIndex` turns them into 1-based lines and columns for output.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** What a Markdown file is, for visionlint. `none` files get no findings unless configured. */
export type DocumentKind = 'vision' | 'values' | 'goals' | 'strategy' | 'none';

export type SectionRole =
  | 'vision'
  | 'mission'
  | 'values'
  | 'goals'
  | 'customers'
  | 'journey'
  | 'employees'
  | 'feedback'
  | 'other';

/** A half-open span of the document text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** One replacement in the document. `snippet` may hold `${1:placeholder}` tab stops. */
export interface FixEdit {
  range: TextRange;
  /** Text for an editor that understands snippet syntax. */
  snippet: string;
  /** The same text for plain writers (CLI): placeholders rendered as `<placeholder>`. */
  text: string;
}

export interface Fix {
  title: string;
  /** The template that produced the text, when it came from one (house templates override it). */
  templateId?: string;
  edits: FixEdit[];
  /** True when the inserted text has placeholders a person must fill in: never auto-applied. */
  needsInput: boolean;
}

export interface RelatedLocation {
  range: TextRange;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: TextRange;
  related?: RelatedLocation[];
  fixes: Fix[];
  /** Index into `DocumentModel.goals` when the finding is about one goal. */
  goalIndex?: number;
}

/** A problem with configuration or templates: reported, never fatal. */
export interface ConfigProblem {
  file: string;
  message: string;
  /** 1-based, when known. */
  line?: number;
  column?: number;
  /** Dotted key path, e.g. `rules.goal-owner`. */
  key?: string;
  /**
   * `error`: something could not be read or was dropped because it is invalid;
   * `warning`: kept going, probably a typo (unknown key or rule id). Absent means `error`.
   */
  severity?: 'error' | 'warning';
}
