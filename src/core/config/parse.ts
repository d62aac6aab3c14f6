/**
 * Reading one configuration file's text into a validated `ConfigInput`.
 *
 * - `.visionlintrc.json` is JSON with comments (`//`, `/* *\/`) and trailing commas allowed
 *   (JSONC, as in VS Code's own settings). Everything else (`.yaml`, `.yml`, no extension) is YAML.
 * - Both are turned into one small node tree with source offsets, then validated by hand,
 *   so every problem names the file, the 1-based line and column, and the key path.
 * - A syntax error makes the whole file contribute nothing (a half-read file would lint
 *   surprisingly); a bad entry is dropped with a problem and the rest is kept. Nothing throws.
 * - Values are data only: nothing is evaluated, required or turned into a RegExp.
 *
 * Severity aliases (ESLint style), accepted wherever a severity is written:
 * `warn` = warning, `0` = off, `1` = warning, `2` = error; names are case-insensitive.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { ConfigProblem, DocumentKind, Severity, SeveritySetting, SectionRole } from '../types';
import type {
  ConfigInput,
  GoalColumnsRule,
  HouseRules,
  RequiredSectionsRule,
  RuleSettingInput,
  WordRule,
} from './types';
import { SECTION_ROLES } from './defaults';

// ---------------------------------------------------------------------------------------------
// Small shared helpers (also used by load.ts)

const SEVERITY_NAMES: Record<string, SeveritySetting> = {
  off: 'off',
  hint: 'hint',
  info: 'info',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
};
const SEVERITY_NUMBERS: Record<number, SeveritySetting> = { 0: 'off', 1: 'warning', 2: 'error' };

/** A severity as written (`warning`, `Warn`, `2`...) to its canonical name, or undefined. */
export function severityFromValue(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'string') {
    const key = value.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(SEVERITY_NAMES, key) ? SEVERITY_NAMES[key] : undefined;
  }
  if (typeof value === 'number' && Object.prototype.hasOwnProperty.call(SEVERITY_NUMBERS, value)) {
    return SEVERITY_NUMBERS[value];
  }
  return undefined;
}

export const SEVERITY_HELP = 'use off, hint, info, warning or error (or warn, 0, 1, 2)';

