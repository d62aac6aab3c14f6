import type { DocumentModel, Section } from '../model/types';
import { movedBy, originOf, type BlockInfo } from '../markdown/blocks';
import { PhraseMatcher, tokenIndexAt, type PhraseMatch } from '../text/words';
import type { TextRange } from '../types';
import type { RuleContext } from './rule';

/**
 * The body blocks a range overlaps, each with the part of the range inside it at the offsets of the
 * block as first extracted (`originOf`): words are read there, so a block an edit only moved is not
 * copied. Phrases never run from one block into the next (each block's first word starts a phrase).
 */
function* blockParts(model: DocumentModel, range: TextRange): Generator<{ origin: BlockInfo; delta: number; from: number; to: number }> {
  const { blocks } = model;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].range.end <= range.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < blocks.length && blocks[i].range.start <= range.end; i++) {
    const block = blocks[i];
    if (block.frontMatter !== undefined) continue;
    const origin = originOf(block);
    const delta = movedBy(block);
    const from = tokenIndexAt(origin.tokens, range.start - delta);
    const to = tokenIndexAt(origin.tokens, range.end - delta);
    if (from < to) yield { origin, delta, from, to };
  }
}

const moved = (match: PhraseMatch, delta: number): PhraseMatch =>
  delta === 0 ? match : { start: match.start + delta, end: match.end + delta, phrase: match.phrase };

export function findIn(matcher: PhraseMatcher, model: DocumentModel, range: TextRange): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const { origin, delta, from, to } of blockParts(model, range)) {
    for (const match of matcher.findAll(origin.tokens, from, to)) found.push(moved(match, delta));
  }
  return found;
}

export function mentions(matcher: PhraseMatcher, model: DocumentModel, range: TextRange): boolean {
  for (const { origin, from, to } of blockParts(model, range)) if (matcher.findFirst(origin.tokens, from, to)) return true;
  return false;
}

/** Findings-to-be of one block, in its own offsets, as `perBlock` keeps them. */
export interface BlockFinding {
  range: TextRange;
  /** Words of the finding for its message, e.g. the matched phrase. */
  phrase?: string;
}

const kept = new WeakMap<BlockInfo, WeakMap<object, readonly BlockFinding[]>>();

/**
 * What a rule finds in each body block on its own, worked out once per block and reused after edits
 * elsewhere, moved with the block. `key` stands for everything else the result depends on (the rule
 * and its word lists); `find` sees the block as first extracted and answers at its offsets.
 */
export function perBlock(model: DocumentModel, key: object, find: (block: BlockInfo) => BlockFinding[]): BlockFinding[] {
  const all: BlockFinding[] = [];
  for (const block of model.blocks) {
    if (block.frontMatter !== undefined) continue;
    const origin = originOf(block);
    let byKey = kept.get(origin);
    if (!byKey) kept.set(origin, (byKey = new WeakMap()));
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = find(origin)));
    const delta = movedBy(block);
    for (const f of found) all.push(delta === 0 ? f : { ...f, range: { start: f.range.start + delta, end: f.range.end + delta } });
  }
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
  for (const { from, to } of blockParts(model, section.range)) count += to - from;
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
  for (const block of model.blocks) {
    if (block.range.end <= range.start || block.range.start >= range.end || block.frontMatter !== undefined) continue;
    units.push(...blockSentences(block));
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
