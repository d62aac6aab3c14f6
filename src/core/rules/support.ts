import type { DocumentModel, Section } from '../model/types';
import { cleanHeading, collapse, firstBlockFrom, movedBy, originOf, type BlockInfo } from '../markdown/blocks';
import { BlockMemo, BlockParts, perBlock } from './blockCache';
import { PhraseMatcher, tokenIndexAt, tokenize, type PhraseMatch } from '../text/words';
import type { TextRange } from '../types';
import { memoByText } from '../text/memo';
import { endsWithColon } from '../model/reading';
import type { RuleContext } from './rule';
import { goalSectionsOf } from '../model/build';
import { fromHeadings, sectionAt } from '../model/sections';


const moved = (match: PhraseMatch, delta: number): PhraseMatch =>
  delta === 0 ? match : { start: match.start + delta, end: match.end + delta, phrase: match.phrase };

const phrasesInBlock = new BlockMemo<readonly PhraseMatch[]>();

export function findIn(matcher: PhraseMatcher, model: DocumentModel, range: TextRange): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const kept = phrasesInBlock.of(matcher);
  for (const part = new BlockParts(model.blocks, range); part.next(); ) {
    const origin = part.origin!;
    let matches = part.whole ? kept.get(origin) : undefined;
    if (!matches) {
      matches = matcher.findAll(origin.tokens, part.from, part.to);
      if (part.whole) kept.set(origin, matches);
    }
    if (matches.length === 0) continue;
    const delta = movedBy(part.block!);
    for (const match of matches) found.push(moved(match, delta));
  }
  return found;
}

const mentionedInWholeBlock = new BlockMemo<boolean>();

export function mentions(matcher: PhraseMatcher, model: DocumentModel, range: TextRange): boolean {
  const kept = mentionedInWholeBlock.of(matcher);
  for (const part = new BlockParts(model.blocks, range); part.next(); ) {
    const origin = part.origin!;
    let mentioned = part.whole ? kept.get(origin) : undefined;
    if (mentioned === undefined) {
      mentioned = matcher.findFirst(origin.tokens, part.from, part.to) !== null;
      if (part.whole) kept.set(origin, mentioned);
    }
    if (mentioned) return true;
  }
  return false;
}


/** Phrases of one block inside a range of it. */
export function findInBlock(matcher: PhraseMatcher, block: BlockInfo, range: TextRange): PhraseMatch[] {
  return matcher.findAll(block.tokens, tokenIndexAt(block.tokens, range.start), tokenIndexAt(block.tokens, range.end));
}

export function mentionedInBlock(matcher: PhraseMatcher, block: BlockInfo, range: TextRange): boolean {
  return matcher.findFirst(block.tokens, tokenIndexAt(block.tokens, range.start), tokenIndexAt(block.tokens, range.end)) !== null;
}

/** The innermost section holding an offset (section 0 before the first heading). */
export function sectionIndexAt(model: DocumentModel, offset: number): number {
  return sectionAt(model.sections, offset);
}

/** Top-level sections of a role: a "Values" section with "### Integrity" under it counts once. */
export function sectionsWithRole(model: DocumentModel, role: Section['role']): Section[] {
  return model.sections.filter(
    (s) => s.role === role && (s.parent === null || model.sections[s.parent].effectiveRole !== role),
  );
}

/** Words in a section (with its subsections): a stub heading with a line or an image says too little to judge. */
export function wordCount(model: DocumentModel, section: Section): number {
  let count = 0;
  for (const part = new BlockParts(model.blocks, section.range); part.next(); ) count += part.to - part.from;
  return count;
}

/** Where a finding about a section points: its heading, or the title for the whole document. */
export function headingRange(model: DocumentModel, section: Section | null): TextRange {
  return section?.heading?.range ?? model.titleRange;
}

/**
 * Compounds in which a persona noun names the people who do the work, not those served: "team
 * members", "staff member", "board members".
 */