/** Rule ids (built-in and house): letters, digits and `-_./`, starting with a letter or digit. */
export const RULE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,99}$/;

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate closest to `word` by edit distance (ignoring case, `-` and `_`), if it is
 * close enough to be a typo; else the single candidate that contains `word` as a whole
 * `-`-separated part (`owner` -> `goal-owner`).
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const w = word.toLowerCase();
  const ws = squash(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  const list = [...candidates];
  for (const c of list) {
    const limit = Math.max(1, Math.floor(Math.max(word.length, c.length) / 3));
    const d = Math.min(levenshtein(w, c.toLowerCase(), limit), levenshtein(ws, squash(c), limit));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  if (w.length < 3) return undefined;
  const containing = list.filter((c) => {
    const parts = c.toLowerCase().split(/[-_./]/);
    const wparts = w.split(/[-_./\s]/);
    for (let i = 0; i + wparts.length <= parts.length; i++) {
      if (wparts.every((p, k) => parts[i + k] === p)) return true;
    }
    return false;
  });
  return containing.length === 1 ? containing[0] : undefined;
}

function didYouMean(word: string, candidates: Iterable<string>): string {
  const s = suggestClosest(word, candidates);
  return s ? ` Did you mean ${s}?` : '';
}

/** `.json` files are JSON(C); everything else is YAML. */
export function configFormat(file: string): 'json' | 'yaml' {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

// ---------------------------------------------------------------------------------------------
// The node tree both syntaxes are read into

interface NodeAt {
  /** Offset of the node in the text; -1 when the value did not come from text. */
  offset: number;
}
interface ScalarNode extends NodeAt {
  kind: 'scalar';
  value: unknown;
}
interface SeqNode extends NodeAt {
  kind: 'seq';
  items: CNode[];
}
interface MapEntry {
  key: string;
  keyOffset: number;
  value: CNode;
}
interface MapNode extends NodeAt {
  kind: 'map';
  entries: MapEntry[];
}
type CNode = ScalarNode | SeqNode | MapNode;

interface SyntaxProblem {
  offset: number;
  message: string;
  severity: 'error' | 'warning';
}

interface SyntaxResult {
  root: CNode | null;
  errors: SyntaxProblem[];
  warnings: SyntaxProblem[];
}

const MAX_DEPTH = 64;
const MAX_ALIAS_EXPANSIONS = 1000;

/** Keeps the last of duplicate keys (as JSON.parse does) and reports the earlier ones. */
function dedupeEntries(entries: MapEntry[], warnings: SyntaxProblem[]): MapEntry[] {
  const last = new Map<string, number>();
  entries.forEach((e, i) => last.set(e.key, i));
  if (last.size === entries.length) return entries;
  return entries.filter((e, i) => {
    if (last.get(e.key) === i) return true;
    warnings.push({
      offset: e.keyOffset,
      message: `Duplicate key "${e.key}": the later one wins.`,
      severity: 'warning',
    });
    return false;
  });
}

function readYaml(text: string, lineCounter: LineCounter): SyntaxResult {
  const errors: SyntaxProblem[] = [];
  const warnings: SyntaxProblem[] = [];
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    merge: false,
    version: '1.2',
    schema: 'core',
    keepSourceTokens: false,
  });
  for (const e of doc.errors) errors.push({ offset: e.pos[0], message: `YAML syntax error: ${sentence(e.message)}`, severity: 'error' });
  for (const w of doc.warnings) warnings.push({ offset: w.pos[0], message: w.message, severity: 'warning' });
  if (errors.length > 0) return { root: null, errors, warnings };

  let expansions = 0;
  const convert = (node: unknown, depth: number, fallbackOffset: number): CNode => {
    if (depth > MAX_DEPTH) throw new ConvertError('Values are nested too deeply.', fallbackOffset);
    if (isAlias(node)) {
      if (++expansions > MAX_ALIAS_EXPANSIONS) {
        throw new ConvertError('Too many alias expansions (*alias).', node.range?.[0] ?? fallbackOffset);
      }
      const target = node.resolve(doc as Document);
      if (!target) throw new ConvertError(`Unknown alias *${node.source}.`, node.range?.[0] ?? fallbackOffset);
      return convert(target, depth + 1, node.range?.[0] ?? fallbackOffset);
    }
    const offset = (node as YamlNode | null)?.range?.[0] ?? fallbackOffset;
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        let key: unknown = pair.key;
        let keyOffset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
        if (isAlias(key)) key = key.resolve(doc as Document);
        if (key !== null && !isScalar(key)) {
          warnings.push({ offset: keyOffset, message: 'A key must be a plain word; this entry was dropped.', severity: 'error' });
          continue;
        }
        const raw = key === null ? null : key.value;
        if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
          warnings.push({ offset: keyOffset, message: 'An empty key; this entry was dropped.', severity: 'error' });
          continue;
        }
        const valueOffset = (pair.value as YamlNode | null)?.range?.[0] ?? keyOffset;
        const value: CNode =
          pair.value === null || pair.value === undefined
            ? { kind: 'scalar', value: null, offset: valueOffset }
            : convert(pair.value, depth + 1, valueOffset);
        entries.push({ key: String(raw), keyOffset, value });
      }
      return { kind: 'map', entries: dedupeEntries(entries, warnings), offset };
    }
    if (isSeq(node)) {
      return {
        kind: 'seq',
        items: node.items.map((item) =>
          item === null || item === undefined
            ? { kind: 'scalar', value: null, offset }
            : convert(item, depth + 1, offset),
        ),
        offset,
      };
    }
    if (isScalar(node)) return { kind: 'scalar', value: node.value, offset };
    return { kind: 'scalar', value: null, offset };
  };

  if (doc.contents === null || doc.contents === undefined) return { root: null, errors, warnings };
  try {
    return { root: convert(doc.contents, 0, 0), errors, warnings };
  } catch (e) {
    if (e instanceof ConvertError) return { root: null, errors: [{ offset: e.offset, message: sentence(e.message), severity: 'error' }], warnings };
    throw e;
  }
}

class ConvertError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

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

