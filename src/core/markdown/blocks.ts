import type { RootContent } from 'mdast';
import type { TextRange } from '../types';
import type { Token } from '../text/words';

/**
 * What the model needs from one top-level Markdown block, extracted once. Blocks are
 * independent of each other, which is what lets an edit re-extract only the blocks it touched.
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
  return text.replace(/[^\r\n]/g, ' ');
}

/** Heading text without Markdown heading ids ("{#values}") and emoji shortcodes (":tada:"). */
export function cleanHeading(text: string): string {
  return text.replace(/\{#[^}]*\}/g, '').replace(/:[a-z0-9_+-]+:/g, '').replace(/\s+/g, ' ').trim();
}

/** Visible text in one line: whitespace collapsed and Markdown backslash escapes ("\\|") resolved. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
}

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
 * The block with every field present, in one order: the passes over thousands of blocks after each
 * edit then meet two object shapes (this and `ShiftedBlock`), not one per kind of block.
 */
export function uniformBlock(b: BlockInfo): BlockInfo {
  return { type: b.type, range: b.range, masked: b.masked, tokens: b.tokens, heading: b.heading, items: b.items, table: b.table, paragraphs: b.paragraphs, comments: b.comments, frontMatter: b.frontMatter };
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
