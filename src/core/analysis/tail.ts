/** Reading the text just before a position, backwards: the words before a number and the clause it is in. */

// No end-anchored regexes here: they are tried at every position and dominate the cost.

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Start of the clause that contains `pos`: after the last , ; : . ! ? ( or line break, at most 100 chars back. */
export function clauseStart(text: string, pos: number): number {
  const lo = Math.max(0, pos - 100);
  for (let i = pos - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    // , ; : ! ? ( \n and '.' not between digits
    if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 10 || c === 8226) return i + 1;
    if (c === 46 && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) return i + 1;
  }
  return lo;
}

export function lowerBound(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

/** The word just before pos (skipping spaces and one dot), or '' – a backward scan, no regex. */
export function lastWordBefore(text: string, pos: number): string {
  let i = pos - 1;
  const lo = Math.max(0, pos - 40);
  while (i >= lo && isSpaceCode(text.charCodeAt(i))) i--;
  if (i >= lo && text[i] === '.') i--;
  const end = i + 1;
  while (i >= lo && isWordCode(text.charCodeAt(i)) && !isDigitCode(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

export interface Tail {
  /** Lower-cased tokens, nearest last: words (letters/digits, inner - ' ’) or single symbols. */
  low: string[];
  orig: string[];
  starts: number[];
}

/** The last `n` tokens before pos, within 80 characters. */
export function tailBefore(text: string, pos: number, n: number): Tail {
  const low: string[] = [];
  const orig: string[] = [];
  const starts: number[] = [];
  const lo = Math.max(0, pos - 80);
  let i = pos - 1;
  while (low.length < n && i >= lo) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i--;
      continue;
    }
    if (isWordCode(c)) {
      const end = i + 1;
      while (i >= lo) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) i--;
        else if ((d === 45 || d === 39 || d === 0x2019) && i > lo && i + 1 < end && isWordCode(text.charCodeAt(i - 1))) i--;
        else break;
      }
      const w = text.slice(i + 1, end);
      low.push(w.toLowerCase());
      orig.push(w);
      starts.push(i + 1);
    } else {
      low.push(text[i]!);
      orig.push(text[i]!);
      starts.push(i);
      i--;
    }
  }
  low.reverse();
  orig.reverse();
  starts.reverse();
  return { low, orig, starts };
}

export const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
export const phrases = (list: string): string[][] => list.split('|').map((p) => p.trim().split(/\s+/));

/** True when toks[0..k] ends with the phrase. */
function endsWithPhrase(toks: readonly string[], k: number, phrase: readonly string[]): boolean {
  if (k + 1 < phrase.length) return false;
  for (let j = 0; j < phrase.length; j++) if (toks[k - phrase.length + 1 + j] !== phrase[j]) return false;
  return true;
}
export function endsWithAny(toks: readonly string[], k: number, list: readonly (readonly string[])[]): boolean {
  for (const p of list) if (endsWithPhrase(toks, k, p)) return true;
  return false;
}
/** Index of the last token after dropping trailing tokens in `drop`. */
export function lastIndexSkipping(toks: readonly string[], drop: ReadonlySet<string>, from = toks.length - 1): number {
  let k = from;
  while (k >= 0 && drop.has(toks[k]!)) k--;
  return k;
}
