/**
 * VS Code snippet syntax, as far as visionlint templates use it:
 *
 *   $1, ${1}          an empty tab stop ($0 is where the cursor ends)
 *   ${1:metric}       a placeholder with default text (may nest other placeholders)
 *   ${1|a,b,c|}       a choice
 *   \$  \}  \\        escapes (inside a choice also \, and \|)
 *   {{name}}          a template variable, filled by `fillVariables` before insertion
 *
 * Snippet variables ($TM_FILENAME, ${NAME}) and transforms (${1/a/b/}) are rejected: a CLI
 * cannot render them, and a stray `$word` in prose would silently become one. Write `\$` for a
 * literal dollar sign. A `$` followed by anything else (a space, `$ 5`) is literal, as in VS Code.
 */

export type SnippetPart =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number }
  | { type: 'placeholder'; index: number; children: SnippetPart[] }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string };

export interface SnippetError {
  message: string;
  /** Offset of the offending `$` in the text. */
  offset: number;
  /** 1-based. */
  line: number;
  column: number;
}

const VARIABLE_AT = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/y;
const VARIABLE_ALL = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const MAX_NESTING = 32;
const SPECIAL = /[\\${}]/g;

class Failure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

class SnippetParser {
  private i = 0;
  /** Starts of `${n:` that ran to the end unclosed: parsing from there fails the same way every time. */
  private readonly unclosedAt = new Set<number>();
  private steps = 0;
  private readonly budget: number;
  constructor(
    private readonly s: string,
    /** Lenient: an invalid construct is kept as literal text instead of failing. */
    private readonly lenient: boolean,
  ) {
    this.budget = 8 * s.length + 10_000;
  }

  parse(): SnippetPart[] {
    try {
      return this.parts(false, 0);
    } catch (e) {
      // Lenient parsing backtracks over unclosed placeholders; past a work budget, give up
      // and keep the whole text literally rather than spend quadratic time on garbage.
      if (e instanceof OverBudget) return this.s === '' ? [] : [{ type: 'text', value: this.s }];
      throw e;
    }
  }

  private fail(message: string, offset: number): never {
    throw new Failure(message, offset);
  }

  private parts(inPlaceholder: boolean, depth: number): SnippetPart[] {
    const s = this.s;
    const out: SnippetPart[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ type: 'text', value: text });
      text = '';
    };
    while (this.i < s.length) {
      if (++this.steps > this.budget) throw new OverBudget();
      const c = s[this.i];
      if (c === '\\') {
        const n = s[this.i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          this.i += 2;
        } else {
          text += c;
          this.i++;
        }
        continue;
      }
      if (c === '}' && inPlaceholder) {
        flush();
        return out;
      }
      if (c === '{' && s[this.i + 1] === '{') {
        VARIABLE_AT.lastIndex = this.i;
        const m = VARIABLE_AT.exec(s);
        if (m) {
          flush();
          out.push({ type: 'variable', name: m[1] });
          this.i += m[0].length;
          continue;
        }
      }
      if (c === '$') {
        const start = this.i;
        const part = this.dollar(depth);
        if (part) {
          flush();
          out.push(part);
        } else {
          text += '$';
          this.i = start + 1;
        }
        continue;
      }
      // Plain text up to the next character that may start something.
      SPECIAL.lastIndex = this.i + 1;
      const next = SPECIAL.exec(s);
      const end = next ? next.index : s.length;
      this.steps += (end - this.i) >> 4;
      text += s.slice(this.i, end);
      this.i = end;
    }
    flush();
    if (inPlaceholder) throw new Unclosed();
    return out;
  }

  /** At a `$`: a tab stop, placeholder or choice; null when the `$` is literal. */
  private dollar(depth: number): SnippetPart | null {
    const s = this.s;
    const start = this.i;
    const n = s[start + 1];
    if (n !== undefined && n >= '0' && n <= '9') {
      const m = /[0-9]+/y;
      m.lastIndex = start + 1;
      const digits = m.exec(s)![0];
      this.i = start + 1 + digits.length;
      return { type: 'tabstop', index: Number(digits) };
    }
    if (n !== undefined && /[A-Za-z_]/.test(n)) {
      if (this.lenient) return null;
      const name = /[A-Za-z_][A-Za-z0-9_]*/y;
      name.lastIndex = start + 1;
      const word = name.exec(s)![0];
      this.fail(`"$${word}" looks like a snippet variable, which templates do not support; write \\$ for a literal dollar sign`, start);
    }
    if (n !== '{') return null;
    // ${...
    const digitsRe = /[0-9]+/y;
    digitsRe.lastIndex = start + 2;
    const dm = digitsRe.exec(s);
    if (!dm) {
      if (this.lenient) return null;
      const nameRe = /[A-Za-z_][A-Za-z0-9_]*/y;
      nameRe.lastIndex = start + 2;
      const nm = nameRe.exec(s);
      if (nm) this.fail(`"\${${nm[0]}}" is a snippet variable, which templates do not support; use {{name}} template variables, or \\$ for a literal dollar sign`, start);
      this.fail('"${" must be followed by a number, as in ${1:text}; write \\$ for a literal dollar sign', start);
    }
    const index = Number(dm[0]);
    const head = `\${${dm[0]}`;
    let j = start + 2 + dm[0].length;
    const after = s[j];
    if (after === '}') {
      this.i = j + 1;
      return { type: 'tabstop', index };
    }
    if (after === ':') {
      if (this.unclosedAt.has(start)) return null; // lenient only: strict mode stops at the first failure
      if (depth >= MAX_NESTING) {
        if (this.lenient) return null;
        this.fail(`placeholders are nested more than ${MAX_NESTING} deep`, start);
      }
      this.i = j + 1;
      try {
        const children = this.parts(true, depth + 1);
        this.i++; // the closing }
        return { type: 'placeholder', index, children };
      } catch (e) {
        if (!(e instanceof Unclosed)) throw e;
        this.unclosedAt.add(start);
        if (this.lenient) return null;
        this.fail(`unclosed placeholder ${head}:`, start);
      }
    }
    if (after === '|') {
      j++;
      const options: string[] = [];
      let cur = '';
      for (;;) {
        const c = s[j];
        if (c === undefined) {
          if (this.lenient) return null;
          this.fail(`unclosed choice ${head}|`, start);
        }
        if (c === '\\' && (s[j + 1] === ',' || s[j + 1] === '|' || s[j + 1] === '\\' || s[j + 1] === '$' || s[j + 1] === '}')) {
          cur += s[j + 1];
          j += 2;
          continue;
        }
        if (c === ',') {
          options.push(cur);
          cur = '';
          j++;
          continue;
        }
        if (c === '|' && s[j + 1] === '}') {
          options.push(cur);
          j += 2;
          break;
        }
        if (c === '|') {
          if (this.lenient) return null;
          this.fail(`a choice must end with "|}": ${head}|...`, start);
        }
        cur += c;
        j++;
      }
      if (options.length === 0 || options.every((o) => o === '')) {
        if (this.lenient) return null;
        this.fail(`empty choice ${head}||}`, start);
      }
      this.i = j;
      return { type: 'choice', index, options };
    }
    if (this.lenient) return null;
    if (after === '/') this.fail(`snippet transforms (${head}/.../) are not supported`, start);
    this.fail(after === undefined ? `unclosed placeholder ${head}` : `invalid placeholder ${head}${after}: expected }, : or |`, start);
  }
}

