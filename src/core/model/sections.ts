import { BlockAnswers, collapse, originOf, type BlockInfo, type HeadingInfo } from '../markdown/blocks';
import type { RoleClassifier } from './roles';
import type { Section } from './types';
import type { SectionRole } from '../types';
import type { SourceText } from '../text/source';

/** Matches headings and lines that name one goal: "Objective 1:", "Goal 2 -", "KR 1.3:", "O1:". */
export const GOAL_LABEL = /^\s*(?:(goals?|objectives?|okrs?|key results?|krs?)\s*\d*(?:\.\d+)*\s*[:.)\-–—]|(kr|o)\d+(?:\.\d+)*\s*[:.)\-–—]?|(action|priority|initiative)\s*#?\d{1,3}\s*[:.)\-–—])\s*(?=\S)/i;

/** "**Vision**" alone in a paragraph: many documents use bold labels instead of headings. */
const BOLD_LABEL = /^\s*(\*\*|__)([^*_\n]{2,60})\1:?\s*$/;

/** The text of a bold label paragraph ("**Vision**") per block as first extracted, null when it is none. */
const boldLabels = new BlockAnswers<string | null>();

/**
 * The heading a block stands for: a real heading, or a bold label paragraph that names a
 * section role (it nests one level under the section it appears in).
 */
function headingOf(block: BlockInfo, text: SourceText, roles: RoleClassifier, currentDepth: number): HeadingInfo | null {
  if (block.heading) return block.heading;
  if (block.type !== 'paragraph' || block.range.end - block.range.start > 80) return null;
  const origin = originOf(block);
  let label = boldLabels.get(origin);
  if (label === undefined) {
    const found = BOLD_LABEL.exec(text.slice(block.range.start, block.range.end));
    label = found ? collapse(found[2]) : null;
    boldLabels.set(origin, label);
  }
  if (label === null || roles.classify(label) === 'other') return null;
  return { depth: Math.min(6, currentDepth + 1), range: block.range, text: label };
}

/** Leaves share one empty list of children: most sections have none. */
const NO_CHILDREN = Object.freeze([]) as readonly number[] as number[];

/**
 * A heading that names nothing but a planning period: "2018 Q4", "Q1 2018", "FY24-Q2", "The next
 * six months", "OKRs (2020 Set 1)". Goals under it are planned for it. Days ("2018-10-12") and bare
 * years are left out: changelogs, minutes and histories head their entries so.
 */
