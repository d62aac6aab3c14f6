/**
 * The GitHub Action (action.yml runs this file with the runner's Node.js): lints the workflow's
 * checkout with the CLI's own code, prints the findings as annotations, writes the scorecard of
 * the changed documents to the job summary, writes SARIF when asked, and fails the step only on
 * new findings at or above `fail-on`: in a pull request, findings on lines the pull request
 * added or changed (`--changed-since` the base commit).
 *
 * It reads what a runner provides: INPUT_* (set by action.yml from the inputs), GITHUB_EVENT_NAME
 * and GITHUB_EVENT_PATH (the event payload: the base commit), GITHUB_WORKSPACE, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and RUNNER_TEMP. Nothing is installed or resolved by name at run time.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData } from '../cli/formats/github';
import { plural, type Totals } from '../cli/formats/report';
import { runFormats } from '../cli/run';
import type { FormatName } from '../cli/types';
import { isLintWorker, writeAll } from '../cli/entry';
import { runWorker } from '../cli/workers';

const LEVELS = ['error', 'warning', 'info', 'hint'] as const;
type FailOn = (typeof LEVELS)[number] | 'never';

export interface ActionInputs {
  paths: string[];
  config: string;
  failOn: FailOn;
  changedOnly: boolean;
  summary: boolean;
  sarif: boolean;
}

/** A problem with the action's inputs or the checkout: reported as one error, exit code 2. */
class ActionError extends Error {}

function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = (env[`INPUT_${name}`] ?? '').trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ActionError(`Input ${name.toLowerCase().replace(/_/g, '-')} must be true or false, not "${value}".`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = (env.INPUT_FAIL_ON ?? '').trim().toLowerCase() || 'error';
  if (failOn !== 'never' && !(LEVELS as readonly string[]).includes(failOn)) {
    throw new ActionError(`Input fail-on must be error, warning, info, hint or never, not "${failOn}".`);
  }
  return {
    // Paths and globs, one per line or separated by spaces.
    paths: (env.INPUT_PATHS ?? '').split(/\s+/).filter((path) => path !== ''),
    config: (env.INPUT_CONFIG ?? '').trim(),
    failOn: failOn as FailOn,
    changedOnly: booleanInput(env, 'CHANGED_ONLY', true),
    summary: booleanInput(env, 'SUMMARY', true),
    sarif: booleanInput(env, 'SARIF', false),
  };
}

interface EventPayload {
  pull_request?: { base?: { sha?: string } };
  merge_group?: { base_sha?: string };
  before?: string;
}

/** The commit the event's changes are measured from: a pull request's base, or the commit a push moved the branch from. */
export function baseCommit(eventName: string, payload: EventPayload): string | undefined {
  const sha =
    eventName === 'pull_request' || eventName === 'pull_request_target'
      ? payload.pull_request?.base?.sha
      : eventName === 'merge_group'
        ? payload.merge_group?.base_sha
        : eventName === 'push'
          ? payload.before
          : undefined;
  // A push that creates a branch has no "before" (forty zeros).
  return sha && /^[0-9a-f]{40,64}$/i.test(sha) && !/^0+$/.test(sha) ? sha : undefined;
}

function readPayload(path: string): EventPayload {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (error) {
    throw new ActionError(`Cannot read the event payload ${path} (GITHUB_EVENT_PATH): ${(error as Error).message}`);
  }
}

function git(args: string[], cwd: string): boolean {
  return spawnSync('git', args, { cwd, stdio: 'ignore' }).status === 0;
}

/** Makes sure the base commit is in the checkout (actions/checkout fetches one commit by default). */
function fetchBase(sha: string, cwd: string): void {
  if (git(['cat-file', '-e', `${sha}^{commit}`], cwd)) return;
  if (git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], cwd) && git(['cat-file', '-e', `${sha}^{commit}`], cwd)) return;
  throw new ActionError(
    `The base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched from origin. Check out with fetch-depth: 0 (actions/checkout), or set changed-only: false to lint every line.`,
  );
}

