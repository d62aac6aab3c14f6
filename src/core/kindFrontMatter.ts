import type { DocumentKind, TextRange } from './types';
import { frontMatterEnd } from './markdown/frontMatter';

/**
 * The edit that makes a document say what it is (`kind: goals` in its front matter): a line
 * replaced or added in the front matter it has, or a front matter block added at its top. One
 * edit, so the editor can undo it in one step.
 */
export function kindFrontMatterEdit(text: string, kind: Exclude<DocumentKind, 'none'>): { range: TextRange; text: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = frontMatterEnd(text);
  if (end === null) return { range: { start, end: start }, text: `---${eol}kind: ${kind}${eol}---${eol}${eol}` };
  const block = text.slice(start, end);
  const existing = /^kind:[^\r\n]*/m.exec(block);
  if (existing) return { range: { start: start + existing.index, end: start + existing.index + existing[0].length }, text: `kind: ${kind}` };
  const afterFence = start + block.indexOf('\n') + 1;
  return { range: { start: afterFence, end: afterFence }, text: `kind: ${kind}${eol}` };
}
