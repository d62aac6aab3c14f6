import { lineEndAt, nextLineStart } from '../text/lines';
import { frontMatterEnd } from './frontMatter';

/**
 * Where a document can be cut so that every piece parses exactly as it does inside the whole.
 *
 * micromark copies all the events read so far each time a list closes, so a long document full of
 * lists parses in time that grows with the square of its length (the benchmark's 10,000-line
 * strategy: 3.7 s whole, 1.2 s in pieces). A piece starts at an ATX heading in the first column
 * after a blank line, outside fenced code, multi-line HTML and front matter: such a heading closes
 * every open block, so nothing before it changes how it, or anything after it, reads.
 *
 * Link and footnote definitions are the one thing that reaches across a cut ("[label]" reads as a
 * link only if "[label]: ..." is defined anywhere), so they are returned to be parsed with every
 * piece. When one cannot be copied safely (it spans lines, or sits inside a block quote or a list),
 * the document is not cut at all.
 */
export interface ParsePlan {
  /** Offsets where a new piece starts, ascending; empty when the document is read whole. */
  cuts: number[];
  /** The document's definition lines, joined, to append to every piece; empty when it has none. */
  definitions: string;
}

/**
 * Pieces shorter than this are not worth a parse of their own. Small pieces parse a little faster
 * (micromark's work per character grows with what it has read), but each is parsed with a copy of
 * the document's definitions, so pieces are also kept at least `definitionsWeight` (4) times as
 * long as those.
 */
const MIN_PIECE_LENGTH = 1024;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Code or HTML that can run past a blank line, after a quote or list marker or indented (inside a list item). */
const CONTAINED_OPEN = /^(?:(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+|(?: {4}| {0,3}\t))[ \t]*(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!|\?))/i;
const DEFINITION = /^ {0,3}\[(?:[^\\[\]]|\\.)+\]:[ \t]*\S/;
/** Starts of HTML blocks that run past blank lines, with what ends them (CommonMark HTML blocks 1 to 5). */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export function planParse(text: string, minPieceLength = MIN_PIECE_LENGTH, definitionsWeight = 4): ParsePlan {
  const whole: ParsePlan = { cuts: [], definitions: '' };
  if (text.length < 2 * minPieceLength) return whole;
  const scan = scanDocument(text, minPieceLength);
  // Definitions copied after a piece that ends inside unclosed code would land in that code.
  if (scan === null || (scan.definitions.length > 0 && scan.openAtEnd)) return whole;
  const copied = scan.definitions.join('\n');
  const kept = copied.length * definitionsWeight > minPieceLength ? spaced(scan.cuts, copied.length * definitionsWeight, text.length) : scan.cuts;
  // Uncut, the one piece holds its definitions already.
  return kept.length > 0 ? { cuts: kept, definitions: copied } : whole;
}

/**
 * The document's link and footnote definitions, joined, to parse any part of it with: a part read
 * again after an edit reads "[label]" as the whole document does. Null when a definition cannot be
 * copied safely (it follows text without a blank line, or the document ends in open code or HTML).
 */
export function documentDefinitions(text: string): string | null {
  const scan = scanDocument(text, Infinity);
  if (scan === null || (scan.definitions.length > 0 && scan.openAtEnd)) return null;
  return scan.definitions.join('\n');
}

/** Cut points (headings at least `minPieceLength` apart) and definition lines; null when a definition is not safe to copy. */
function scanDocument(text: string, minPieceLength: number): { cuts: number[]; definitions: string[]; openAtEnd: boolean } | null {
  const cuts: number[] = [];
  const definitions: string[] = [];
  /** What closes the fenced code block the scan is in, if it is in one. */
  let fenceClose: RegExp | null = null;
  let htmlEnd: RegExp | null = null;
  // Code or HTML opened inside a list item or quote ends with its container, at the next line in the
  // first column; its end offset depends on that line, so no cut is made there.
  let containedOpen = false;
  let previousBlank = true;
  let previousDefinition = false;
  let pieceStart = 0;
  // A byte-order mark is no part of the first line ("\uFEFF```" opens a fence).
  let lineStart = frontMatterEnd(text) ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);

  while (lineStart < text.length) {
    const lineEnd = lineEndAt(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const blank = /^[ \t]*$/.test(line);
    let definition = false;

    if (fenceClose) {
      if (fenceClose.test(line)) fenceClose = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      if (!containedOpen && previousBlank && ATX_HEADING.test(line) && lineStart - pieceStart >= minPieceLength && text.length - lineStart >= minPieceLength) {
        cuts.push(lineStart);
        pieceStart = lineStart;
      }
      if (!blank && !/^[ \t>]/.test(line)) containedOpen = false;
      if (CONTAINED_OPEN.test(line)) containedOpen = true;
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fenceClose = new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}[ \\t]*$`);
      } else {
        for (const [start, end] of HTML_BLOCKS) {
          const found = start.exec(line);
          if (found) {
            if (!end.test(line.slice(found[0].length))) htmlEnd = end;
            break;
          }
        }
      }
      if (!fenceClose && !htmlEnd && line.includes(']:')) {
        // A definition cannot interrupt a paragraph, so one right under text would be text: not copied safely.
        if (!DEFINITION.test(line) || !(previousBlank || previousDefinition)) return null;
        definitions.push(line);
        definition = true;
      }
    }
    previousBlank = blank && !fenceClose && !htmlEnd;
    previousDefinition = definition;
    lineStart = nextLineStart(text, lineEnd);
  }
  return { cuts, definitions, openAtEnd: fenceClose !== null || htmlEnd !== null };
}

/** The cuts that leave every piece at least `length` long. */
function spaced(cuts: readonly number[], length: number, end: number): number[] {
  const kept: number[] = [];
  let pieceStart = 0;
  for (const cut of cuts) {
    if (cut - pieceStart >= length && end - cut >= length) {
      kept.push(cut);
      pieceStart = cut;
    }
  }
  return kept;
}
