import { findComments, type CommentInfo } from './blocks';
import { normalizeLabel } from './pieces';

/**
 * The inline part of the line reader (see `plainBlocks`): emphasis, code spans, links and
 * references, footnote calls, images, tags and comments in a block's text, read exactly as
 * micromark reads them or not at all (`unsupported`).
 */

/** Thrown, once per text at most, when the text holds something the line reader does not read. */
export const UNSUPPORTED = new Error('not plain Markdown');

export function unsupported(): never {
  throw UNSUPPORTED;
}

export const SPACE = 32;
export const NEWLINE = 10;
export const RETURN = 13;

/** An HTML attribute, as CommonMark has it (on one line: spaces only). */
const ATTRIBUTE = ` +[A-Za-z_:][A-Za-z0-9_.:-]*(?: *= *(?:[^ "'=<>\`]+|'[^'\\n]*'|"[^"\\n]*"))?`;
/** A complete open or closing tag on one line. */
export const TAG = `(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})* */?>|</[A-Za-z][A-Za-z0-9-]* *>)`;
/** An inline tag at the reader's position. */
const INLINE_TAG = new RegExp(TAG, 'y');
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

export class InlineReader {
  constructor(
    private readonly text: string,
    private readonly delta: number,
    /** The labels the document defines; null when one cannot be told (see `plainBlocks`). */
    private readonly labels: ReadonlySet<string> | null,
  ) {}

  /**
   * Reads the inline text from `start` to `end` and returns its markup (start, end offsets, in order):
   * emphasis runs, link brackets and destinations, images, tags, comments (kept in `comments`).
   * Emphasis follows CommonMark's delimiter rules where they are unambiguous: a run that can only
   * open or only close, closed by a run of the same length with nothing open between them. In a
   * `quoted` paragraph every line after the first starts with a quote marker, which is visible only
   * where mdast's text node runs across it (no hard break before it, text right after it).
   */
  read(start: number, end: number, quoted: boolean, comments: CommentInfo[]): number[] {
    const text = this.text;
    const markup: number[] = [];
    /** Where the current line's text starts: a delimiter run there follows a line ending. */
    let lineStart = start;
    /** Quote markers between lines (start, end, 1 if a hard break precedes), and where code spans start. */
    const prefixes: number[] = [];
    const codeStarts: number[] = [];
    /** Open emphasis runs (start, length, character) and link brackets (start, -1, 0). */
    const stack: number[] = [];
    let bracketOpen = false;
    let at = start;
    while (at < end) {
      const code = text.charCodeAt(at);
      switch (code) {
        case 92 /* \ */: {
          const next = at + 1 < end ? text.charCodeAt(at + 1) : NEWLINE;
          if (next === NEWLINE || next === RETURN) unsupported(); // a hard line break, or a backslash at the end
          at += isAsciiPunctuation(next) ? 2 : 1;
          break;
        }
        case 96 /* ` */: {
          const run = runLength(text, at, end, code);
          const close = closingBackticks(text, at + run, end, run);
          if (close >= 0 && quoted) {
            if (text.slice(at, close).includes('\n')) unsupported(); // quote markers inside code show, which is left to remark-parse
            codeStarts.push(at);
          }
          at = close < 0 ? at + run : close + run;
          break;
        }
        case 60 /* < */: {
          if (text.startsWith('<!--', at)) {
            at = this.inlineComment(at, end, markup, comments);
            break;
          }
          const next = at + 1 < end ? text.charCodeAt(at + 1) : SPACE;
          if (next === SPACE || next === NEWLINE || next === RETURN) {
            at++;
            break;
          }
          // A tag on one line is markup; other HTML, or an autolink, is left to remark-parse.
          INLINE_TAG.lastIndex = at;
          if (!INLINE_TAG.test(text) || INLINE_TAG.lastIndex > end) unsupported();
          markup.push(at, INLINE_TAG.lastIndex);
          at = INLINE_TAG.lastIndex;
          break;
        }
        case 38 /* & */:
          CHARACTER_REFERENCE.lastIndex = at;
          if (CHARACTER_REFERENCE.test(text)) unsupported();
          at++;
          break;
        case 33 /* ! */:
          if (text.charCodeAt(at + 1) !== 91 /* [ */) at++;
          else if (bracketOpen) unsupported(); // an image inside a link's text
          else at = image(text, at, end, markup);
          break;
        case 91 /* [ */:
          if (bracketOpen) unsupported(); // a nested bracket
          if (text.charCodeAt(at + 1) === 94 /* ^ */ && this.isFootnoteCall(at, end)) {
            at = this.footnoteCall(at, markup);
            break;
          }
          bracketOpen = true;
          stack.push(at, -1, 0);
          at++;
          break;
        case 93 /* ] */: {
          if (!bracketOpen) {
            at++;
            break;
          }
          let opener = stack.length - 3;
          while (stack[opener + 1] !== -1) opener -= 3;
          const bracket = stack[opener];
          bracketOpen = false;
          if (text.charCodeAt(at + 1) === 40 /* ( */) {
            const close = linkDestinationEnd(text, at + 2, end);
            // A link: its text's unclosed emphasis stays text, its brackets and destination are markup.
            markup.push(bracket, bracket + 1, at, close + 1);
            stack.length = opener;
            at = close + 1;
          } else {
            const referenceEnd = this.reference(bracket, at, end);
            if (referenceEnd < 0) {
              stack.splice(opener, 3); // plain text in brackets: no definition has its label
              at++;
            } else {
              // A link by reference: its text's unclosed emphasis stays text, its brackets and label are markup.
              markup.push(bracket, bracket + 1, at, referenceEnd);
              stack.length = opener;
              at = referenceEnd;
            }
          }
          break;
        }
        case 42 /* * */:
        case 95 /* _ */:
          at = this.emphasis(at, lineStart, end, code, stack, markup);
          break;
        case NEWLINE:
          if (quoted) {
            lineStart = quoteContentStart(text, at + 1 + countSpaces(text, at + 1));
            lineStart += countSpaces(text, lineStart);
            const lineEnd = text.charCodeAt(at - 1) === RETURN ? at - 1 : at;
            prefixes.push(at + 1, lineStart, lineEnd - trimEnd(text, 0, lineEnd) >= 2 ? 1 : 0);
            at = lineStart;
            break;
          }
          at++;
          break;
        default:
          at++;
      }
    }
    if (prefixes.length > 0) {
      const childStarts = new Set(codeStarts);
      for (let i = 0; i < markup.length; i += 2) childStarts.add(markup[i]);
      for (let i = 0; i < prefixes.length; i += 3) {
        if (prefixes[i + 2] === 1 || childStarts.has(prefixes[i + 1])) markup.push(prefixes[i], prefixes[i + 1]);
      }
    }
    markup.sort((a, b) => a - b);
    return markup;
  }