const PLAN_PERIOD = /\b(?:q[1-4][ -]?(?:fy)?\d{2,4}|(?:fy)?\d{2,4}[ -]?q[1-4]|[12]h[ -]?\d{2,4}|\d{4}[ -]?h[12]|h[12][ -]?(?:fy)?\d{2,4}|fy[ -]?\d{2,4}(?:[ -]?(?:q[1-4]|h[12]))?|next (?:six|6|three|3|nine|9|twelve|12|eighteen|18) months|next (?:quarter|year))\b/i;
const PERIOD_FILLER = /\b(?:the|for|of|our|okrs?|goals?|objectives?|and|key|results?|plan|planning|quarter|set|\d)\b|[()\[\]:,.\-–—#]/gi;

/** "Roadmap (2020)", "2024 Roadmap", "Roadmap for 2021": a roadmap for a year is a plan, whatever else the page is. */
const DATED_ROADMAP_HEADING = /^(?:(?:our|the|\d{4})\s+)*roadmap\s*(?:for\s+|[(\[:–—-]\s*)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s*[)\]]?$|^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s+roadmap$/i;

export function isPlanPeriod(headingText: string): boolean {
  const text = headingText.trim();
  if (text.length > 60 || !PLAN_PERIOD.test(text)) return false;
  return text.replace(PLAN_PERIOD, ' ').replace(PERIOD_FILLER, ' ').trim() === '';
}

/** What a heading's text says about its section, apart from the sections around it. */
interface HeadingReading {
  /** A goal label ("Objective 1:"). */
  labelled: boolean;
  /** More than three words. */
  long: boolean;
  /** Guidance by its own words (and not a goal label). */
  neutral: boolean;
  /** Its role when it is not guidance. */
  role: SectionRole;
  supporting: () => boolean;
}

/** Readings per classifier and heading text: every edit builds the sections again from headings it mostly left as they were. */
const headingReadings = new WeakMap<RoleClassifier, Map<string, HeadingReading>>();

function readingsOf(roles: RoleClassifier): Map<string, HeadingReading> {
  let readings = headingReadings.get(roles);
  if (!readings) headingReadings.set(roles, (readings = new Map()));
  return readings;
}

function readHeading(roles: RoleClassifier, readings: Map<string, HeadingReading>, text: string): HeadingReading {
  let reading = readings.get(text);
  if (!reading) {
    if (readings.size >= 20_000) readings.clear();
    const labelled = GOAL_LABEL.test(text);
    let supporting: boolean | undefined;
    reading = {
      labelled,
      long: text.split(/\s+/).length > 3,
      neutral: !labelled && roles.isNeutral(text),
      role: labelled || isPlanPeriod(text) || DATED_ROADMAP_HEADING.test(text) ? 'goals' : roles.classify(text),
      supporting: () => (supporting ??= roles.isSupporting(text)),
    };
    readings.set(text, reading);
  }
  return reading;
}

/**
 * Splits the document into nested sections by heading. Section 0 is the text before the first heading.
 *
 * First where the headings are, how they nest and where each section ends, as numbers; then the
 * sections. When the headings are those of the last build (an edit elsewhere), their roles and
 * nesting are copied from it, and a section that lies where it lay is the same object: an edit then
 * makes new sections only from where it is on.
 */
export function buildSections(blocks: readonly BlockInfo[], text: SourceText, roles: RoleClassifier, rootRole: SectionRole = 'other'): Section[] {
  const textLength = text.length;
  const blockCount = blocks.length;
  // Section k's heading block, parent, depth, end of its own blocks and end of its range (typed: outside the collected heap).
  const headingBlock = new Int32Array(blockCount + 1);
  const parentOf = new Int32Array(blockCount + 1);
  const depthOf = new Int32Array(blockCount + 1);
  const blocksTo = new Int32Array(blockCount + 1).fill(blockCount);
  const rangeEnd = new Float64Array(blockCount + 1).fill(textLength);
  // Bold labels standing for headings, by section: their heading is made here, not kept by a block.
  let labels: Map<number, HeadingInfo> | undefined;
  // Open sections, outermost first.
  const open = [0];
  let count = 1;
  const last = lastSkeleton;
  let same = last?.roles === roles && last.rootRole === rootRole;
  for (let blockIndex = 0; blockIndex < blockCount; blockIndex++) {
    const block = blocks[blockIndex];
    const heading = headingOf(block, text, roles, depthOf[open[open.length - 1]]);
    if (!heading) continue;
    while (open.length > 1 && depthOf[open[open.length - 1]] >= heading.depth) rangeEnd[open.pop()!] = block.range.start;
    // The section before owns the blocks up to this heading.
    blocksTo[count - 1] = blockIndex;
    parentOf[count] = open[open.length - 1];
    headingBlock[count] = blockIndex;
    depthOf[count] = heading.depth;
    if (heading !== block.heading) (labels ??= new Map()).set(count, heading);
    same &&= last!.origins[count - 1] === originOf(block);
    open.push(count++);
  }
  same &&= last!.origins.length === count - 1;

  const sections: Section[] = new Array(count);
  sections[0] = {
    index: 0,
    heading: null,
    depth: 0,
    range: { start: 0, end: textLength },
    firstBlock: 0,
    blocksFrom: 0,
    blocksTo: blocksTo[0],
    role: 'other',
    effectiveRole: rootRole,
    neutral: false,
    parent: null,
    children: same ? last!.sections[0].children : NO_CHILDREN,
  };
  const readings = readingsOf(roles);
  for (let index = 1; index < count; index++) {
    const block = blocks[headingBlock[index]];
    const previous = same ? last!.sections[index] : undefined;
    // The same headings, and this one where it was with the same blocks and end: nothing of it changed.
    if (previous && previous.range.start === block.range.start && previous.range.end === rangeEnd[index] && previous.firstBlock === headingBlock[index] && previous.blocksTo === blocksTo[index]) {
      sections[index] = previous;
      continue;
    }
    const heading = labels?.get(index) ?? block.heading!;
    const parent = sections[parentOf[index]];
    const read = previous ?? headingRoles(readHeading(roles, readings, heading.text), parent);
    sections[index] = {
      index,
      heading,
      depth: heading.depth,
      range: { start: block.range.start, end: rangeEnd[index] },
      firstBlock: headingBlock[index],
      blocksFrom: headingBlock[index] + 1,
      blocksTo: blocksTo[index],
      role: read.role,
      effectiveRole: read.effectiveRole,
      neutral: read.neutral,
      parent: parent.index,
      children: previous ? previous.children : NO_CHILDREN,
    };
    if (previous) continue;
    if (parent.children === NO_CHILDREN) parent.children = [index];
    else parent.children.push(index);
  }
  if (same) {
    last!.sections = sections;
  } else {
    const origins: BlockInfo[] = new Array(count - 1);
    for (let index = 1; index < count; index++) origins[index - 1] = originOf(blocks[headingBlock[index]]);
    lastSkeleton = { origins, roles, rootRole, memos: new Map(), sections };
  }
  skeletons.set(sections, lastSkeleton!.memos);
  return sections;
}

/** A section's roles from its heading's reading and its parent's. */
function headingRoles(read: HeadingReading, parent: Section): Pick<Section, 'role' | 'effectiveRole' | 'neutral'> {
  // Under guidance (Context, FAQ, Alternatives), only a plain label ("Goals", "Our values") starts a role again.
  const ownNeutral = read.neutral || (parent.neutral && !read.labelled && read.long);
  // "What is an OKR?" names goals but is about them: guidance, with no role of its own.
  const role = ownNeutral ? 'other' : read.role;
  // A subsection of an FAQ or a definitions section is guidance too, unless its heading names a role.
  const neutral = ownNeutral || (role === 'other' && parent.neutral);
  // "### Customers" or "### People" under a goals heading groups goals; it does not end them.
  const grouping = parent.effectiveRole === 'goals' && (role === 'customers' || role === 'employees' || role === 'journey' || role === 'feedback');
  const supporting = role === 'other' && !neutral && read.supporting();
  return { role, neutral, effectiveRole: grouping ? 'goals' : role !== 'other' || neutral || supporting ? role : parent.effectiveRole };
}

/**
 * The heading blocks (as first extracted) the last sections were built from, with the root role and
 * classifier: the same blocks give the same headings, roles, nesting and numbering, whatever moved.
 * `sections` are the last built, whose roles and nesting the next build with these headings copies.
 */
let lastSkeleton: { origins: BlockInfo[]; roles: RoleClassifier; rootRole: SectionRole; memos: Map<object, unknown>; sections: Section[] } | null = null;
const skeletons = new WeakMap<readonly Section[], Map<object, unknown>>();

/**
 * What `read` works out from the sections' headings, roles and nesting alone (never their places or
 * other blocks), kept while an edit leaves every heading as it was; `key` names the reading.
 */
export function fromHeadings<T>(sections: readonly Section[], key: object, read: () => T): T {
  const memos = skeletons.get(sections);
  if (!memos) return read();
  if (!memos.has(key)) memos.set(key, read());
  return memos.get(key) as T;
}

/** The innermost section holding an offset (section 0 before the first heading). */
export function sectionAt(sections: readonly Section[], offset: number): number {
  // Sections are in document order: take the last to start at or before the offset, then its
  // nearest ancestor that still holds the offset.
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sections[mid].range.start <= offset) low = mid + 1;
    else high = mid;
  }
  let section: Section | undefined = sections[Math.max(0, low - 1)];
  while (section && section.parent !== null && !(offset < section.range.end)) section = sections[section.parent];
  return section?.index ?? 0;
}

/** The blocks directly in a section, not in its subsections. */
export function ownBlocks(blocks: readonly BlockInfo[], section: Section): readonly BlockInfo[] {
  return blocks.slice(section.blocksFrom, section.blocksTo);
}

/** The section and its ancestors, nearest first. */
export function ancestry(sections: readonly Section[], index: number): Section[] {
  const chain: Section[] = [];
  for (let at: number | null = index; at !== null; at = sections[at].parent) chain.push(sections[at]);
  return chain;
}

/** The section and all its descendants. */
export function subtree(sections: readonly Section[], index: number): Section[] {
  const out: Section[] = [];
  const stack = [index];
  while (stack.length > 0) {
    const current = sections[stack.pop()!];
    out.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return out;
}