const NOT_CUSTOMERS = new PhraseMatcher(
  [
    'team member', 'staff member', 'board member', 'committee member', 'crew member', 'faculty member', 'member of staff',
    'members of staff', 'members of the team', 'partners in our business', 'steering committee member',
    'our people', 'people ops', 'people operations', 'people team', 'people manager', 'people leader', 'people partner',
    'people strategy', 'people function', 'people who work', 'people we hire', 'people on the team', 'people in the company',
    'everyone in the company', 'everyone in our company', 'everyone at the company', 'everyone on the team',
    'everyone on our team', 'everyone in engineering', 'everyone who works',
  ],
  { inflect: true },
);

/** True when the range names the people served (a persona noun that is not part of "team members"). */
export function namesCustomers(customers: PhraseMatcher, model: DocumentModel, range: TextRange): boolean {
  // Phrases never run from one block into the next, so the answer is any block's, kept per whole block.
  const kept = customersInWholeBlock.of(customers);
  for (const part = new BlockParts(model.blocks, range); part.next(); ) {
    const origin = part.origin!;
    let named = part.whole ? kept.get(origin) : undefined;
    if (named === undefined) {
      named = partNamesCustomers(customers, origin.tokens, part.from, part.to);
      if (part.whole) kept.set(origin, named);
    }
    if (named) return true;
  }
  return false;
}

const customersInWholeBlock = new BlockMemo<boolean>();

/** Whether the words `from` to `to` of one block name a persona outside a phrase such as "team members". */
function partNamesCustomers(customers: PhraseMatcher, tokens: BlockInfo['tokens'], from: number, to: number): boolean {
  if (customers.findFirst(tokens, from, to) === null) return false;
  const staff = NOT_CUSTOMERS.findAll(tokens, from, to);
  return customers.findAll(tokens, from, to).some((m) => !staff.some((n) => n.start <= m.start && m.end <= n.end));
}

/** Roles whose sections should say whom they serve. */
const CUSTOMER_FACING_ROLES: ReadonlySet<Section['role']> = new Set(['vision', 'mission', 'values', 'goals']);

/** Lines that send the reader elsewhere: "See ...", "Find the OKRs at ...", "Related issues ...". */
const POINTING = /^(?:see|find|read|refer to|related|more on|for more|check out|visit|go to|available at|details at|learn more)\b/i;

/**
 * Whether the section's own text (not its subsections) only points elsewhere: a line or two with a
 * link that says where to look ("Find the 2018 Q3 OKRs at [the spreadsheet]"), links the section's
 * own topic ("Our [mission](/company/mission) is ..." under "Mission"), or is little but the link.
 */
function isPointer(model: DocumentModel, section: Section): boolean {
  const own = model.blocks.slice(section.blocksFrom, section.blocksTo).filter((b) => b.frontMatter === undefined);
  if (own.length === 0 || own.length > 2) return false;
  const raw = own.map((b) => model.text.slice(b.range.start, b.range.end)).join('\n');
  if (!/\]\(|\]\[|https?:\/\//.test(raw)) return false;
  const words = own.reduce((n, b) => n + b.tokens.length, 0);
  if (words > 40) return false;
  if (POINTING.test(collapse(own.map((b) => b.masked).join(' ')))) return true;
  const topic = tokenize(headingText(section)).map((t) => t.word).filter((w) => w.length > 3);
  for (const link of raw.matchAll(/\[([^\]\n]{1,80})\]/g)) {
    const text = link[1].toLowerCase();
    if (topic.some((w) => text.includes(w))) return true;
  }
  const outsideLinks = raw.replace(/\]\([^)\s]{0,500}\)/g, ']').replace(/https?:\/\/\S{1,500}/g, ' ');
  return (outsideLinks.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 6;
}

/** Headings about keeping the document itself: "Reviewing this vision", "Updating our values", "How we change this page". */
const UPKEEP_HEADING =
  /^(?:reviewing|updating|changing|revising|maintaining|editing|amending|proposing changes|contributing to|how (?:to|we) (?:update|review|change|revise|maintain|edit|propose))\b|\bthis (?:document|page|vision|strategy|plan|policy)\b/i;

/** A section about upkeep of the document: process, not part of the vision, values or goals. */
function isUpkeep(section: Section): boolean {
  return section.heading !== null && isUpkeepHeading(section.heading.text);
}

