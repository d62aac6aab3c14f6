import { lineEndAt, nextLineStart } from '../text/lines';
import type { SourceText } from '../text/source';

const FENCE = /^---[ \t]*$/;

/** The offset just after the closing fence of the front matter block the text starts with, or null when it has none. */
export function frontMatterEnd(text: SourceText): number | null {
  // A byte-order mark is no part of the first line.
  const open = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const openEnd = lineEndAt(text, open);
  if (openEnd >= text.length || !FENCE.test(text.slice(open, openEnd))) return null;
  for (let line = nextLineStart(text, openEnd); line < text.length; ) {
    const end = lineEndAt(text, line);
    if (end - line >= 3 && text.charCodeAt(line) === 45 && FENCE.test(text.slice(line, end))) return end < text.length ? nextLineStart(text, end) : end;
    line = nextLineStart(text, end);
  }
  return null;
}
