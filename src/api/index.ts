/**
 * visionlint for other Node tools (`require('visionlint')` or `import ... from 'visionlint'`): the
 * analysis core the extension, the CLI and the remark plugin share, plus the file-system host that
 * finds `.visionlintrc.*` files the way the CLI does, `lintDocument` to put them together, and
 * the command line as a function (`run`). The CLI's bundle (dist/cli.js) is this module too, so
 * the package carries the core once.
 */
import { nodeHost } from '../cli/nodeHost';
import { setUpLinter, type LintResult } from '../core';
import type { ConfigInput } from '../core/config/types';
import type { ConfigProblem } from '../core/types';

export * from '../core';
export { nodeHost };
export { run, type RunEnvironment, type RunResult } from '../cli/run';

export interface LintDocumentOptions {
  /** Use this configuration file instead of the nearest `.visionlintrc.*` above the document. */
  configFile?: string;
  /** Configuration applied over the file's, as the CLI's `--rule` is. */
  config?: ConfigInput;
  /** Judge deadlines as if today were this day. */
  today?: Date;
}

export interface LintDocumentResult extends LintResult {
  /** Configuration and template problems: the findings use the defaults for what could not be read. */
  problems: ConfigProblem[];
}

/** Lints `text` as the document at `path` (absolute), with the configuration the CLI would use for it. */
export async function lintDocument(text: string, path: string, options: LintDocumentOptions = {}): Promise<LintDocumentResult> {
  const setup = await setUpLinter({ documentPath: path, host: nodeHost(), configFile: options.configFile, overrides: options.config });
  return { ...setup.linter.lint(text, path, options.today), problems: setup.problems };
}
