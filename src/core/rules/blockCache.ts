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
  const origins = originsOf(model);
  for (let b = 0; b < origins.length; b++) {
    const origin = origins[b];
    if (origin.frontMatter !== undefined) continue;
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
    const delta = movedBy(blocks[b]);
    for (const f of found) all.push(delta === 0 ? f : { ...f, range: { start: f.range.start + delta, end: f.range.end + delta } });
  }
  // Entries past the count would keep blocks of a longer document alive.
  pass.origins.length = pass.found.length = pass.count;
  both.last = pass;
  both.spare = last;
  return all;
}
