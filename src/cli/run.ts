/**
 * The command line as a function: `run(argv, environment)` returns the exit code and what to
 * print, so tests need no subprocess. `main.ts` wires it to the real process.
 *
 * Exit codes: 0 clean (warnings within --max-warnings); 1 error-level findings, or more
 * warnings than --max-warnings; 2 a usage error, a configuration error, an unreadable file or
 * baseline, or a git problem with --changed-since. Messages on stderr say what went wrong and
 * how to fix it.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { version as packageVersion } from '../../package.json';
import type { ConfigInput } from '../core/config/types';
import type { ConfigProblem } from '../core/types';
import { uniqueProblems } from '../core/setup';
import { helpText, parseArgs, UsageError, type CliOptions } from './args';
import { displayPath, resolveFrom, toPosix } from './paths';
import { OrderedPrinter, type Write } from './printer';
import { loadFormatter, loadStreamingFormatter, type Report, type Totals } from './formats/report';
import type { FileResult, FormatName, LintJob, LintSettings } from './types';

export const VERSION: string = packageVersion;

export interface RunEnvironment {
  /** The working folder: paths are resolved and shown relative to it. */
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Reads standard input (for `-`). */
  readStdin?: () => Promise<string>;
  stdoutIsTTY?: boolean;
  /** When stderr is a terminal, live progress for long runs is written here as it happens. */
  writeProgress?: (text: string) => void;
  /**
   * Standard output as the run goes: a format that can stream (json) then prints each file as
   * soon as it is linted, and the result's `stdout` holds nothing. Without it, all is returned.
   */
  writeStdout?: Write;
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** One lint printed in several formats (the GitHub Action's annotations, scorecard and SARIF). */
export interface FormatsResult extends RunResult {
  outputs: Partial<Record<FormatName, string>>;
  /** Reported findings by severity (after --changed-since and the baseline); null when nothing was linted. */
  totals: Totals | null;
}

/** An error the user can fix: printed without a stack trace, exit code 2. */
class Fatal extends Error {}

export async function run(argv: readonly string[], environment: RunEnvironment): Promise<RunResult> {
  const { exitCode, stdout, stderr } = await runFormats(argv, environment);
  return { exitCode, stdout, stderr };
}

/** Like `run`, and also prints the findings in each of `formats` from the same lint. */
export async function runFormats(argv: readonly string[], environment: RunEnvironment, formats: readonly FormatName[] = []): Promise<FormatsResult> {
  const stderr: string[] = [];
  const note = (message: string) => stderr.push(`visionlint: ${message}\n`);
  try {
    const options = parseArgs(argv);
    if (options.help) return { exitCode: 0, stdout: helpText(), stderr: '', outputs: {}, totals: null };
    if (options.version) return { exitCode: 0, stdout: `${VERSION}\n`, stderr: '', outputs: {}, totals: null };
    const result = await execute(options, environment, note, formats);
    return { outputs: {}, totals: null, ...result, stderr: stderr.join('') };
  } catch (error) {
    const { GitError } = require('./git') as typeof import('./git');
    const { BaselineError } = require('./baseline') as typeof import('./baseline');
    if (error instanceof UsageError || error instanceof Fatal || error instanceof GitError || error instanceof BaselineError) {
      note(error.message);
      if (error instanceof UsageError && !/--help|--list-rules/.test(error.message)) stderr.push('Run visionlint --help to see every option.\n');
    } else {
      note(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      stderr.push('This is a bug in visionlint; please report it with the command you ran: https://github.com/visionlint/visionlint/issues\n');
    }
    return { exitCode: 2, stdout: '', stderr: stderr.join(''), outputs: {}, totals: null };
  }
}

async function execute(
  options: CliOptions,
  environment: RunEnvironment,
  note: (message: string) => void,
  extraFormats: readonly FormatName[],
): Promise<{ exitCode: 0 | 1 | 2; stdout: string; outputs?: Partial<Record<FormatName, string>>; totals?: Totals }> {
  const formats = [...new Set([options.format, ...extraFormats])];
  const cwd = toPosix(environment.cwd);
  const env = environment.env ?? {};

  if (options.init) return { exitCode: await init(cwd, note), stdout: '' };

  const { nodeHost } = require('./nodeHost') as typeof import('./nodeHost');
  const { SetupCache } = require('./setups') as typeof import('./setups');
  const configFile = options.config !== undefined ? resolveFrom(cwd, options.config) : undefined;
  if (configFile !== undefined) {
    const info = await stat(configFile).catch(() => null);
    if (!info?.isFile()) throw new Fatal(`The config file ${options.config} does not exist (looked for ${configFile}). Check the path, or run visionlint --init to write one.`);
  }
  const overrides: ConfigInput | undefined = options.rules.length > 0 ? { rules: Object.fromEntries(options.rules.map((r) => [r.id, r.severity])) } : undefined;
  const setups = new SetupCache({ host: nodeHost(), configFile, overrides });

  if (options.printConfig !== undefined) {
    const target = resolveFrom(cwd, options.printConfig);
    const setup = await setups.forFile(target);
    const failed = reportProblems(setup.problems, cwd, note);
    const { problems: _problems, ...config } = setup.config;
    return { exitCode: failed ? 2 : 0, stdout: `${JSON.stringify({ ...config, problems: setup.problems }, null, 2)}\n` };
  }
  if (options.why !== undefined) {
    const target = resolveFrom(cwd, options.why);
    const text = await readFile(target, 'utf8').catch(() => null);
    if (text === null) throw new Fatal(`Cannot read ${options.why} (looked for ${target}). Check the path.`);
    const setup = await setups.forFile(target);
    const failed = reportProblems(setup.problems, cwd, note);
    const today = options.today !== undefined ? new Date(`${options.today}T00:00:00`) : new Date();
    const { explainKind } = require('./info') as typeof import('./info');
    return { exitCode: failed ? 2 : 0, stdout: explainKind(setup.linter.lint(text, target, today), displayPath(cwd, target), options.format === 'json') };
  }
  if (options.listRules || options.explain !== undefined) {
    const { listRules, formatRuleList, explainRule } = require('./info') as typeof import('./info');
    const setup = await setups.forDir(cwd);
    const failed = reportProblems(setup.problems, cwd, note);
    const json = options.format === 'json';
    const stdout = options.explain !== undefined
      ? explainRule(options.explain, setup.config, json)
      : json
        ? `${JSON.stringify(listRules(setup.config), null, 2)}\n`
        : formatRuleList(listRules(setup.config), setup.config.files[0] ? displayPath(cwd, setup.config.files[0]) : 'the current folder (built-in defaults)');
    return { exitCode: failed ? 2 : 0, stdout };
  }

  // ---- Which files --------------------------------------------------------------------------
  let jobs: LintJob[];
  if (options.stdin) {
    if (!environment.readStdin) throw new Fatal('standard input is not available here.');
    const text = await environment.readStdin();
    const absPath = options.stdinFilename !== undefined ? resolveFrom(cwd, options.stdinFilename) : `${cwd}/<stdin>`;
    jobs = [{ index: 0, absPath, displayPath: options.stdinFilename !== undefined ? displayPath(cwd, absPath) : '<stdin>', text }];
  } else {
    const { FileSearch } = require('./files') as typeof import('./files');
    const search = new FileSearch({ cwd, setups, ignorePatterns: options.ignorePatterns, useIgnores: options.useIgnores });
    const found = await search.find(options.patterns);
    if (found.missing.length > 0) {
      throw new Fatal(`No such file or folder: ${found.missing.join(', ')} (in ${cwd}). Check the path; a glob such as "docs/**/*.md" needs quotes so the shell leaves it to visionlint.`);
    }
    if (found.unmatched.length > 0) {
      throw new Fatal(`No Markdown files match ${found.unmatched.map((p) => `"${p}"`).join(', ')}. Check the pattern, or whether .gitignore or the ignore setting excludes the files (--no-ignore lints them anyway).`);
    }
    for (const { path, reason } of found.ignored) note(`${displayPath(cwd, path)} is ignored (${reason}); pass --no-ignore to lint it.`);
    if (found.files.length === 0 && found.ignored.length === 0) note(`no Markdown files found under ${options.patterns.length > 0 ? options.patterns.join(', ') : cwd}.`);
    jobs = found.files.map((absPath, index) => ({ index, absPath, displayPath: displayPath(cwd, absPath) }));
  }

  if (options.changedSince !== undefined) {
    const { changedLines } = require('./git') as typeof import('./git');
    const changed = await changedLines(cwd, options.changedSince, jobs.map((j) => j.absPath));
    for (const job of jobs) job.changed = changed.get(job.absPath) ?? [];
  }
  const baselinePath = options.baseline !== undefined ? resolveFrom(cwd, options.baseline) : undefined;
  const writeBaselinePath = options.writeBaseline !== undefined ? resolveFrom(cwd, options.writeBaseline) : undefined;
  if (baselinePath !== undefined && !(writeBaselinePath === baselinePath && !(await exists(baselinePath)))) {
    const { readBaseline } = require('./baseline') as typeof import('./baseline');
    const index = await readBaseline(baselinePath);
    for (const job of jobs) job.baseline = index.get(job.absPath);
  }

  // ---- Lint ---------------------------------------------------------------------------------
  const settings: LintSettings = {
    cwd,
    configFile,
    overrides,
    today: options.today !== undefined ? `${options.today}T00:00:00.000Z` : new Date().toISOString(),
    fix: options.fix,
    quiet: options.quiet,
    scorecard: formats.includes('markdown'),
    baselineKeys: writeBaselinePath !== undefined,
    lineHashes: formats.includes('sarif') || writeBaselinePath !== undefined || baselinePath !== undefined,
  };
  const { Progress } = require('./progress') as typeof import('./progress');
  const progress = new Progress(environment.writeProgress, jobs.length);
  const { workerCount, lintInWorkers } = require('./workers') as typeof import('./workers');
  const workers = options.stdin ? 0 : workerCount(jobs.length, options.concurrency);
  const { createLintContext } = require('./context') as typeof import('./context');
  const { lintJob } = require('./lintFile') as typeof import('./lintFile');
  const context = createLintContext(settings, setups);
  const results: FileResult[] = new Array(jobs.length);
  const streamed = environment.writeStdout && formats.length === 1 ? loadStreamingFormatter(options.format) : undefined;
  const printer = streamed && environment.writeStdout ? new OrderedPrinter(streamed, results, environment.writeStdout) : undefined;
  let done = 0;
  // Settles when the output can take more (see OrderedPrinter.drained).
  const linted = (index: number, result: FileResult): Promise<void> | undefined => {
    results[index] = result;
    progress.update(++done);
    printer?.printReady();
    return printer?.drained();
  };
  try {
    if (workers > 0) {
      await lintInWorkers(jobs, settings, workers, (job) => lintJob(job, context), linted);
    } else {
      for (const job of jobs) {
        await linted(job.index, await lintJob(job, context));
        // Between files the event loop runs: stdout drains, and V8's collector finishes what it queued there.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    progress.finish();
  }

  // ---- Report -------------------------------------------------------------------------------
  let exitCode: 0 | 1 | 2 = 0;
  const problems = results.flatMap((r) => r.problems);
  if (reportProblems(problems, cwd, note)) exitCode = 2;
  for (const r of results) {
    if (r.error) {
      note(`${r.error}. Check that the file exists and is readable.`);
      exitCode = 2;
    }
  }
  const totals: Totals = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0, suppressed: 0, unchanged: 0, fixed: 0, files: 0, documents: 0 };
  for (const r of results) {
    if (r.error) continue;
    totals.files++;
    if (r.kind !== 'none') totals.documents++;
    totals.error += r.counts.error;
    totals.warning += r.counts.warning;
    totals.info += r.counts.info;
    totals.hint += r.counts.hint;
    totals.fixable += r.findings.filter((f) => f.fixable).length;
    totals.suppressed += r.suppressed;
    totals.unchanged += r.unchanged;
    totals.fixed += r.fixed;
    if (r.fixSkipped && options.format !== 'stylish') note(`${r.path}: ${r.fixSkipped}`);
  }
  const extraRules = [...new Map(results.flatMap((r) => r.extraRules).map((rule) => [rule.id, rule])).values()];
  const outputs: Partial<Record<FormatName, string>> = {};
  for (const name of formats) {
    const report: Report = {
      files: results,
      totals,
      cwd,
      version: VERSION,
      color: name === 'stylish' && useColor(options.color, env, environment.stdoutIsTTY === true),
      quiet: options.quiet,
      changedSince: options.changedSince,
      baseline: options.baseline,
      problems: uniqueProblems(problems),
      extraRules,
    };
    if (printer) await printer.finish(report);
    else outputs[name] = (await loadFormatter(name))(report);
  }
  const stdout = outputs[options.format] ?? '';
  if (options.fix && totals.fixed > 0 && options.format !== 'stylish') note(`fixed ${totals.fixed} problem${totals.fixed === 1 ? '' : 's'}.`);

  if (writeBaselinePath !== undefined) {
    const { buildBaseline, writeBaseline } = require('./baseline') as typeof import('./baseline');
    const baseline = buildBaseline(writeBaselinePath, results, jobs.map((j) => j.absPath));
    await writeBaseline(writeBaselinePath, baseline);
    const recorded = baseline.findings.reduce((sum, e) => sum + e.count, 0);
    note(`recorded ${recorded} finding${recorded === 1 ? '' : 's'} in ${displayPath(cwd, writeBaselinePath)}; run with --baseline ${options.writeBaseline} to report only new ones.`);
    return { exitCode: exitCode === 2 ? 2 : 0, stdout, outputs, totals };
  }

  if (exitCode !== 2) {
    if (totals.error > 0) exitCode = 1;
    if (options.maxWarnings !== undefined && totals.warning > options.maxWarnings) {
      exitCode = 1;
      note(`${totals.warning} warning${totals.warning === 1 ? '' : 's'} found, more than --max-warnings ${options.maxWarnings} allows.`);
    }
  }
  return { exitCode, stdout, outputs, totals };
}

/** `--init`: writes the starter configuration, never over an existing one. */
async function init(cwd: string, note: (message: string) => void): Promise<0 | 2> {
  const { CONFIG_FILE_NAMES } = require('../core/config/load') as typeof import('../core/config/load');
  const { STARTER_CONFIG } = require('../core/config/starter') as typeof import('../core/config/starter');
  for (const name of CONFIG_FILE_NAMES) {
    if (await exists(`${cwd}/${name}`)) throw new Fatal(`${name} already exists in ${cwd}; edit it, or remove it before running --init again.`);
  }
  try {
    await writeFile(`${cwd}/.visionlintrc.yaml`, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    throw new Fatal(`Cannot write .visionlintrc.yaml in ${cwd}: ${(error as Error).message}`);
  }
  note('wrote .visionlintrc.yaml with the starter configuration; edit it to suit your documents.');
  return 0;
}


/** Prints configuration problems; true when one of them is an error (exit code 2). */
function reportProblems(problems: readonly ConfigProblem[], cwd: string, note: (message: string) => void): boolean {
  let failed = false;
  for (const p of uniqueProblems(problems)) {
    const isError = p.severity !== 'warning';
    const file = p.file.startsWith('/') || /^[A-Za-z]:\//.test(p.file) ? displayPath(cwd, p.file) : p.file;
    const where = p.line !== undefined ? `${file}:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : file;
    const key = p.key && !p.message.startsWith(p.key) ? ` (${p.key})` : '';
    note(`${isError ? 'config error' : 'config warning'} in ${where}${key}: ${p.message}`);
    // An unknown rule in --rule is a typo on the command line: a usage error, not a warning.
    if (isError || p.file === '--rule') failed = true;
  }
  if (failed) note('fix the configuration above: until then visionlint exits with code 2 (findings above use the defaults for what it could not read).');
  return failed;
}

/** Colour for the stylish format: --color/--no-color, else FORCE_COLOR, NO_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
