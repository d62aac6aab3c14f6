/**
 * visionlint as a unified plugin, `visionlint/remark`: for teams that already lint Markdown with
 * remark (remark-cli in CI, remark-language-server in editors other than VS Code).
 *
 * It runs the same rules with the same configuration discovery as the CLI: the nearest
 * `.visionlintrc.*` above the file (or `configFile`), then the `config` option over it, as the
 * CLI's `--rule` goes over the file. It reads the file's text, not remark's tree, so findings,
 * positions and fixes are exactly the CLI's and the editor's. Each finding becomes a vfile message
 * with the rule id, source `visionlint`, the rule's documentation URL and, for a fix that is a
 * plain replacement of the flagged text, `actual` and `expected` (remark-language-server offers
 * those as quick fixes).
 *
 * Severities: `error` is a fatal message (remark-cli fails), `warning` a warning (fails with
 * `--frail`), `info` and `hint` are info messages (vfile has no lower level). Configuration
 * problems, unreadable options and anything unexpected are reported as messages, never thrown.
 */
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin, Transformer } from 'unified';
import { BUILTIN_RULE_IDS, ruleDocsUrl, setUpLinter, uniqueProblems, type ConfigInput, type ConfigProblem, type Finding, type LineIndex, type LinterSetup } from '../core';
import { ignoredWithFolders, ignoreMatcher } from '../core/config/ignore';
import { nodeHost } from '../cli/nodeHost';

export interface Options {
  /**
   * Configuration written as in a `.visionlintrc` file (rules, personas, house rules ...), applied
   * over the configuration file that applies to the document, like the CLI's `--rule`.
   */
  config?: ConfigInput;
  /** Use this configuration file instead of the nearest `.visionlintrc.*` (relative to the working folder). */
  configFile?: string;
  /** Judge deadlines as if today were this day (`YYYY-MM-DD`), for reproducible output. */
  today?: string | Date;
}

type VFile = Parameters<Transformer<Root>>[1];

const SOURCE = 'visionlint';
const OPTION_NAMES = new Set(['config', 'configFile', 'today']);
const CONFIG_DOCS_URL = 'https://github.com/visionlint/visionlint#configuration';
const REMARK_DOCS_URL = 'https://github.com/visionlint/visionlint#with-remark';
/** Where problems with the plugin's own options are said to come from. */
const OPTIONS_SOURCE = 'the visionlint remark options';

/**
 * The linters of one run, by folder and options. unified-engine (remark-cli, remark-language-server)
 * passes its file set as the attacher's second argument: one per run, so a run of many files in one
 * folder sets up one linter, and the next run (the next keystroke in an editor) reads the
 * configuration afresh.
 */
const runs = new WeakMap<object, Map<string, Promise<LinterSetup>>>();

const remarkVisionlint: Plugin<[(Options | null | undefined)?, unknown?], Root> = function (options, fileSet) {
  const setups = typeof fileSet === 'object' && fileSet !== null ? (runs.get(fileSet) ?? runs.set(fileSet, new Map()).get(fileSet)) : undefined;
  return async (_tree, file) => {
    try {
      await lintFile(file, options ?? {}, setups);
    } catch (error) {
      // A bug must not stop remark from reporting everything else: one fatal message instead.
      const message = file.message(`visionlint could not lint this file: ${error instanceof Error ? error.message : String(error)}`, { ruleId: 'internal-error', source: SOURCE });
      message.fatal = true;
      message.url = REMARK_DOCS_URL;
    }
  };
};

export default remarkVisionlint;

async function lintFile(file: VFile, options: Options, setups: Map<string, Promise<LinterSetup>> | undefined): Promise<void> {
  const { today, problems: optionProblems } = readOptions(options);
  const cwd = toPosix(file.cwd);
  const path = file.path ? toPosix(resolve(file.cwd, file.path)) : undefined;
  // Without a path (standard input), configuration is looked up from the working folder, as the CLI does.
  const documentPath = path ?? `${cwd}/<stdin>`;
  const configFile = typeof options.configFile === 'string' && options.configFile !== '' ? toPosix(resolve(file.cwd, options.configFile)) : undefined;
  const overrides = isConfigInput(options.config) ? options.config : undefined;
  // What the setup depends on: the document's folder (where the search starts) and the options.
  const key = JSON.stringify([documentPath.slice(0, documentPath.lastIndexOf('/')), configFile ?? null, overrides ?? null]);
  let pending = setups?.get(key);
  if (!pending) {
    pending = setUpLinter({ documentPath, host: nodeHost(), configFile, overrides, overridesSource: OPTIONS_SOURCE });
    setups?.set(key, pending);
  }
  const setup = await pending;
  for (const problem of [...optionProblems, ...uniqueProblems(setup.problems)]) reportProblem(file, problem, cwd);

  const { config, linter } = setup;
  if (path && config.baseDir && isInside(path, config.baseDir)) {
    const relative = path.slice(config.baseDir.length).replace(/^\/+/, '');
    if (ignoredWithFolders(ignoreMatcher(config.ignore), relative)) return;
  }

  let text = String(file);
  // Editors and the CLI drop a byte-order mark before linting, so columns agree; offsets keep counting it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (bom) text = text.slice(1);
  const result = linter.lint(text, path, today);
  if (result.skipped) {
    file.info(`visionlint: ${result.skipped}`, { ruleId: 'skipped', source: SOURCE });
    return;
  }
  // A document that is not a vision, values, goals or strategy document has no findings.
  const house = new Map(config.houseRules.words.map((rule) => [rule.id, rule.link] as const));
  for (const rule of [...config.houseRules.requiredSections, ...config.houseRules.goalColumns]) house.set(rule.id, rule.link);
  for (const finding of result.findings) {
    const url = BUILTIN_RULE_IDS.has(finding.ruleId) ? ruleDocsUrl(finding.ruleId) : house.get(finding.ruleId);
    report(file, finding, result.lines, text, bom, url);
  }
}

