/**
 * Literal word and phrase matching. User-supplied lists (jargon, vague words, personas, house
 * word rules) are matched as words, never compiled into patterns, so no input can make
 * matching slow: the text is tokenised once and each phrase is a hash lookup.
 */

export interface Token {
  start: number;
  end: number;
  /** Lower-case word, apostrophes normalised to ASCII. */
  word: string;
  /** True when only spaces or hyphens separate it from the previous token (phrases never span punctuation). */
  joined: boolean;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrase as configured. */
  phrase: string;
}

/** Letters, marks and digits (Unicode), the characters of words; apostrophes join them inside a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const nonAsciiWordChars = new Map<number, boolean>();

/** Whether the code point is a letter, mark or digit: ASCII at once, others looked up once each. */
function isWordCodePoint(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let word = nonAsciiWordChars.get(code);
  if (word === undefined) nonAsciiWordChars.set(code, (word = WORD_CHAR.test(String.fromCodePoint(code))));
  return word;
}

/** The code point at `i` (a surrogate pair read whole; a lone surrogate is no word character). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? -1;
}

/** What may separate the words of a phrase: spaces, line breaks and hyphens, fewer than 40 of them. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from >= 40) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 10 && code !== 45 && code !== 0x2010 && code !== 0x2013) return false;
  }
  return true;
}

/** ASCII letters and digits: 1 for a lower-case letter or a digit, 2 for an upper-case letter, 0 for the rest. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_WORD[code] = 1;
for (let code = 97; code <= 122; code++) ASCII_WORD[code] = 1;
for (let code = 65; code <= 90; code++) ASCII_WORD[code] = 2;

/** Whether a word character starts at `i`. */
function wordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code] !== 0 : isWordCodePoint(codePointAt(text, i));
}

/**
 * The words of a text, with offsets plus `offset`: runs of letters, marks and digits, joined by an
 * apostrophe (' or ’) between two of them, lower-cased with ’ read as '. A hand-written scan: it
 * runs over every block of every document, where a Unicode regular expression cost a twentieth of
 * the whole lint; ASCII is read by table, and a word already in lower case is not lower-cased again.
 */
export function tokenize(text: string, offset = 0, out: Token[] = []): Token[] {
  let previousEnd = -1;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (first < 128) {
      if (ASCII_WORD[first] === 0) {
        i++;
        continue;
      }
    } else {
      const code = codePointAt(text, i);
      if (!isWordCodePoint(code)) {
        i += code > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    let curly = false;
    let lower = true;
    while (i < length) {
      const unit = text.charCodeAt(i);
      if (unit < 128) {
        const kind = ASCII_WORD[unit];
        if (kind !== 0) {
          if (kind === 2) lower = false;
          i++;
          continue;
        }
        // An apostrophe joins only when a word character follows it (one precedes it: the run so far).
        if (unit === 39 && i + 1 < length && wordCharAt(text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
      const at = codePointAt(text, i);
      if (isWordCodePoint(at)) {
        lower = false;
        i += at > 0xffff ? 2 : 1;
        continue;
      }
      if (at === 0x2019 && i + 1 < length && wordCharAt(text, i + 1)) {
        curly = true;
        i++;
        continue;
      }
      break;
    }
    const slice = text.slice(start, i);
    const word = lower ? slice : slice.toLowerCase();
    out.push({
      start: offset + start,
      end: offset + i,
      word: curly ? word.replace(/’/g, "'") : word,
      joined: previousEnd >= 0 && joins(text, previousEnd, start),
    });
    previousEnd = i;
  }
  return out;
}

function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.word);
}

/** English plural and possessive forms, so "customer" also finds "customers'" and "families". */
function inflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}'s`, `${word}s'`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  if (/(s|x|ch|sh)$/.test(word)) forms.push(`${word}es`);
  return forms;
}

export interface MatcherOptions {
  /** Also match plural and possessive forms of each phrase's last word. */
  inflect?: boolean;
}

export class PhraseMatcher {
  /** First word -> phrases starting with it (as word arrays), longest first. */
  private readonly byFirstWord = new Map<string, { words: string[]; phrase: string }[]>();
  readonly size: number;

  constructor(phrases: Iterable<string>, options: MatcherOptions = {}) {
    let size = 0;
    for (const phrase of phrases) {
      const words = phraseKey(phrase);
      if (words.length === 0) continue;
      const lastForms = options.inflect ? inflections(words[words.length - 1]) : [words[words.length - 1]];
      for (const last of lastForms) {
        const variant = [...words.slice(0, -1), last];
        const list = this.byFirstWord.get(variant[0]) ?? [];
        list.push({ words: variant, phrase });
        this.byFirstWord.set(variant[0], list);
        size++;
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.size = size;
  }

  /** Phrase at token `index`, if any (longest wins). */
  matchAt(tokens: readonly Token[], index: number, limit = tokens.length): PhraseMatch | null {
    const candidates = this.byFirstWord.get(tokens[index].word);
    if (!candidates) return null;
    for (const { words, phrase } of candidates) {
      if (index + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[index + k].joined && tokens[index + k].word === words[k];
      if (ok) return { start: tokens[index].start, end: tokens[index + words.length - 1].end, phrase };
    }
    return null;
  }

  /** All non-overlapping matches in tokens[from, to). */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    if (this.size === 0) return found;
    for (let i = from; i < to; i++) {
      const match = this.matchAt(tokens, i, to);
      if (match) {
        found.push(match);
        while (i + 1 < to && tokens[i + 1].start < match.end) i++;
      }
    }
    return found;
  }

  findFirst(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch | null {
    if (this.size === 0) return null;
    for (let i = from; i < to; i++) {
      const match = this.matchAt(tokens, i, to);
      if (match) return match;
    }
    return null;
  }

  /** Convenience for one-off strings (tests, short texts). */
  findInText(text: string): PhraseMatch[] {
    return this.findAll(tokenize(text));
  }
}

/** Index of the first token ending after `offset` (binary search over sorted tokens). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