/** Read once per heading text: every edit asks again for every heading. */
const isUpkeepHeading = memoByText((heading) => UPKEEP_HEADING.test(cleanedHeading(heading)));

/**
 * The sections the customer-perspective check reads: each `#` or `##` section that is (or sits in)
 * a vision, mission, values or goals section, judged with its subsections. Guidance (FAQ,
 * definitions, process, history), a title whose text is all in its `##` sections and a line that
 * only points elsewhere are not. Deeper headings are parts of the section above them.
 */
export function customerFacingSections(model: DocumentModel): Section[] {
  const { sections } = model;
  const startsOf = (indexes: Iterable<number>) => [...new Set(indexes)].map((i) => sections[i].range.start).sort((a, b) => a - b);
  // Worked out when first needed: most sections are settled by their role.
  let valueSections: number[] | undefined;
  let goalSections: number[] | undefined;
  // What the headings alone say: which sections to look at, and what their headings and roles settle.
  const candidates = fromHeadings(sections, CUSTOMER_FACING_CANDIDATES, () =>
    sections
      .filter((s) => {
        if (!s.heading || s.depth > 2 || s.neutral || isUpkeep(s)) return false;
        // A title with its own sections: they are judged one by one.
        return !(s.depth === 1 && s.children.some((c) => sections[c].depth === 2));
      })
      .map((s) => ({ index: s.index, vision: isVisionHeading(s), facing: CUSTOMER_FACING_ROLES.has(s.role), inherits: CUSTOMER_FACING_ROLES.has(s.effectiveRole) })),
  );
  const checked: Section[] = [];
  for (const { index, vision, facing, inherits } of candidates) {
    const s = sections[index];
    if (s.children.length === 0 && isPointer(model, s)) continue;
    if (vision) {
      if (s.role === 'vision' || !aboutTheDocument(model, s)) checked.push(s);
      continue;
    }
    if (
      facing ||
      // A value stated as its own heading ("## Kindness is key" on a values page) is a values section.
      anyWithin((valueSections ??= startsOf(model.values.map((v) => v.section))), s.range) ||
      // A section that only inherits the role ("## Mid-year check-in" in a goals page) is judged when it holds goals.
      (inherits && anyWithin((goalSections ??= startsOf(goalSectionsOf(model))), s.range))
    ) {
      checked.push(s);
    }
  }
  return checked;
}

/** Key of the sections `customerFacingSections` looks at further, as `fromHeadings` keeps them. */
const CUSTOMER_FACING_CANDIDATES = {};

/** Whether an offset of the ascending list lies in the range (a binary search: pages hold thousands of goals). */
function anyWithin(sorted: readonly number[], range: TextRange): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < range.start) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] < range.end;
}

export const EMPLOYEE_MENTIONS = new PhraseMatcher(
  [
    'employee', 'staff', 'colleague', 'team member', 'our people', 'workforce', 'our team', 'our teams', 'people leader',
    'frontline', 'front line', 'agent', 'adviser', 'advisor', 'nurse', 'clinician', 'teacher', 'volunteer',
    'we hire', 'hiring', 'recruit', 'each of us', 'everyone who works', 'people who work', 'crew', 'associate',
    'partners in our business', 'workplace', 'coworker', 'co-worker', 'engineer', 'our people', 'people strategy',
    'contributor', 'maintainer', 'public servant', 'civil servant', 'teammate', 'new hire', 'each team', 'every team',
    'all teams', 'the team', 'whole team', 'internal teams', 'teams across the company', 'across the company',
  ],
  { inflect: true },
);

/** Sentence-sized units of a range: each list item on its own, paragraphs split at sentence ends. */
export function sentences(model: DocumentModel, range: TextRange): TextRange[] {
  const units: TextRange[] = [];
  const { blocks } = model;
  for (let i = firstBlockFrom(blocks, range.start + 1, 'end'); i < blocks.length && blocks[i].range.start < range.end; i++) {
    if (blocks[i].frontMatter === undefined) units.push(...blockSentences(blocks[i]));
  }
  return units;
}

