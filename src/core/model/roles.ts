import type { SectionRole } from '../types';
import { cleanHeading } from '../markdown/blocks';
import { PhraseMatcher, tokenize } from '../text/words';
import { actsOnNamed } from './reading';

/** Heading words that give a section its role; configuration adds synonyms per role. */
export const DEFAULT_HEADING_SYNONYMS: Record<Exclude<SectionRole, 'other'>, string[]> = {
  goals: [
    'goals', 'goal', 'objectives', 'objective', 'okrs', 'okr', 'key results', 'key result', 'targets', 'outcomes',
    'kpis', 'kpi', 'priorities', 'commitments', 'what we will achieve', 'success measures', 'measures of success',
    'aims', 'milestones', 'ambitions', 'desired outcomes', 'desired user outcomes', 'desired business outcomes',
    'user outcomes', 'business outcomes', 'what success looks like', 'success looks like', 'outputs', 'deliverables',
    'flagship goals', 'next six months', 'next 6 months', 'next three months', 'next 3 months', 'next 12 months',
    'next twelve months', 'next year', 'we will',
  ],
  journey: ['journey', 'journeys', 'touchpoints', 'touchpoint', 'experience map', 'customer lifecycle'],
  values: ['values', 'principles', 'behaviours', 'behaviors', 'what we stand for', 'credo', 'culture'],
  vision: ['vision', 'north star', 'aspiration', 'where we are going', 'our future', 'what we want to be'],
  mission: ['mission', 'purpose', 'why we exist'],
  feedback: [
    'feedback', 'voice of the customer', 'voice of customer', 'listening', 'surveys', 'survey', 'continuous improvement',
    'how we will know', "how we'll know", 'review and learn', 'measuring progress', 'tracking progress',
  ],
  customers: ['customers', 'customer', "through our customers' eyes", 'who we serve', 'customer needs', 'customer experience'],
  employees: ['employees', 'employee', 'our people', 'people', 'staff', 'colleagues', 'workforce', 'team members', 'talent'],
};

/** Order decides a heading that names two roles: "Customer goals" is a goals section. */
const ROLE_PRIORITY: Exclude<SectionRole, 'other'>[] = [
  'goals', 'journey', 'values', 'vision', 'mission', 'feedback', 'customers', 'employees',
];

/** Roles whose sections hold statements (values, a vision, a mission) rather than goals. */
const STATEMENT_ROLES = new Set<SectionRole>(['values', 'vision', 'mission']);

/** Headings that look like a role but say the opposite. */
const NOT_A_ROLE = new PhraseMatcher([
  'non goals', 'non-goals', 'not goals', 'out of scope', 'anti goals', 'nongoals', 'undesired', 'not accepted', 'not doing',
  "won't do", 'will not do', 'return values', 'default values', 'input values', 'output values', 'error values',
  'config values', 'configuration values', 'environment values', 'null values', 'missing values', 'enum values',
  'field values', 'attribute values', 'property values', 'parameter values', 'header values', 'cell values',
  'numeric values', 'string values', 'boolean values', 'initial values', 'computed values', 'possible values',
  'allowed values', 'valid values', 'invalid values', 'sample values', 'example values', 'values file', 'helm values',
]);

/** Summaries and introductions: they take no role and stop one flowing into them, but may state goals outright. */
const SUPPORTING = new PhraseMatcher(['introduction', 'intro', 'overview', 'summary', 'executive summary', 'about', 'about this', 'tl dr', 'tldr']);

/** Guidance, records and supporting material: no goals are stated in them, and no role flows into them. */
const NEUTRAL = new PhraseMatcher([
  'context', 'background', 'key concepts', 'concepts', 'definitions', 'definition', 'glossary', 'terminology', 'terms', 'references',
  'resources', 'links', 'useful links', 'schedule', 'process', 'faq', 'faqs', 'appendix', 'notes', 'further reading',
  'see also', 'changelog', 'history', 'table of contents', 'contents', 'related', 'methodology', 'scope', 'how to use',
  'how to read', 'acknowledgements', 'contact', 'contacts', 'questions', 'what is okr', 'what are okrs', 'okr process',
  'how we run this', 'cadence', 'status', 'archive', 'previous', 'past okrs', 'key concepts', 'what is an okr',
  'what are okrs', 'how to set okrs', 'how to write okrs', 'setting okrs', 'okr schedule', 'schedule', 'tracking',
  'external references', 'frequently asked questions', 'problem statement', 'the status quo', 'status quo',
  'assumptions', 'risks', 'current status', 'key decisions', 'screenshots', 'communications', 'team members',
  'stakeholders', 'launch dates', 'solution narrative', 'transparency guidelines', 'guidelines', 'how to', 'how we',
  'how you can help', 'further reading', 'template', 'instructions', 'examples', 'example', 'reference-level explanation',
  'guide-level explanation', 'prior art', 'alternatives', 'drawbacks', 'unresolved questions', 'open questions',
  'questions', 'team asks', 'ownership and team asks', 'asks', 'credits', 'license', 'licence', 'our history',
  'timeline of events', 'minutes', 'agenda', 'attendees', 'action items', 'needs', 'problem', 'problems', 'challenges',
  'discussion', 'discussions', 'options', 'considered options', 'options considered', 'alternative', 'consequences',
  'decision', 'decisions', 'footnotes', 'release notes', 'released', 'retrospective', 'lessons learned', 'results',
  'future work', 'future ideas', 'wishlist', 'wish list', 'parking lot', 'backlog', 'longer term projects', 'not planned',
  'ideas',
]);

