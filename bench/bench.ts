/**
 * `npm run bench [-- --json] [--file PATH] [--corpus DIR]`: speed figures, medians over repeated
 * runs, in milliseconds. The document is real-looking text (bench/realistic.ts) unless `--file`
 * names one; the tidy generated strategy (bench/generate.ts) is measured too, as `generated*`. bench/run.cjs bundles this file first, as the extension and the CLI are
 * shipped. Not part of the tests: timings belong in a report, not in assertions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, join, resolve } from 'node:path';
import { Linter } from '../src/core';
import { parseWithRemark } from '../test/support/remark';
import { LintSession } from '../src/core/session';
import { generateStrategy } from './generate';
import { goalDensePage, realisticCorpusPage, realisticStrategy } from './realistic';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
/** The project root, whether this runs bundled (dist/bench/) or from source. */
const root = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const log = (line: string) => {
  if (!json) console.log(line);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// Collects garbage between figures, so one figure does not pay for the garbage another left.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function settle(): void {
  collectGarbage();
  collectGarbage();
}

function time(run: () => void, repeats: number): number {
  settle();
  run(); // warm up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A full lint with a linter of its own, which (with its caches) is garbage once measured. */
function fullLintTime(text: string): number {
  const linter = new Linter();
  return time(() => linter.lint(text, 'strategy.md'), 5);
}

/**
 * Single-character edits at random positions through the incremental session, including the
 * findings. Like the other figures, measured after a warm-up (20 edits that are not counted).
 */
function editTimes(text: string, edits: number): number[] {
  const session = new LintSession(new Linter(), text, 'strategy.md');
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const times: number[] = [];
  const warmUp = 20;
  settle();
  for (let i = 0; i < warmUp + edits; i++) {
    const offset = Math.floor(random() * session.currentLength);
    const change = i % 2 === 0 ? { rangeOffset: offset, rangeLength: 0, text: 'e' } : { rangeOffset: offset, rangeLength: 1, text: '' };
    const start = performance.now();
    session.update([change]);
    if (i >= warmUp) times.push(performance.now() - start);
  }
  return times;
}

async function markdownlintMs(text: string): Promise<number | null> {
  try {
    const { lint } = require('markdownlint/sync') as { lint: (options: object) => unknown };
    return time(() => lint({ strings: { doc: text } }), 5);
  } catch {
    return null;
  }
}

/** Runs a command over a corpus and returns files per second and the peak resident memory. */
function filesPerSecond(command: string, commandArgs: string[], files: number): { perSecond: number; peakRssMb: number } | null {
  const runs: number[] = [];
  let peak = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync(command, ['--require', join(root, 'bench', 'rss.cjs'), ...commandArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.error || (result.status !== 0 && result.status !== 1)) return null;
    runs.push(performance.now() - start);
    const rss = Number(/__RSS_KB__(\d+)/.exec(result.stderr)?.[1]);
    if (Number.isFinite(rss)) peak = Math.max(peak, rss / 1024);
  }
  return { perSecond: files / (median(runs) / 1000), peakRssMb: Math.round(peak) };
}

function makeCorpus(): { dir: string; files: number; temporary: boolean } {
  const given = option('--corpus');
  if (given) {
    const count = readdirSync(given, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    return { dir: resolve(given), files: count, temporary: false };
  }
  const dir = mkdtempSync(join(tmpdir(), 'visionlint-corpus-'));
  const files = 300;
  for (let i = 0; i < files; i++) {
    mkdirSync(join(dir, `team-${i % 10}`), { recursive: true });
    writeFileSync(join(dir, `team-${i % 10}`, `strategy-${i}.md`), realisticCorpusPage(i));
  }
  return { dir, files, temporary: true };
}

async function main() {
  const file = option('--file');
  const text = file ? readFileSync(file, 'utf8') : realisticStrategy(10_000);
  const small = file ? text.split('\n').slice(0, 1000).join('\n') : goalDensePage(1_000);
  const generated = generateStrategy(10_000);
  log(`document: ${file ?? 'real-looking handbook and OKR page'}, ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KB`);
  log(`1,000-line page: ${file ? 'its first 1,000 lines' : 'goal-dense OKR page'}; second document: generated strategy, ${(generated.length / 1024).toFixed(0)} KB`);

  const parseOnlyMs = time(() => parseWithRemark(text), 5);
  const fullLintMs = fullLintTime(text);
  const edits = editTimes(text, 200);
  const smallEdits = editTimes(small, 200);
  const markdownlint = await markdownlintMs(text);
  const generatedParseOnlyMs = time(() => parseWithRemark(generated), 5);
  const generatedFullLintMs = fullLintTime(generated);
  const generatedEdits = editTimes(generated, 200);

  const corpus = makeCorpus();
  const cli = existsSync(join(root, 'dist/cli.js'))
    ? filesPerSecond(process.execPath, [join(root, 'dist/cli.js'), corpus.dir, '--format', 'json', '--quiet'], corpus.files)
    : null;
  const cli2 = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const peer = existsSync(cli2) ? filesPerSecond(process.execPath, [cli2, `${corpus.dir}/**/*.md`], corpus.files) : null;
  if (corpus.temporary) rmSync(corpus.dir, { recursive: true, force: true });

  const size = (path: string) => (existsSync(join(root, path)) ? statSync(join(root, path)).size : null);
  const figures = {
    parseOnlyMs: round(parseOnlyMs),
    fullLintMs: round(fullLintMs),
    editP50Ms: round(percentile(edits, 50)),
    editP95Ms: round(percentile(edits, 95)),
    editP95Ms1000Lines: round(percentile(smallEdits, 95)),
    markdownlintMs: markdownlint === null ? null : round(markdownlint),
    cliFilesPerSecond: cli ? round(cli.perSecond) : null,
    markdownlintCliFilesPerSecond: peer ? round(peer.perSecond) : null,
    cliPeakRssMb: cli?.peakRssMb ?? null,
    extensionBundleBytes: size('dist/extension.js'),
    browserBundleBytes: size('dist/web/extension.js'),
    lines: text.split('\n').length,
    corpusFiles: corpus.files,
    generatedParseOnlyMs: round(generatedParseOnlyMs),
    generatedFullLintMs: round(generatedFullLintMs),
    generatedEditP50Ms: round(percentile(generatedEdits, 50)),
    generatedEditP95Ms: round(percentile(generatedEdits, 95)),
  };
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  const rows: [string, string, string][] = [
    ['parse only, whole document (remark, same plugins)', `${figures.parseOnlyMs} ms`, ''],
    ['full lint (parses in pieces)', `${figures.fullLintMs} ms`, `${(fullLintMs / parseOnlyMs).toFixed(2)} x parse (target <= 1.25)`],
    ['edit, p50', `${figures.editP50Ms} ms`, ''],
    ['edit, p95', `${figures.editP95Ms} ms`, 'target <= 30 ms'],
    ['edit, p95, 1,000 lines', `${figures.editP95Ms1000Lines} ms`, 'target <= 10 ms'],
    ['markdownlint (library)', figures.markdownlintMs === null ? 'not installed' : `${figures.markdownlintMs} ms`, ''],
    ['CLI files/s', figures.cliFilesPerSecond === null ? 'n/a (build first)' : String(figures.cliFilesPerSecond), ''],
    ['markdownlint-cli2 files/s', figures.markdownlintCliFilesPerSecond === null ? 'not installed' : String(figures.markdownlintCliFilesPerSecond), cli && peer ? `${(cli.perSecond / peer.perSecond).toFixed(2)} x (target >= 2)` : ''],
    ['CLI peak RSS', figures.cliPeakRssMb === null ? 'n/a' : `${figures.cliPeakRssMb} MB`, ''],
    ['extension bundle', figures.extensionBundleBytes === null ? 'n/a' : `${(figures.extensionBundleBytes / 1024).toFixed(0)} KB`, 'target < 600 KB'],
    ['generated strategy: parse only', `${figures.generatedParseOnlyMs} ms`, ''],
    ['generated strategy: full lint', `${figures.generatedFullLintMs} ms`, `${(generatedFullLintMs / generatedParseOnlyMs).toFixed(2)} x parse (target <= 1.25)`],
    ['generated strategy: edit p50 / p95', `${figures.generatedEditP50Ms} / ${figures.generatedEditP95Ms} ms`, 'p95 target <= 30 ms'],
    ['browser bundle', figures.browserBundleBytes === null ? 'n/a' : `${(figures.browserBundleBytes / 1024).toFixed(0)} KB`, ''],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(14)}  ${note}`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
