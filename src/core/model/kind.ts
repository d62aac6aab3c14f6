import type { DocumentKind, SectionRole } from '../types';
import { BlockAnswers, originOf, type BlockInfo } from '../markdown/blocks';
import type { Goal, Section } from './types';
import { isPlanPeriod } from './sections';

const KINDS: DocumentKind[] = ['vision', 'values', 'goals', 'strategy'];

export type KindSource = 'front-matter' | 'content' | 'configuration' | 'none';

/** What the document was read as, and why, in words for people (`visionlint --why`). */
export interface KindDecision {
  kind: DocumentKind;
  source: KindSource;
  /** The evidence that decided it, for and against, most telling first. */
  reasons: string[];
  /**
   * For a document read as none: whether it came close (some strategy evidence, outweighed or too
   * little), so the editor can offer to lint it as a chosen kind.
   */
  close: boolean;
}

function kindFromFrontMatter(frontMatter: Record<string, unknown> | null): DocumentKind | null {
  const value = frontMatter?.kind;
  if (typeof value !== 'string') return null;
  const lower = value.toLowerCase();
  return (KINDS as string[]).includes(lower) || lower === 'none' ? (lower as DocumentKind) : null;
}

export function baseName(path: string | undefined): string {
  if (!path) return '';
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return name.replace(/\.(md|markdown|mdx|mdown|mkd|txt)$/i, '');
}

/** Files a code repository keeps for other purposes. */
const OTHER_FILE = /^(changelog|changes|history|news|release[-_ ]?notes|releases|contributing|license|licence|copying|code[-_]of[-_]conduct|security|authors|contributors|maintainers|notice|support|funding|codeowners|pull_request_template|issue_template|upgrading|migration|install|installation)$/i;

const NAME_WORDS: [RegExp, DocumentKind][] = [
  [/(^|[-_. ])(cx[-_. ]?)?strateg(y|ies|ic)([-_. ]|$)|(^|[-_. ])(manifesto|customer[-_. ]experience|strategic[-_. ]plan)([-_. ]|$)/i, 'strategy'],
  [/(^|[-_. ])(vision|north[-_. ]?star|mission|purpose)([-_. ]|$)/i, 'vision'],
  [/(^|[-_. ])(values|principles|culture|behaviou?rs|beliefs)([-_. ]|$)/i, 'values'],
  [/(^|[-_. ])(goals|okrs?|objectives|kpis|targets)([-_. ]|$)/i, 'goals'],
];

const TITLE_WORDS: [RegExp, DocumentKind][] = [
  [/\b(strategy|strategic plan|strategic goals|customer experience|cx|manifesto|what we stand for|product outline|product brief|initiative brief)\b/i, 'strategy'],
  [/\b(vision|mission|north star|purpose)\b/i, 'vision'],
  [/\b(values|principles|culture|beliefs)\b/i, 'values'],
  [/\b(goals|okrs?|objectives|key results|kpis|success measures|targets|(?:strategic|desired|key|business|user|customer) outcomes|outcomes (?:and|&) (?:indicators|measures|metrics|targets|kpis))\b/i, 'goals'],
];

/** "Roadmap", "ROADMAP.md", "roadmap/index.md". */
const ROADMAP = /(?:^|[^a-z])roadmap(?:[^a-z]|$)/i;

/** Headings that a software README, an RFC or design doc, a changelog, minutes or a code of conduct is made of. */
const TECHNICAL_HEADINGS =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(installation|install|installing|usage|getting started|quick ?start|api|api reference|options|configuration|config|examples?|example usage|building|build|requirements|prerequisites|dependencies|features|tests?|testing|running tests|development|browser support|compatibility|license|licence|contributing|how to contribute|changelog|credits|detailed design|design|design details|proposal|alternatives?( considered)?|drawbacks|unresolved questions|open questions|prior art|rationale|implementation|abstract|specification|non-?goals|security considerations|how we teach this|adoption strategy|future possibilities|test plan|testing plan|migration|upgrade guide|troubleshooting|known issues|attendees|agenda|action items|minutes|present|announcements|next meeting|our pledge|our standards|enforcement|enforcement guidelines|attribution|our responsibilities|maintainers|voting|decision[- ]making|elections|committers|membership|roles and responsibilities|benchmarks?|deprecations?|breaking changes|bug fixes|added|changed|removed|fixed|deprecated|security fixes|new features|release notes|install from source|setup|set up|how it works|methods|properties|events|arguments|parameters|returns|return value|types|interfaces)$/i;

