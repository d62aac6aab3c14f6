// Reads YAML configuration text into the config node tree (yaml library, YAML 1.2 core schema, aliases bounded).
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { ConvertError, dedupeEntries, MAX_DEPTH, sentence } from './tree';
import type { CNode, MapEntry, SyntaxProblem, SyntaxResult } from './tree';

const MAX_ALIAS_EXPANSIONS = 1000;

/** Reads `text`, recording its line starts in `lineCounter`. */
export function readYaml(text: string, lineCounter: LineCounter): SyntaxResult {
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