/** Sentence-sized units of one block, in order. */
export function blockSentences(block: BlockInfo): TextRange[] {
  const units: TextRange[] = [];
  if (block.items) {
    const stack = [...block.items];
    while (stack.length > 0) {
      const item = stack.pop()!;
      units.push(item.ownRange);
      stack.push(...item.children);
    }
    // Items come off the stack out of order; rows and sentences are read in order and need no sort.
    units.sort((a, b) => a.start - b.start);
  } else if (block.table) {
    for (const row of [block.table.header, ...block.table.rows]) units.push(row.range);
  } else {
    const end = /[.!?;]+(?=\s|$)/g;
    let start = 0;
    for (let m = end.exec(block.masked); m; m = end.exec(block.masked)) {
      units.push({ start: block.range.start + start, end: block.range.start + m.index + m[0].length });
      start = m.index + m[0].length;
    }
    if (start < block.masked.length) units.push({ start: block.range.start + start, end: block.range.end });
  }
  return units;
}

/** True when some unit mentions both things. */
export function together(model: DocumentModel, units: readonly TextRange[], a: PhraseMatcher, b: PhraseMatcher): boolean {
  return units.some((unit) => mentions(a, model, unit) && mentions(b, model, unit));
}

/** Headings of a section that describes the future the plan works towards: a vision by another name. */
const FUTURE_HEADINGS = new PhraseMatcher([
  'shiny future', 'future state', 'desired future', 'target state', 'desired state', 'end state', 'where we want to be',
  'world we imagine', 'future we are working towards', 'future we are working toward', 'future we want', 'future we see',
  'the future we imagine', 'our future', 'north star',
]);

/** Headings that describe success: part of the vision when the document states one, not a vision on their own. */
const SUCCESS_HEADINGS = new PhraseMatcher(['success looks like', 'what success looks like', 'what good looks like', 'definition of success']);

