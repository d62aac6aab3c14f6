import { lastStartAtOrBefore, type SourceText } from './source';

/** Maps offsets to 1-based lines and columns and back; built once per text, O(log n) lookups. */
export class LineIndex {
  private starts: readonly number[] | null = null;

  /**
   * Line starts are worked out on first use, so a skipped document (20 MB of line breaks, say) costs
   * neither time nor memory here, nor an edit that no one asks positions of. An editing session
   * knows the line break (`eol`) from its counts.
   */
  constructor(
    readonly text: SourceText,
    private lineBreak: string | null = null,
  ) {}

  private get lineStarts(): readonly number[] {
    return (this.starts ??= lineStartsOf(String(this.text)));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lastStartAtOrBefore(this.lineStarts, offset);
  }

  /** 1-based line and column (column counts UTF-16 code units, as VS Code and SARIF do). */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
  }

  /** Offset of a 0-based line and character, clamped to the text. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line] + Math.max(0, character), this.lineEnd(line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1] - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line break inserted text uses: CRLF when the text has one, else LF. */
  get eol(): string {
    return (this.lineBreak ??= String(this.text).includes('\r\n') ? '\r\n' : '\n');
  }
}

/** Where each line starts: at 0, and after every \n and every \r not followed by \n. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Without a CR, a search for each LF finds the lines far faster than a loop over every character.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) starts.push(i + 1);
    else if (code === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Line breaks ending at `from` to `to` (a \n, or a \r not followed by \n), counted as `LineIndex` counts lines. */
export function lineBreaksIn(text: SourceText, from: number, to: number): number {
  let breaks = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks;
}

/** Start of the line holding `offset` (after a \n, a \r or a \r\n). */
export function lineStartAt(text: SourceText, offset: number): number {
  let at = offset;
  while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) at--;
  return at;
}

/** End of the line holding `offset`, before its line break. */
export function lineEndAt(text: SourceText, offset: number): number {
  let at = offset;
  while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
  return at;
}

/** Start of the line after the one that ends at `lineEnd` (its break is one or two characters). */
export function nextLineStart(text: SourceText, lineEnd: number): number {
  return lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
}
