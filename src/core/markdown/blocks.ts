import type { RootContent } from 'mdast';
import type { TextRange } from '../types';
import type { Token } from '../text/words';

/**
 * What the model needs from one top-level Markdown block, extracted once. Blocks are
 * independent of each other, which is what lets an edit re-extract only the blocks it touched.
 * Readers make them with every field present, in this order: the passes over thousands of blocks
 * after each edit then meet two object shapes (this and `ShiftedBlock`), not one per kind of block.
 */
export interface BlockInfo {
  type: RootContent['type'];
  range: TextRange;
  /** The block's visible text at its source offsets: markup, code and HTML blanked to spaces. */
  masked: string;
  /** Words of `masked`, with absolute offsets. */
  tokens: Token[];
  heading?: HeadingInfo;
  items?: ListItemInfo[];
  table?: TableInfo;
  /** Paragraph ranges outside lists and tables (top level or inside quotes). */
  paragraphs: TextRange[];
  comments: CommentInfo[];
  /** Raw YAML of a front matter block. */
  frontMatter?: string;
}

export interface HeadingInfo {
  depth: number;
  range: TextRange;
  /** Visible text, whitespace collapsed. */
  text: string;
}

export interface ListItemInfo {
  range: TextRange;
  /** The item's own text: its paragraphs, without nested lists. */
  ownRange: TextRange;
  ordered: boolean;
  checked: boolean | null;
  children: ListItemInfo[];
}

export interface CellInfo {
  range: TextRange;
  /** Visible text, trimmed and collapsed. */
  text: string;
}

export interface RowInfo {
  range: TextRange;
  cells: CellInfo[];
}

export interface TableInfo {
  header: RowInfo;
  rows: RowInfo[];
}

export interface CommentInfo {
  range: TextRange;
  /** Inside `<!--` and `-->`, trimmed. */
  body: string;
}

/** Spaces for every character but line breaks, so masked text keeps its lines. */
export function blank(text: string): string {
  // Most blanked runs are within one line: spaces made at once, without a pass of the pattern.
  return text.includes('\n') || text.includes('\r') ? text.replace(/[^\r\n]/g, ' ') : ' '.repeat(text.length);
}

