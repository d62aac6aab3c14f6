// Reads `.visionlintrc.json` text (JSON with `//` and block comments and trailing commas) into the config node tree.
import { ConvertError, dedupeEntries, MAX_DEPTH } from './tree';
import type { CNode, MapEntry, MapNode, SeqNode, SyntaxProblem, SyntaxResult } from './tree';

/** A small JSONC reader: JSON plus `//` and block comments and trailing commas. */
class JsoncReader {
  private i = 0;
  readonly warnings: SyntaxProblem[] = [];
  constructor(private readonly s: string) {}

  read(): CNode | null {
    this.space();
    if (this.i >= this.s.length) return null;
    const v = this.value(0);
    this.space();
    if (this.i < this.s.length) this.fail('Unexpected text after the end of the JSON value.');
    return v;
  }

  private fail(message: string, at = this.i): never {
    throw new ConvertError(message, Math.min(at, this.s.length));
  }

  private space(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) {
        this.i++;
      } else if (c === 0x2f && s[this.i + 1] === '/') {
        const nl = s.indexOf('\n', this.i);
        this.i = nl < 0 ? s.length : nl + 1;
      } else if (c === 0x2f && s[this.i + 1] === '*') {
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('Unterminated /* comment.');
        this.i = end + 2;
      } else {
        return;
      }
    }
  }

  private value(depth: number): CNode {
    if (depth > MAX_DEPTH) this.fail('Values are nested too deeply.');
    this.space();
    const s = this.s;
    const start = this.i;
    const c = s[this.i];
    if (c === undefined) this.fail('Unexpected end of file: expected a value.');
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return { kind: 'scalar', value: this.string(), offset: start };
    if (c === '-' || (c >= '0' && c <= '9')) return { kind: 'scalar', value: this.number(), offset: start };
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (s.startsWith(word, this.i)) {
        this.i += word.length;
        return { kind: 'scalar', value, offset: start };
      }
    }
    if (c === "'") this.fail('JSON strings use double quotes (").');
    this.fail(`Unexpected character "${c}": expected a value.`);
  }

  private object(depth: number): MapNode {
    const offset = this.i;
    this.i++; // {
    const entries: MapEntry[] = [];
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return { kind: 'map', entries, offset };
    }
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') {
        this.fail(this.i >= this.s.length ? 'Unexpected end of file: expected "}".' : 'Expected a property name in double quotes.');
      }
      const keyOffset = this.i;
      const key = this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail(`Expected ":" after the property name "${key}".`);
      this.i++;
      const value = this.value(depth + 1);
      entries.push({ key, keyOffset, value });
      this.space();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        this.space();
        if (this.s[this.i] === '}') {
          this.i++;
          break;
        }
        continue;
      }
      if (c === '}') {
        this.i++;
        break;
      }
      this.fail(c === undefined ? 'Unexpected end of file: expected "}".' : 'Expected "," or "}" after a property value.');
    }
    return { kind: 'map', entries: dedupeEntries(entries, this.warnings), offset };
  }

  private array(depth: number): SeqNode {
    const offset = this.i;
    this.i++; // [
    const items: CNode[] = [];
    this.space();
    if (this.s[this.i] === ']') {
      this.i++;
      return { kind: 'seq', items, offset };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.space();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        this.space();
        if (this.s[this.i] === ']') {
          this.i++;
          break;
        }
        continue;
      }
      if (c === ']') {
        this.i++;
        break;
      }
      this.fail(c === undefined ? 'Unexpected end of file: expected "]".' : 'Expected "," or "]" after a list item.');
    }
    return { kind: 'seq', items, offset };
  }

  private string(): string {
    const s = this.s;
    const start = this.i;
    this.i++; // opening quote
    let out = '';
    let chunk = this.i;
    for (;;) {
      const c = s[this.i];
      if (c === undefined || c === '\n' || c === '\r') this.fail('Unterminated string.', start);
      if (c === '"') {
        out += s.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c === '\\') {
        out += s.slice(chunk, this.i);
        const e = s[this.i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && Object.prototype.hasOwnProperty.call(simple, e)) {
          out += simple[e];
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else {
          this.fail(`Invalid escape "\\${e ?? ''}" in a string.`);
        }
        chunk = this.i;
        continue;
      }
      if (c < ' ') this.fail('Control characters must be escaped in a string.');
      this.i++;
    }
  }

  private number(): number {
    const re = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (!m || m[0] === '-') this.fail('Invalid number.');
    this.i += m[0].length;
    return Number(m[0]);
  }
}

/** Reads JSONC text; a syntax error leaves no tree and one error. */
export function readJson(text: string): SyntaxResult {
  const reader = new JsoncReader(text);
  try {
    const root = reader.read();
    return { root, errors: [], warnings: reader.warnings };
  } catch (e) {
    if (e instanceof ConvertError) {
      return { root: null, errors: [{ offset: e.offset, message: `JSON syntax error: ${e.message}`, severity: 'error' }], warnings: reader.warnings };
    }
    throw e;
  }
}
