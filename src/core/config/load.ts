/**
 * Finding, reading and merging configuration.
 *
 * Merge order, weakest first:
 *   1. `DEFAULT_CONFIG`
 *   2. `defaults` (e.g. VS Code user/workspace settings: the weakest thing a person writes)
 *   3. the config file's `extends` chain, base-first (a list is merged in the order written),
 *      then the nearest config file itself
 *   4. `overrides` (e.g. CLI `--rule`), strongest.
 *
 * Rules merge per id; lists (personas, vagueWords, jargon, ignore, headingSynonyms per role)
 * only ever grow; house rules concatenate, a later rule replacing an earlier one with the same id;
 * scalars replace. A `templates` folder written in a file is resolved against that file's
 * folder (so a shared house config brings its own templates); `ignore` globs stay relative to
 * `baseDir`, the folder of the nearest config file.
 *
 * Problems never throw: a missing or unreadable file, a syntax error, an `extends` loop or
 * chain deeper than 10 are reported in `problems` and linting continues with what loaded.
 */
import type { ConfigProblem } from '../types';
import { DEFAULT_CONFIG } from './defaults';
import { isPlainObject, parseConfigTextDetailed, severityFromValue, SEVERITY_HELP, validateConfigObject } from './parse';
import type { ExtendsEntry } from './parse';
import { dirname, isAbsolutePath, isInside, joinPath, normalisePath, resolvePath } from './paths';
import type {
  ConfigHost,
  ConfigInput,
  GoalColumnsRule,
  HouseRules,
  RequiredSectionsRule,
  ResolvedConfig,
  ResolvedRuleSetting,
  RuleSettingInput,
  WordRule,
} from './types';

export const CONFIG_FILE_NAMES = ['.visionlintrc.json', '.visionlintrc.yaml', '.visionlintrc.yml', '.visionlintrc'];

/** How deep `extends` may nest (a file extending a file extending ... ). */
export const MAX_EXTENDS_DEPTH = 10;

export interface LoadConfigOptions {
  /** The Markdown document being linted; the search for a config file starts in its folder. */
  documentPath: string;
  host: ConfigHost;
  /** The engine's rule ids. */
  knownRuleIds: ReadonlySet<string>;
  /** Use exactly this config file (relative paths resolve against `root`, else the document's folder). */
  configFile?: string;
  /**
   * Do not look for config files above this folder (the workspace folder). Ignored for a
   * document outside it (a loose file): the search then goes up to the filesystem root.
   */
  root?: string;
  /** Applied under the files (VS Code settings). Validated like a file; no `extends`. */
  defaults?: ConfigInput;
  /** Applied over the files (CLI `--rule`). Validated like a file; no `extends`. */
  overrides?: ConfigInput;
  /** Label for problems in `defaults` (default `settings`). */
  defaultsSource?: string;
  /** Label for problems in `overrides` (default `overrides`). */
  overridesSource?: string;
  /** False in an untrusted workspace: config files are not read at all (and no problem is added). */
  useWorkspaceConfig?: boolean;
}

/** `warning`, `['warning']` or `['warning', { ... }]` (and the aliases) to `{ severity, options }`, or an error message. */
export function normaliseRuleSetting(value: RuleSettingInput | unknown): ResolvedRuleSetting | string {
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) return `expected [severity] or [severity, { options }], found a list of ${value.length}`;
    const severity = severityFromValue(value[0]);
    if (severity === undefined) return `${JSON.stringify(value[0])} is not a severity; ${SEVERITY_HELP}`;
    if (value.length === 1) return { severity, options: {} };
    const options = copyPlainData(value[1], 0);
    if (!isPlainObject(value[1]) || options === INVALID) return 'rule options must be an object of plain data';
    return { severity, options: options as Record<string, unknown> };
  }
  const severity = severityFromValue(value);
  if (severity === undefined) return `${JSON.stringify(value) ?? String(value)} is not a severity; ${SEVERITY_HELP}`;
  return { severity, options: {} };
}

const INVALID = Symbol('invalid');

