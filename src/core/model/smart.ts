import { findDeadline, findDeadlines, type DeadlineMatch } from '../analysis/time';
import { findAbsolutes, findMeasure, isImplausibleJump, type MeasureMatch, type NumericSpan } from '../analysis/measure';
import { PhraseMatcher, tokenize, type Token } from '../text/words';
import type { TextRange } from '../types';
import type { DeadlineSource, Goal, GoalAnalysis, GoalCell, GoalColumn, InheritedPeriod, SmartBreakdown } from './types';
import { afterPurposeLead, readWording, unreachablePhrases, wishedStateOf, withoutPlaceholders } from './wording';
import { opensWithImperative, readCommitment, sentenceSpans } from './reading';

/** Vague aims: on their own they name no concrete change. */
export const VAGUE_TERMS = [
  'improve', 'improved', 'improving', 'enhance', 'enhanced', 'optimise', 'optimize', 'boost', 'strengthen', 'maximise',
  'maximize', 'better', 'more', 'be the best', 'the best', 'world class', 'best in class', 'excellent', 'excellence',
  'great', 'leading', 'exceptional', 'outstanding', 'seamless', 'delight', 'drive', 'focus on', 'continue to',
  'work towards', 'work toward', 'explore', 'embrace', 'foster', 'champion', 'elevate', 'transform', 'revolutionise',
  'revolutionize', 'reimagine', 'empower', 'various', 'as needed', 'wow', 'work with partners', 'work closely with',
  'at the heart of', 'everything we do', 'do more', 'make a difference', 'world leading', 'first class',
];

/** Hedges make a commitment optional. "We will" is a commitment, so it is not here. */
export const HEDGES = [
  'try to', 'try and', 'attempt to', 'hope to', 'where possible', 'if possible', 'as much as possible', 'as appropriate',
  'strive to', 'endeavour to', 'endeavor to', 'seek to', 'look to', 'wherever feasible', 'if resources allow',
  'ideally', 'possibly', 'aspire to', 'we might', 'we may',
];

const CONDITION_HEDGE = /^(?:where possible|if possible|as much as possible|wherever feasible|if resources allow)$/;

const CONNECTORS = [
  'so that', 'so', 'in order to', 'because', 'to help', 'to enable', 'enabling', 'which means', 'helping', 'for our',
  'resulting in', 'to give', 'to make it easier', 'on behalf of',
];

export const FINANCIAL_TERMS = [
  'revenue', 'revenues', 'profit', 'profits', 'profitability', 'roi', 'return on investment', 'margin', 'margins',
  'market share', 'ebitda', 'sales', 'turnover', 'earnings', 'shareholder value', 'arr', 'mrr', 'bookings', 'gmv',
  'average order value', 'basket size', 'arpu',
];

/** Measures of how customers or employees experience the organisation. */
export const PEOPLE_METRICS = [
  'nps', 'net promoter score', 'csat', 'customer satisfaction', 'satisfaction', 'ces', 'customer effort', 'effort',
  'churn', 'retention', 'complaints', 'complaint', 'wait', 'waiting', 'wait time', 'waiting time', 'waiting times',
  'experience', 'engagement', 'wellbeing', 'well being', 'enps', 'trust', 'resolution',
  'first contact resolution', 'time to resolve', 'response time', 'accessibility', 'accessible', 'safety',
  'attrition', 'turnover of staff', 'sickness', 'advocacy', 'referrals', 'recommend', 'repeat', 'renewal', 'renewals',
  'reviews', 'rating', 'ratings', 'star rating', 'trustpilot', 'feedback', 'inclusion', 'belonging', 'burnout',
];

export const EMPLOYEE_WORDS = [
  'employee', 'employees', 'staff', 'colleague', 'colleagues', 'team member', 'team members', 'our people',
  'people leaders', 'managers', 'frontline', 'front line', 'agents', 'advisers', 'advisors', 'nurses', 'clinicians',
  'teachers', 'volunteers', 'hires', 'new starters', 'our teams', 'engineers',
];

const OWNER_IN_TEXT =
  /(?:^|[\s(\[;,|])(owners?|dri|lead|led by|accountable|responsible|sponsor|owned by)\s*([:=\-–—])\s*([^\s,;)\]|](?:(?!\s[-–—]\s)[^,;)\]|]){0,60})/i;

/** An owner labelled in the goal; after a dash a name, not the goal ("`P1` - OWNER - Implement the spec" leaves the template's slot empty). */
function labelledOwner(masked: string): { index: number; length: number; name: string } | null {
  const match = OWNER_IN_TEXT.exec(masked);
  if (!match) return null;
  const name = match[3];
  if (match[2] !== ':' && match[2] !== '=' && (name.trim().split(/\s+/).length > 4 || opensWithImperative(name))) return null;
  return { index: match.index, length: match[0].length, name };
}

