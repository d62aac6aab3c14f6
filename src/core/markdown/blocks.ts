import type { Nodes, RootContent } from 'mdast';
import type { TextRange } from '../types';
import { tokenize, type Token } from '../text/words';

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

const rangeOf = (node: Nodes): TextRange => ({
  start: node.position?.start.offset ?? 0,
  end: node.position?.end.offset ?? 0,
});

/** Spaces for every character but line breaks, so masked text keeps its lines. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** Visible text in one line: whitespace collapsed and Markdown backslash escapes ("\\|") resolved. */
/** Heading text without Markdown heading ids ("{#values}") and emoji shortcodes (":tada:"). */
export function cleanHeading(text: string): string {
  return text.replace(/\{#[^}]*\}/g, '').replace(/:[a-z0-9_+-]+:/g, '').replace(/\s+/g, ' ').trim();
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
}

function findComments(html: string, offset: number, out: CommentInfo[]): void {
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

/** Extracts a top-level block; `text` is the whole document. Iterative, so deep nesting cannot overflow the stack. */
export function extractBlock(node: RootContent, text: string): BlockInfo {
  const range = rangeOf(node);
  const visible: TextRange[] = [];
  const block: BlockInfo = { type: node.type, range, masked: '', tokens: [], paragraphs: [], comments: [] };

  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    switch (current.type) {
      case 'text':
      case 'inlineCode':
        visible.push(rangeOf(current));
        continue;
      case 'html': {
        const r = rangeOf(current);
        findComments(text.slice(r.start, r.end), r.start, block.comments);
        continue;
      }
      case 'code':
      case 'math' as string:
        continue;
      case 'yaml':
        block.frontMatter = (current as { value: string }).value;
        continue;
      case 'paragraph':
        if (current === node || isProseParent(current, node)) block.paragraphs.push(rangeOf(current));
        break;
    }
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    }
  }

  visible.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = range.start;
  for (const span of visible) {
    if (span.start < cursor) continue;
    parts.push(blank(text.slice(cursor, span.start)), text.slice(span.start, span.end));
    cursor = span.end;
  }
  parts.push(blank(text.slice(cursor, range.end)));
  block.masked = parts.join('');
  tokenize(block.masked, range.start, block.tokens);

  if (node.type === 'heading') {
    block.heading = { depth: node.depth, range, text: cleanHeading(collapse(block.masked)) };
  } else if (node.type === 'list') {
    block.items = extractItems(node);
  } else if (node.type === 'table') {
    const rows = node.children.map((row) => extractRow(row, block));
    block.table = { header: rows[0], rows: rows.slice(1) };
  }
  return block;
}

/** Paragraphs directly in the block or in block quotes count as prose; those in lists and tables belong to items and cells. */
function isProseParent(paragraph: Nodes, top: RootContent): boolean {
  return top.type === 'blockquote' && paragraph.type === 'paragraph';
}

function extractItems(list: Extract<Nodes, { type: 'list' }>): ListItemInfo[] {
  // Explicit stack: a 1,000-deep nested list must not overflow the call stack.
  const top: ListItemInfo[] = [];
  const work: { list: Extract<Nodes, { type: 'list' }>; into: ListItemInfo[] }[] = [{ list, into: top }];
  while (work.length > 0) {
    const { list: current, into } = work.pop()!;
    for (const item of current.children) {
      const own = item.children.filter((child) => child.type !== 'list');
      const itemRange = rangeOf(item);
      const ownRange =
        own.length > 0 ? { start: rangeOf(own[0]).start, end: rangeOf(own[own.length - 1]).end } : itemRange;
      const info: ListItemInfo = {
        range: itemRange,
        ownRange,
        ordered: Boolean(current.ordered),
        checked: item.checked ?? null,
        children: [],
      };
      into.push(info);
      for (const child of item.children) {
        if (child.type === 'list') work.push({ list: child, into: info.children });
      }
    }
  }
  return top;
}

function extractRow(row: Extract<Nodes, { type: 'tableRow' }>, block: BlockInfo): RowInfo {
  const cells = row.children.map((cell) => {
    const r = rangeOf(cell);
    return { range: r, text: collapse(maskedSlice(block, r)) };
  });
  return { range: rangeOf(row), cells };
}

export function maskedSlice(block: BlockInfo, span: TextRange): string {
  return block.masked.slice(span.start - block.range.start, span.end - block.range.start);
}

/** Moves a block just extracted (and not yet shared) by `delta` characters, in place. */
export function placeBlock(block: BlockInfo, delta: number): BlockInfo {
  if (delta === 0) return block;
  const move = (r: TextRange) => {
    r.start += delta;
    r.end += delta;
  };
  const moveItems = (items: ListItemInfo[]) => {
    for (const item of items) {
      move(item.range);
      if (item.ownRange !== item.range) move(item.ownRange); // an item with no text of its own shares its range
      moveItems(item.children);
    }
  };
  move(block.range); // the heading's range is this same object
  for (const token of block.tokens) move(token);
  if (block.items) moveItems(block.items);
  for (const row of block.table ? [block.table.header, ...block.table.rows] : []) {
    move(row.range);
    for (const cell of row.cells) move(cell.range);
  }
  block.paragraphs.forEach(move);
  for (const comment of block.comments) move(comment.range);
  return block;
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
