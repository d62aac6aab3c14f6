import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// One frozen processor: building it is the costly part, parsing with it is re-entrant.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown (CommonMark + GFM tables, task lists, autolinks + YAML front matter) to mdast. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