/** "owned by the Billing Operations lead", "led by Priya Shah": a capitalised name or role after the verb ("led by example" is nobody). */
const OWNER_IN_PROSE = /\b([Oo]wned|[Ll]ed) by ((?:the )?[A-Z][^,;.:()[\]|]{0,59}?)(?=\s*(?:[,;.:()[\]|]|$)|\s(?:by|in|to|for|with|and|from|until|before)\s)/;
const HANDLE = /(?:^|[\s(\[])@([A-Za-z0-9][\w.-]{1,38})/;
/** "... on a schedule (Alan, Steven)": OKR pages name the owners in parentheses at the end. */
const OWNERS_IN_PARENS = /\(\s*((?:[A-Z][a-z]{2,20}|@[\w.-]{2,39})(?:\s*(?:,|&|and|\/)\s*(?:[A-Z][a-z]{2,20}|@[\w.-]{2,39})){0,3})\s*\)\s*\.?\s*$/;
/** Words that end a goal in parentheses as its status or kind, not its owner. */
const NOT_AN_OWNER = /^(?:stretch|optional|beta|alpha|done|ongoing|blocked|new|draft|pending|cancel+ed|completed?|delayed|dropped|deferred|moved|paused|later|maybe|tentative|proposed|planned|internal|external|public|private|continued|carried|carryover|repeat|stable|experimental|nightly|partial|partially|mandatory|required|recommended|bonus|critical|high|medium|low|ambitious|committed|aspirational|risk|risky|blocker|dependency|priority|urgent|important|todo|wip|tbd|tbc|parked|stalled|skipped|missed|achieved|met|exceeded|yes|no|nice|extra|follow|followup|hold)$/i;
/** "CEO: Grow ARR", "VP Marketing: ...", "CEO KR: ...": OKR pages name the owner before a colon. */
const ROLE_PREFIX = /^\s*(?:\d{1,3}[.)]\s+)?((?:[A-Z][\w&/.+-]*\s+){0,3}[A-Z][\w&/.+-]*)(?:\s+\([^)]{1,40}\))?(?:\s+(?:KRs?|OKRs?|objectives?|goals?))?\s*:\s*\S/;
export const ROLE_WORDS =
  /(?<!-)\b(CEO|CTO|CFO|COO|CMO|CPO|CRO|CIO|CISO|CHRO|VP|SVP|EVP|Head|Director|Lead|Manager|Chief|President|Founder|Team|Squad|Group|Department|Dept|Office|Marketing|Sales|Engineering|Eng|Product|Design|Support|Operations|Ops|Finance|HR|People|Legal|Security|Platform|Data|Growth|CS|IT|Comms|Communications|Research|Partnerships|BizOps|Recruiting|Talent|Success|PM|UX|Brand|Content|Infrastructure|Infra)\b(?!-)/;
/** The header of a goal's deadline cell read from the sentence next to it (goals.ts sets it). */
export const NEIGHBOUR_SENTENCE = 'neighbouring sentence';

const NOT_A_DATE = /^(ongoing|continuous|bau|always|n\/?a|tbd|tbc|-+|\?+|asap|soon|later)$/i;

export interface AnalysisContext {
  referenceDate: Date;
  fiscalYearStartMonth?: number;
  /** Front matter keys that set a period for the whole document (`period`, `horizon`, `deadline`). */
  documentPeriods: readonly string[];
  /** Who the whole plan names as its owner (a metadata table, a team section), for goals that name none. */
  documentOwner: string | null;
  /** Deliverables the document dates once ("Departments will publish their own digital strategies by the end of 2012"). */
  datedDeliverables: readonly DatedDeliverable[];
  personas: PhraseMatcher;
  vague: PhraseMatcher;
  hedges: PhraseMatcher;
  valueNames: PhraseMatcher;
  /** The value names behind `valueNames`, part of every cache key. */
  valueNamesKey: string;
  cache: AnalysisCache;
}

/** A deliverable a sentence dates: the words that name it ("digital strategies"), its date's text and the sentence. */
export interface DatedDeliverable {
  phrase: string;
  due: string;
  range: TextRange;
}

type KeptAnalysis = { at: number; analysis: GoalAnalysis };
/** Analyses by goal text, then by the rest of what they depend on (`goalKey`): the text, the longest part, is never copied into a key. */
type KeptAnalyses = Map<string, Map<string, KeptAnalysis>>;

/** Memo of the costly text analysis, keyed by text: most goals are unchanged between edits. */
export class AnalysisCache {
  private deadlines = new Map<string, Map<string, DeadlineMatch | null>>();
  private measures = new Map<string, MeasureMatch>();
  /** Goal analyses by what the whole document contributes (reference date, value names), then by goal. */
  private goals = new Map<string, KeptAnalyses>();
  private static readonly LIMIT = 50_000;

  /** The analyses kept for documents with this context: looked up once per document, not per goal. */
  analysesFor(context: Pick<AnalysisContext, 'referenceDate' | 'valueNamesKey'>): KeptAnalyses {
    const key = `${context.referenceDate.getTime()}\u0001${context.valueNamesKey}`;
    let kept = this.goals.get(key);
    if (!kept) {
      if (this.goals.size > 16) this.goals.clear();
      this.goals.set(key, (kept = new Map()));
    }
    return kept;
  }

