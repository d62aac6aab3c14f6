import type { TextRange } from '../types';
import { lineEndAt, lineStartAt } from '../text/lines';
import type { SourceText } from '../text/source';
import { tokenize } from '../text/words';
import { cleanHeading, collapse, type BlockInfo, type ListItemInfo, type RowInfo } from './blocks';

/** Block types whose words an edit inside a word can change without changing the Markdown around them. */
const RETYPABLE = new Set<BlockInfo['type']>(['paragraph', 'heading', 'list', 'table', 'blockquote']);

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const isSpace = (code: number) => code === 32;
/** After the last character of a word: a space, a line break or the end of the text. */
const endsWord = (code: number) => code === 32 || code === 10 || code === 13 || Number.isNaN(code);

/**
 * The block an edit inside one of its words makes, worked out from the block as it was, without
 * parsing: null when the edit could change how any Markdown reads.
 *
 * Most of what writers do is typing or deleting letters and digits inside a word or at its end
 * (before a space or the end of a line), and spaces between two words. Such an edit changes no
 * Markdown: no emphasis delimiter gains or loses a neighbour, no marker, fence, table delimiter or
 * underline line holds a letter, and once a line has a letter what follows on it is inline text, so
 * a digit there makes no list marker. Spaces are kept away from links (one in a link's destination
 * ends the link, and one taken out can make a link of "[a](b c)"). HTML is left to the parser ("<pre"
 * and "</script>" decide where an HTML block ends), and so are comments (read as directives). The
 * block keeps its structure: its visible text takes the edit, ranges after it move, a range ending
 * with the word the edit is in ends with it, and its words, heading and cell texts are read again.
 */
export function retypedBlock(block: BlockInfo, previous: SourceText, start: number, end: number, inserted: string): BlockInfo | null {
  const { range } = block;
  if (!RETYPABLE.has(block.type) || !(range.start < start && end <= range.end)) return null;
  const before = previous.charCodeAt(start - 1);
  const after = previous.charCodeAt(end);
  let spaces = false;
  for (let i = 0; i < inserted.length; i++) {
    const code = inserted.charCodeAt(i);
    if (isSpace(code)) spaces = true;
    else if (!isWordChar(code)) return null;
  }
  for (let i = start; i < end; i++) {
    const code = previous.charCodeAt(i);
    if (isSpace(code)) spaces = true;
    else if (!isWordChar(code)) return null;
  }
  // Inside a word; at a word's end (typed, or a last character taken away); or typed at a word's start.
  const inside = isWordChar(before) && isWordChar(after);
  if (!inside && !(isWordChar(before) && endsWord(after)) && !(start === end && isSpace(before) && isWordChar(after))) return null;
  if (spaces && !inside) return null;

  const lineStart = lineStartAt(previous, start);
  const lineEnd = lineEndAt(previous, end);
  let letterBefore = false;
  for (let i = lineStart; i < lineEnd; i++) {
    const code = previous.charCodeAt(i);
    if (code === 60 /* < */) return null;
    if (i < start && isLetter(code)) letterBefore = true;
  }
  if (!letterBefore) return null;
  for (const comment of block.comments) if (comment.range.start <= end && start <= comment.range.end) return null;

  // What the edit makes is visible text or blanked (a link's destination, say) as the word it is in is.
  const at = start - range.start;
  const masked = block.masked;
  const shown = (i: number) => masked.charCodeAt(i - range.start) === previous.charCodeAt(i);
  const visible = isWordChar(before) ? shown(start - 1) : shown(end);
  for (let i = start; i < end; i++) if (shown(i) !== visible) return null;
  if (inside && shown(end) !== visible) return null;
  if (spaces && (!visible || previous.slice(range.start, range.end).includes(']('))) return null;

  const delta = inserted.length - (end - start);
  // Ranges begin and end around words: one that begins at the edit or ends inside the word it is in
  // is left to the parser; one that ends with that word ends with it after the edit.
  let split = false;
  const moved = (r: TextRange): TextRange => {
    if (r.start >= start && r.start <= end) split = true;
    if (r.end < start) return r;
    // (A range ending at the edit ends with the word before it: unless the edit starts a word, or is inside one.)
    if (r.end < end || (r.end === start && (start < end || !isWordChar(before))) || (r.end === end && inside)) split = true;
    return { start: r.start < start ? r.start : r.start + delta, end: r.end + delta };
  };
  const movedItems = (items: readonly ListItemInfo[]): ListItemInfo[] =>
    items.map((item) => {
      const itemRange = moved(item.range);
      return { ...item, range: itemRange, ownRange: item.ownRange === item.range ? itemRange : moved(item.ownRange), children: movedItems(item.children) };
    });

  const newRange = moved(range);
  const newMasked = masked.slice(0, at) + (visible ? inserted : ' '.repeat(inserted.length)) + masked.slice(at + end - start);
  const movedRow = (row: RowInfo): RowInfo => ({
    range: moved(row.range),
    cells: row.cells.map((cell) => {
      const cellRange = moved(cell.range);
      // Only the cell the edit is in reads differently.
      const edited = cell.range.start < start && end <= cell.range.end;
      return { range: cellRange, text: edited ? collapse(newMasked.slice(cellRange.start - newRange.start, cellRange.end - newRange.start)) : cell.text };
    }),
  });
  // Every field present, in the order of `BlockInfo` (see there).
  const retyped: BlockInfo = {
    type: block.type,
    range: newRange,
    masked: newMasked,
    tokens: tokenize(newMasked, newRange.start),
    heading: block.heading ? { depth: block.heading.depth, range: newRange, text: cleanHeading(collapse(newMasked)) } : undefined,
    items: block.items ? movedItems(block.items) : undefined,
    table: block.table ? { header: movedRow(block.table.header), rows: block.table.rows.map(movedRow) } : undefined,
    paragraphs: block.paragraphs.map(moved),
    comments: block.comments.map((comment) => ({ range: moved(comment.range), body: comment.body })),
    frontMatter: block.frontMatter,
  };
  return split ? null : retyped;
}
