import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Root } from 'mdast';

/**
 * The parts of GFM the model reads: tables, task list items and footnotes (a "[^1]" marker is not
 * a number in a goal). remark-gfm would add autolink literals and strikethrough, which change no
 * visible word, and its autolink pass walks every text node: leaving them out makes parsing about
 * 30% faster.
 */
function remarkGfmParts(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown());
}

// Frozen processors: building them is the costly part, parsing with them is re-entrant.
const processor = unified().use(remarkParse).use(remarkGfmParts).use(remarkFrontmatter, ['yaml']).freeze();
// A front matter fence that is never closed leaves micromark unable to open a list or a block quote
// anywhere in the rest of the document (micromark/micromark-extension-frontmatter#5), so a text
// that does not start with a closed front matter block is parsed without the extension.
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfmParts).freeze();

/** Parses Markdown (CommonMark + GFM tables, task lists, footnotes + YAML front matter) to mdast. */
export function parseMarkdown(text: string): Root {
  return (frontMatterEnd(text) === null ? withoutFrontMatter : processor).parse(text) as Root;
}

const OPENING_FENCE = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;

/** The offset just after the closing fence of the front matter block the text starts with, or null when it has none. */
export function frontMatterEnd(text: string): number | null {
  const open = OPENING_FENCE.exec(text);
  if (!open) return null;
  CLOSING_FENCE.lastIndex = open[0].length - (open[0].endsWith('\r\n') ? 2 : 1);
  const close = CLOSING_FENCE.exec(text);
  return close ? close.index + close[0].length : null;
}
