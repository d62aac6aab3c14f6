import type { DocumentKind, SectionRole, TextRange } from '../types';
import type { BlockInfo } from '../markdown/blocks';
import type { DeadlineMatch } from '../analysis/time';
import type { NumericSpan, Span } from '../analysis/measure';
import type { SourceText } from '../text/source';
import type { KindSource } from './kind';

export interface Section {
  index: number;
  /** Null for the text before the first heading. */
  heading: { depth: number; range: TextRange; text: string } | null;
  depth: number;
  /** From the heading to just before the next heading of the same or a higher level. */
  range: TextRange;
  /** Index of its first block (its heading's; 0 for section 0) in `DocumentModel.blocks`. */
  firstBlock: number;
  /**
   * Its own blocks, directly in it and not in subsections: `DocumentModel.blocks` from `blocksFrom`
   * to before `blocksTo` (after its heading, up to the next heading of any level).
   */
  blocksFrom: number;
  blocksTo: number;
  role: SectionRole;
  /** The role of the nearest ancestor with one, when this heading names none ("### Integrity" under "## Values"). */
  effectiveRole: SectionRole;
  /**
   * Guidance, not plan: definitions, an FAQ, a process or template, history, non-goals, needs or
   * problems. It holds no goals, and its subsections inherit that unless their heading names a role.
   */
  neutral: boolean;
  parent: number | null;
  children: number[];
}

export type GoalColumn = 'goal' | 'metric' | 'baseline' | 'target' | 'deadline' | 'owner' | 'relevance';

export interface GoalCell {
  text: string;
  range: TextRange;
  /** Header text, for messages ("the Owner column is empty"). */
  header: string;
}

/** What a goal is in its document: an objective (with key results below it), a key result, a goal, or a commitment stated in prose. */
export type GoalRole = 'objective' | 'key-result' | 'goal' | 'commitment';

export interface Goal {
  index: number;
  source: 'list' | 'line' | 'table' | 'heading' | 'prose';
  role: GoalRole;
  /** Where findings point: the item's text, the labelled line, the heading or the table row. */
  range: TextRange;
  /** Visible text of the goal itself (for a table, the goal cell), collapsed. */
  text: string;
  /** The analysed text: `masked` lies at `textRange` in the document, markup blanked, label removed. */
  textRange: TextRange;
  masked: string;
  section: number;
  parent: number | null;
  children: number[];
  /** Attribute lines under a list goal ("Owner: ...", "Target: ...") and table cells by column. */
  attributes: Partial<Record<GoalColumn, GoalCell>>;
  /** Table cells by header, for house column rules. */
  row?: { range: TextRange; cells: GoalCell[] };
  /** Text that can date the goal, nearest first: table headers ("2027 target"), its section heading, then ancestors. */
  inheritedText: { text: string; range: TextRange; from: 'column' | 'section' | 'ancestor' }[];
  analysis: GoalAnalysis;
}

export type DeadlineSource = 'goal' | 'sentence' | 'column' | 'parent' | 'key-results' | 'heading' | 'deliverable' | 'document';
export type OwnerSource = 'goal' | 'column' | 'parent' | 'section' | 'document';

export interface SmartBreakdown {
  specific: boolean;
  measurable: boolean;
  achievable: boolean;
  relevant: boolean;
  timeBound: boolean;
}

export interface GoalAnalysis {
  smart: SmartBreakdown;
  /** SMART criteria met, 0 to 5. */
  score: number;
  deadline: (DeadlineMatch & { source: DeadlineSource; range: TextRange }) | null;
  metric: (Span & { range: TextRange }) | null;
  target: (NumericSpan & { range: TextRange }) | null;
  baseline: (NumericSpan & { range: TextRange }) | null;
  placeholders: TextRange[];
  /** What makes it a deliverable, done or not done ("Publish", "is complete"): measurable without a number. */
  deliverable: string | null;
  /** What makes it open-ended ("Increase", "continue", "more"): a direction with no end unless a number gives one. */
  openEnded: string | null;
  owner: { text: string; range: TextRange; source: OwnerSource } | null;
  /** Vague words and hedges that make the goal unspecific, with document ranges. */
  vague: { text: string; range: TextRange; hedge: boolean }[];
  tooShort: boolean;
  absolutes: { text: string; range: TextRange }[];
  implausibleJump: boolean;
  /** What ties the goal to a customer, employee, value or vision outcome; empty when nothing does. */
  relevance: string[];
  /** Financial outcomes named (revenue, profit, market share ...). */
  financial: { text: string; range: TextRange }[];
  /** Customer or employee outcomes named (people or experience metrics). */
  peopleOutcomes: string[];
}

/** A period goals take their deadline from when they name none: a heading above them ("2027 goals") or the document's. */
export interface InheritedPeriod {
  source: 'heading' | 'document';
  /** The heading; the document's period has no place (0-0). */
  range: TextRange;
  text: string;
  due: string;
  /** How many goals take their deadline from it. */
  goals: number;
}

export interface Value {
  name: string;
  nameRange: TextRange;
  description: string;
  behaviours: string[];
  range: TextRange;
  section: number;
  /** True for a value written as a sub-heading of the values section. */
  fromHeading: boolean;
  /** True for principles stated in a sentence of prose ("... These are our guiding principles."). */
  inProse?: boolean;
}

export interface DocumentModel {
  text: SourceText;
  kind: DocumentKind;
  kindSource: KindSource;
  /** Why the document was read as its kind, in words for people (`visionlint --why`). */
  kindReasons: string[];
  /** For a document read as none: whether it came close to a strategy document (the editor offers to lint it). */
  kindClose: boolean;
  frontMatter: Record<string, unknown> | null;
  frontMatterProblem: string | null;
  /** Where body content starts (after front matter). */
  bodyStart: number;
  /** The first heading, for document-level findings; else the first body line. */
  titleRange: TextRange;
  blocks: BlockInfo[];
  sections: Section[];
  goals: Goal[];
  /** Periods the goals inherit, in the order of the first goal to inherit each. */
  periods: InheritedPeriod[];
  values: Value[];
  vision: { statement: { text: string; range: TextRange } | null; sections: number[] };
  /** Date relative deadlines resolve against: front matter `date`/`review`, else today. */
  referenceDate: Date;
  today: Date;
}
