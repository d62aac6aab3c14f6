import type { DocumentModel, Section } from '../model/types';
import { firstBlockFrom, movedBy, originOf, type BlockInfo } from '../markdown/blocks';
import { PhraseMatcher, tokenIndexAt, type PhraseMatch } from '../text/words';
import type { TextRange } from '../types';
import type { RuleContext } from './rule';

/**
 * The body blocks a range overlaps, one at a time, each with the part of the range inside it as
 * token indexes of the block as first extracted (`originOf`): words are read there, so a block an
 * edit only moved is not copied. `whole` says the range holds the entire block, whose answers can
 * then be kept per block. Phrases never run from one block into the next (each block's first word
 * starts a phrase).
 */
class BlockParts {
  block: BlockInfo | null = null;
  origin: BlockInfo | null = null;
  from = 0;
  to = 0;
  whole = false;
  private index: number;

  constructor(
    private readonly blocks: readonly BlockInfo[],
    private readonly range: TextRange,
  ) {
    // The first block that ends after the range starts: one ending where it starts holds none of it.
    this.index = firstBlockFrom(blocks, range.start + 1, 'end');
  }

  /** Moves to the next part that holds words; false when none is left. */
  next(): boolean {
    const { blocks, range } = this;
    // A block starting where the range ends has no word inside it.
    while (this.index < blocks.length && blocks[this.index].range.start < range.end) {
      const block = blocks[this.index++];
      if (block.frontMatter !== undefined) continue;
      const origin = originOf(block);
      const whole = range.start <= block.range.start && block.range.end <= range.end;
      let from = 0;
      let to = origin.tokens.length;
      if (!whole) {
        const delta = movedBy(block);
        from = tokenIndexAt(origin.tokens, range.start - delta);
        to = tokenIndexAt(origin.tokens, range.end - delta);
      }
      if (from < to) {
        this.block = block;
        this.origin = origin;
        this.from = from;
        this.to = to;
        this.whole = whole;
        return true;
      }
    }
    return false;
  }
}

/**
 * Answers about blocks as first extracted, per key (a matcher, a rule), kept while the block lives:
 * an edit that only moves a block leaves them true, so each block is read once.
 */
class BlockMemo<T> {
  private readonly byKey = new WeakMap<object, WeakMap<BlockInfo, T>>();

  /** The answers kept for one key, by origin block. */
  of(key: object): WeakMap<BlockInfo, T> {
    let byOrigin = this.byKey.get(key);
    if (!byOrigin) this.byKey.set(key, (byOrigin = new WeakMap()));
    return byOrigin;
  }
}

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

/** Findings-to-be of one block, in its own offsets, as `perBlock` keeps them. */
export interface BlockFinding {
  range: TextRange;
  /** Words of the finding for its message, e.g. the matched phrase. */
  phrase?: string;
}

const kept = new BlockMemo<readonly BlockFinding[]>();

/** The blocks of one `perBlock` pass, as first extracted and in order, with what was found in each. */
interface Pass {
  origins: BlockInfo[];
  found: (readonly BlockFinding[])[];
  /** Blocks this pass holds: the arrays are written over by the pass after next, not made anew. */
  count: number;
}

/** The last pass and the one before, per key: each pass writes over the older one's arrays. */
const passes = new WeakMap<object, { last: Pass; spare: Pass }>();

/** How many blocks an edit may replace while a pass still finds the next block in the last one. */
const PASS_LOOKAHEAD = 16;

/**
 * What a rule finds in each body block on its own, worked out once per block and reused after edits
 * elsewhere, moved with the block. `key` stands for everything else the result depends on (the rule
 * and its word lists); `find` sees the block as first extracted and answers at its offsets.
 */
export function perBlock(model: DocumentModel, key: object, find: (block: BlockInfo) => BlockFinding[]): BlockFinding[] {
  const all: BlockFinding[] = [];
  const byOrigin = kept.of(key);
  let both = passes.get(key);
  if (!both) passes.set(key, (both = { last: { origins: [], found: [], count: 0 }, spare: { origins: [], found: [], count: 0 } }));
  const { last, spare: pass } = both;
  pass.count = 0;
  let resume = 0;
  const { blocks } = model;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.frontMatter !== undefined) continue;
    const origin = originOf(block);
    // An edit replaces a few blocks and keeps the rest in order, so most blocks are found where the
    // last pass goes on, which is cheaper than looking them up.
    let found: readonly BlockFinding[] | undefined;
    for (let i = resume, end = Math.min(last.count, resume + PASS_LOOKAHEAD); i < end; i++) {
      if (last.origins[i] !== origin) continue;
      found = last.found[i];
      resume = i + 1;
      break;
    }
    if (!found) {
      found = byOrigin.get(origin);
      if (!found) byOrigin.set(origin, (found = find(origin)));
    }
    pass.origins[pass.count] = origin;
    pass.found[pass.count] = found;
    pass.count++;
    // Most blocks find nothing: only those that do are asked how far they moved.
    if (found.length === 0) continue;
    const delta = movedBy(block);
    for (const f of found) all.push(delta === 0 ? f : { ...f, range: { start: f.range.start + delta, end: f.range.end + delta } });
  }
  // Entries past the count would keep blocks of a longer document alive.
  pass.origins.length = pass.found.length = pass.count;
  both.last = pass;
  both.spare = last;
  return all;
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
  const { sections } = model;
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

export const EMPLOYEE_MENTIONS = new PhraseMatcher(
  [
    'employee', 'staff', 'colleague', 'team member', 'our people', 'workforce', 'our team', 'our teams', 'people leader',
    'frontline', 'front line', 'agent', 'adviser', 'advisor', 'nurse', 'clinician', 'teacher', 'volunteer',
    'we hire', 'hiring', 'recruit', 'each of us', 'everyone who works', 'people who work', 'crew', 'associate',
    'partners in our business', 'workplace', 'coworker', 'co-worker', 'engineer', 'our people', 'people strategy',
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
  return units.sort((a, b) => a.start - b.start);
}

/** True when some unit mentions both things. */
export function together(model: DocumentModel, units: readonly TextRange[], a: PhraseMatcher, b: PhraseMatcher): boolean {
  return units.some((unit) => mentions(a, model, unit) && mentions(b, model, unit));
}

/** The vision to check: the vision sections, or the whole document when it is a vision without a Vision heading. */
function visionScope(model: DocumentModel): { ranges: TextRange[]; anchor: TextRange; section: number | null } | null {
  const sections = sectionsWithRole(model, 'vision');
  if (sections.length > 0) {
    return { ranges: sections.map((s) => s.range), anchor: headingRange(model, sections[0]), section: sections[0].index };
  }
  if (model.kind === 'vision') return { ranges: [{ start: model.bodyStart, end: model.text.length }], anchor: model.titleRange, section: null };
  return null;
}

/**
 * The three vision rules ask the same question: does some sentence of the vision name these
 * people together with this quality (a feeling, a next action)? If not, report at the vision
 * heading and offer the sentence template that answers it.
 */
export function checkVisionSays(
  context: RuleContext,
  who: PhraseMatcher,
  what: PhraseMatcher,
  finding: { message: string; fixTitle: string; templateId: string },
): void {
  const { model, report, fixes } = context;
  const vision = visionScope(model);
  if (!vision) return;
  const units = vision.ranges.flatMap((range) => sentences(model, range));
  if (together(model, units, who, what)) return;
  report({
    range: vision.anchor,
    message: finding.message,
    fixes: [fixes.appendSection(finding.fixTitle, vision.section, finding.templateId)],
  });
}