/** Heading text without Markdown heading ids ("{#values}") and emoji shortcodes (":tada:"). */
export function cleanHeading(text: string): string {
  return text.replace(/\{#[^}]*\}/g, '').replace(/:[a-z0-9_+-]+:/g, '').replace(/\s+/g, ' ').trim();
}

/** Visible text in one line: whitespace collapsed and Markdown backslash escapes ("\\|") resolved. */
export function collapse(text: string): string {
  // Trimmed first, as blanked markup pads most text (a cell's pipes, a heading's "#"): then text
  // single-spaced and without backslashes (most of it) needs nothing more. An escape resolves to
  // punctuation, so the result needs no second trim.
  const trimmed = text.trim();
  const spaced = MORE_THAN_A_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return spaced.includes('\\') ? spaced.replace(/\\([!-/:-@[-`{-~])/g, '$1') : spaced;
}

/** White space that `collapse` rewrites: a run of two, or one that is not a plain space. */
const MORE_THAN_A_SPACE = /\s\s|[^\S ]/;

/** The `<!-- ... -->` comments in a piece of HTML that starts at `offset`. */
export function findComments(html: string, offset: number, out: CommentInfo[]): void {
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    out.push({ range: { start: offset + open, end: offset + close + 3 }, body: html.slice(open + 4, close).trim() });
    from = close + 3;
  }
}

export function maskedSlice(block: BlockInfo, span: TextRange): string {
  return block.masked.slice(span.start - block.range.start, span.end - block.range.start);
}

/**
 * The same block moved by `delta` characters: what an edit earlier in the document does to it.
 * A view of the block as first extracted (its origin): the small parts are moved at once, the
 * large ones (words, items, cells) only when read. Work derived from a block can so be kept per
 * origin and reused wherever the block moves (see `originOf`).
 */
export function shiftBlock(block: BlockInfo, delta: number): BlockInfo {
  if (delta === 0) return block;
  const origin = originOf(block);
  return new ShiftedBlock(origin, block.range.start + delta - origin.range.start);
}

/** The one-off lint running now (see `lintingOnce`), or 0 when blocks are read for an editing session. */
let oneOffLint = 0;
let oneOffLints = 0;
/** Answers kept for the one-off lint running now, let go when it ends. */
const keptForOneOffLint: BlockAnswers<unknown>[] = [];

/**
 * Runs a lint whose blocks no later lint reads again (`Linter.lint`, unlike an editing session's):
 * answers kept per block (`BlockAnswers`) are kept for this lint alone, in plain maps, since a weak
 * map entry for every block of a document read once costs the garbage collector more than it saves.
 */
export function lintingOnce<T>(lint: () => T): T {
  const outer = oneOffLint;
  oneOffLint = ++oneOffLints;
  try {
    return lint();
  } finally {
    oneOffLint = outer;
    if (outer === 0) {
      for (const answers of keptForOneOffLint.splice(0)) answers.release();
      // Its passes would keep every block of the document alive until the next lint.
      oneOffPasses.clear();
      lastSpan = null;
    }
  }
}

/**
 * Answers worked out per block as first extracted (`originOf`): kept while the block lives, so an
 * edit that only moves a block costs nothing; in a one-off lint, kept for that lint only.
 */
export class BlockAnswers<T> {
  private readonly kept = new WeakMap<BlockInfo, T>();
  private once: Map<BlockInfo, T> | null = null;
  private onceLint = 0;

  private answers(): WeakMap<BlockInfo, T> | Map<BlockInfo, T> {
    if (oneOffLint === 0) return this.kept;
    if (this.onceLint !== oneOffLint) {
      this.once = new Map();
      this.onceLint = oneOffLint;
      keptForOneOffLint.push(this as BlockAnswers<unknown>);
    }
    return this.once!;
  }

  get(origin: BlockInfo): T | undefined {
    return this.answers().get(origin);
  }

  set(origin: BlockInfo, answer: T): void {
    this.answers().set(origin, answer);
  }

  release(): void {
    this.once = null;
    this.onceLint = 0;
  }
}

/** The block as first extracted, whose offsets work derived from it was computed at. */
export function originOf(block: BlockInfo): BlockInfo {
  return block instanceof ShiftedBlock ? block.origin : block;
}

/** How far a block has moved since it was first extracted. */
export function movedBy(block: BlockInfo): number {
  return block instanceof ShiftedBlock ? block.delta : 0;
}

class ShiftedBlock implements BlockInfo {
  readonly type: BlockInfo['type'];
  readonly range: TextRange;
  readonly masked: string;
  readonly heading?: HeadingInfo;
  readonly frontMatter?: string;
  /** Parts moved so far, made on the first read: most views are read for their range only. */
  private movedParts?: { tokens?: Token[]; items?: ListItemInfo[]; table?: TableInfo; paragraphs?: TextRange[]; comments?: CommentInfo[] };

  private get moved(): NonNullable<ShiftedBlock['movedParts']> {
    return (this.movedParts ??= {});
  }

  constructor(
    readonly origin: BlockInfo,
    readonly delta: number,
  ) {
    this.type = origin.type;
    this.range = this.move(origin.range);
    this.masked = origin.masked;
    if (origin.heading) this.heading = { ...origin.heading, range: this.range };
    if (origin.frontMatter !== undefined) this.frontMatter = origin.frontMatter;
  }

  private move(r: TextRange): TextRange {
    return { start: r.start + this.delta, end: r.end + this.delta };
  }

  get tokens(): Token[] {
    return (this.moved.tokens ??= this.origin.tokens.map((t) => ({ start: t.start + this.delta, end: t.end + this.delta, word: t.word, joined: t.joined })));
  }

  get items(): ListItemInfo[] | undefined {
    const moveItems = (items: ListItemInfo[]): ListItemInfo[] =>
      items.map((item) => ({ ...item, range: this.move(item.range), ownRange: this.move(item.ownRange), children: moveItems(item.children) }));
    return this.origin.items && (this.moved.items ??= moveItems(this.origin.items));
  }

  get table(): TableInfo | undefined {
    const moveRow = (row: RowInfo): RowInfo => ({ range: this.move(row.range), cells: row.cells.map((c) => ({ text: c.text, range: this.move(c.range) })) });
    const table = this.origin.table;
    return table && (this.moved.table ??= { header: moveRow(table.header), rows: table.rows.map(moveRow) });
  }

  get paragraphs(): TextRange[] {
    return (this.moved.paragraphs ??= this.origin.paragraphs.map((r) => this.move(r)));
  }

  get comments(): CommentInfo[] {
    return (this.moved.comments ??= this.origin.comments.map((c) => ({ range: this.move(c.range), body: c.body })));
  }

  /** Serialised as the block it shows, like any other block. */
  toJSON(): BlockInfo {
    const { type, range, masked, tokens, heading, items, table, paragraphs, comments, frontMatter } = this;
    return { type, range, masked, tokens, heading, items, table, paragraphs, comments, frontMatter };
  }
}

/** Index of the first block whose start (or end) is at or after `offset`; blocks are in document order. */
export function firstBlockFrom(blocks: readonly BlockInfo[], offset: number, edge: 'start' | 'end' = 'start'): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].range[edge] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const originLists = new WeakMap<object, readonly BlockInfo[]>();

/** A document's blocks as first extracted, worked out once per model (or kept by `keepOrigins`): each pass over every block reads them. */
export function originsOf(model: { blocks: readonly BlockInfo[] }): readonly BlockInfo[] {
  let origins = originLists.get(model);
  if (!origins) originLists.set(model, (origins = model.blocks.map(originOf)));
  return origins;
}

/** Keeps the origins worked out before the model was made, for the passes after it. */
export function keepOrigins(model: object, origins: readonly BlockInfo[]): void {
  originLists.set(model, origins);
}

/** Findings-to-be of one block, in its own offsets, as `perOrigin` keeps them. */
export interface BlockFinding {
  range: TextRange;
  /** Words of the finding for its message, e.g. the matched phrase. */
  phrase?: string;
}

/** What each key's `find` answered, per block as first extracted, in editing sessions. */
const answersByKey = new WeakMap<object, BlockAnswers<readonly BlockFinding[]>>();

/** The answers kept for one key's `find`. */
function answersFor(key: object): BlockAnswers<readonly BlockFinding[]> {
  let answers = answersByKey.get(key);
  if (!answers) answersByKey.set(key, (answers = new BlockAnswers()));
  return answers;
}

/** The blocks of one `perOrigin` pass, as first extracted and in order, with what was found in each and where something was. */
interface Pass {
  origins: readonly BlockInfo[];
  found: (readonly BlockFinding[])[];
  /** Indexes of the blocks that found something, in order: most find nothing. */
  hits: number[];
}

/** The last pass per key: the next one starts from it. A one-off lint's are kept apart, for that lint only. */
const passes = new WeakMap<object, Pass>();
const oneOffPasses = new Map<object, Pass>();

const NOTHING: readonly BlockFinding[] = [];

/**
 * How many blocks at the start and at the end of `next` are those of `previous`: an edit replaces a
 * few blocks in between. Worked out once per pair, as every key of a lint asks the same.
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
 * What `find` finds in each body block of `blocks` (`origins`, as first extracted) on its own, worked
 * out once per block and reused after edits elsewhere, moved with the block. `key` stands for
 * everything else the result depends on; `find` sees the block as first extracted and answers at its
 * offsets (it is also given the block where it lies now, to read its text there).
 */
export function perOrigin(
  blocks: readonly BlockInfo[],
  origins: readonly BlockInfo[],
  key: object,
  find: (origin: BlockInfo, block: BlockInfo) => readonly BlockFinding[],
): BlockFinding[] {
  // A one-off lint reads each block once per key (asked again, it reuses its own pass below): answers kept per block would only cost.
  const byOrigin = oneOffLint === 0 ? answersFor(key) : null;
  const lastPasses = oneOffLint === 0 ? passes : oneOffPasses;
  const last = lastPasses.get(key);
  // The last pass's answers are kept for the blocks before and after those the edit replaced, so only those are looked up.
  const { head, tail } = last ? keptEnds(last.origins, origins) : { head: 0, tail: 0 };
  const middle: (readonly BlockFinding[])[] = [];
  const middleHits: number[] = [];
  for (let b = head; b < origins.length - tail; b++) {
    const origin = origins[b];
    let found = NOTHING;
    if (origin.frontMatter === undefined) {
      const known = byOrigin?.get(origin);
      if (known) found = known;
      else {
        found = find(origin, blocks[b]);
        byOrigin?.set(origin, found);
      }
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
  lastPasses.set(key, pass);
  const all: BlockFinding[] = [];
  for (const b of pass.hits) {
    // Only blocks that found something are asked how far they moved.
    const delta = movedBy(blocks[b]);
    for (const f of pass.found[b]) all.push(delta === 0 ? f : { ...f, range: { start: f.range.start + delta, end: f.range.end + delta } });
  }
  return all;
}