/** A deep copy of JSON-like data; anything else (functions, class instances, cycles) is INVALID. */
function copyPlainData(value: unknown, depth: number): unknown {
  if (depth > 64) return INVALID;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : INVALID;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) {
      const c = copyPlainData(v, depth + 1);
      if (c === INVALID) return INVALID;
      out.push(c);
    }
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return INVALID;
      const c = copyPlainData(value[key], depth + 1);
      if (c === INVALID) return INVALID;
      out[key] = c;
    }
    return out;
  }
  return INVALID;
}

/** Appends `extra` to `base`, skipping entries already present (case-insensitively unless `exact`). */
function addUnique(base: readonly string[], extra: readonly string[] | undefined, exact = false): string[] {
  const out = [...base];
  if (!extra) return out;
  const key = (s: string) => (exact ? s : s.toLowerCase());
  const seen = new Set(out.map(key));
  for (const s of extra) {
    if (typeof s !== 'string') continue;
    const k = key(s);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

type AnyHouseRule = WordRule | RequiredSectionsRule | GoalColumnsRule;

function mergeHouseRules(base: HouseRules, extra: Partial<HouseRules> | undefined): HouseRules {
  const out: HouseRules = {
    words: base.words.map((r) => ({ ...r })),
    requiredSections: base.requiredSections.map((r) => ({ ...r })),
    goalColumns: base.goalColumns.map((r) => ({ ...r })),
  };
  if (!extra) return out;
  for (const kind of ['words', 'requiredSections', 'goalColumns'] as const) {
    for (const rule of (extra[kind] ?? []) as AnyHouseRule[]) {
      // A later rule replaces an earlier one with the same id, in place when it is the same
      // kind of rule, else it moves to its new kind.
      const lists = out as unknown as Record<string, AnyHouseRule[]>;
      for (const other of ['words', 'requiredSections', 'goalColumns'] as const) {
        if (other !== kind) lists[other] = lists[other].filter((r) => r.id !== rule.id);
      }
      const list = lists[kind];
      const at = list.findIndex((r) => r.id === rule.id);
      if (at >= 0) list[at] = { ...rule };
      else list.push({ ...rule });
    }
  }
  return out;
}

/**
 * Merges one configuration input over `base` and returns a new configuration (`base` is not
 * changed). `file` is the file the input came from (null for settings or overrides): it is
 * recorded in `files`, becomes `baseDir`, and a `templates` folder in the input is resolved
 * against its folder. Invalid rule settings are skipped and reported in `problems`.
 */
export function mergeConfig(base: ResolvedConfig, input: ConfigInput, file: string | null): ResolvedConfig {
  const problems: ConfigProblem[] = [...base.problems];
  const rules: Record<string, ResolvedRuleSetting> = {};
  for (const id of Object.keys(base.rules)) rules[id] = { severity: base.rules[id].severity, options: { ...base.rules[id].options } };
  for (const [id, value] of Object.entries(input.rules ?? {})) {
    const n = normaliseRuleSetting(value);
    if (typeof n === 'string') {
      problems.push({ file: file ?? 'settings', key: `rules.${id}`, message: `rules.${id}: ${n}; ignored.`, severity: 'error' });
      continue;
    }
    const replacesOptions = Array.isArray(value) && value.length === 2;
    const previous = Object.prototype.hasOwnProperty.call(rules, id) ? rules[id] : undefined;
    rules[id] = { severity: n.severity, options: replacesOptions || !previous ? n.options : previous.options };
  }

  const headingSynonyms: ResolvedConfig['headingSynonyms'] = {};
  for (const [role, list] of Object.entries(base.headingSynonyms)) headingSynonyms[role as keyof typeof headingSynonyms] = [...(list ?? [])];
  for (const [role, list] of Object.entries(input.headingSynonyms ?? {})) {
    const r = role as keyof typeof headingSynonyms;
    headingSynonyms[r] = addUnique(headingSynonyms[r] ?? [], list);
  }

  const folder = file ? dirname(file) : null;
  let templates = base.templates;
  if (typeof input.templates === 'string' && input.templates.trim() !== '') {
    templates = folder ? resolvePath(folder, input.templates.trim()) : input.templates.trim();
  }

  return {
    rules,
    personas: addUnique(base.personas, input.personas),
    vagueWords: addUnique(base.vagueWords, input.vagueWords),
    jargon: addUnique(base.jargon, input.jargon),
    headingSynonyms,
    templates,
    lint: input.lint === 'auto' || input.lint === 'always' ? input.lint : base.lint,
    requireDisableReason: typeof input.requireDisableReason === 'boolean' ? input.requireDisableReason : base.requireDisableReason,
    maxFileSizeKb:
      typeof input.maxFileSizeKb === 'number' && Number.isFinite(input.maxFileSizeKb) && input.maxFileSizeKb > 0
        ? input.maxFileSizeKb
        : base.maxFileSizeKb,
    fiscalYearStart:
      typeof input.fiscalYearStart === 'number' && Number.isInteger(input.fiscalYearStart) && input.fiscalYearStart >= 1 && input.fiscalYearStart <= 12
        ? input.fiscalYearStart
        : base.fiscalYearStart,
    ignore: addUnique(base.ignore, input.ignore, true),
    houseRules: mergeHouseRules(base.houseRules, input.houseRules),
    baseDir: folder ?? base.baseDir,
    files: file ? [file, ...base.files.filter((f) => f !== file)] : [...base.files],
    problems,
  };
}

/** The house templates folder as a path, or null when there is nothing to resolve it against. */
export function resolveTemplatesFolder(config: ResolvedConfig, fallbackDir: string | null = null): string | null {
  if (isAbsolutePath(config.templates)) return normalisePath(config.templates);
  const base = config.baseDir ?? fallbackDir;
  return base ? resolvePath(base, config.templates) : null;
}

function cloneDefaults(): ResolvedConfig {
  return mergeConfig({ ...DEFAULT_CONFIG, problems: [], files: [] }, {}, null);
}

/** Reads a file through the host; a failure becomes a problem, never an exception. */
export async function readSafely(host: ConfigHost, path: string, problems: ConfigProblem[]): Promise<string | undefined> {
  try {
    return await host.readFile(path);
  } catch (e) {
    problems.push({ file: path, message: `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' });
    return undefined;
  }
}

/** The nearest config file for `documentPath`, walking up from its folder to `root` (or the filesystem root). */
export async function findConfigFile(
  documentPath: string,
  host: ConfigHost,
  root: string | undefined,
  problems: ConfigProblem[] = [],
): Promise<{ path: string; text: string } | undefined> {
  const doc = normalisePath(documentPath);
  const stopAt = root !== undefined && isInside(doc, root) ? normalisePath(root) : undefined;
  let dir = dirname(doc);
  for (let guard = 0; guard < 512; guard++) {
    const candidates = CONFIG_FILE_NAMES.map((name) => joinPath(dir, name));
    const texts = await Promise.all(candidates.map((p) => readSafely(host, p, problems)));
    const found = texts.findIndex((t) => t !== undefined);
    if (found >= 0) {
      const others = candidates.filter((_, i) => i > found && texts[i] !== undefined);
      for (const other of others) {
        problems.push({
          file: other,
          message: `Both ${candidates[found]} and ${other} exist; only ${candidates[found]} is used.`,
          severity: 'warning',
        });
      }
      return { path: candidates[found], text: texts[found] as string };
    }
    if (stopAt !== undefined && isInside(stopAt, dir)) return undefined; // dir is the root (or above it)
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

interface LoadedFile {
  file: string;
  input: ConfigInput;
}

class ChainLoader {
  readonly problems: ConfigProblem[] = [];
  /** In merge order: bases before the files that extend them. */
  readonly loaded: LoadedFile[] = [];
  private readonly done = new Set<string>();
  /** House rule ids defined by files loaded so far: later files may configure them. */
  private readonly houseIds = new Set<string>();

  constructor(
    private readonly host: ConfigHost,
    private readonly knownRuleIds: ReadonlySet<string>,
    inheritedHouseIds: Iterable<string>,
  ) {
    for (const id of inheritedHouseIds) this.houseIds.add(id);
  }

  async load(file: string, text: string, stack: string[]): Promise<void> {
    this.done.add(file);
    const chain = [...stack, file];
    let parsed = parseConfigTextDetailed(text, file, { knownRuleIds: this.knownRuleIds, extraRuleIds: this.houseIds });
    const before = this.houseIds.size;
    for (const entry of parsed.extendsEntries) await this.follow(file, entry, chain);
    if (this.houseIds.size !== before) {
      // Bases defined house rules: read the file again so its `rules` may configure them.
      parsed = parseConfigTextDetailed(text, file, { knownRuleIds: this.knownRuleIds, extraRuleIds: this.houseIds });
    }
    this.problems.push(...parsed.problems);
    for (const id of parsed.houseRuleIds) this.houseIds.add(id);
    const { extends: _extends, ...input } = parsed.input;
    this.loaded.push({ file, input });
  }

  private async follow(from: string, entry: ExtendsEntry, chain: string[]): Promise<void> {
    const target = resolvePath(dirname(from), entry.path);
    const at = { file: from, key: entry.key, line: entry.line, column: entry.column };
    if (chain.includes(target)) {
      const loop = [...chain.slice(chain.indexOf(target)), target].join(' -> ');
      this.problems.push({ ...at, message: `extends loop: ${from} extends ${target}, which is already being loaded (${loop}); that extends was skipped.`, severity: 'error' });
      return;
    }
    if (this.done.has(target)) return; // already merged through another branch: merge once
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      this.problems.push({ ...at, message: `extends is nested more than ${MAX_EXTENDS_DEPTH} deep: ${from} extends ${target}, which was not loaded.`, severity: 'error' });
      return;
    }
    const text = await readSafely(this.host, target, this.problems);
    if (text === undefined) {
      this.problems.push({ ...at, message: `${from} extends ${target}, which does not exist; that extends was skipped.`, severity: 'error' });
      return;
    }
    await this.load(target, text, chain);
  }
}

/**
 * The configuration for one document. Never throws for configuration problems; they are in
 * the result's `problems`. Caches nothing (callers cache by document folder or config file).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const { host, knownRuleIds } = options;
  let config = cloneDefaults();
  const problems: ConfigProblem[] = [];
  const houseIds = new Set<string>();

  if (options.defaults !== undefined) {
    const v = validateConfigObject(options.defaults, options.defaultsSource ?? 'settings', knownRuleIds);
    problems.push(...v.problems);
    v.houseRuleIds.forEach((id) => houseIds.add(id));
    config = mergeConfig(config, v.input, null);
  }

  if (options.useWorkspaceConfig !== false) {
    let start: { path: string; text: string } | undefined;
    if (options.configFile !== undefined) {
      const base = options.root ?? dirname(options.documentPath);
      const path = resolvePath(base, options.configFile);
      const text = await readSafely(host, path, problems);
      if (text === undefined) problems.push({ file: path, message: `Config file ${path} does not exist.`, severity: 'error' });
      else start = { path, text };
    } else {
      start = await findConfigFile(options.documentPath, host, options.root, problems);
    }
    if (start) {
      const loader = new ChainLoader(host, knownRuleIds, houseIds);
      await loader.load(start.path, start.text, []);
      problems.push(...loader.problems);
      for (const { file, input } of loader.loaded) {
        for (const kind of ['words', 'requiredSections', 'goalColumns'] as const) input.houseRules?.[kind]?.forEach((r) => houseIds.add(r.id));
        config = mergeConfig(config, input, file);
      }
    }
  }

  if (options.overrides !== undefined) {
    const v = validateConfigObject(options.overrides, options.overridesSource ?? 'overrides', knownRuleIds, houseIds);
    problems.push(...v.problems);
    config = mergeConfig(config, v.input, null);
  }

  return { ...config, problems: [...problems, ...config.problems] };
}
