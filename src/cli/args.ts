/**
 * The command line, read by node:util's parseArgs: `--flag value`, `--flag=value`, `-f value`,
 * `-fvalue`, `--` ends the options, `-` stands for standard input. Mistakes become a `UsageError`
 * that says what was wrong and how to fix it (with "did you mean" for a misspelt flag, format or
 * severity).
 */
import { parseArgs as readCommandLine } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { severityFromValue, SEVERITY_HELP } from '../core/config/severity';
import { suggestClosest } from '../core/config/suggest';
import type { SeveritySetting } from '../core/types';
import { FORMATS, type FormatName } from './types';

export class UsageError extends Error {}

export interface CliOptions {
  patterns: string[];
  /** `-` was given: read the document from standard input. */
  stdin: boolean;
  stdinFilename?: string;
  format: FormatName;
  config?: string;
  /** `--rule id:severity`, in order. */
  rules: { id: string; severity: SeveritySetting }[];
  /** Undefined: no limit. */
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  init: boolean;
  printConfig?: string;
  /** `--why FILE`: say which kind the document was read as, and why. */
  why?: string;
  listRules: boolean;
  explain?: string;
  version: boolean;
  help: boolean;
  changedSince?: string;
  baseline?: string;
  writeBaseline?: string;
  ignorePatterns: string[];
  /** False with --no-ignore. */
  useIgnores: boolean;
  /** --color / --no-color; undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
  concurrency?: number;
  /** YYYY-MM-DD. */
  today?: string;
}

interface FlagSpec {
  name: string;
  short?: string;
  /** Placeholder of the value, for flags that take one. */
  value?: string;
  /** A function when the text names a figure from code that is loaded only when needed. */
  help: string | (() => string);
  group: string;
}

const FLAGS: FlagSpec[] = [
  { name: 'stdin-filename', value: 'PATH', group: 'Input', help: 'the file standard input stands for: its configuration applies and output names it' },
  { name: 'ignore-pattern', value: 'GLOB', group: 'Input', help: 'skip files matching GLOB, relative to the current folder (repeatable)' },
  { name: 'no-ignore', group: 'Input', help: 'do not honour .gitignore, the ignore setting or --ignore-pattern' },
  { name: 'format', short: 'f', value: 'NAME', group: 'Output', help: 'stylish (default), json, sarif, github, junit or markdown' },
  { name: 'quiet', short: 'q', group: 'Output', help: 'report errors only (warnings still count for --max-warnings)' },
  { name: 'max-warnings', value: 'N', group: 'Output', help: 'exit with 1 when there are more than N warnings' },
  { name: 'color', group: 'Output', help: 'colour the stylish output even when it is not a terminal' },
  { name: 'no-color', group: 'Output', help: 'never colour the output (NO_COLOR does the same)' },
  { name: 'config', short: 'c', value: 'FILE', group: 'Configuration', help: 'use this configuration file instead of the nearest .visionlintrc' },
  { name: 'rule', value: 'ID:SEVERITY', group: 'Configuration', help: 'set a rule to off, hint, info, warning or error (repeatable)' },
  { name: 'print-config', value: 'FILE', group: 'Configuration', help: 'print the configuration that applies to FILE, as JSON' },
  { name: 'why', value: 'FILE', group: 'Configuration', help: 'say which kind of document FILE was read as, and why' },
  { name: 'init', group: 'Configuration', help: 'write a starter .visionlintrc.yaml in the current folder' },
  { name: 'fix', group: 'Fixing', help: 'apply the fixes that need no input, rewriting files in place' },
  { name: 'changed-since', value: 'REF', group: 'Review only what changed', help: 'report only findings on lines changed since the git ref REF' },
  { name: 'baseline', value: 'FILE', group: 'Review only what changed', help: 'hide the findings recorded in FILE' },
  { name: 'write-baseline', value: 'FILE', group: 'Review only what changed', help: 'record every current finding in FILE (and exit 0)' },
  { name: 'list-rules', group: 'Rules', help: 'list the rules with their severity (with --format json: as JSON)' },
  { name: 'explain', value: 'RULE', group: 'Rules', help: 'why a rule exists, what to write instead, and examples' },
  {
    name: 'concurrency',
    value: 'N',
    group: 'Other',
    // The figure workerCount uses; workers.ts is loaded only when the CLI lints or shows this help.
    help: () =>
      `lint with N threads (1: no workers; default: one per core, at least ${(require('./workers') as typeof import('./workers')).MIN_FILES_PER_THREAD} files each)`,
  },
  { name: 'today', value: 'DATE', group: 'Other', help: 'judge deadlines as if today were DATE (YYYY-MM-DD)' },
  { name: 'help', short: 'h', group: 'Other', help: 'show this help' },
  { name: 'version', short: 'v', group: 'Other', help: 'print the version' },
];