  /** A goal's own analysis, reused when nothing it depends on changed (only where it sits). */
  ownAnalysis(kept: KeptAnalyses, goal: Goal, compute: () => GoalAnalysis): GoalAnalysis {
    const at = goal.textRange.start;
    const key = goalKey(goal);
    let sameText = kept.get(goal.masked);
    const cached = sameText?.get(key);
    if (cached) return cached.at === at ? copyForUpdates(cached.analysis) : new MovedAnalysis(cached.analysis, (r) => shift(r, at - cached.at));
    const analysis = compute();
    // A text whose tables or fields were edited many times starts afresh, as the whole memo does past its limit.
    if (!sameText || sameText.size > 100) {
      if (kept.size > AnalysisCache.LIMIT) kept.clear();
      kept.set(goal.masked, (sameText = new Map()));
    }
    sameText.set(key, { at, analysis: copyForUpdates(analysis) });
    return analysis;
  }

  deadline(text: string, reference: Date, fiscalYearStartMonth?: number): DeadlineMatch | null {
    const context = `${reference.getTime()}|${fiscalYearStartMonth ?? 1}`;
    let found = this.deadlines.get(context);
    if (!found) {
      if (this.deadlines.size > 16) this.deadlines.clear();
      this.deadlines.set(context, (found = new Map()));
    }
    let deadline = found.get(text);
    if (deadline === undefined) {
      const worthParsing = /\d|\b(next|this|end|within|over|quarter|year|month|week|spring|summer|autumn|fall|winter|eoy|eoq|h[12]|q[1-4])\b/i.test(text);
      deadline = worthParsing ? findDeadline(text, reference, { fiscalYearStartMonth }) : null;
      if (found.size > AnalysisCache.LIMIT) found.clear();
      found.set(text, deadline);
    }
    return deadline;
  }

  /**
   * When a commitment starts to hold ("Service Managers will be in place from April 2013", "From
   * April 2014, new services will meet the standard"): a date a reader can check it by.
   */
  start(text: string, reference: Date, fiscalYearStartMonth?: number): DeadlineMatch | null {
    if (!/\b(?:from|after|starting|beginning|as of|in|by)\b/i.test(text)) return null;
    const key = `\u0000start\u0000${text}`;
    const context = `${reference.getTime()}|${fiscalYearStartMonth ?? 1}`;
    const found = this.deadlines.get(context);
    const kept = found?.get(key);
    if (kept !== undefined) return kept;
    const start =
      findDeadlines(text, reference, { fiscalYearStartMonth }).find(
        // "from April 2013", "published in December 2012": in a commitment, a date it will hold by.
        (d) => d.baseline === true && /^(?:from|after|starting(?: in| from)?|beginning(?: in)?|as of|in|by)$/i.test(d.cue ?? '') && !/^\s*(?:levels?|baseline|figures)/i.test(text.slice(d.end, d.end + 12)),
      ) ?? null;
    if (found && found.size < AnalysisCache.LIMIT) found.set(key, start);
    return start;
  }

  measure(text: string, exclude: readonly TextRange[]): MeasureMatch {
    const key = `${exclude.map((r) => `${r.start}-${r.end}`).join(',')}|${text}`;
    let found = this.measures.get(key);
    if (!found) {
      if (this.measures.size > AnalysisCache.LIMIT) this.measures.clear();
      found = findMeasure(text, exclude);
      this.measures.set(key, found);
    }
    return found;
  }
}

const shift = (span: { start: number; end: number }, by: number): TextRange => ({ start: span.start + by, end: span.end + by });

const CONNECTOR_MATCHER = new PhraseMatcher(CONNECTORS);
const FINANCIAL_MATCHER = new PhraseMatcher(FINANCIAL_TERMS);
const PEOPLE_METRIC_MATCHER = new PhraseMatcher(PEOPLE_METRICS);
const EMPLOYEE_MATCHER = new PhraseMatcher(EMPLOYEE_WORDS, { inflect: true });

/** Analyses every goal, then lets objectives and key results share what one has and the other lacks. */
export function analyseGoals(goals: Goal[], context: AnalysisContext): void {
  const kept = context.cache.analysesFor(context);
  for (const goal of goals) goal.analysis = context.cache.ownAnalysis(kept, goal, () => analyseOwn(goal, context));
  for (const goal of goals) inheritFromParent(goal, goals, context);
  // Deepest first, so a key result measurable through its own sub-results makes its objective measurable too.
  for (let i = goals.length - 1; i >= 0; i--) if (goals[i].children.length > 0) shareFromKeyResults(goals[i], goals);
  for (const goal of goals) {
    const { smart } = goal.analysis;
    goal.analysis.score = Number(smart.specific) + Number(smart.measurable) + Number(smart.achievable) + Number(smart.relevant) + Number(smart.timeBound);
  }
}

/** The periods these analysed goals inherit (from a heading or the document), each with how many goals take it. */
export function inheritedPeriods(goals: readonly Goal[]): InheritedPeriod[] {
  const periods = new Map<string, InheritedPeriod>();
  for (const goal of goals) {
    const deadline = goal.analysis.deadline;
    if (deadline?.source !== 'heading' && deadline?.source !== 'document') continue;
    const key = `${deadline.source}:${deadline.range.start}`;
    const period = periods.get(key);
    if (period) period.goals++;
    else periods.set(key, { source: deadline.source, range: deadline.range, text: deadline.text, due: deadline.due, goals: 1 });
  }
  return [...periods.values()];
}

