/**
 * What the model and the rules read of a document's text: its length, slices and characters. A
 * plain string is one; an editing session holds a `PieceText`, so an edit does not copy the
 * document (on a 10,000-line document a new 1 MB string per keystroke was a fifth of an edit's time,
 * and its large-object allocations set off old-generation collections).
 */
export interface SourceText {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
}

/** Pieces are cut near this many characters: an edit copies one piece (4 KB), a window slice rarely spans two. */
const PIECE_LENGTH = 2048;

/**
 * A document's text in pieces. Immutable: `replace` returns a new text that shares every piece the
 * edit did not touch, so results of earlier versions keep reading their own text.
 */
export class PieceText implements SourceText {
  readonly length: number;
  /** Where each piece starts. */
  private readonly starts: number[];
  private whole: string | null = null;
  /** The piece `charCodeAt` read last: reads are mostly sequential. */
  private cursor = 0;

  private constructor(private readonly pieces: string[]) {
    const starts = new Array<number>(pieces.length);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      starts[i] = at;
      at += pieces[i].length;
    }
    this.starts = starts;
    this.length = at;
    if (pieces.length === 1) this.whole = pieces[0];
  }

  static from(text: string): PieceText {
    return new PieceText(cut(text));
  }

  /** The text with `start` to `end` replaced by `inserted`: the pieces the edit touches are made anew. */
  replace(start: number, end: number, inserted: string): PieceText {
    const { pieces, starts } = this;
    const first = this.pieceAt(start);
    const last = this.pieceAt(Math.max(start, end - 1));
    const touched = first === last ? pieces[first] : pieces.slice(first, last + 1).join('');
    const from = starts[first];
    let middle = touched.slice(0, start - from) + inserted + touched.slice(end - from);
    // Pieces kept whole: those before `before` and from `after` on.
    let before = first;
    let after = last + 1;
    // A piece that shrank to little joins a neighbour, so pieces stay few.
    if (middle.length < PIECE_LENGTH / 4) {
      if (after < pieces.length) middle += pieces[after++];
      else if (before > 0) middle = pieces[--before] + middle;
    }
    const made = middle.length > 2 * PIECE_LENGTH ? cut(middle) : middle.length > 0 ? [middle] : [];
    const next = pieces.slice(0, before).concat(made, pieces.slice(after));
    return new PieceText(next.length > 0 ? next : ['']);
  }

  slice(start = 0, end = this.length): string {
    const from = Math.max(0, Math.min(start < 0 ? this.length + start : start, this.length));
    const to = Math.max(from, Math.min(end < 0 ? this.length + end : end, this.length));
    if (this.whole !== null) return this.whole.slice(from, to);
    const first = this.pieceAt(from);
    const pieceStart = this.starts[first];
    const piece = this.pieces[first];
    if (to <= pieceStart + piece.length) return piece.slice(from - pieceStart, to - pieceStart);
    const parts = [piece.slice(from - pieceStart)];
    for (let i = first + 1; i < this.pieces.length && this.starts[i] < to; i++) parts.push(this.pieces[i].slice(0, to - this.starts[i]));
    return parts.join('');
  }

  charCodeAt(index: number): number {
    if (this.whole !== null) return this.whole.charCodeAt(index);
    if (index < 0 || index >= this.length) return NaN;
    let i = this.cursor;
    const start = this.starts[i];
    if (index < start || index >= start + this.pieces[i].length) this.cursor = i = this.pieceAt(index);
    return this.pieces[i].charCodeAt(index - this.starts[i]);
  }

  /** The whole text as one string, made once. */
  toString(): string {
    return (this.whole ??= this.pieces.join(''));
  }

  /** Serialised as the text it holds. */
  toJSON(): string {
    return this.toString();
  }

  /** Index of the piece holding `offset` (the last piece for the end of the text). */
  private pieceAt(offset: number): number {
    return lastStartAtOrBefore(this.starts, offset);
  }
}

/** Index of the last of ascending `starts` (the first is 0) at or before `offset`: the piece or line holding it. */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Cuts a text into pieces of about PIECE_LENGTH characters, after a line break where one is near. */
function cut(text: string): string[] {
  if (text.length <= PIECE_LENGTH) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > PIECE_LENGTH * 1.5) {
    let end = text.indexOf('\n', start + PIECE_LENGTH);
    end = end < 0 || end - start > PIECE_LENGTH * 1.5 ? start + PIECE_LENGTH : end + 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The character at `index` as a string, '' outside the text (as `text[index] ?? ''` for a string). */
export function charAt(text: SourceText, index: number): string {
  return index >= 0 && index < text.length ? text.slice(index, index + 1) : '';
}
