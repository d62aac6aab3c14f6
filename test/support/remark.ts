/**
 * The reference parse: remark-parse (unified, with the same micromark extensions the product uses)
 * into an mdast tree, and blocks read from that tree. The product compiles its blocks straight from
 * micromark's events (src/core/markdown/compile.ts); tests hold the two equal, and the benchmark's
 * `parseOnlyMs` times this parse.
 */
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
import { blank, cleanHeading, collapse, findComments, maskedSlice, type BlockInfo, type ListItemInfo, type RowInfo } from '../../src/core/markdown/blocks';
import { frontMatterEnd } from '../../src/core/markdown/frontMatter';
import type { TextRange } from '../../src/core/types';
import { tokenize } from '../../src/core/text/words';

/** The GFM parts the model reads: tables, task list items and footnotes. */
function remarkGfmParts(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkGfmParts).use(remarkFrontmatter, ['yaml']).freeze();
// Without the front matter extension when the text opens no closed front matter (see markdownEvents).
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfmParts).freeze();

/** Parses Markdown with remark-parse into mdast. */
export function parseWithRemark(text: string): Root {
  return (frontMatterEnd(text) === null ? withoutFrontMatter : processor).parse(text) as Root;
}

/** The blocks of a text as read from remark-parse's tree: what compileBlocks must return. */
export function blocksViaRemark(text: string, delta = 0, end = text.length): BlockInfo[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const blocks: BlockInfo[] = [];
  for (const node of parseWithRemark(text).children) {
    if ((node.position?.start.offset ?? 0) >= end - bom) break;
    blocks.push(moved(extractBlock(node, body), delta + bom));
  }
  return blocks;
}

const rangeOf = (node: Nodes): TextRange => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });

function extractBlock(node: RootContent, text: string): BlockInfo {
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
        continue;
      case 'yaml':
        block.frontMatter = current.value;
        continue;
      case 'paragraph':
        if (current === node || node.type === 'blockquote') block.paragraphs.push(rangeOf(current));
        break;
    }
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
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
  if (node.type === 'heading') block.heading = { depth: node.depth, range, text: cleanHeading(collapse(block.masked)) };
  else if (node.type === 'list') block.items = extractItems(node);
  else if (node.type === 'table') {
    const rows: RowInfo[] = node.children.map((row) => ({
      range: rangeOf(row),
      cells: row.children.map((cell) => ({ range: rangeOf(cell), text: collapse(maskedSlice(block, rangeOf(cell))) })),
    }));
    block.table = { header: rows[0], rows: rows.slice(1) };
  }
  return block;
}

/** List items in document order, nested lists' items under the item that holds them. */
function extractItems(list: Extract<Nodes, { type: 'list' }>): ListItemInfo[] {
  return list.children.map((item) => {
    const own = item.children.filter((child) => child.type !== 'list');
    const range = rangeOf(item);
    return {
      range,
      ownRange: own.length > 0 ? { start: rangeOf(own[0]).start, end: rangeOf(own[own.length - 1]).end } : range,
      ordered: Boolean(list.ordered),
      checked: item.checked ?? null,
      children: item.children.flatMap((child) => (child.type === 'list' ? extractItems(child) : [])),
    };
  });
}

/** The block with every offset moved by `delta` (a JSON copy: tests compare plain data). */
function moved(block: BlockInfo, delta: number): BlockInfo {
  if (delta === 0) return block;
  return JSON.parse(JSON.stringify(block), (key, value: unknown) => {
    if ((key === 'start' || key === 'end') && typeof value === 'number') return value + delta;
    return value;
  }) as BlockInfo;
}