/**
 * Everything a goal's own analysis depends on besides its text, with attribute positions relative
 * to the goal, so the same goal further down after an edit above it hits the cache.
 */
function goalKey(goal: Goal): string {
  const at = goal.textRange.start;
  // A commitment reads a start date ("from April 2013") as the date it holds by; other goals of the same text do not.
  // Its source counts too: a heading is no topic, and a list item may name its actor in lower case.
  // Built by concatenation, without the arrays a map and join would make for every goal of every lint.
  let key = `${goal.children.length > 0}\u0001${goal.role === 'commitment'}\u0001${goal.source}\u0001`;
  for (const t of goal.inheritedText) if (t.from === 'section') key += `${t.text}\u0003`;
  key += '\u0001';
  for (const column in goal.attributes) {
    const cell = goal.attributes[column as GoalColumn]!;
    key += `${column}\u0002${cell.text}\u0002${cell.header}\u0002${cell.range.start - at}\u0002${cell.range.end - at}\u0003`;
  }
  return key;
}

const UNMOVED = Symbol('not moved yet');

/**
 * A kept analysis for a goal that has moved. Its offsets are moved only when read, so the many
 * goals below an edit cost one small object each; rules read the few they report. Like any
 * analysis, it takes the later passes' updates.
 */
export class MovedAnalysis implements GoalAnalysis {
  smart: SmartBreakdown;
  score: number;
  tooShort: boolean;
  deliverable: string | null;
  openEnded: string | null;
  implausibleJump: boolean;
  relevance: string[];
  peopleOutcomes: string[];
  // The placed fields, moved on first read (UNMOVED until then): one slot each keeps reads fast.
  private movedDeadline: GoalAnalysis['deadline'] | typeof UNMOVED = UNMOVED;
  private movedMetric: GoalAnalysis['metric'] | typeof UNMOVED = UNMOVED;
  private movedTarget: GoalAnalysis['target'] | typeof UNMOVED = UNMOVED;
  private movedBaseline: GoalAnalysis['baseline'] | typeof UNMOVED = UNMOVED;
  private movedOwner: GoalAnalysis['owner'] | typeof UNMOVED = UNMOVED;
  private movedPlaceholders: GoalAnalysis['placeholders'] | typeof UNMOVED = UNMOVED;
  private movedVague: GoalAnalysis['vague'] | typeof UNMOVED = UNMOVED;
  private movedAbsolutes: GoalAnalysis['absolutes'] | typeof UNMOVED = UNMOVED;
  private movedFinancial: GoalAnalysis['financial'] | typeof UNMOVED = UNMOVED;

  constructor(
    private readonly base: GoalAnalysis,
    private readonly move: (range: TextRange) => TextRange,
    /** Whether later passes update it; a finished analysis that only moved shares the base's lists. */
    updatable = true,
  ) {
    this.smart = updatable ? { ...base.smart } : base.smart;
    this.score = base.score;
    this.tooShort = base.tooShort;
    this.deliverable = base.deliverable;
    this.openEnded = base.openEnded;
    this.implausibleJump = base.implausibleJump;
    this.relevance = updatable ? [...base.relevance] : base.relevance;
    this.peopleOutcomes = updatable ? [...base.peopleOutcomes] : base.peopleOutcomes;
  }

  get deadline(): GoalAnalysis['deadline'] {
    return this.movedDeadline !== UNMOVED ? this.movedDeadline : (this.movedDeadline = movePlaced(this.base.deadline, this.move));
  }
  set deadline(value: GoalAnalysis['deadline']) {
    this.movedDeadline = value;
  }
  get metric(): GoalAnalysis['metric'] {
    return this.movedMetric !== UNMOVED ? this.movedMetric : (this.movedMetric = movePlaced(this.base.metric, this.move));
  }
  set metric(value: GoalAnalysis['metric']) {
    this.movedMetric = value;
  }
  get target(): GoalAnalysis['target'] {
    return this.movedTarget !== UNMOVED ? this.movedTarget : (this.movedTarget = movePlaced(this.base.target, this.move));
  }
  set target(value: GoalAnalysis['target']) {
    this.movedTarget = value;
  }
  get baseline(): GoalAnalysis['baseline'] {
    return this.movedBaseline !== UNMOVED ? this.movedBaseline : (this.movedBaseline = movePlaced(this.base.baseline, this.move));
  }
  set baseline(value: GoalAnalysis['baseline']) {
    this.movedBaseline = value;
  }
  get owner(): GoalAnalysis['owner'] {
    return this.movedOwner !== UNMOVED ? this.movedOwner : (this.movedOwner = movePlaced(this.base.owner, this.move));
  }
  set owner(value: GoalAnalysis['owner']) {
    this.movedOwner = value;
  }
  get placeholders(): GoalAnalysis['placeholders'] {
    return this.movedPlaceholders !== UNMOVED ? this.movedPlaceholders : (this.movedPlaceholders = this.base.placeholders.map(this.move));
  }
  set placeholders(value: GoalAnalysis['placeholders']) {
    this.movedPlaceholders = value;
  }
  get vague(): GoalAnalysis['vague'] {
    return this.movedVague !== UNMOVED ? this.movedVague : (this.movedVague = this.base.vague.map((v) => movePlaced(v, this.move)));
  }
  set vague(value: GoalAnalysis['vague']) {
    this.movedVague = value;
  }
  get absolutes(): GoalAnalysis['absolutes'] {
    return this.movedAbsolutes !== UNMOVED ? this.movedAbsolutes : (this.movedAbsolutes = this.base.absolutes.map((a) => movePlaced(a, this.move)));
  }
  set absolutes(value: GoalAnalysis['absolutes']) {
    this.movedAbsolutes = value;
  }
  get financial(): GoalAnalysis['financial'] {
    return this.movedFinancial !== UNMOVED ? this.movedFinancial : (this.movedFinancial = this.base.financial.map((f) => movePlaced(f, this.move)));
  }
  set financial(value: GoalAnalysis['financial']) {
    this.movedFinancial = value;
  }

