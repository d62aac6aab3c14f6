// Reads one configuration file's text, or a settings object, into a validated `ConfigInput` (the entry point of config/).
/*
 * - `.visionlintrc.json` is JSON with comments (`//`, `/* *\/`) and trailing commas allowed
 *   (JSONC, as in VS Code's own settings; jsonc.ts). Everything else (`.yaml`, `.yml`, no
 *   extension) is YAML (yaml.ts).
 * - Both are turned into one small node tree with source offsets (tree.ts), then validated by
 *   hand (validate.ts), so every problem names the file, the 1-based line and column, and the key path.
 * - A syntax error makes the whole file contribute nothing (a half-read file would lint
 *   surprisingly); a bad entry is dropped with a problem and the rest is kept. Nothing throws.
 * - Values are data only: nothing is evaluated, required or turned into a RegExp.
 */
import { LineCounter } from 'yaml';
import type { ConfigProblem } from '../types';
import type { ConfigInput } from './types';
import { readJson } from './jsonc';
import { readYaml } from './yaml';
import { fromPlain } from './tree';
import type { SyntaxResult } from './tree';
import { Validator } from './validate';
import type { ExtendsEntry, ParseOptions } from './validate';

// What load.ts, the CLI and tests have always imported from here.
export { severityFromValue, SEVERITY_HELP } from './severity';
export { suggestClosest } from './suggest';
export { isPlainObject } from './tree';
export type { ExtendsEntry, ParseOptions } from './validate';

/** `.json` files are JSON(C); everything else is YAML. */
export function configFormat(file: string): 'json' | 'yaml' {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
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