  /**
   * The end of a reference link whose text ends at `close` ("]"): after "[label]" for a full
   * reference, "[]" for a collapsed one, `close` itself for a shortcut; -1 when its label is not
   * defined (plain text). Anything this reader cannot tell is left to remark-parse.
   */
  private reference(open: number, close: number, end: number): number {
    const text = this.text;
    const labels = this.labels;
    if (labels !== null && labels.size === 0) return -1;
    if (labels === null) unsupported();
    if (text.charCodeAt(close + 1) === 91 /* [ */) {
      const labelEnd = text.indexOf(']', close + 2);
      if (labelEnd < 0 || labelEnd >= end) unsupported();
      const label = text.slice(close + 2, labelEnd);
      if (/[[\\`<\n\r]/.test(label)) unsupported();
      const inner = label === '' ? text.slice(open + 1, close) : label;
      if (label === '' && /[\]\\`<]/.test(inner)) unsupported();
      if (!labels.has(normalizeLabel(inner))) unsupported(); // "[a][b]" with "b" undefined may still be a link "[a]"
      return labelEnd + 1;
    }
    const inner = text.slice(open + 1, close);
    if (!labels.has(normalizeLabel(inner))) return -1;
    if (/[\]\\`<]/.test(inner) || close - open > 1000) unsupported();
    return close + 1;
  }

  /**
   * Whether "[^" at `at` calls a defined footnote; a label no footnote defines is text in brackets
   * (or a link's text), read as any other.
   */
  private isFootnoteCall(at: number, end: number): boolean {
    const text = this.text;
    const close = text.indexOf(']', at + 2);
    if (close < 0 || close >= end) return false;
    if (this.labels === null) unsupported();
    const label = text.slice(at + 1, close);
    if (!this.labels.has(normalizeLabel(label))) return false;
    const after = text.charCodeAt(close + 1);
    if (!/^\^[^\s[\]\\]+$/.test(label) || after === 40 /* ( */ || after === 91 /* [ */ || after === 58 /* : */) unsupported();
    return true;
  }

  /** Reads a footnote call, "[^label]" (hidden whole); returns the offset after it. */
  private footnoteCall(at: number, markup: number[]): number {
    const close = this.text.indexOf(']', at + 2);
    markup.push(at, close + 1);
    return close + 1;
  }

  /** Reads an inline HTML comment (hidden, and kept as a comment); returns the offset after it. */
  private inlineComment(at: number, end: number, markup: number[], comments: CommentInfo[]): number {
    const text = this.text;
    // "<!-->" and "<!--->" are whole comments (CommonMark 0.31).
    const close = text.startsWith('<!-->', at) ? at + 2 : text.startsWith('<!--->', at) ? at + 3 : text.indexOf('-->', at + 4);
    if (close < 0 || close + 3 > end || text.slice(at, close).includes('\n')) unsupported();
    markup.push(at, close + 3);
    findComments(text.slice(at, close + 3), at + this.delta, comments);
    return close + 3;
  }

  /** Reads a run of * or _; returns the offset after it. */
  private emphasis(at: number, lineStart: number, end: number, code: number, stack: number[], markup: number[]): number {
    const text = this.text;
    const length = runLength(text, at, end, code);
    const before = at > lineStart ? text.charCodeAt(at - 1) : SPACE;
    const after = at + length < end ? text.charCodeAt(at + length) : SPACE;
    if (before > 127 || after > 127) unsupported(); // Unicode whitespace and punctuation are left to remark-parse
    // Whitespace as micromark classifies it (JavaScript's \s): vertical tab and form feed included.
    const spaceBefore = before === SPACE || (before >= 10 && before <= 13);
    const spaceAfter = after === SPACE || (after >= 10 && after <= 13);
    const punctuationBefore = isAsciiPunctuation(before);
    const punctuationAfter = isAsciiPunctuation(after);
    const leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
    const rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
    const canOpen = code === 42 ? leftFlanking : leftFlanking && (!rightFlanking || punctuationBefore);
    const canClose = code === 42 ? rightFlanking : rightFlanking && (!leftFlanking || punctuationAfter);
    if (canOpen && canClose) unsupported();
    if (!canOpen && !canClose) return at + length;
    if (length > 2) unsupported();
    if (canOpen) {
      stack.push(at, length, code);
      return at + length;
    }
    // A closer: its opener must be the innermost open run; one further in, or one across a bracket, is left to micromark.
    for (let index = stack.length - 3; index >= 0; index -= 3) {
      if (stack[index + 1] === -1) unsupported();
      if (stack[index + 2] !== code) continue;
      if (index !== stack.length - 3 || stack[index + 1] !== length) unsupported();
      markup.push(stack[index], stack[index] + length, at, at + length);
      stack.length = index;
      return at + length;
    }
    return at + length; // nothing to close: text
  }

}

/** Where a quoted line's text starts: after its marker and one space. */
export function quoteContentStart(text: string, marker: number): number {
  return text.charCodeAt(marker + 1) === SPACE ? marker + 2 : marker + 1;
}

export function countSpaces(text: string, from: number): number {
  let count = 0;
  while (text.charCodeAt(from + count) === SPACE) count++;
  return count;
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

function runLength(text: string, at: number, end: number, code: number): number {
  let length = 1;
  while (at + length < end && text.charCodeAt(at + length) === code) length++;
  return length;
}

/** The offset of the next run of exactly `length` backticks, or -1. */
function closingBackticks(text: string, from: number, end: number, length: number): number {
  for (let at = text.indexOf('`', from); at >= 0 && at < end; at = text.indexOf('`', at)) {
    const run = runLength(text, at, end, 96);
    if (run === length) return at;
    at += run;
  }
  return -1;
}

/** Reads an image, "![text](destination)", all of it hidden; returns the offset after it. */
function image(text: string, at: number, end: number, markup: number[]): number {
  let close = at + 2;
  for (; close < end; close++) {
    const code = text.charCodeAt(close);
    if (code === 93 /* ] */) break;
    if (code === 91 || code === 96 || code === 92 || code === 60 || code === NEWLINE || code === RETURN) unsupported();
  }
  if (text.charCodeAt(close + 1) !== 40 /* ( */) unsupported();
  const destinationEnd = linkDestinationEnd(text, close + 2, end);
  markup.push(at, destinationEnd + 1);
  return destinationEnd + 1;
}

/** The offset of the ")" ending an inline link's destination; anything else (a title, spaces, brackets) is left to micromark. */
function linkDestinationEnd(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 41 /* ) */) return at;
    if (code <= SPACE || code === 40 || code === 60 || code === 92) break;
  }
  return unsupported();
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}
