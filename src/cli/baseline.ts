/**
 * Baselines: `--write-baseline FILE` records today's findings, `--baseline FILE` hides them, so a
 * team can adopt visionlint on old documents and still fail CI on new problems.
 *
 * A finding is keyed by rule id, file path (relative to the baseline file's folder) and a hash
 * of the text of its line, not the line number: an edit above it does not bring it back, and
 * rewriting the line (to fix it or to make it worse) does. Two identical findings on identical
 * lines are counted, so a third one is new.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { baselineKey } from './lintFile';
import { dirnameOf, relativeTo, resolveFrom } from './paths';
import type { FileResult } from './types';

export interface BaselineEntry {
  path: string;
  ruleId: string;
  lineHash: string;
  count: number;
  /** For people reading the file; not used for matching. */
  line?: number;
  message?: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'visionlint';
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

/** Absolute file path -> [`ruleId\0lineHash`, count] entries. */
export type BaselineIndex = Map<string, [string, number][]>;

export async function readBaseline(file: string): Promise<BaselineIndex> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT'
        ? `The baseline file ${file} does not exist. Create it with --write-baseline ${file} (it records the current findings).`
        : `Cannot read the baseline file ${file}: ${(error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`The baseline file ${file} is not valid JSON (${(error as Error).message}). Write a new one with --write-baseline ${file}.`);
  }
  const findings = (data as BaselineFile | null)?.findings;
  if (!data || typeof data !== 'object' || (data as BaselineFile).version !== 1 || !Array.isArray(findings)) {
    throw new BaselineError(`${file} is not a visionlint baseline (version 1 with a findings list). Write a new one with --write-baseline ${file}.`);
  }
  const base = dirnameOf(file);
  const index: BaselineIndex = new Map();
  const counts = new Map<string, Map<string, number>>();
  for (const entry of findings) {
    if (!entry || typeof entry.path !== 'string' || typeof entry.ruleId !== 'string' || typeof entry.lineHash !== 'string') continue;
    const path = resolveFrom(base, entry.path);
    const perFile = counts.get(path) ?? new Map<string, number>();
    counts.set(path, perFile);
    const key = baselineKey(entry.ruleId, entry.lineHash);
    const count = Number.isInteger(entry.count) && entry.count > 0 ? entry.count : 1;
    perFile.set(key, (perFile.get(key) ?? 0) + count);
  }
  for (const [path, perFile] of counts) index.set(path, [...perFile]);
  return index;
}

/** The baseline of every finding in `results` (`absPaths[i]` is the file of `results[i]`). */
export function buildBaseline(file: string, results: readonly FileResult[], absPaths: readonly string[]): BaselineFile {
  const base = dirnameOf(file);
  const entries = new Map<string, BaselineEntry>();
  results.forEach((result, i) => {
    const path = relativeTo(base, absPaths[i]);
    for (const key of result.baselineKeys ?? []) {
      const id = `${path}\u0000${key.ruleId}\u0000${key.lineHash}`;
      const entry = entries.get(id);
      if (entry) entry.count++;
      else entries.set(id, { path, ruleId: key.ruleId, lineHash: key.lineHash, count: 1, line: key.line, message: key.message });
    }
  });
  const findings = [...entries.values()].sort(
    (a, b) => compare(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compare(a.ruleId, b.ruleId) || compare(a.lineHash, b.lineHash),
  );
  return { version: 1, tool: 'visionlint', findings };
}

export async function writeBaseline(file: string, baseline: BaselineFile): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(baseline, null, 2)}\n`, 'utf8');
  await rename(temp, file);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
