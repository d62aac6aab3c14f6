#!/usr/bin/env node
// Runs visionlint's integration tests in a real VS Code (code-server 4.99.4 = VS Code 1.99.3, shown
// in Debian's Chromium; see test/integration/run-offline.mjs), three times:
//
//   trusted    Node extension host, trusted workspace: the full suite (and the README screenshots)
//   untrusted  Node extension host, Restricted Mode: workspace config and house templates ignored
//   web        web worker extension host (dist/web/extension.js): activation and diagnostics
//
//   node scripts/test-integration.mjs [--only=trusted,untrusted,web] [--screenshots] [--grep=TEXT]
//
// Steps: install code-server and Chromium if missing (scripts/install-vscode-offline.sh, instant when
// installed), build the extension (npm run build), bundle the tests into out/test/, then for each
// run copy test/integration/workspace to a fresh temp folder (the tests edit fixture files; the repo
// stays clean) and run VS Code on it. --screenshots copies the trusted run's PNGs to
// docs/screenshots/ (without it nothing in the repo is written, so CI does not rewrite them).
// Exits non-zero if any run fails; prints one summary line per run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out/test');
const FIXTURE = path.join(ROOT, 'test/integration/workspace');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

const RUNS = {
  trusted: { what: 'Node extension host, trusted workspace', tests: 'index.js', trusted: true, web: false, screenshots: true },
  untrusted: { what: 'Node extension host, Restricted Mode', tests: 'index.js', trusted: false, web: false },
  web: { what: 'web worker extension host', tests: 'index.web.js', trusted: true, web: true },
};

function parseArgs(argv) {
  const options = { only: Object.keys(RUNS), screenshots: false, grep: undefined, electron: false };
  for (const arg of argv) {
    const [key, value] = arg.split(/=(.*)/s);
    if (key === '--only' && value) options.only = value.split(',').map((s) => s.trim()).filter(Boolean);
    else if (key === '--screenshots' && value === undefined) options.screenshots = true;
    else if (key === '--electron' && value === undefined) options.electron = true;
    else if (key === '--grep' && value) options.grep = value;
    else if (key === '--help' || key === '-h') {
      console.log('usage: node scripts/test-integration.mjs [--only=trusted,untrusted,web] [--screenshots] [--grep=TEXT] [--electron]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  const unknown = options.only.filter((name) => !(name in RUNS));
  if (unknown.length > 0 || options.only.length === 0) throw new Error(`--only takes ${Object.keys(RUNS).join(', ')}; got ${options.only.join(',')}`);
  return options;
}

const step = (message) => console.log(`\n[test-integration] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/**
 * The hover shows ✅/❌; without a colour emoji font Chromium draws empty boxes in the screenshots.
 * Only for --screenshots: the tests themselves do not need it.
 */
function ensureEmojiFont() {
  const hasFont = () => /emoji/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '');
  if (hasFont()) return;
  if (process.getuid?.() === 0) {
    step('installing fonts-noto-color-emoji (for the ✅/❌ in the screenshots)');
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fonts-noto-color-emoji'], {
      stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!hasFont()) console.warn('[test-integration] warning: no emoji font (apt-get install fonts-noto-color-emoji): ✅/❌ will be boxes in the screenshots');
}

async function bundleTests() {
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild');
  const common = { bundle: true, format: 'cjs', target: 'es2022', sourcemap: 'inline', logLevel: 'warning' };
  await Promise.all([
    // Node host: mocha comes from node_modules at run time.
    esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'test/integration/index.ts')], outfile: path.join(OUT, 'index.js'), platform: 'node', external: ['vscode', 'mocha'] }),
    // Web worker host: one file with mocha's browser build; it must lie inside the extension folder.
    esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'test/integration/index.web.ts')], outfile: path.join(OUT, 'index.web.js'), platform: 'browser', external: ['vscode'] }),
  ]);
  const ignored = fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split(/\r?\n/).map((l) => l.trim());
  if (!ignored.includes('out/') && !ignored.includes('out')) console.warn('[test-integration] warning: out/ is not in .gitignore');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();

  step('installing code-server and Chromium if needed');
  if (!options.electron) run('bash', [path.join(ROOT, 'scripts/install-vscode-offline.sh')]);
  if (options.screenshots) ensureEmojiFont();
  step('building the extension (npm run build) and the tests (out/test/)');
  run('npm', ['run', 'build', '--silent']);
  await bundleTests();

  // --electron: VS Code desktop downloaded by @vscode/test-electron (machines with internet); default: code-server offline.
  const runVSCode = options.electron
    ? (await import(path.join(ROOT, 'test/integration/run-electron.mjs'))).runInElectron
    : (await import(path.join(ROOT, 'test/integration/run-offline.mjs'))).runInCodeServer;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'visionlint-integration-'));
  const results = [];
  for (const name of options.only) {
    const spec = RUNS[name];
    const workspace = path.join(tmp, name, 'workspace');
    fs.cpSync(FIXTURE, workspace, { recursive: true });
    const screenshotDir = spec.screenshots ? path.join(tmp, name, 'screenshots') : undefined;
    step(`run "${name}": ${spec.what}`);
    const t0 = Date.now();
    let code;
    let note = '';
    try {
      code = await runVSCode({
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(OUT, spec.tests),
        workspace,
        trusted: spec.trusted,
        web: spec.web,
        screenshotDir,
        timeoutMs: 300000,
        settings: {
          // VS Code for the web saves 1 s after an edit by default; desktop does not. The tests edit
          // fixture documents and revert them, so keep the desktop behaviour.
          'files.autoSave': 'off',
          'visionlintTest.suite': name,
          ...(options.grep ? { 'visionlintTest.grep': options.grep } : {}),
        },
      });
      if (code === 124) note = 'timed out';
      if (code === 130) note = 'interrupted';
    } catch (error) {
      code = 1;
      note = error.message;
    }
    results.push({ name, spec, code, ms: Date.now() - t0, note, screenshotDir });
    if (code === 130) break;
  }

  const trusted = results.find((r) => r.name === 'trusted');
  if (options.screenshots) {
    if (trusted?.code === 0) {
      const pngs = fs.readdirSync(trusted.screenshotDir).filter((f) => f.endsWith('.png'));
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      for (const png of pngs) fs.copyFileSync(path.join(trusted.screenshotDir, png), path.join(SCREENSHOTS, png));
      step(`copied ${pngs.length} screenshots to ${path.relative(ROOT, SCREENSHOTS)}/: ${pngs.join(', ')}`);
    } else {
      step('--screenshots: the trusted run did not pass, so docs/screenshots/ is left as it was');
    }
  }

  const failed = results.filter((r) => r.code !== 0);
  console.log('\n[test-integration] summary');
  for (const r of results) {
    const status = r.code === 0 ? 'PASS' : 'FAIL';
    const detail = r.code === 0 ? '' : `  (exit code ${r.code}${r.note ? `: ${r.note}` : ''})`;
    console.log(`  ${status}  ${r.name.padEnd(10)} ${r.spec.what.padEnd(40)} ${seconds(r.ms).padStart(7)}${detail}`);
  }
  console.log(`  total ${seconds(Date.now() - started)}`);
  if (failed.length > 0) {
    console.log(`[test-integration] ${failed.length} of ${results.length} runs failed; their workspaces and screenshots are kept in ${tmp}`);
    process.exitCode = 1;
  } else {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[test-integration] ${error.message}`);
  process.exitCode = 1;
});
