// The node tree that JSONC, YAML and plain values are read into before validation, with source offsets.

interface NodeAt {
  /** Offset of the node in the text; -1 when the value did not come from text. */
  offset: number;
}
export interface ScalarNode extends NodeAt {
  kind: 'scalar';
  value: unknown;
}
export interface SeqNode extends NodeAt {
  kind: 'seq';
  items: CNode[];
}
export interface MapEntry {
  key: string;
  keyOffset: number;
  value: CNode;
}
export interface MapNode extends NodeAt {
  kind: 'map';
  entries: MapEntry[];
}
export type CNode = ScalarNode | SeqNode | MapNode;

export interface SyntaxProblem {
  offset: number;
  message: string;
  severity: 'error' | 'warning';
}

/** A file's text read into a tree; `root` is null when the text was empty or could not be read. */
export interface SyntaxResult {
  root: CNode | null;
  errors: SyntaxProblem[];
  warnings: SyntaxProblem[];
}

/** Deeper values are a syntax error (JSONC, YAML) or dropped (plain values). */
export const MAX_DEPTH = 64;

/** A problem that makes the whole text unreadable, at an offset. */
export class ConvertError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Keeps the last of duplicate keys (as JSON.parse does) and reports the earlier ones. */
export function dedupeEntries(entries: MapEntry[], warnings: SyntaxProblem[]): MapEntry[] {
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

/** A message ending in a full stop (parsers' messages often lack one). */
export function sentence(message: string): string {
  const m = message.trim();
  return /[.!?]$/.test(m) ? m : m + '.';
}

/** A plain JavaScript value (VS Code settings, CLI overrides) as a node tree without offsets. */
export function fromPlain(value: unknown, depth = 0): CNode {
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