  /** Serialised as the analysis it stands for. */
  toJSON(): GoalAnalysis {
    const { smart, score, deadline, metric, target, baseline, placeholders, deliverable, openEnded, owner, vague, tooShort, absolutes, implausibleJump, relevance, financial, peopleOutcomes } = this;
    return { smart, score, deadline, metric, target, baseline, placeholders, deliverable, openEnded, owner, vague, tooShort, absolutes, implausibleJump, relevance, financial, peopleOutcomes };
  }
}

/** A copy of something placed in the document, moved; null stays null. */
function movePlaced<T extends { range: TextRange } | null>(value: T, move: (range: TextRange) => TextRange): T {
  if (value === null) return value;
  const range = move(value.range);
  return range === value.range ? value : { ...value, range };
}

/** A copy that the passes after the own analysis may change: they replace fields, set SMART flags and add to two lists. */
function copyForUpdates(a: GoalAnalysis): GoalAnalysis {
  return { ...a, smart: { ...a.smart }, relevance: [...a.relevance], peopleOutcomes: [...a.peopleOutcomes] };
}

function analyseOwn(goal: Goal, context: AnalysisContext): GoalAnalysis {
  const { masked, textRange } = goal;
  const at = textRange.start;
  const tokens = tokenize(masked, at);
  const { cache } = context;

  let deadline: GoalAnalysis['deadline'] = null;
  const own = cache.deadline(masked, context.referenceDate, context.fiscalYearStartMonth);
  if (own) deadline = { ...own, source: 'goal', range: shift(own, at) };
  // A commitment, or an item under one's lead-in ("Government Digital Service will: ... published in December 2012").
  if (!deadline && (goal.role === 'commitment' || goal.attributes.owner?.header === 'actor' || /\bwill\b/i.test(masked))) {
    const start = cache.start(masked, context.referenceDate, context.fiscalYearStartMonth);
    if (start) deadline = { ...start, source: 'goal', range: shift(start, at) };
  }
  const dueCell = goal.attributes.deadline;
  if (!deadline && dueCell?.header === NEIGHBOUR_SENTENCE) {
    // The sentence next to a commitment that says when it holds ("These will be published in December 2012").
    const near = cache.deadline(dueCell.text, context.referenceDate, context.fiscalYearStartMonth) ?? cache.start(dueCell.text, context.referenceDate, context.fiscalYearStartMonth);
    if (near) deadline = { ...near, source: 'sentence', range: shift(near, dueCell.range.start) };
  } else if (!deadline && dueCell && !NOT_A_DATE.test(dueCell.text)) {
    const fromCell = cache.deadline(dueCell.text, context.referenceDate, context.fiscalYearStartMonth);
    if (fromCell) deadline = { ...fromCell, source: 'column', range: dueCell.range };
  }

  // "Reach N0 MAU", "$M in IARR": a template's placeholder is not a target, whatever digits it carries.
  const placeholderFree = withoutPlaceholders(masked);
  const measure = cache.measure(withoutOrdinal(placeholderFree.text), own ? [{ start: own.start, end: own.end }] : []);
  const placeholders = [...measure.placeholders, ...placeholderFree.found.filter((p) => !measure.placeholders.some((m) => m.start < p.end && p.start < m.end))];
  // A row whose Target or Metric cell says "TBD" leaves its measure to be decided.
  const undecided = goal.row?.cells.find((cell) => /\b(target|metric|measure|kpi)s?\b/i.test(cell.header) && /^\s*(tbd|tbc|tk|\?+|x+|to be (?:confirmed|decided|defined))\s*$/i.test(cell.text));
  // A table's own columns say what the goal measures; the goal text fills in what they leave out.
  const fromText = <T extends { start: number; end: number }>(span: T | null) => (span ? { ...span, range: shift(span, at) } : null);
  const cellValue = (cell: GoalCell | undefined, pick: (m: MeasureMatch) => NumericSpan | null | undefined) => {
    if (!cell) return null;
    const value = pick(cache.measure(cell.text, [])) ?? numberIn(cell.text);
    return value ? { ...value, range: cell.range } : null;
  };
  const metric = cellSpan(goal.attributes.metric) ?? fromText(measure.metric);
  const targetCell = goal.attributes.target;
  const baselineCell = goal.attributes.baseline;
  // A number in a Target column is a target by construction ("under 2m", "4.5/5").
  // "N16 customers have >2 insights", "Achieve X views of 5 minute demos": a number after the placeholder is scope, not the target.
  const afterPlaceholder = measure.target !== null && placeholders.some((p) => p.end <= measure.target!.start && !/\bto\b/i.test(masked.slice(p.end, measure.target!.start)));
  const target = cellValue(targetCell, (m) => m.target ?? m.durationTargets[0]) ?? (afterPlaceholder ? null : fromText(measure.target));
  const baseline = cellValue(baselineCell, (m) => m.target ?? m.baseline) ?? fromText(measure.baseline);
  // Absolutes name a target ("zero breaches"); only some put it out of reach ("every developer", "best in the world").
  // "Add layer groups. This gives all users early access": the goal is its first sentence after any label ("Enterprise SLAs."); the sentences after explain it.
  const statementEnd = sentenceSpans(masked).find((span) => masked.slice(span.start, span.end).split(/\s+/).length >= 4)?.end ?? masked.length;
  // "To make it so everyone can code, we will create tools ...": the purpose said first is no part of what is promised.
  const statementStart = afterPurposeLead(masked);
  const absolutes = unreachablePhrases(masked.slice(statementStart, statementEnd)).map((span) => ({ text: span.text, range: shift({ ...span, start: span.start + statementStart, end: span.end + statementStart }, at) }));
  if (targetCell) absolutes.push(...unreachablePhrases(targetCell.text).map((span) => ({ text: span.text, range: targetCell.range })));
  // "Achieve X views of 5 minute demos": as for a number, a duration after the placeholder is scope.
  const duration = placeholders.some((p) => measure.durationTargets[0] && p.end <= measure.durationTargets[0].start) ? undefined : measure.durationTargets[0];
  // "Zero breaches" and "100%" are targets, if unreachable ones: goal-achievable says so.
  const absoluteTarget = findAbsolutes(masked).some((a) => /^(zero|0\b|100\s*%|no\s)/i.test(a.text));
  // A deliverable ("Publish the migration guide", "CI is switched to Jenkins") is done or not done: that is its measure.
  const wording = readWording(masked);
  const measurable = !undecided && (Boolean(target || duration || absoluteTarget) || (wording.deliverable !== null && placeholders.length === 0));

  // "... to improve accommodations" states a purpose; the vague word is not the action committed to.
  const vague = context.vague
    .findAll(tokens)
    .filter((m) => m.start >= at + statementStart && m.start < at + statementEnd)
    .filter((m) => tokens[tokens.findIndex((t) => t.start === m.start) - 1]?.word !== 'to')
    .map((m) => ({ text: m.phrase, range: { start: m.start, end: m.end }, hedge: false }));
  const hedges = context.hedges.findAll(tokens).map((m) => ({ text: m.phrase, range: { start: m.start, end: m.end }, hedge: true }));
  // A KPI table row ("Total sales | 182 | 196") may name only its metric: short is fine with a target.
  const tooShort = tokens.length < 3 && goal.children.length === 0 && !target && placeholders.length === 0;
  // A hedge that governs the goal ("Try to reduce ...") makes it a wish; one on a detail ("with tests where possible") does not.
  // Conditions ("where possible", "if resources allow") qualify the whole commitment wherever they stand, unless they follow a "with ..." detail.
  const governingHedges = hedges.filter((h) => {
    const onDetail = /\b(?:with|using|including)\s+\w+(?:\s+\w+)?\s+$/i.test(masked.slice(0, h.range.start - at));
    return h.range.start - at < 24 || (!onDetail && (CONDITION_HEDGE.test(h.text) || h.range.end - at > masked.trimEnd().replace(/[.;]$/, '').length - 2));
  });
  // A placeholder holds the target's place ("from X to Y", "$N IARR"): the goal names its measure, only the number is missing.
  const concrete = Boolean(target || duration) || placeholders.length > 0;
  // "Search on IPLD", "Connectivity Magic" over key results: an objective item that names a topic, not a change (a heading naming an area is a title);
  // "Collaborations are systematized and prioritized" over key results: a state wished for, which only the key results make concrete.
  const objectiveBreadth = goal.children.length > 0 ? (goal.source !== 'heading' ? topicOf(masked) : null) ?? wishedStateOf(withoutOrdinal(masked)) : null;
  const broadText = wording.broad ?? objectiveBreadth;
  const broadAim = broadText !== null && !concrete;
  const specific = governingHedges.length === 0 && !tooShort && !broadAim;
  if (broadAim) vague.unshift({ text: broadText, range: { start: at + Math.max(0, masked.indexOf(broadText)), end: at + Math.max(0, masked.indexOf(broadText)) + broadText.length }, hedge: false });

  const implausibleJump = Boolean(measure.baseline && measure.target && isImplausibleJump(measure.baseline, measure.target, measure.direction));

  const relevance: string[] = [];
  const peopleOutcomes: string[] = [];
  const collect = (words: readonly Token[]): void => {
    for (const matcher of [context.personas, EMPLOYEE_MATCHER, PEOPLE_METRIC_MATCHER]) {
      for (const m of matcher.findAll(words)) peopleOutcomes.push(m.phrase);
    }
  };
  collect(tokens);
  if (goal.attributes.relevance) collect(tokenize(goal.attributes.relevance.text));
  if (goal.attributes.metric) collect(tokenize(goal.attributes.metric.text));
  relevance.push(...peopleOutcomes);
  for (const m of CONNECTOR_MATCHER.findAll(tokens)) relevance.push(m.phrase);
  for (const m of context.valueNames.findAll(tokens)) relevance.push(m.phrase);
  if (goal.attributes.relevance) relevance.push(goal.attributes.relevance.header);
  for (const inherited of goal.inheritedText) {
    // Only the goal's own heading ("Customer goals") speaks for it; a title naming the team does not.
    if (inherited.from !== 'section') continue;
    const headingTokens = tokenize(inherited.text);
    // A sentence-like heading ("Get people excited about using IPFS in the browser") states the purpose of the key results under it.
    const statesPurpose = headingTokens.filter((t) => /[a-z]/.test(t.word)).length >= 5;
    if (statesPurpose || context.personas.findFirst(headingTokens) || EMPLOYEE_MATCHER.findFirst(headingTokens)) {
      relevance.push(inherited.text);
    }
  }
  const financial = FINANCIAL_MATCHER.findAll(tokens).map((m) => ({ text: m.phrase, range: { start: m.start, end: m.end } }));

  let owner: GoalAnalysis['owner'] = null;
  let actor: string | null = null;
  let parens: string | null = null;
  const prose = OWNER_IN_PROSE.exec(masked);
  const ownerMatch = labelledOwner(masked) ?? (prose && { index: prose.index, length: prose[0].length, name: prose[2] });
  const handle = HANDLE.exec(masked);
  const rolePrefix = ROLE_PREFIX.exec(masked);
  const prefixOwner = rolePrefix && ROLE_WORDS.test(rolePrefix[1]) ? rolePrefix : null;
  const ownerCell = goal.attributes.owner && !NOT_A_DATE.test(goal.attributes.owner.text) ? goal.attributes.owner : null;
  if (ownerCell && ownerCell.header !== 'section owner') {
    // A column, a field of the goal's block, or who a prose commitment says will do it ("Cabinet Office will ...").
    owner = { text: ownerCell.text, range: ownerCell.range, source: 'column' };
  } else if (ownerMatch) {
    const start = at + ownerMatch.index + ownerMatch.length - ownerMatch.name.length;
    owner = { text: ownerMatch.name.trim(), range: { start, end: start + ownerMatch.name.trimEnd().length }, source: 'goal' };
  } else if (prefixOwner) {
    const start = at + prefixOwner[0].indexOf(prefixOwner[1]);
    owner = { text: prefixOwner[1], range: { start, end: start + prefixOwner[1].length }, source: 'goal' };
  } else if ((actor = commitmentActor(masked, goal.source === 'list'))) {
    const start = at + masked.indexOf(actor);
    owner = { text: actor, range: { start, end: start + actor.length }, source: 'goal' };
  } else if ((parens = ownersInParens(masked))) {
    const start = at + masked.lastIndexOf(parens);
    owner = { text: parens, range: { start, end: start + parens.length }, source: 'goal' };
  } else if (handle) {
    const start = at + handle.index + handle[0].length - handle[1].length - 1;
    owner = { text: `@${handle[1]}`, range: { start, end: start + handle[1].length + 1 }, source: 'goal' };
  } else if (ownerCell) {
    owner = { text: ownerCell.text, range: ownerCell.range, source: 'section' };
  }

  return {
    smart: {
      specific,
      measurable,
      achievable: absolutes.length === 0 && !implausibleJump,
      relevant: relevance.length > 0,
      timeBound: deadline !== null,
    },
    score: 0,
    deadline,
    metric,
    target,
    baseline,
    placeholders: placeholders.map((p) => shift(p, at)),
    deliverable: wording.deliverable,
    openEnded: wording.openEnded,
    owner,
    vague: [...governingHedges, ...(specific ? [] : broadAim ? vague.slice(0, 1) : vague)],
    tooShort,
    absolutes,
    implausibleJump,
    relevance,
    financial,
    peopleOutcomes,
  };
}

