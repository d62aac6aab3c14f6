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
 * link only if "[label]: ..." is defined anywhere), so they are returned, and each piece is parsed
 * with the ones whose label it mentions (`definitionsFor`). When one cannot be copied safely (it
 * spans lines, or sits inside a block quote or a list), the document is not cut at all.
 */
export interface ParsePlan {
  /** Offsets where a new piece starts, ascending; empty when the document is read whole. */
  cuts: number[];
  /**
   * The document's definitions, to parse every piece with; empty when it has none, null when the
   * document is read whole and finds its own.
   */
  definitions: readonly Definition[] | null;
}

/** A link or footnote definition's line, and its label as micromark compares labels (null: copy it always). */
export interface Definition {
  line: string;
  label: string | null;
}

/** Pieces shorter than this are not worth a parse of their own (micromark's work per character grows with what it has read). */
const MIN_PIECE_LENGTH = 1024;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A line in the first column that cannot continue a list: not a list item's marker. */
const BLOCK_START = /^(?![-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))[^\s]/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})([^]*)$/; // [^]: a fence's info may hold U+2028, which "." does not match
/** Code or HTML that can run past a blank line, after a quote or list marker or indented (inside a list item). */
const CONTAINED_OPEN = /^(?:(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+|(?: {4}| {0,3}\t))[ \t]*(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|!|\?))/i;
/** A line that could be a table's delimiter row, which makes the line above it a table's header. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-[-: \t|]*$/;
const DEFINITION = /^ {0,3}\[((?:[^\\[\]]|\\.)+)\]:[ \t]*\S/;
/** Starts of HTML blocks that run past blank lines, with what ends them (CommonMark HTML blocks 1 to 5). */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export function planParse(text: string, minPieceLength = MIN_PIECE_LENGTH): ParsePlan {
  const whole: ParsePlan = { cuts: [], definitions: null };
  if (text.length < 2 * minPieceLength) return whole;
  const scan = scanDocument(text, minPieceLength, ATX_HEADING);
  // Definitions copied after a piece that ends inside unclosed code would land in that code.
  if (scan === null || (scan.definitions.length > 0 && scan.openAtEnd)) return whole;
  // Uncut, the one piece holds its definitions already.
  return scan.cuts.length > 0 ? { cuts: scan.cuts, definitions: scan.definitions } : whole;
}

/**
 * The document's link and footnote definitions, to parse any part of it with: a part read again
 * after an edit reads "[label]" as the whole document does. Null when a definition cannot be copied
 * safely (it follows text without a blank line, or the document ends in open code or HTML).
 */
export function documentDefinitions(text: string): Definition[] | null {
  const scan = scanDocument(text, Infinity, ATX_HEADING);
  if (scan === null || (scan.definitions.length > 0 && scan.openAtEnd)) return null;
  return scan.definitions;
}

/**
 * Where a piece can be cut further, block by block, so that text the line reader cannot read (HTML,
 * a reference link) costs a parse of its own blocks only: at every line in the first column after a
 * blank line, outside code and HTML that run on, that does not start a list item (which may continue
 * the list above). Everything open before such a line is closed by it. Empty when unsafe to cut.
 */
export function blockBoundaries(piece: string): number[] {
  return scanDocument(piece, 0, BLOCK_START)?.cuts ?? [];
}

/**
 * The lines of the definitions whose label `piece` mentions, joined: the others cannot change how
 * it reads, and copying every definition to every piece would cost a parse of them per piece.
 */
export function definitionsFor(piece: string, definitions: readonly Definition[]): string {
  if (definitions.length === 0) return '';
  const mentioned = mentionedLabels(piece);
  let lines = '';
  for (const { line, label } of definitions) {
    if (label === null || mentioned.has(label)) lines = lines ? `${lines}\n${line}` : line;
  }
  return lines;
}

/**
 * The labels the definitions define, as `normalizeLabel` has them; null when one cannot be told
 * (a label with a backslash).
 */
export function definedLabels(definitions: readonly Definition[]): Set<string> | null {
  const labels = new Set<string>();
  for (const { label } of definitions) {
    if (label === null) return null;
    labels.add(label);
  }
  return labels;
}

/**
 * Every text between "[" and the next "]" with no bracket between, as a label: a reference to a
 * label without backslashes ("[text][label]", "[label]", "[^1]") always holds one. A label over
 * lines inside a quote or list is taken with and without the markers starting its lines.
 */
function mentionedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  let close = 0;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    if (close < open) close = text.indexOf(']', open);
    if (close < 0) break;
    const next = text.indexOf('[', open + 1);
    // An opener followed by another before the "]" holds no label; the inner one may.
    if (next >= 0 && next < close) continue;
    if (close - open <= 1000) {
      const inside = text.slice(open + 1, close);
      labels.add(normalizeLabel(inside));
      if (inside.includes('\n') || inside.includes('\r')) labels.add(normalizeLabel(inside.replace(/[\r\n][ \t>]*/g, ' ')));
    }
  }
  return labels;
}

