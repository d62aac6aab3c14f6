import type { DocumentModel } from '../model/types';
import { BlockAnswers, firstBlockFrom, movedBy, originOf, originsOf, perOrigin, type BlockFinding, type BlockInfo } from '../markdown/blocks';
import { tokenIndexAt } from '../text/words';
import type { TextRange } from '../types';

export type { BlockFinding } from '../markdown/blocks';

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

/**
 * What a rule finds in each body block on its own, worked out once per block and reused after edits
 * elsewhere, moved with the block (see `perOrigin`). `key` stands for everything else the result
 * depends on (the rule and its word lists); `find` sees the block as first extracted.
 */
export function perBlock(model: DocumentModel, key: object, find: (block: BlockInfo) => BlockFinding[]): BlockFinding[] {
  return perOrigin(model.blocks, originsOf(model), key, find);
}