const BY_NAME = new Map(FLAGS.map((f) => [f.name, f]));
const BY_SHORT = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short as string, f]));

/** The flags as parseArgs knows them; it is run with `strict: false` so that the checks below word every mistake. */
const PARSE_ARGS_OPTIONS: ParseArgsConfig['options'] = Object.fromEntries(
  FLAGS.map((f) => [f.name, { type: f.value ? 'string' : 'boolean', ...(f.short ? { short: f.short } : {}) }] as const),
);

export const HELP_HINT = 'Run visionlint --help to see every option.';

/**
 * Whether an argument parseArgs took as a flag's value is rather the next flag (`--format --quiet`):
 * parseArgs takes any next argument, but `-` and negative numbers are the only values that start with -.
 */
function looksLikeFlag(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg);
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    patterns: [],
    stdin: false,
    format: 'stylish',
    rules: [],
    quiet: false,
    fix: false,
    init: false,
    listRules: false,
    version: false,
    help: false,
    ignorePatterns: [],
    useIgnores: true,
  };
  const { tokens } = readCommandLine({ args: [...argv], options: PARSE_ARGS_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  let onlyPaths = false;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      onlyPaths = true;
      continue;
    }
    if (token.kind === 'positional') {
      if (token.value === '-' && !onlyPaths) options.stdin = true;
      else options.patterns.push(token.value);
      continue;
    }
    // parseArgs splits `-qx` into -q and -x; here a short flag stands alone or has its value attached (`-fjson`).
    const arg = argv[token.index];
    const long = token.rawName.startsWith('--');
    const spec = long ? BY_NAME.get(token.name) : BY_SHORT.get(token.rawName.slice(1));
    if (!spec) throw unknownFlag(long ? arg.split('=', 1)[0] : arg);
    if (!long && arg.length > 2 && !spec.value) throw unknownFlag(arg);
    const flag = `--${spec.name}`;
    let value: string | undefined;
    if (spec.value) {
      if (token.inlineValue || (token.value !== undefined && !looksLikeFlag(token.value))) value = token.value;
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value: ${flag} ${spec.value}${valueHint(spec.name)}`);
    } else if (token.value !== undefined) {
      throw new UsageError(`${flag} takes no value (found "${flag}=${token.value}").`);
    }
    const repeatable = spec.name === 'rule' || spec.name === 'ignore-pattern';
    if (!repeatable && seen.has(spec.name) && spec.value) throw new UsageError(`${flag} is given twice; give it once.`);
    seen.add(spec.name);
    apply(options, spec.name, value);
  }
  if (options.stdin && options.patterns.length > 0) {
    throw new UsageError(`Read either standard input (-) or files, not both: found - and ${options.patterns[0]}.`);
  }
  if (options.stdinFilename !== undefined && !options.stdin) {
    throw new UsageError('--stdin-filename names standard input, so it needs - as well: visionlint - --stdin-filename docs/goals.md < goals.md');
  }
  if (options.fix && options.stdin) {
    throw new UsageError('--fix rewrites files and cannot rewrite standard input: run visionlint --fix on the file itself.');
  }
  if (options.changedSince !== undefined && options.stdin) {
    throw new UsageError('--changed-since compares files with git and does not apply to standard input: pass the file path instead of -.');
  }
  return options;
}

function apply(options: CliOptions, name: string, value: string | undefined): void {
  const v = value as string;
  switch (name) {
    case 'stdin-filename':
      options.stdinFilename = v;
      break;
    case 'ignore-pattern':
      options.ignorePatterns.push(v);
      break;
    case 'no-ignore':
      options.useIgnores = false;
      break;
    case 'format': {
      const format = v.toLowerCase();
      if (!(FORMATS as readonly string[]).includes(format)) {
        const guess = suggestClosest(v, FORMATS);
        throw new UsageError(`Unknown format "${v}"${guess ? `; did you mean ${guess}?` : '.'} Use one of ${FORMATS.join(', ')}.`);
      }
      options.format = format as FormatName;
      break;
    }
    case 'quiet':
      options.quiet = true;
      break;
    case 'max-warnings': {
      if (!/^-?\d+$/.test(v) || Number(v) < -1) throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more; -1 for no limit), not "${v}".`);
      options.maxWarnings = Number(v) < 0 ? undefined : Number(v);
      break;
    }
    case 'color':
      options.color = true;
      break;
    case 'no-color':
      options.color = false;
      break;
    case 'config':
      options.config = v;
      break;
    case 'rule':
      options.rules.push(parseRule(v));
      break;
    case 'print-config':
      options.printConfig = v;
      break;
    case 'why':
      options.why = v;
      break;
    case 'init':
      options.init = true;
      break;
    case 'fix':
      options.fix = true;
      break;
    case 'changed-since':
      options.changedSince = v;
      break;
    case 'baseline':
      options.baseline = v;
      break;
    case 'write-baseline':
      options.writeBaseline = v;
      break;
    case 'list-rules':
      options.listRules = true;
      break;
    case 'explain':
      options.explain = v;
      break;
    case 'concurrency': {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--concurrency needs a number of threads, 1 or more, not "${v}".`);
      options.concurrency = Number(v);
      break;
    }
    case 'today': {
      const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!date || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new UsageError(`--today needs a date written YYYY-MM-DD, not "${v}".`);
      options.today = v;
      break;
    }
    case 'help':
      options.help = true;
      break;
    case 'version':
      options.version = true;
      break;
  }
}

/** `goal-owner:off`, `goal-owner=error` or `goal-owner: warning`. */
function parseRule(value: string): { id: string; severity: SeveritySetting } {
  const match = /^\s*([^:=\s]+)\s*[:=]\s*(\S+)\s*$/.exec(value);
  if (!match) throw new UsageError(`--rule needs a rule id and a severity, such as --rule goal-owner:error (found "${value}").`);
  const [, id, severity] = match;
  const canonical = severityFromValue(severity);
  if (canonical === undefined) {
    const guess = suggestClosest(severity, ['off', 'hint', 'info', 'warning', 'error']);
    throw new UsageError(`--rule ${value}: "${severity}" is not a severity${guess ? `; did you mean ${guess}?` : ''} ${capitalise(SEVERITY_HELP)}.`);
  }
  return { id, severity: canonical };
}

function unknownFlag(flag: string): UsageError {
  const candidates = FLAGS.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
  const guess = suggestClosest(flag, candidates.filter((c) => c.startsWith('--') === flag.startsWith('--')));
  return new UsageError(`Unknown option ${flag}.${guess ? ` Did you mean ${guess}?` : ''} ${HELP_HINT}`);
}

function valueHint(name: string): string {
  if (name === 'format') return ` (one of ${FORMATS.join(', ')})`;
  if (name === 'rule') return ' (for example goal-owner:error)';
  return '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function helpText(): string {
  const lines = [
    'Usage: visionlint [options] [paths or globs ...]',
    '',
    'Lints vision, values, goals and strategy documents written in Markdown: SMART goals,',
    'the customer perspective, values people can see, feedback loops. With no paths it lints',
    'every Markdown file under the current folder, honouring .gitignore and the ignore setting.',
    'Use - to read one document from standard input.',
  ];
  let group = '';
  for (const flag of FLAGS) {
    if (flag.group !== group) {
      group = flag.group;
      lines.push('', `${group}:`);
    }
    const names = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`;
    lines.push(`  ${names.padEnd(30)} ${typeof flag.help === 'function' ? flag.help() : flag.help}`);
  }
  lines.push(
    '',
    'Exit codes: 0 no problems (or warnings within --max-warnings); 1 errors, or more warnings',
    'than --max-warnings; 2 a usage or configuration error.',
    '',
    'Examples:',
    '  visionlint                                   every Markdown file here',
    '  visionlint "docs/**/*.md" --format sarif > visionlint.sarif',
    '  visionlint --changed-since origin/main --max-warnings 0',
    '  cat goals.md | visionlint - --stdin-filename docs/goals.md',
    '',
    'Docs: https://github.com/visionlint/visionlint#command-line',
  );
  return `${lines.join('\n')}\n`;
}