/** A label as micromark's `normalizeIdentifier` compares it: white space collapsed and trimmed, case folded. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** Cut points (headings at least `minPieceLength` apart) and definitions; null when a definition is not safe to copy. */
function scanDocument(text: string, minPieceLength: number, startsPiece: RegExp): { cuts: number[]; definitions: Definition[]; openAtEnd: boolean } | null {
  // A carriage return alone ends a line for micromark but not for this scan: such text is not cut.
  if (/\r(?!\n)/.test(text)) return null;
  const cuts: number[] = [];
  const definitions: Definition[] = [];
  /** What closes the fenced code block the scan is in, if it is in one. */
  let fenceClose: RegExp | null = null;
  let htmlEnd: RegExp | null = null;
  // Code or HTML opened inside a list item or quote ends with its container, at the next line in the
  // first column; its end offset depends on that line, so no cut is made there.
  let containedOpen = false;
  let previousBlank = true;
  let previousDefinition = false;
  let previousHeading = false;
  let previousLine: string | undefined;
  // An HTML block of CommonMark's conditions 6 and 7 (or what may be one) runs to the next blank line.
  let htmlToBlank = false;
  let pieceStart = 0;
  // A byte-order mark is no part of the first line ("\uFEFF```" opens a fence).
  let lineStart = frontMatterEnd(text) ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);

  while (lineStart < text.length) {
    const lineEnd = lineEndAt(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const blank = /^[ \t]*$/.test(line);
    let definition = false;
    // Fences, HTML blocks and headings start with their mark after up to three spaces: most lines need none of their patterns.
    const mark = markAfterIndent(line);

    // A definition right above a delimiter row is a table's header, not a definition.
    if (previousDefinition && DELIMITER_ROW.test(line)) return null;
    if (fenceClose) {
      if (fenceClose.test(line)) fenceClose = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      if (!containedOpen && previousBlank && startsPiece.test(line) && lineStart - pieceStart >= minPieceLength && text.length - lineStart >= minPieceLength) {
        cuts.push(lineStart);
        pieceStart = lineStart;
      }
      if (!blank && !/^[ \t>]/.test(line)) containedOpen = false;
      if (CONTAINED_OPEN.test(line)) containedOpen = true;
      const open = mark === '`' || mark === '~' ? FENCE_OPEN.exec(line) : null;
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fenceClose = new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}[ \\t]*$`);
      } else if (mark === '<') {
        for (const [start, end] of HTML_BLOCKS) {
          const found = start.exec(line);
          if (found) {
            if (!end.test(line.slice(found[0].length))) htmlEnd = end;
            break;
          }
        }
      }
      if (blank) htmlToBlank = false;
      else if (mark === '<' && /^ {0,3}<[A-Za-z/]/.test(line)) htmlToBlank = true;
      if (!fenceClose && !htmlEnd && line.includes(']:')) {
        const found = DEFINITION.exec(line);
        // A link's definition follows a blank line, a definition or a heading (it cannot interrupt a
        // paragraph); a footnote's may interrupt one. Anything else that may be one is not copied safely.
        if (found && (previousBlank || previousDefinition || previousHeading || (found[1].startsWith('^') && !htmlToBlank))) {
          // A label with a backslash is copied always: its references need not hold it as written.
          definitions.push({ line, label: found[1].includes('\\') ? null : normalizeLabel(found[1]) });
          definition = true;
        } else if (htmlToBlank || mayDefine(line, previousLine)) {
          return null;
        }
      }
    }
    previousBlank = blank && !fenceClose && !htmlEnd;
    previousDefinition = definition;
    previousHeading = mark === '#' && !fenceClose && !htmlEnd && ATX_HEADING.test(line.replace(/^ {1,3}/, ''));
    previousLine = line;
    lineStart = nextLineStart(text, lineEnd);
  }
  return { cuts, definitions, openAtEnd: fenceClose !== null || htmlEnd !== null };
}

/** The line's character after up to three spaces ('' when there is none, or a fourth space). */
function markAfterIndent(line: string): string {
  let indent = 0;
  while (indent < 3 && line.charCodeAt(indent) === 32) indent++;
  return line.charAt(indent) === ' ' ? '' : line.charAt(indent);
}

/** Container markers at a line's start: quote markers, list markers and the spaces around them. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

/**
 * Whether a "]:" on the line may end a definition's label, given the line above: unless its "[" has
 * text before it on the line (not at a paragraph's start), or it continues the paragraph of the line
 * above (a link's definition cannot interrupt one). A label begun on an earlier line, a backslash,
 * or a footnote's label may always define.
 */
export function mayDefine(line: string, previous: string | undefined): boolean {
  if (line.includes('\\')) return true;
  for (let at = line.indexOf(']:'); at >= 0; at = line.indexOf(']:', at + 2)) {
    const open = line.lastIndexOf('[', at);
    if (open < 0) return true;
    const prefix = line.slice(0, open);
    if (CONTAINER_PREFIX.exec(prefix)![0].length < prefix.length) continue; // text before the label
    if (line.charCodeAt(open + 1) === 94 /* ^ */ || !continuesParagraph(prefix, previous)) return true;
  }
  return false;
}

/** Whether a line starting with the container markers `prefix` continues the paragraph of the line `previous` (or lazily). */
function continuesParagraph(prefix: string, previous: string | undefined): boolean {
  // A list marker starts an item, which may begin with a definition.
  if (previous === undefined || /[-*+\d]/.test(prefix)) return false;
  const markers = CONTAINER_PREFIX.exec(previous)![0];
  // Text indented four columns past its containers is code, after which a definition may start.
  if (/ {4}$|\t/.test(markers)) return false;
  const rest = previous.slice(markers.length);
  // The same containers or fewer; text above that is a paragraph's, not a heading, rule, fence, HTML or table row.
  return markers.startsWith(prefix.trimEnd()) && /^[\p{L}\p{N}*_("'\u2018\u201c]/u.test(rest) && !/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(rest) && !rest.includes('|');
}