function report(file: VFile, finding: Finding, lines: LineIndex, text: string, bom: number, url: string | undefined): void {
  const place = { start: point(lines, finding.range.start, bom), end: point(lines, Math.max(finding.range.start, finding.range.end), bom) };
  const options = { place, ruleId: finding.ruleId, source: SOURCE };
  const message = finding.severity === 'error' || finding.severity === 'warning' ? file.message(finding.message, options) : file.info(finding.message, options);
  if (finding.severity === 'error') message.fatal = true;
  if (url) message.url = url;
  if (finding.related?.length) {
    message.note = finding.related.map((related) => {
      const at = lines.position(related.range.start);
      return `${at.line}:${at.column}: ${related.message}`;
    }).join('\n');
  }
  // A fix that replaces exactly the flagged text with plain text (no placeholders to fill in) is
  // what vfile's `expected` can say: remark-language-server offers each as a quick fix.
  const expected = finding.fixes
    .filter((fix) => !fix.needsInput && fix.edits.length === 1 && fix.edits[0].range.start === finding.range.start && fix.edits[0].range.end === finding.range.end)
    .map((fix) => fix.edits[0].text);
  if (expected.length > 0) {
    message.actual = text.slice(finding.range.start, finding.range.end);
    message.expected = [...new Set(expected)];
  }
}

/** A unist point: 1-based line and column, 0-based offset into the file's text. */
function point(lines: LineIndex, offset: number, bom: number): { line: number; column: number; offset: number } {
  const { line, column } = lines.position(offset);
  return { line, column, offset: offset + bom };
}

function reportProblem(file: VFile, problem: ConfigProblem, cwd: string): void {
  const isError = problem.severity !== 'warning';
  const where = problem.file.startsWith('/') || /^[A-Za-z]:\//.test(problem.file) ? relativePath(cwd, problem.file) : problem.file;
  const at = problem.line !== undefined ? `${where}:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : where;
  const key = problem.key && !problem.message.startsWith(problem.key) ? ` (${problem.key})` : '';
  const message = file.message(`visionlint ${isError ? 'config error' : 'config warning'} in ${at}${key}: ${problem.message}`, { ruleId: 'config', source: SOURCE });
  if (isError) message.fatal = true;
  message.url = CONFIG_DOCS_URL;
}

/** The day deadlines are judged against, and problems with the plugin's options. */
function readOptions(options: Options): { today: Date; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const problem = (message: string, severity: 'error' | 'warning' = 'error') => problems.push({ file: OPTIONS_SOURCE, message, severity });
  if (typeof options !== 'object' || Array.isArray(options)) {
    problem(`the options must be an object ({ config, configFile, today }), not ${JSON.stringify(options)}; ignored.`);
    return { today: new Date(), problems };
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) problem(`unknown option "${name}" (the options are config, configFile and today); ignored.`, 'warning');
  }
  if (options.config !== undefined && !isConfigInput(options.config)) problem('config must be an object written like a .visionlintrc file; ignored.');
  if (options.configFile !== undefined && (typeof options.configFile !== 'string' || options.configFile === '')) problem('configFile must be the path of a .visionlintrc file; ignored.');
  let today = new Date();
  if (options.today instanceof Date && !Number.isNaN(options.today.getTime())) today = options.today;
  else if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today) && !Number.isNaN(Date.parse(`${options.today}T00:00:00Z`))) {
    today = new Date(`${options.today}T00:00:00`);
  } else if (options.today !== undefined) {
    problem(`today needs a date written YYYY-MM-DD, not ${JSON.stringify(options.today)}; deadlines are judged against today.`);
  }
  return { today, problems };
}

function isConfigInput(value: unknown): value is ConfigInput {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function relativePath(from: string, to: string): string {
  return isInside(to, from) && to !== from ? to.slice(from.length).replace(/^\/+/, '') : to;
}