class Unclosed {}
class OverBudget {}

/** The parts of a snippet; with `lenient` (default) invalid constructs become literal text. */
export function parseSnippet(text: string, lenient = true): SnippetPart[] {
  return new SnippetParser(text, lenient).parse();
}

/** The first syntax error of a snippet, with where it is; null when the snippet is fine. */
export function findSnippetError(text: string): SnippetError | null {
  try {
    new SnippetParser(text, false).parse();
    return null;
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    const { line, column } = lineColumn(text, e.offset);
    return { message: e.message, offset: e.offset, line, column };
  }
}

/** Null when `text` is a valid template snippet, else a message such as "unclosed placeholder ${2: at line 3, column 9". */
export function validateSnippet(text: string): string | null {
  const e = findSnippetError(text);
  return e ? `${e.message} at line ${e.line}, column ${e.column}` : null;
}

function renderPlain(parts: SnippetPart[], bare: boolean): string {
  let out = '';
  for (const p of parts) {
    switch (p.type) {
      case 'text':
        out += p.value;
        break;
      case 'variable':
        out += `{{${p.name}}}`;
        break;
      case 'tabstop':
        break;
      case 'placeholder': {
        const inner = renderPlain(p.children, true);
        out += inner === '' ? '' : bare ? inner : `<${inner}>`;
        break;
      }
      case 'choice':
        out += p.options[0] === '' ? '' : bare ? p.options[0] : `<${p.options[0]}>`;
        break;
    }
  }
  return out;
}

/**
 * The snippet as plain text for writers that do not understand snippets (the CLI):
 * `${1:metric}` -> `<metric>`, `${1|a,b|}` -> `<a>`, `$1`/`$0` -> nothing, `\$` -> `$`.
 * Nested placeholders render inside their parent's brackets without brackets of their own.
 */
export function snippetToPlain(text: string): string {
  return renderPlain(parseSnippet(text, true), false);
}

/** Escapes document text so a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** True when the snippet has a tab stop, placeholder or choice a person should fill ($0 alone does not count). */
export function hasPlaceholders(text: string): boolean {
  const visit = (parts: SnippetPart[]): boolean =>
    parts.some((p) => p.type === 'placeholder' || p.type === 'choice' || (p.type === 'tabstop' && p.index !== 0));
  return visit(parseSnippet(text, true));
}

/** The `{{name}}` variables a template uses, each once, in order of first use. */
export function templateVariables(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(VARIABLE_ALL)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

/** Variables the template uses that are not in `allowed`. */
export function unknownVariables(template: string, allowed: Iterable<string>): string[] {
  const ok = new Set(allowed);
  return templateVariables(template).filter((n) => !ok.has(n));
}

/**
 * Replaces each `{{name}}` with `vars[name]`, escaped for snippets (so document text such as
 * "$5m" is inserted literally). A name without a value becomes the empty string; find such
 * names beforehand with `unknownVariables`.
 */
export function fillVariables(template: string, vars: Record<string, string>): string {
  return template.replace(VARIABLE_ALL, (_, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) && typeof vars[name] === 'string' ? escapeSnippet(vars[name]) : '',
  );
}