/** A heading that starts with the word: "Vision — the world we imagine", "Mission: why we exist", "Our purpose". */
const LEADING_VISION_WORD = /^(?:our |the |\S+'s )?(?:long[- ]term |five[- ]year |ten[- ]year |\d{1,2}[- ]year |product |company |overall )?(?:vision|mission|purpose)\b/i;

/**
 * A paragraph that states the vision: "Vision: ...", "**Mission:** ...", "Our (common) purpose is to
 * ...", "Rust's mission is ...". A bare "Purpose:" is left out: goal templates use it as a field.
 */
const LABELLED_STATEMENT = /^(?:our |the )?(?:vision|mission)(?: statement)? ?[:—–]/i;
const STATED_AS = /^(?:(?:our|its|\S+'s)(?: [a-z]+)? (?:vision|mission|purpose)|the (?:vision|mission)) is (?:to|that|a|an|for|simple)\b/i;

/** Paragraphs and quotes that can hold a statement, not lists or tables. */
function isProse(block: { type: string }): boolean {
  return block.type === 'paragraph' || block.type === 'blockquote';
}

/** What a heading says about the vision, read once per heading text: most edits leave every heading as it was. */
const headingSays = memoByText((heading): 'success' | 'vision' | 'other' | 'nothing' => {
  const text = cleanedHeading(heading);
  if (UPKEEP_HEADING.test(text)) return 'nothing';
  const tokens = tokenize(text);
  if (SUCCESS_HEADINGS.findFirst(tokens)) return 'success';
  // "Mission-critical reliability", "Vision-based checkout": the word qualifies something else.
  if (/\b(?:vision|mission|purpose)-[a-z]/i.test(text)) return 'nothing';
  return LEADING_VISION_WORD.test(text) || FUTURE_HEADINGS.findFirst(tokens) !== null ? 'vision' : 'other';
});

function headingText(section: Section): string {
  return cleanedHeading(section.heading?.text ?? '');
}

const cleanedHeading = memoByText((text) => cleanHeading(text).replace(/^[^\p{L}\p{N}]+/u, ''));

/** Whether a heading names a vision: its role, or it opens with Vision / Mission / Purpose. */
function isVisionHeading(section: Section): boolean {
  if (!section.heading) return false;
  const says = visionWordIn(section.heading.text);
  return says !== 'qualifier' && (section.role === 'vision' || section.role === 'mission' || says === 'leading');
}

/** Whether a heading opens with Vision / Mission / Purpose, read once per heading text. */
const visionWordIn = memoByText((heading): 'qualifier' | 'leading' | 'none' => {
  const text = cleanedHeading(heading);
  // "Mission-critical reliability", "Vision-based checkout": the word qualifies something else.
  if (/\b(?:vision|mission|purpose)-[a-z]/i.test(text)) return 'qualifier';
  return LEADING_VISION_WORD.test(text) ? 'leading' : 'none';
});

/** "The purpose of this document is ...": a section about the page, not the organisation's purpose. */
const ABOUT_THE_DOCUMENT = /\b(?:this|the present) (?:document|page|doc|guide|proposal|rfc|handbook|section|repo|repository|site|wiki|file|template|readme)\b/i;

function aboutTheDocument(model: DocumentModel, section: Section): boolean {
  const first = model.blocks.slice(section.blocksFrom, section.blocksTo).find((b) => isProse(b));
  if (!first) return false;
  const text = collapse(first.masked);
  const end = text.search(/[.!?](?:\s|$)/);
  return ABOUT_THE_DOCUMENT.test(end > 0 ? text.slice(0, end) : text);
}

/** Words a vision statement opens with ("Vision:", "Our mission is", "Rust's purpose is"): most paragraphs are ruled out by them alone. */
const STATEMENT_OPENERS = new Set(['vision', 'mission', 'our', 'the', 'its']);
const STATEMENT_WORDS = new Set(['vision', 'mission', 'purpose']);
const STATEMENT_KEY = {};

/** Whether a paragraph (as first extracted) states a vision: `perBlock` reads each block once. */
function statesVision(origin: BlockInfo): boolean {
  const { tokens } = origin;
  const first = tokens[0]?.word ?? '';
  if (!STATEMENT_OPENERS.has(first) && !first.endsWith("'s")) return false;
  if (!tokens.slice(0, 4).some((t) => STATEMENT_WORDS.has(t.word))) return false;
  const text = collapse(origin.masked).replace(/^[^\p{L}\p{N}]+/u, '');
  return LABELLED_STATEMENT.test(text) || STATED_AS.test(text);
}

/** Key of the sections whose headings say something of the vision, as `fromHeadings` keeps them. */
const VISION_HEADINGS = {};

/** The vision of each model, worked out once: the three vision rules ask for it in turn. */
const scopes = new WeakMap<DocumentModel, VisionScope | null>();

export interface VisionScope {
  /** The text that states the vision: sections, statements, and the future they describe. */
  ranges: TextRange[];
  /** Where a finding about the vision points. */
  anchor: TextRange;
  /** The section a fix appends to; null for the end of the document. */
  section: number | null;
}

/**
 * The vision to check, or null when the document states none (the vision rules then say nothing):
 * - the whole document when it is a vision page;
 * - sections headed Vision, Mission or Purpose (up to `###`; a deeper "Start with a long-term
 *   vision" is a point of a value), unless the section only points to a vision kept elsewhere;
 * - sections describing the future worked towards ("The shiny future we are working towards");
 * - paragraphs that state one ("**Vision:** ...", "Our purpose is to ...") outside guidance;
 * - and, once one of those is there, the sections that say what success looks like.
 */
export function visionScope(model: DocumentModel): VisionScope | null {
  let scope = scopes.get(model);
  if (scope === undefined) scopes.set(model, (scope = readVisionScope(model)));
  return scope;
}

function readVisionScope(model: DocumentModel): VisionScope | null {
  const parts: { range: TextRange; anchor: TextRange; section: number | null }[] = [];
  const covered = (offset: number): boolean => parts.some((p) => p.range.start <= offset && offset < p.range.end);
  const success: Section[] = [];
  // Only headings that say something of the vision are looked at further.
  const candidates = fromHeadings(model.sections, VISION_HEADINGS, () =>
    model.sections
      .filter((s) => {
        if (!s.heading || s.depth > 3 || s.neutral) return false;
        const says = headingSays(s.heading.text);
        return says === 'success' || says === 'vision' || (says !== 'nothing' && (s.role === 'vision' || s.role === 'mission'));
      })
      .map((s) => s.index),
  );
  for (const index of candidates) {
    const section = model.sections[index];
    const says = headingSays(section.heading!.text);
    if (covered(section.range.start)) continue;
    if (says === 'success') {
      success.push(section);
      continue;
    }
    const vision = says === 'vision' || section.role === 'vision' || section.role === 'mission';
    if (!vision || (section.children.length === 0 && isPointer(model, section)) || wordCount(model, section) < 6) continue;
    // "## Purpose: The purpose of this document is ...": about the page, not the organisation.
    if (section.role !== 'vision' && aboutTheDocument(model, section)) continue;
    parts.push({ range: section.range, anchor: section.heading!.range, section: section.index });
  }
  // Paragraphs that state a vision, found once per block: few blocks do.
  for (const { range } of perBlock(model, STATEMENT_KEY, (block) => (isProse(block) && statesVision(block) ? [{ range: block.range }] : []))) {
    if (covered(range.start)) continue;
    const section = model.sections[sectionIndexAt(model, range.start)];
    if (section.neutral || (section.heading && section.children.length === 0 && isPointer(model, section))) continue;
    parts.push({ range, anchor: range, section: section.heading ? section.index : null });
  }
  // A vision page is its vision throughout; findings point at its vision heading when it has one.
  if (model.kind === 'vision') {
    const first = parts.sort((a, b) => a.range.start - b.range.start)[0];
    return { ranges: [{ start: model.bodyStart, end: model.text.length }], anchor: first?.anchor ?? model.titleRange, section: first?.section ?? null };
  }
  if (parts.length === 0) return null;
  for (const section of success) if (!covered(section.range.start)) parts.push({ range: section.range, anchor: section.heading!.range, section: section.index });
  parts.sort((a, b) => a.range.start - b.range.start);
  return { ranges: parts.map((p) => p.range), anchor: parts[0].anchor, section: parts[0].section };
}

const SECOND_PERSON = new PhraseMatcher(['you', "you'll", "you're", 'your']);

/** The writers speaking of themselves: "we're confident", "we would love", "we are excited". */
const OUR_FEELINGS = new PhraseMatcher(
  ['we', "we're", 'we are', "we'd", 'we would', 'we will', "we'll", 'we feel', 'we remain', 'we continue to', 'i', "i'm", 'i am', "i'd"].flatMap(
    (lead) => ['confident', 'proud', 'happy', 'excited', 'love', 'trust', 'enjoy', 'delighted', 'pleased', 'grateful', 'inspired', 'motivated', 'feel', 'comfortable', 'satisfied', 'engaged', 'thrilled'].map((f) => `${lead} ${f}`),
  ),
);

/** A list with the line that leads into it ("In our future, every member will:"): one unit, as the reader takes it. */
function leadInUnits(model: DocumentModel, range: TextRange): TextRange[] {
  const units: TextRange[] = [];
  const { blocks } = model;
  for (let i = Math.max(1, firstBlockFrom(blocks, range.start + 1, 'end')); i < blocks.length && blocks[i].range.start < range.end; i++) {
    const before = blocks[i - 1];
    if (blocks[i].items && before.type === 'paragraph' && before.range.start >= range.start && endsWithColon(before.masked)) {
      units.push({ start: before.range.start, end: Math.min(range.end, blocks[i].range.end) });
    }
  }
  return units;
}

/** True when the range names the people who do the work, in words that do not also name the people served ("engineers" of a developer platform). */
export function namesStaff(customers: PhraseMatcher, model: DocumentModel, range: TextRange): boolean {
  if (!mentions(EMPLOYEE_MENTIONS, model, range)) return false;
  const staff = findIn(EMPLOYEE_MENTIONS, model, range);
  const served = findIn(customers, model, range);
  if (served.length === 0) return true;
  const notServed = findIn(NOT_CUSTOMERS, model, range);
  const persona = served.filter((m) => !notServed.some((n) => n.start <= m.start && m.end <= n.end));
  return staff.some((m) => !persona.some((p) => p.start < m.end && m.start < p.end));
}

/**
 * Where the vision says something about some people: the first sentence (or list with its lead-in)
 * that names them with one of the words, or the first mention of a word that says it alone. Null
 * when the vision does not say it, or when there is no vision to read.
 */
function visionSays(
  context: Pick<RuleContext, 'model' | 'customers'>,
  vision: VisionScope,
  who: 'customers' | 'employees',
  what: PhraseMatcher,
  alone?: PhraseMatcher,
): boolean {
  const { model, customers } = context;
  const units = vision.ranges.flatMap((range) => [...sentences(model, range), ...leadInUnits(model, range)]);
  // A vision that speaks to "you" speaks to the customer: "so that you can return to building".
  const names =
    who === 'customers'
      ? (unit: TextRange) => namesCustomers(customers, model, unit) || mentions(SECOND_PERSON, model, unit)
      : (unit: TextRange) => namesStaff(customers, model, unit);
  // "We're confident", "we'd love": the organisation's feelings are not the customer's.
  const says = (unit: TextRange): boolean => {
    if (!mentions(what, model, unit)) return false;
    if (who === 'employees' || !mentions(OUR_FEELINGS, model, unit)) return true;
    const ours = findIn(OUR_FEELINGS, model, unit);
    return findIn(what, model, unit).some((m) => !ours.some((o) => o.start <= m.start && m.end <= o.end));
  };
  return units.some((unit) => says(unit) && names(unit)) || (alone !== undefined && vision.ranges.some((range) => mentions(alone, model, range)));
}

/**
 * What the vision rules' answer depends on: the blocks (as first extracted) each vision range
 * reaches, with the one before it, and where the range and the blocks lie from its first block.
 */
function visionReading(model: DocumentModel, vision: VisionScope): unknown[] {
  const read: unknown[] = [];
  const { blocks } = model;
  for (const range of vision.ranges) {
    const first = firstBlockFrom(blocks, range.start + 1, 'end');
    const base = first < blocks.length ? blocks[first].range.start : 0;
    read.push(range.start - base, range.end - base, first > 0 ? originOf(blocks[first - 1]) : null);
    for (let i = first; i < blocks.length && blocks[i].range.start < range.end; i++) read.push(originOf(blocks[i]), blocks[i].range.start - base, blocks[i].range.end - base);
    read.push(null);
  }
  return read;
}

/** Each vision rule's last answer (by the words it asks about, then whom), with what it was read from: most edits leave the vision as it was. */
const visionAnswers = new WeakMap<PhraseMatcher, Map<string, { alone?: PhraseMatcher; customers: PhraseMatcher; read: unknown[]; said: boolean }>>();

/**
 * The three vision rules ask the same question: does some sentence of the vision name these
 * people together with this quality (a feeling, a next action)? If not, report at the vision
 * and offer the sentence template that answers it. A document without a vision statement is
 * left alone: there is nothing to add the sentence to.
 */
export function checkVisionSays(
  context: RuleContext,
  who: 'customers' | 'employees',
  what: PhraseMatcher,
  finding: { message: string; fixTitle: string; templateId: string },
  alone?: PhraseMatcher,
): void {
  const vision = visionScope(context.model);
  if (!vision) return;
  const read = visionReading(context.model, vision);
  let answers = visionAnswers.get(what);
  if (!answers) visionAnswers.set(what, (answers = new Map()));
  const kept = answers.get(who);
  let said: boolean;
  if (kept && kept.alone === alone && kept.customers === context.customers && kept.read.length === read.length && read.every((r, i) => r === kept.read[i])) {
    said = kept.said;
  } else {
    said = visionSays(context, vision, who, what, alone);
    answers.set(who, { alone, customers: context.customers, read, said });
  }
  if (said) return;
  context.report({
    range: vision.anchor,
    message: finding.message,
    fixes: [context.fixes.appendSection(finding.fixTitle, vision.section, finding.templateId)],
  });
}