/** Who a goal written as a commitment names as doing it ("Cabinet Office will ..."), unless it is the organisation itself ("we"). */
function commitmentActor(masked: string, listItem: boolean): string | null {
  // "Action 02: Services ... will be redesigned by a Service Manager": the label is no part of the sentence.
  // A list item may start in lower case after its lead-in ("- departments will explain ...").
  const commitment = readCommitment(masked.replace(/\s+/g, ' ').replace(/^\s*[A-Za-z][\w ]{0,30}?\s*:\s+(?=[A-Z])/, ''), listItem);
  return commitment && !commitment.actorIsAuthor && commitment.actor && masked.includes(commitment.actor) ? commitment.actor : null;
}

/** The words of an objective that only names a topic (four words or fewer, no verb, state or number), or null. */
function topicOf(masked: string): string | null {
  const text = masked.replace(/^\s*(?:\[?(?:objective|goal|o)\]?\s*\d*\s*[:.)\]-]\s*)?/i, '').trim().replace(/[.!]$/, '');
  const words = text.split(/\s+/);
  if (text === '' || words.length > 4 || /\d|:$/.test(text) || opensWithImperative(text) || TOPIC_BREAKERS.test(text)) return null;
  return text;
}

/** Words that make a short objective a statement rather than a topic: a verb, a state, a modal. */
const TOPIC_BREAKERS = /\b(?:is|are|was|were|be|been|being|will|can|should|must|to|has|have|had|get|gets|[a-z]{3,}ed|[a-z]{2,}s\s+(?:the|a|an|our|their|its)\b)\b|^(?:[a-z]+ing)\b/i;