function readJson(text: string): SyntaxResult {
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

/** A plain JavaScript value (VS Code settings, CLI overrides) as a node tree without offsets. */
function fromPlain(value: unknown, depth = 0): CNode {
  if (depth > MAX_DEPTH) return { kind: 'scalar', value: undefined, offset: -1 };
  if (Array.isArray(value)) return { kind: 'seq', items: value.map((v) => fromPlain(v, depth + 1)), offset: -1 };
  if (isPlainObject(value)) {
    return {
      kind: 'map',
      entries: Object.keys(value).map((key) => ({ key, keyOffset: -1, value: fromPlain(value[key], depth + 1) })),
      offset: -1,
    };
  }
  return { kind: 'scalar', value, offset: -1 };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// ---------------------------------------------------------------------------------------------
// Validation

type PathPart = string | number;

function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

function describe(node: CNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  const v = node.value;
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `a ${typeof v}`;
}

const TOP_LEVEL_KEYS = [
  '$schema',
  'extends',
  'rules',
  'personas',
  'vagueWords',
  'jargon',
  'headingSynonyms',
  'templates',
  'lint',
  'requireDisableReason',
  'maxFileSizeKb',
  'fiscalYearStart',
  'ignore',
  'houseRules',
] as const;

const HOUSE_RULE_KINDS = ['words', 'requiredSections', 'goalColumns'] as const;
type HouseRuleKind = (typeof HOUSE_RULE_KINDS)[number];

const DOCUMENT_KINDS: readonly DocumentKind[] = ['vision', 'values', 'goals', 'strategy', 'none'];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ExtendsEntry {
  path: string;
  line?: number;
  column?: number;
  key: string;
}

export interface ParseDetails {
  input: ConfigInput;
  problems: ConfigProblem[];
  /** `extends` targets as written, with where they were written (for "not found" problems). */
  extendsEntries: ExtendsEntry[];
  /** Ids of the house rules this file defines. */
  houseRuleIds: string[];
  /** True when the file could not be read at all (syntax error); `input` is then empty. */
  syntaxError: boolean;
}

export interface ParseOptions {
  /** The engine's rule ids: house rules may not reuse them. */
  knownRuleIds: ReadonlySet<string>;
  /** More ids `rules` may configure (house rules defined by files this one extends). */
  extraRuleIds?: ReadonlySet<string>;
  /** Whether `extends` is allowed (true for files, false for settings objects). */
  allowExtends?: boolean;
}

class Validator {
  readonly problems: ConfigProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly linePos: ((offset: number) => { line: number; column: number }) | null,
    private readonly options: ParseOptions,
  ) {}

  report(offset: number, path: readonly PathPart[], message: string, severity: 'error' | 'warning' = 'error'): void {
    const problem: ConfigProblem = { file: this.file, message, severity };
    if (offset >= 0 && this.linePos) {
      const { line, column } = this.linePos(offset);
      problem.line = line;
      problem.column = column;
    }
    if (path.length > 0) problem.key = formatPath(path);
    this.problems.push(problem);
  }

  private where(path: readonly PathPart[]): string {
    return path.length > 0 ? `${formatPath(path)}: ` : '';
  }

  // --- primitive readers: return undefined (after reporting) when invalid

  string(node: CNode, path: PathPart[], what = 'a string'): string | undefined {
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim();
    this.report(node.offset, path, `${this.where(path)}expected ${what}, found ${describe(node)}; ignored.`);
    return undefined;
  }

  stringList(node: CNode, path: PathPart[]): string[] | undefined {
    if (node.kind !== 'seq') {
      this.report(node.offset, path, `${this.where(path)}expected a list of strings, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const out: string[] = [];
    node.items.forEach((item, i) => {
      if (item.kind === 'scalar' && typeof item.value === 'string' && item.value.trim() !== '') {
        out.push(item.value.trim());
      } else {
        this.report(item.offset, [...path, i], `${this.where([...path, i])}expected a non-empty string, found ${describe(item)}; dropped.`);
      }
    });
    return out;
  }

  severity(node: CNode, path: PathPart[], allowOff: boolean): SeveritySetting | undefined {
    const sev = node.kind === 'scalar' ? severityFromValue(node.value) : undefined;
    if (sev === undefined) {
      const guess = node.kind === 'scalar' && typeof node.value === 'string' ? didYouMean(node.value, ['off', 'hint', 'info', 'warning', 'error']) : '';
      this.report(node.offset, path, `${this.where(path)}${describe(node)} is not a severity; ${SEVERITY_HELP}.${guess}`);
      return undefined;
    }
    if (sev === 'off' && !allowOff) {
      this.report(node.offset, path, `${this.where(path)}a house rule's severity cannot be off; turn it off under rules instead.`);
      return undefined;
    }
    return sev;
  }

  /** Options objects are kept as plain data (strings, numbers, booleans, null, lists, objects). */
  plainData(node: CNode, path: PathPart[]): unknown {
    if (node.kind === 'seq') return node.items.map((item, i) => this.plainData(item, [...path, i]));
    if (node.kind === 'map') {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) {
        if (FORBIDDEN_KEYS.has(e.key)) {
          this.report(e.keyOffset, [...path, e.key], `${this.where([...path, e.key])}this key name is not allowed; dropped.`);
          continue;
        }
        out[e.key] = this.plainData(e.value, [...path, e.key]);
      }
      return out;
    }
    const v = node.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'bigint') return Number(v);
    this.report(node.offset, path, `${this.where(path)}unsupported value (${typeof v}); replaced by null.`);
    return null;
  }

  // --- the configuration

  root(node: CNode | null): { input: ConfigInput; extendsEntries: ExtendsEntry[]; houseRuleIds: string[] } {
    const input: ConfigInput = {};
    const extendsEntries: ExtendsEntry[] = [];
    if (node === null || (node.kind === 'scalar' && node.value === null)) return { input, extendsEntries, houseRuleIds: [] };
    if (node.kind !== 'map') {
      this.report(node.offset, [], `The configuration must be a mapping of keys to values, found ${describe(node)}; the file was ignored.`);
      return { input, extendsEntries, houseRuleIds: [] };
    }
    const byKey = new Map<string, MapEntry>();
    for (const e of node.entries) {
      if ((TOP_LEVEL_KEYS as readonly string[]).includes(e.key)) {
        byKey.set(e.key, e);
      } else {
        this.report(e.keyOffset, [e.key], `Unknown setting "${e.key}"; ignored.${didYouMean(e.key, TOP_LEVEL_KEYS.filter((k) => k !== '$schema'))}`, 'warning');
      }
    }

    // House rules first: `rules` may configure the ids they define.
    let houseRuleIds: string[] = [];
    const house = byKey.get('houseRules');
    if (house) {
      const result = this.houseRules(house.value, ['houseRules']);
      if (result) {
        input.houseRules = result;
        houseRuleIds = HOUSE_RULE_KINDS.flatMap((k) => (result[k] ?? []).map((r) => r.id));
      }
    }

    for (const [key, entry] of byKey) {
      const v = entry.value;
      const path = [key];
      switch (key) {
        case '$schema':
        case 'houseRules':
          break;
        case 'extends': {
          if (this.options.allowExtends === false) {
            this.report(entry.keyOffset, path, 'extends is only supported in configuration files; ignored.');
            break;
          }
          const items = v.kind === 'seq' ? v.items.map((item, i) => [item, [...path, i]] as const) : [[v, path] as const];
          if (v.kind === 'map') {
            this.report(v.offset, path, 'extends: expected a file path or a list of file paths; ignored.');
            break;
          }
          const list: string[] = [];
          for (const [item, itemPath] of items) {
            const s = this.string(item, [...itemPath], 'a file path');
            if (s === undefined) continue;
            list.push(s);
            const entryOut: ExtendsEntry = { path: s, key: formatPath(itemPath) };
            if (item.offset >= 0 && this.linePos) {
              const lp = this.linePos(item.offset);
              entryOut.line = lp.line;
              entryOut.column = lp.column;
            }
            extendsEntries.push(entryOut);
          }
          if (list.length > 0) input.extends = v.kind === 'seq' ? list : list[0];
          break;
        }
        case 'rules': {
          const rules = this.rules(v, path, new Set(houseRuleIds));
          if (rules) input.rules = rules;
          break;
        }
        case 'personas':
        case 'vagueWords':
        case 'jargon':
        case 'ignore': {
          const list = this.stringList(v, path);
          if (list) input[key] = list;
          break;
        }
        case 'headingSynonyms': {
          const syn = this.headingSynonyms(v, path);
          if (syn) input.headingSynonyms = syn;
          break;
        }
        case 'templates': {
          const s = this.string(v, path, 'a folder path');
          if (s !== undefined) input.templates = s;
          break;
        }
        case 'lint': {
          if (v.kind === 'scalar' && (v.value === 'auto' || v.value === 'always')) input.lint = v.value;
          else this.report(v.offset, path, `lint: expected auto or always, found ${describe(v)}; ignored.`);
          break;
        }
        case 'requireDisableReason': {
          if (v.kind === 'scalar' && typeof v.value === 'boolean') input.requireDisableReason = v.value;
          else this.report(v.offset, path, `requireDisableReason: expected true or false, found ${describe(v)}; ignored.`);
          break;
        }
        case 'maxFileSizeKb': {
          if (v.kind === 'scalar' && typeof v.value === 'number' && Number.isFinite(v.value) && v.value > 0) input.maxFileSizeKb = v.value;
          else this.report(v.offset, path, `maxFileSizeKb: expected a positive number of kilobytes, found ${describe(v)}; ignored.`);
          break;
        }
        case 'fiscalYearStart': {
          if (v.kind === 'scalar' && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1 && v.value <= 12) input.fiscalYearStart = v.value;
          else this.report(v.offset, path, `fiscalYearStart: expected the month number the fiscal year starts in (1-12), found ${describe(v)}; ignored.`);
          break;
        }
      }
    }
    return { input, extendsEntries, houseRuleIds };
  }

  private rules(node: CNode, path: PathPart[], houseIds: ReadonlySet<string>): Record<string, RuleSettingInput> | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `rules: expected a mapping of rule ids to severities, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const known = (id: string) => this.options.knownRuleIds.has(id) || houseIds.has(id) || (this.options.extraRuleIds?.has(id) ?? false);
    const out: Record<string, RuleSettingInput> = {};
    for (const e of node.entries) {
      const p = [...path, e.key];
      if (!known(e.key)) {
        const candidates = [...this.options.knownRuleIds, ...houseIds, ...(this.options.extraRuleIds ?? [])];
        this.report(e.keyOffset, p, `Unknown rule "${e.key}"; ignored.${didYouMean(e.key, candidates)}`, 'warning');
        continue;
      }
      const v = e.value;
      if (v.kind === 'scalar') {
        const sev = this.severity(v, p, true);
        if (sev !== undefined) out[e.key] = sev;
      } else if (v.kind === 'seq') {
        if (v.items.length < 1 || v.items.length > 2) {
          this.report(v.offset, p, `${formatPath(p)}: expected [severity] or [severity, { options }], found a list of ${v.items.length}; ignored.`);
          continue;
        }
        const sev = this.severity(v.items[0], [...p, 0], true);
        if (sev === undefined) continue;
        if (v.items.length === 1) {
          out[e.key] = sev;
          continue;
        }
        const opts = v.items[1];
        if (opts.kind !== 'map') {
          this.report(opts.offset, [...p, 1], `${formatPath([...p, 1])}: rule options must be a mapping, found ${describe(opts)}; the rule was left as configured before.`);
          continue;
        }
        out[e.key] = [sev, this.plainData(opts, [...p, 1]) as Record<string, unknown>];
      } else {
        this.report(v.offset, p, `${formatPath(p)}: expected a severity or [severity, { options }], found a mapping; ignored.`);
      }
    }
    return out;
  }

  private headingSynonyms(node: CNode, path: PathPart[]): Partial<Record<SectionRole, string[]>> | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `headingSynonyms: expected a mapping of section roles to lists of headings, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const out: Partial<Record<SectionRole, string[]>> = {};
    for (const e of node.entries) {
      const p = [...path, e.key];
      if (!(SECTION_ROLES as readonly string[]).includes(e.key)) {
        this.report(e.keyOffset, p, `Unknown section role "${e.key}"; use one of ${SECTION_ROLES.join(', ')}.${didYouMean(e.key, SECTION_ROLES)}`);
        continue;
      }
      const list = this.stringList(e.value, p);
      if (list) out[e.key as SectionRole] = list;
    }
    return out;
  }

  private houseRules(node: CNode, path: PathPart[]): Partial<HouseRules> | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `houseRules: expected a mapping with words, requiredSections or goalColumns, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const out: Partial<HouseRules> = {};
    const seen = new Map<string, string>(); // id -> formatted path of its definition
    for (const e of node.entries) {
      const p = [...path, e.key];
      if (!(HOUSE_RULE_KINDS as readonly string[]).includes(e.key)) {
        this.report(e.keyOffset, p, `Unknown house rule kind "${e.key}"; use words, requiredSections or goalColumns.${didYouMean(e.key, HOUSE_RULE_KINDS)}`, 'warning');
        continue;
      }
      const kind = e.key as HouseRuleKind;
      if (e.value.kind !== 'seq') {
        this.report(e.value.offset, p, `${formatPath(p)}: expected a list of rules, found ${describe(e.value)}; ignored.`);
        continue;
      }
      const list: Array<WordRule | RequiredSectionsRule | GoalColumnsRule> = [];
      e.value.items.forEach((item, i) => {
        const rule = this.houseRule(kind, item, [...p, i]);
        if (!rule) return;
        const earlier = seen.get(rule.id);
        if (earlier) {
          this.report(item.offset, [...p, i, 'id'], `House rule "${rule.id}" is defined twice (also at ${earlier}); this one was dropped.`);
          return;
        }
        seen.set(rule.id, formatPath([...p, i]));
        list.push(rule);
      });
      (out as Record<HouseRuleKind, unknown[]>)[kind] = list;
    }
    return out;
  }

  private houseRule(kind: HouseRuleKind, node: CNode, path: PathPart[]): WordRule | RequiredSectionsRule | GoalColumnsRule | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `${formatPath(path)}: expected a house rule (a mapping with an id), found ${describe(node)}; dropped.`);
      return undefined;
    }
    const listKey = kind === 'words' ? 'words' : kind === 'requiredSections' ? 'headings' : 'columns';
    const allowed = ['id', listKey, 'message', 'severity', 'link', ...(kind === 'words' ? ['replaceWith'] : []), ...(kind === 'requiredSections' ? ['kinds'] : [])];
    const fields = new Map(node.entries.map((e) => [e.key, e] as const));
    for (const e of node.entries) {
      if (!allowed.includes(e.key)) {
        this.report(e.keyOffset, [...path, e.key], `Unknown house rule field "${e.key}"; ignored.${didYouMean(e.key, allowed)}`, 'warning');
      }
    }
    const idEntry = fields.get('id');
    if (!idEntry) {
      this.report(node.offset, path, `${formatPath(path)}: a house rule needs an id; dropped.`);
      return undefined;
    }
    const id = this.string(idEntry.value, [...path, 'id'], 'a rule id');
    if (id === undefined) return undefined;
    if (!RULE_ID_PATTERN.test(id)) {
      this.report(idEntry.value.offset, [...path, 'id'], `House rule id "${id}" may use only letters, digits and - _ . / (up to 100 characters); dropped.`);
      return undefined;
    }
    if (this.options.knownRuleIds.has(id)) {
      this.report(idEntry.value.offset, [...path, 'id'], `House rule id "${id}" is the id of a built-in rule; choose another id. Dropped.`);
      return undefined;
    }
    const listEntry = fields.get(listKey);
    if (!listEntry) {
      this.report(node.offset, path, `House rule "${id}" needs ${listKey} (a list of strings); dropped.`);
      return undefined;
    }
    const list = this.stringList(listEntry.value, [...path, listKey]);
    if (!list || list.length === 0) {
      if (list) this.report(listEntry.value.offset, [...path, listKey], `House rule "${id}": ${listKey} is empty; dropped.`);
      return undefined;
    }
    const rule: Record<string, unknown> = { id, [listKey]: list };
    const optionalString = (key: string) => {
      const f = fields.get(key);
      if (!f) return;
      const s = this.string(f.value, [...path, key]);
      if (s !== undefined) rule[key] = key === 'replaceWith' ? stringValue(f.value) : s;
    };
    optionalString('message');
    if (kind === 'words') optionalString('replaceWith');
    const link = fields.get('link');
    if (link) {
      const s = this.string(link.value, [...path, 'link'], 'a URL');
      if (s !== undefined) {
        if (/^https?:\/\/\S+$/i.test(s)) rule.link = s;
        else this.report(link.value.offset, [...path, 'link'], `${formatPath([...path, 'link'])}: expected an http(s) URL, found "${s}"; ignored.`);
      }
    }
    const sev = fields.get('severity');
    if (sev) {
      const s = this.severity(sev.value, [...path, 'severity'], false);
      if (s !== undefined) rule.severity = s as Severity;
    }
    if (kind === 'requiredSections') {
      const kinds = fields.get('kinds');
      if (kinds) {
        const list = this.stringList(kinds.value, [...path, 'kinds']);
        if (list) {
          const ok: DocumentKind[] = [];
          list.forEach((k, i) => {
            if ((DOCUMENT_KINDS as readonly string[]).includes(k)) ok.push(k as DocumentKind);
            else this.report(kinds.value.kind === 'seq' ? kinds.value.items[i].offset : kinds.value.offset, [...path, 'kinds', i], `Unknown document kind "${k}"; use ${DOCUMENT_KINDS.join(', ')}. Dropped.${didYouMean(k, DOCUMENT_KINDS)}`);
          });
          if (ok.length > 0) rule.kinds = ok;
        }
      }
    }
    return rule as unknown as WordRule | RequiredSectionsRule | GoalColumnsRule;
  }
}

/** A string value as written (not trimmed): a replacement may deliberately carry spaces. */
function stringValue(node: CNode): string {
  return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : '';
}

function sentence(message: string): string {
  const m = message.trim();
  return /[.!?]$/.test(m) ? m : m + '.';
}

/** Problems in reading order (stable for problems without a position). */
function byPosition(problems: ConfigProblem[]): ConfigProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

function linePosFor(counter: LineCounter): (offset: number) => { line: number; column: number } {
  return (offset) => {
    const { line, col } = counter.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
}

/**
 * Parses and validates one configuration file. `extendsEntries` and `houseRuleIds` are what
 * `loadConfig` needs to follow `extends` and to let later files configure inherited house rules.
 */
export function parseConfigTextDetailed(text: string, file: string, options: ParseOptions): ParseDetails {
  const counter = new LineCounter();
  let syntax: SyntaxResult;
  if (configFormat(file) === 'json') {
    syntax = readJson(text);
    counter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  } else {
    syntax = readYaml(text, counter);
    if (counter.lineStarts.length === 0 || counter.lineStarts[0] !== 0) counter.lineStarts.unshift(0);
  }
  const v = new Validator(file, linePosFor(counter), options);
  for (const e of syntax.errors) v.report(e.offset, [], `${e.message} The file was ignored.`, 'error');
  for (const w of syntax.warnings) v.report(w.offset, [], w.message, w.severity);
  if (syntax.errors.length > 0) {
    return { input: {}, problems: byPosition(v.problems), extendsEntries: [], houseRuleIds: [], syntaxError: true };
  }
  const { input, extendsEntries, houseRuleIds } = v.root(syntax.root);
  return { input, problems: byPosition(v.problems), extendsEntries, houseRuleIds, syntaxError: false };
}

/**
 * Parses `.visionlintrc.json` / `.yaml` / `.yml` / `.visionlintrc` text. `knownRuleIds` are the
 * engine's rule ids; house rule ids defined in the same text are known too.
 */
export function parseConfigText(
  text: string,
  file: string,
  knownRuleIds: ReadonlySet<string>,
): { input: ConfigInput; problems: ConfigProblem[] } {
  const { input, problems } = parseConfigTextDetailed(text, file, { knownRuleIds });
  return { input, problems };
}

/**
 * Validates a configuration that arrives as a JavaScript value (VS Code settings, CLI
 * overrides): same checks as a file, problems without line and column, no `extends`.
 */
export function validateConfigObject(
  value: unknown,
  source: string,
  knownRuleIds: ReadonlySet<string>,
  extraRuleIds?: ReadonlySet<string>,
): { input: ConfigInput; problems: ConfigProblem[]; houseRuleIds: string[] } {
  const v = new Validator(source, null, { knownRuleIds, extraRuleIds, allowExtends: false });
  const { input, houseRuleIds } = v.root(value === undefined || value === null ? null : fromPlain(value));
  return { input, problems: v.problems, houseRuleIds };
}
