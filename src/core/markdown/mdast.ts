import type { Nodes, Root, RootContent } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { TextRange } from '../types';
import { tokenize } from '../text/words';
import { blank, cleanHeading, collapse, findComments, maskedSlice, type BlockInfo, type ListItemInfo, type RowInfo } from './blocks';
import { frontMatterEnd } from './frontMatter';
import { plainBlocks } from './plain';

/**
 * Markdown to blocks: mdast is the contract between reading and the model.
 *
 * Text the line reader is sure of (`plainBlocks`) takes the fast path; everything else is parsed by
 * remark-parse through unified, with the GFM parts the model reads (tables, task lists, footnotes)
 * and YAML front matter, and the top-level blocks are read from the mdast tree. Tests hold the line
 * reader equal to this reading on every Markdown file of the installed packages and on mutated
 * documents.
 */
export function readBlocks(text: string, delta = 0, end = text.length): BlockInfo[] {
  return (end === text.length ? plainBlocks(text, delta) : null) ?? remarkBlocks(text, delta, end);
}

const TABLE = 1;
const TASK_LIST = 2;
const FOOTNOTE = 4;
const FRONT_MATTER = 8;
const processors = new Map<number, Processor<Root>>();

/**
 * A processor with the syntax a text can use: an extension whose markers are absent only costs time
 * (the table extension tries every line). A front matter fence that is never closed leaves micromark
 * unable to open a list or a quote anywhere after it (micromark/micromark-extension-frontmatter#5),
 * so a text without a closed front matter block is parsed without the extension.
 */
function processorFor(text: string): Processor<Root> {
  let parts = 0;
  if (text.includes('|') || text.includes(':-') || text.includes('-:')) parts |= TABLE;
  if (/\[[ \txX]\]/.test(text)) parts |= TASK_LIST;
  if (text.includes('[^')) parts |= FOOTNOTE;
  if (frontMatterEnd(text) !== null) parts |= FRONT_MATTER;
  let processor = processors.get(parts);
  if (!processor) {
    function gfmParts(this: Processor): void {
      const data = this.data();
      const micromark = (data.micromarkExtensions ??= []);
      const fromMarkdown = (data.fromMarkdownExtensions ??= []);
      if (parts & TABLE) micromark.push(gfmTable()), fromMarkdown.push(gfmTableFromMarkdown());
      if (parts & TASK_LIST) micromark.push(gfmTaskListItem()), fromMarkdown.push(gfmTaskListItemFromMarkdown());
      if (parts & FOOTNOTE) micromark.push(gfmFootnote()), fromMarkdown.push(gfmFootnoteFromMarkdown());
    }
    const base = unified().use(remarkParse).use(gfmParts);
    processor = (parts & FRONT_MATTER ? base.use(remarkFrontmatter, ['yaml']) : base).freeze() as unknown as Processor<Root>;
    processors.set(parts, processor);
  }
  return processor;
}

/** Parses Markdown with remark-parse into mdast, with the syntax visionlint reads. */
export function parseMarkdown(text: string): Root {
  return processorFor(text).parse(text);
}

/** The top-level blocks of `text` read from remark-parse's tree, offsets moved by `delta`; blocks starting at or after `end` are left out. */
export function remarkBlocks(text: string, delta = 0, end = text.length): BlockInfo[] {
  // micromark drops one leading byte-order mark without counting it: its offsets are into the text after it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const blocks: BlockInfo[] = [];
  for (const node of parseMarkdown(text).children) {
    if ((node.position?.start.offset ?? 0) >= end - bom) break;
    blocks.push(readBlock(node, body, delta + bom));
  }
  return blocks;
}

function rangeOf(node: Nodes, delta: number): TextRange {
  return { start: (node.position?.start.offset ?? 0) + delta, end: (node.position?.end.offset ?? 0) + delta };
}

/** One top-level node as a block: its visible text (markup, code and HTML blanked), words, and the parts the model reads. */
function readBlock(node: RootContent, text: string, delta: number): BlockInfo {
  const own = rangeOf(node, 0);
  const range = rangeOf(node, delta);
  const visible: TextRange[] = [];
  // Every field present, in the order of `BlockInfo` (see there).
  const block: BlockInfo = { type: node.type, range, masked: '', tokens: [], heading: undefined, items: undefined, table: undefined, paragraphs: [], comments: [], frontMatter: undefined };
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    switch (current.type) {
      case 'text':
      case 'inlineCode':
        visible.push(rangeOf(current, 0));
        continue;
      case 'html': {
        const r = rangeOf(current, 0);
        findComments(text.slice(r.start, r.end), r.start + delta, block.comments);
        continue;
      }
      case 'code':
        continue;
      case 'yaml':
        block.frontMatter = current.value;
        continue;
      case 'paragraph':
        if (current === node || node.type === 'blockquote') block.paragraphs.push(rangeOf(current, delta));
        break;
    }
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
  }
  visible.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = own.start;
  for (const span of visible) {
    if (span.start < cursor) continue;
    parts.push(blank(text.slice(cursor, span.start)), text.slice(span.start, span.end));
    cursor = span.end;
  }
  parts.push(blank(text.slice(cursor, own.end)));
  block.masked = parts.join('');
  tokenize(block.masked, range.start, block.tokens);
  if (node.type === 'heading') block.heading = { depth: node.depth, range, text: cleanHeading(collapse(block.masked)) };
  else if (node.type === 'list') block.items = readItems(node, delta);
  else if (node.type === 'table') {
    const rows: RowInfo[] = node.children.map((row) => ({
      range: rangeOf(row, delta),
      cells: row.children.map((cell) => {
        const cellRange = rangeOf(cell, delta);
        return { range: cellRange, text: collapse(maskedSlice(block, cellRange)) };
      }),
    }));
    block.table = { header: rows[0], rows: rows.slice(1) };
  }
  return block;
}

/** List items in document order, nested lists' items under the item that holds them. */
function readItems(list: Extract<Nodes, { type: 'list' }>, delta: number): ListItemInfo[] {
  return list.children.map((item) => {
    const own = item.children.filter((child) => child.type !== 'list');
    const range = rangeOf(item, delta);
    return {
      range,
      ownRange: own.length > 0 ? { start: rangeOf(own[0], delta).start, end: rangeOf(own[own.length - 1], delta).end } : range,
      ordered: Boolean(list.ordered),
      checked: item.checked ?? null,
      children: item.children.flatMap((child) => (child.type === 'list' ? readItems(child, delta) : [])),
    };
  });
}