const ROLE_WORD_COMPOUND = /\b[\w]+-(?:driven|led|based|oriented|focused|centric|centred|centered|minded|aligned|related|specific)\b/gi;

/** Numbers, periods and ordinals do not make a heading longer: "2027 Q1 goals" is a two-word label. */
const NOT_A_WORD = /^(\d+(st|nd|rd|th)?|q[1-4]|h[12]|fy\d{2,4}|\d{4}s?)$/;

function labelWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.word)
    .filter((w) => !NOT_A_WORD.test(w));
}

/** Words that carry the heading's meaning: "The proposal process" and "Risks and mitigations" have two, "A faster release process" three. */
function contentWords(text: string): number {
  return labelWords(text).filter((w) => !FUNCTION_WORD.test(w)).length;
}
const FUNCTION_WORD = /^(?:the|a|an|our|your|its|and|or|of|for|to|in|on|at|by|with|over|vs)$/;

export class RoleClassifier {
  private readonly matchers: [Exclude<SectionRole, 'other'>, PhraseMatcher][];
  /** Headings repeat across edits; classifying each text once keeps re-linting cheap. */
  private readonly memo = new Map<string, SectionRole>();
  private readonly neutralMemo = new Map<string, boolean>();
  private readonly supportingMemo = new Map<string, boolean>();

  constructor(extra: Partial<Record<SectionRole, string[]>> = {}) {
    this.matchers = ROLE_PRIORITY.map((role) => [
      role,
      new PhraseMatcher([...DEFAULT_HEADING_SYNONYMS[role], ...(extra[role] ?? [])]),
    ]);
  }

  /**
   * A heading names a section's role only when it reads like a label ("Our values", "2027 goals");
   * a sentence ("CEO: Drive revenue through customer results") names a topic or an objective.
   * In "Values and priorities" the first part decides.
   */
  classify(headingText: string): SectionRole {
    let role = this.memo.get(headingText);
    if (role === undefined) {
      role = this.classifyUncached(headingText);
      if (this.memo.size > 10_000) this.memo.clear();
      this.memo.set(headingText, role);
    }
    return role;
  }

  private classifyUncached(headingText: string): SectionRole {
    // "We are a mission-driven company", "Value-based pricing": a role word inside a compound describes something else.
    const text = cleanHeading(headingText).replace(ROLE_WORD_COMPOUND, ' ');
    const tokens = tokenize(text);
    if (NOT_A_ROLE.findFirst(tokens) || labelWords(text).length > 6) return 'other';
    const parts = text.split(/\s+(?:and|&|\+)\s+|\s*[/|,]\s*/).filter(Boolean);
    for (const part of parts.length > 1 ? parts : [text]) {
      const role = this.classifyPart(tokenize(part));
      // "Build team + culture", "Grow a culture of learning": an action on the culture is an objective, not the values ("Design principles" is a label).
      if (role !== 'other') return STATEMENT_ROLES.has(role) && actsOnNamed(text, (word) => this.classifyPart(tokenize(word)) !== 'other') ? 'other' : role;
    }
    return 'other';
  }

  /** Summaries and introductions ("Executive summary", "Overview"): no role of their own and none inherited. */
  isSupporting(headingText: string): boolean {
    let supporting = this.supportingMemo.get(headingText);
    if (supporting === undefined) {
      const text = cleanHeading(headingText);
      supporting = labelWords(text).length <= 4 && SUPPORTING.findFirst(tokenize(text)) !== null && this.classify(text) === 'other';
      if (this.supportingMemo.size > 10_000) this.supportingMemo.clear();
      this.supportingMemo.set(headingText, supporting);
    }
    return supporting;
  }

  /** Supporting sections (Context, Definitions, References ...) stop a role flowing down into them. */
  isNeutral(headingText: string): boolean {
    let neutral = this.neutralMemo.get(headingText);
    if (neutral === undefined) {
      const text = cleanHeading(headingText);
      const tokens = tokenize(text);
      const phrase = NEUTRAL.findFirst(tokens);
      // A question ("How are project goals proposed?") heads an FAQ entry or guidance; "Non-goals" holds none;
      // a neutral phrase that names a role word ("What is an OKR?", "OKR schedule") is about the role, not of it.
      neutral =
        /\?\s*$/.test(text) ||
        NOT_A_ROLE.findFirst(tokens) !== null ||
        (phrase !== null && (phrase.phrase.includes(' ') ? labelWords(text).length <= 5 : contentWords(text) <= 2) && (this.classify(text) === 'other' || phrase.phrase.includes(' ')));
      if (this.neutralMemo.size > 10_000) this.neutralMemo.clear();
      this.neutralMemo.set(headingText, neutral);
    }
    return neutral;
  }

  private classifyPart(tokens: ReturnType<typeof tokenize>): SectionRole {
    for (const [role, matcher] of this.matchers) {
      if (matcher.findFirst(tokens)) return role;
    }
    return 'other';
  }
}