/** "2 The IPFS Community is informed ...", "4 Research is ...": the objective's number in its list, not a target. */
const ORDINAL = /^(\s*\d{1,2})(?=\s+(?:(?:The|A|An|Our|Their|Its)\b|[A-Z][\w-]*\s+(?:is|are|was|were|has|have)\b))/;

function withoutOrdinal(text: string): string {
  const match = ORDINAL.exec(text);
  return match ? ' '.repeat(match[1].length) + text.slice(match[1].length) : text;
}

function ownersInParens(masked: string): string | null {
  const match = OWNERS_IN_PARENS.exec(masked);
  if (!match) return null;
  // "(Accreditation)", "(Governance)": a topic, not a person.
  return match[1].split(/\s*(?:,|&|and|\/)\s*/).some((name) => NOT_AN_OWNER.test(name) || /(?:tion|sion|ment|ity|ness|ing|ance|ence|ship|ism|ure|ics|ogy)$/.test(name)) ? null : match[1];
}

function numberIn(text: string): NumericSpan | null {
  const match = /\d+(?:[.,]\d+)?/.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length, text: match[0], value: Number(match[0].replace(',', '.')) } : null;
}

function cellSpan(cell: GoalCell | undefined): GoalAnalysis['metric'] {
  return cell ? { start: 0, end: cell.text.length, text: cell.text, range: cell.range } : null;
}