function counted(totals: Totals, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return LEVELS.slice(0, LEVELS.indexOf(failOn) + 1).reduce((sum, level) => sum + totals[level], 0);
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The whole action, as a function of its environment: what to print and the exit code. */
export async function runAction(env: NodeJS.ProcessEnv): Promise<ActionRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const fail = (message: string): ActionRun => {
    stdout.push(`::error title=visionlint::${escapeData(message)}\n`);
    return { exitCode: 2, stdout: stdout.join(''), stderr: stderr.join('') };
  };
  try {
    const inputs = readInputs(env);
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : {};
    const base = inputs.changedOnly ? baseCommit(eventName, payload) : undefined;
    if (base !== undefined) fetchBase(base, cwd);
    else if (inputs.changedOnly) stdout.push(`visionlint: no base commit for a ${eventName || 'manual'} event; every line of every document counts.\n`);

    const common = [...inputs.paths, ...(inputs.config !== '' ? ['--config', inputs.config] : [])];
    const annotationArgs = [...common, '--format', 'github', '--no-color', ...(base !== undefined ? ['--changed-since', base] : [])];
    // Code scanning tracks alerts across commits itself, so SARIF always holds every finding.
    const sarifInFirstRun = inputs.sarif && base === undefined;
    const formats: FormatName[] = [...(inputs.summary ? (['markdown'] as const) : []), ...(sarifInFirstRun ? (['sarif'] as const) : [])];
    const result = await runFormats(annotationArgs, { cwd, env }, formats);
    stdout.push(result.stdout);
    stderr.push(result.stderr);
    if (result.exitCode === 2 || result.totals === null) return fail(`visionlint could not lint the documents: ${result.stderr.trim() || 'see the log'}`);

    const outputs: Record<string, string | number> = {
      errors: result.totals.error,
      warnings: result.totals.warning,
      documents: result.totals.documents,
    };
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, result.outputs.markdown ?? '');
    if (inputs.sarif) {
      const sarif = sarifInFirstRun ? result.outputs.sarif : (await runFormats([...common, '--format', 'sarif'], { cwd, env })).stdout;
      const sarifFile = join(env.RUNNER_TEMP || cwd, 'visionlint.sarif');
      writeFileSync(sarifFile, sarif ?? '');
      outputs['sarif-file'] = sarifFile;
    }
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));

    const failing = counted(result.totals, inputs.failOn);
    const scope = base !== undefined ? ` on lines changed since ${base.slice(0, 12)}` : '';
    if (failing > 0) {
      stdout.push(`::error title=visionlint::${escapeData(`${plural(failing, 'finding')} at or above ${inputs.failOn}${scope} (fail-on: ${inputs.failOn}).`)}\n`);
      return { exitCode: 1, stdout: stdout.join(''), stderr: stderr.join('') };
    }
    const { error, warning, info, hint } = result.totals;
    stdout.push(`visionlint: ${plural(result.totals.documents, 'document')} linted; ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info + hint, 'note')}${scope}.\n`);
    return { exitCode: 0, stdout: stdout.join(''), stderr: stderr.join('') };
  } catch (error) {
    if (error instanceof ActionError) return fail(error.message);
    throw error;
  }
}

if (isLintWorker()) {
  void runWorker();
} else if (require.main === module) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    process.stdout.write(`::error title=visionlint::visionlint needs Node.js 20.19 or later and this runner has ${process.version}. Add actions/setup-node with node-version: 20 before this step.\n`);
    process.exitCode = 2;
  } else {
    runAction(process.env).then(
      async (outcome) => {
        await writeAll(process.stdout, outcome.stdout);
        await writeAll(process.stderr, outcome.stderr);
        process.exitCode = outcome.exitCode;
      },
      (error: unknown) => {
        process.stdout.write(`::error title=visionlint::${escapeData(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)}\n`);
        process.exitCode = 2;
      },
    );
  }
}