/** "Proposal: Smarter Scavenging", "RFC 42: ...", "Design: ...", "KEP-1234": a design document. */
const DESIGN_TITLE = /^\s*(?:proposal|rfc|rfd|kep|adr|pep|design(?: doc(?:ument)?)?|spec(?:ification)?|draft design)\b\s*(?:[-#:]|\d)/i;

/** Governance documents: policies, procedures, bylaws, codes of conduct, committee charters. */
const RULES_TITLE = /\b(polic(?:y|ies)|procedures?|bylaws|code of conduct|(?:committee|board|council|group|foundation|team|project) charter|governance|terms of reference|guidelines|contributing|how to contribute)\b/i;

/** Headings of pages about goal-setting rather than of a plan: "How to set OKRs", "What is an OKR?", "Further reading". */
const GUIDANCE_HEADING = /^(?:how|what|why|when|where|who)\b|\b(process|guidelines?|guide|tips|further reading|faq|questions|definitions?|concepts|basics|how you can help|best practices)\b/i;

/** Minutes and notes of a meeting. */
const MEETING_TITLE = /\b(meeting|minutes|agenda|stand-?up|retro(spective)?|sync|call notes|notes from)\b/i;

/** "v1.2.3", "[1.2.0] - 2024-01-01", "1.2": changelog entries. */
const VERSION_HEADING = /^\[?v?\d+\.\d+(?:\.\d+)?(?:[-+.\w]*)?\]?(?:\s|$|\s*[-–(])/i;
/** A heading that is a date ("2024-05-01", "May 1, 2024", "1 May 2024"): minutes, changelogs, diaries. */
const DATE_HEADING = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b/i;

export interface KindInput {
  path?: string;
  frontMatter: Record<string, unknown> | null;
  title: string | null;
  sections: readonly Section[];
  blocks: readonly BlockInfo[];
  /** How many goals there are, counted per goal chunk (see `countGoals`). */
  goals: GoalCounts;
  /** Values found under values headings. */
  values: number;
  hasVisionStatement: boolean;
  /** Whether the document names a planning period anywhere: its title, path, front matter, headings or goals. */
  hasPeriod: boolean;
  lintAlways: boolean;
}

/** Roles that make a strategy document; guidance and supporting sections do not count. */
const STRATEGY_ROLES: SectionRole[] = ['vision', 'mission', 'values', 'goals', 'customers', 'journey'];

/**
 * Decides what a Markdown file is from what it contains: its goals and how they are written (with
 * periods, owners, targets), its values and vision, its headings and title, its file name as one
 * signal among several; against the marks of other Markdown (code, installation and API sections,
 * RFC and design-doc sections with Non-goals, changelog versions, minutes, codes of conduct).
 */
export function decideKind(input: KindInput): KindDecision {
  const declared = kindFromFrontMatter(input.frontMatter);
  if (declared) return { kind: declared, source: 'front-matter', reasons: [`front matter says kind: ${declared}`], close: false };

  const name = baseName(input.path);
  const title = input.title ?? '';
  const reasons: string[] = [];
  const against: string[] = [];
  const votes = new Map<DocumentKind, number>();
  const vote = (kind: DocumentKind, weight: number) => votes.set(kind, (votes.get(kind) ?? 0) + weight);
  let score = 0;

  // Goals, weighed by how plainly they are goals: labelled or in goal structures, and dated, owned or measured.
  const { structured, planned, commitments } = input.goals; // read once: the model adds them up from its goal chunks on each read
  if (structured > 0) {
    const weight = Math.min(4, Math.min(1.5, (structured - planned) * 0.5) + planned * 0.5);
    score += weight;
    vote('goals', weight);
    reasons.push(`${structured} goal${structured === 1 ? '' : 's'} in goal lists, tables or OKR blocks${planned > 0 ? `, ${planned} with a period, owner or target` : ''}`);
  }
  if (commitments > 0) {
    const weight = Math.min(1.5, commitments * 0.25);
    score += weight;
    vote('strategy', weight / 2);
    reasons.push(`${commitments} commitment${commitments === 1 ? '' : 's'} in prose ("we will ...")`);
  }
  if (input.values >= 3) {
    score += 2;
    vote('values', 2);
    reasons.push(`${input.values} values under a values heading`);
  }
  const roles = new Set<SectionRole>();
  for (const section of input.sections) if (section.heading && STRATEGY_ROLES.includes(section.role)) roles.add(section.role);
  if (roles.size > 0) {
    score += Math.min(2, roles.size * 0.75);
    for (const role of roles) vote(role === 'mission' ? 'vision' : role === 'customers' || role === 'journey' ? 'strategy' : (role as DocumentKind), 0.75);
    reasons.push(`headings name ${[...roles].join(', ')}`);
  }
  const periodHeading = input.sections.find((s) => s.heading && isPlanPeriod(s.heading.text));
  if (periodHeading && planned > 0) {
    score += 0.75;
    vote('goals', 0.75);
    reasons.push(`the heading "${periodHeading.heading!.text}" names a planning period`);
  }
  if (input.hasVisionStatement) {
    score += 1;
    vote('vision', 1);
    reasons.push('it states a vision or mission');
  }
  for (const [pattern, kind] of TITLE_WORDS) {
    if (pattern.test(title)) {
      score += 1.5;
      vote(kind, 1.5);
      reasons.push(`the title "${title}" says ${kind}`);
      break;
    }
  }
  // A roadmap is a plan when it states goals ("We plan to: ..."); a feature checklist called a roadmap is not.
  if ((ROADMAP.test(title) || ROADMAP.test(name) || ROADMAP.test(parentFolder(input.path))) && structured + commitments >= 3) {
    score += 1.5;
    vote('goals', 1.5);
    reasons.push('a roadmap that states goals');
  }
  if (!OTHER_FILE.test(name)) {
    for (const [pattern, kind] of NAME_WORDS) {
      if (pattern.test(name) || pattern.test(parentFolder(input.path))) {
        score += 1;
        vote(kind, 1);
        reasons.push(`the file name says ${kind}`);
        break;
      }
    }
  }

  // Against: the marks of other Markdown.
  let penalty = 0;
  if (OTHER_FILE.test(name)) {
    penalty += 4;
    against.push(`${name} is a file code repositories keep for other purposes`);
  }
  const headings = input.sections.filter((s) => s.heading).map((s) => s.heading!.text.replace(/[`*_:]/g, '').trim());
  const technical = headings.filter((h) => TECHNICAL_HEADINGS.test(h)).length;
  const versions = headings.filter((h) => VERSION_HEADING.test(h)).length;
  const dates = headings.filter((h) => DATE_HEADING.test(h)).length;
  const nonGoals = headings.some((h) => /\bnon-?goals\b/i.test(h));
  if (technical >= 2 || (technical >= 1 && headings.length <= 3)) {
    penalty += Math.min(4, technical * 0.75);
    against.push(`${technical} heading${technical === 1 ? '' : 's'} of software docs, RFCs, minutes or codes of conduct`);
  }
  if (nonGoals) {
    penalty += 2;
    against.push('a Non-goals section, as design docs have');
  }
  if (versions >= 2 || dates >= 2) {
    penalty += 3;
    against.push(versions >= 2 ? 'version headings, as a changelog has' : 'dated headings, as minutes and changelogs have');
  }
  const code = input.blocks.filter((b) => b.type === 'code').length;
  if (code >= 2) {
    penalty += Math.min(4, code * 0.75);
    against.push(`${code} code blocks`);
  }

  // Charters, bylaws and policies are written as rules: their "shall" lists are duties, not goals.
  const shall = input.blocks.reduce((n, block) => n + shallCount(block), 0);
  if (shall >= 5) {
    penalty += Math.min(6, shall * 0.5);
    against.push(`"shall" ${shall} times: written as rules, as charters and policies are`);
  }
  if (RULES_TITLE.test(title)) {
    penalty += 2.5;
    against.push(`the title "${title}" names rules or a procedure, not a plan`);
  }
  if (DESIGN_TITLE.test(title)) {
    penalty += 3;
    against.push(`the title "${title}" names a proposal or design document`);
  }
  const guidance = input.sections.filter((s) => s.neutral && s.heading && GUIDANCE_HEADING.test(s.heading.text)).length;
  if (guidance >= 2 && !input.hasPeriod && input.values < 3 && !input.hasVisionStatement) {
    penalty += 4.5;
    against.push('it explains how goals are set (guidance headings) and names no period: guidance, not a plan');
  }
  if (MEETING_TITLE.test(title)) {
    penalty += 3;
    against.push(`the title "${title}" names a meeting`);
  }
  // A lone "Goals" section of a few undated aims is how READMEs and design docs open: it needs the
  // support of a title, a file name, values or a vision, or goals that read as a plan.
  const supported = reasons.some((r) => /^(the title|the file name|\d+ values|it states|a roadmap)/.test(r)) || [...roles].some((role) => role === 'vision' || role === 'mission' || role === 'values');
  const enoughGoals = planned >= 2 || structured >= 6 || commitments >= 4;
  const net = supported || enoughGoals ? score - penalty : 0;
  const decided = net >= 2.5 && score >= 2.5;
  if (!decided) {
    if (input.lintAlways) return { kind: 'strategy', source: 'configuration', reasons: ['configuration says lint: always', ...reasons], close: false };
    const why = reasons.length === 0 ? ['nothing in it reads as a vision, values, goals or strategy'] : [...reasons.map((r) => `for: ${r}`), ...against.map((r) => `against: ${r}`)];
    return { kind: 'none', source: 'none', reasons: why, close: score >= 1.5 };
  }
  return { kind: kindFromVotes(votes), source: 'content', reasons: [...reasons, ...against.map((r) => `against: ${r}`)], close: false };
}

/** How often a block says "shall", kept per block as first extracted (a moved block's words are the same). */
const shallCounts = new BlockAnswers<number>();
function shallCount(block: BlockInfo): number {
  const origin = originOf(block);
  let count = shallCounts.get(origin);
  if (count === undefined) {
    count = 0;
    for (const token of origin.tokens) if (token.word === 'shall') count++;
    shallCounts.set(origin, count);
  }
  return count;
}

/** Goals in goal lists, tables or OKR blocks, those of them with a plan's mark, and commitments in prose. */
export interface GoalCounts {
  structured: number;
  planned: number;
  commitments: number;
}

/** What `decideKind` reads of some goals: each goal chunk counts its own once, as an edit leaves most chunks as they were. */
export function countGoals(goals: readonly Goal[]): GoalCounts {
  const structured = goals.filter((g) => g.source !== 'prose');
  return { structured: structured.length, planned: structured.filter(hasPlanMark).length, commitments: goals.length - structured.length };
}

/** A goal with a period, an owner or a number: it reads as a plan, not a wish or guidance. */
function hasPlanMark(goal: Goal): boolean {
  if (/\d/.test(goal.masked)) return true;
  if (goal.inheritedText.some((t) => t.from !== 'ancestor' && /\b(?:19|20)\d\d\b|\bq[1-4]\b|\bh[12]\b|\bfy ?\d|\bnext \w+ (?:months|years)\b/i.test(t.text))) return true;
  if (goal.attributes.owner || goal.attributes.deadline || goal.attributes.target) return true;
  return goal.role === 'key-result' || goal.role === 'objective' || goal.parent !== null || goal.children.length > 0;
}

function parentFolder(path: string | undefined): string {
  if (!path) return '';
  const parts = path.replace(/\\/g, '/').split('/');
  return parts.length >= 2 ? parts[parts.length - 2] : '';
}

/** Two or more kinds with real weight make a strategy; otherwise the heaviest one. */
function kindFromVotes(votes: Map<DocumentKind, number>): DocumentKind {
  const strong = [...votes.entries()].filter(([kind, weight]) => kind !== 'strategy' && weight >= 1);
  if (strong.length >= 2) return 'strategy';
  let best: DocumentKind = 'strategy';
  let bestWeight = 0;
  for (const [kind, weight] of votes) {
    if (weight > bestWeight) {
      best = kind;
      bestWeight = weight;
    }
  }
  return best;
}