function inheritFromParent(goal: Goal, goals: readonly Goal[], context: AnalysisContext): void {
  const analysis = goal.analysis;
  const parent = goal.parent === null ? null : goals[goal.parent].analysis;
  if (!analysis.deadline && parent?.deadline) {
    analysis.deadline = { ...parent.deadline, source: 'parent' as DeadlineSource };
  }
  if (!analysis.deadline) {
    for (const inherited of goal.inheritedText) {
      const found = context.cache.deadline(inherited.text, context.referenceDate, context.fiscalYearStartMonth) ?? context.cache.start(inherited.text, context.referenceDate, context.fiscalYearStartMonth);
      if (found) {
        analysis.deadline = { ...found, source: 'heading', range: inherited.range };
        break;
      }
    }
  }
  // "Departmental digital strategies will include clear plans ...": due with the strategies the document dates elsewhere.
  if (!analysis.deadline && context.datedDeliverables.length > 0) {
    const words = goal.masked.toLowerCase();
    for (const named of context.datedDeliverables) {
      if (named.range.start >= goal.textRange.start && named.range.start < goal.textRange.end) continue;
      const found = words.includes(named.phrase) ? context.cache.deadline(named.due, context.referenceDate, context.fiscalYearStartMonth) : null;
      if (found) {
        analysis.deadline = { ...found, source: 'deliverable', range: named.range };
        break;
      }
    }
  }
  for (const period of context.documentPeriods) {
    if (analysis.deadline) break;
    const found = context.cache.deadline(period, context.referenceDate, context.fiscalYearStartMonth);
    if (found) analysis.deadline = { ...found, source: 'document', range: { start: 0, end: 0 } };
  }
  analysis.smart.timeBound = analysis.deadline !== null;
  // A sentence in prose under an objective says itself who acts; "... will be incorporated" names nobody, whoever owns the heading.
  if (parent && !analysis.owner && parent.owner && goal.source !== 'prose') analysis.owner = { ...parent.owner, source: 'parent' };
  if (!analysis.owner && context.documentOwner) analysis.owner = { text: context.documentOwner, range: { start: 0, end: 0 }, source: 'document' };
  if (parent) {
    if (!analysis.smart.relevant && parent.smart.relevant) {
      analysis.smart.relevant = true;
      analysis.relevance.push('its objective');
    }
    if (parent.peopleOutcomes.length > 0) analysis.peopleOutcomes.push(...parent.peopleOutcomes);
  }
}

/** An objective is measurable and dated through its key results. */
function shareFromKeyResults(goal: Goal, goals: readonly Goal[]): void {
  const analysis = goal.analysis;
  const results = goal.children.map((i) => goals[i].analysis);
  if (!analysis.smart.measurable && results.some((r) => r.smart.measurable)) analysis.smart.measurable = true;
  if (!analysis.smart.timeBound) {
    // A key result due with a deliverable named elsewhere dates itself, not the objective over it.
    const dated = results.find((r) => r.deadline && r.deadline.source !== 'deliverable');
    if (dated?.deadline) {
      analysis.deadline = { ...dated.deadline, source: 'key-results' };
      analysis.smart.timeBound = true;
    }
  }
  for (const r of results) analysis.peopleOutcomes.push(...r.peopleOutcomes);
}
