import type { DocumentModel } from '../model/types';
import { BlockAnswers, firstBlockFrom, movedBy, originOf, type BlockInfo } from '../markdown/blocks';
import { tokenIndexAt } from '../text/words';
import type { TextRange } from '../types';

/**
 * What rules work out per block, kept while the block lives so that an edit elsewhere costs nothing:
 * the caching side of the rules, apart from the plain helpers in `support.ts`.
 */

/**
 * The body blocks a range overlaps, one at a time, each with the part of the range inside it as
 * token indexes of the block as first extracted (`originOf`): words are read there, so a block an
 * edit only moved is not copied. `whole` says the range holds the entire block, whose answers can
 * then be kept per block. Phrases never run from one block into the next (each block's first word
 * starts a phrase).
 */
export class BlockParts {
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
export class BlockMemo<T> {
  private readonly byKey = new WeakMap<object, BlockAnswers<T>>();

  /** The answers kept for one key, by origin block. */
  of(key: object): BlockAnswers<T> {
    let byOrigin = this.byKey.get(key);
    if (!byOrigin) this.byKey.set(key, (byOrigin = new BlockAnswers()));
    return byOrigin;
  }
}

const originLists = new WeakMap<DocumentModel, BlockInfo[]>();

/** The model's blocks as first extracted, worked out once per model: each pass over every block reads them. */
export function originsOf(model: DocumentModel): readonly BlockInfo[] {
  let origins = originLists.get(model);
  if (!origins) originLists.set(model, (origins = model.blocks.map(originOf)));
  return origins;
}

/** Findings-to-be of one block, in its own offsets, as `perBlock` keeps them. */
export interface BlockFinding {
  range: TextRange;
  /** Words of the finding for its message, e.g. the matched phrase. */
  phrase?: string;
}

const kept = new BlockMemo<readonly BlockFinding[]>();

/** The blocks of one `perBlock` pass, as first extracted and in order, with what was found in each and where something was. */
interface Pass {
  origins: readonly BlockInfo[];
  found: (readonly BlockFinding[])[];
  /** Indexes of the blocks that found something, in order: most find nothing. */
  hits: number[];
}

/** The last pass per key: the next one starts from it. */
const passes = new WeakMap<object, Pass>();

const NOTHING: readonly BlockFinding[] = [];

/**
 * How many blocks at the start and at the end of `next` are those of `previous`: an edit replaces a
 * few blocks in between. Worked out once per pair, as every `perBlock` key of a lint asks the same.
 */
let lastSpan: { previous: readonly BlockInfo[]; next: readonly BlockInfo[]; head: number; tail: number } | null = null;
function keptEnds(previous: readonly BlockInfo[], next: readonly BlockInfo[]): { head: number; tail: number } {
  if (lastSpan?.previous === previous && lastSpan.next === next) return lastSpan;
  const shorter = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shorter && previous[head] === next[head]) head++;
  let tail = 0;
  while (tail < shorter - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  lastSpan = { previous, next, head, tail };
  return lastSpan;
}

/**
 * What a rule finds in each body block on its own, worked out once per block and reused after edits
 * elsewhere, moved with the block. `key` stands for everything else the result depends on (the rule
 * and its word lists); `find` sees the block as first extracted and answers at its offsets.
 */
export function perBlock(model: DocumentModel, key: object, find: (block: BlockInfo) => BlockFinding[]): BlockFinding[] {
  const byOrigin = kept.of(key);
  const origins = originsOf(model);
  const last = passes.get(key);
  // The last pass's answers are kept for the blocks before and after those the edit replaced, so only those are looked up.
  const { head, tail } = last ? keptEnds(last.origins, origins) : { head: 0, tail: 0 };
  const middle: (readonly BlockFinding[])[] = [];
  const middleHits: number[] = [];
  for (let b = head; b < origins.length - tail; b++) {
    const origin = origins[b];
    let found = NOTHING;
    if (origin.frontMatter === undefined) {
      const known = byOrigin.get(origin);
      if (known) found = known;
      else byOrigin.set(origin, (found = find(origin)));
    }
    middle.push(found);
    if (found.length > 0) middleHits.push(b);
  }
  let pass: Pass = { origins, found: middle, hits: middleHits };
  if (last && head + tail > 0) {
    // A few blocks are spliced in (an edit costs a copy of pointers, not a look-up per block); many make new arrays.
    const shift = origins.length - last.origins.length;
    const found = middle.length < 1024 ? last.found : last.found.slice(0, head).concat(middle, last.found.slice(last.found.length - tail));
    if (found === last.found) found.splice(head, found.length - tail - head, ...middle);
    const hits: number[] = [];
    for (const b of last.hits) if (b < head) hits.push(b);
    for (const b of middleHits) hits.push(b);
    for (const b of last.hits) if (b >= last.origins.length - tail) hits.push(b + shift);
    pass = { origins, found, hits };
  }
  passes.set(key, pass);
  const all: BlockFinding[] = [];
  const { blocks } = model;
  for (const b of pass.hits) {
    // Only blocks that found something are asked how far they moved.
    const delta = movedBy(blocks[b]);
    for (const f of pass.found[b]) all.push(delta === 0 ? f : { ...f, range: { start: f.range.start + delta, end: f.range.end + delta } });
  }
  return all;
}
