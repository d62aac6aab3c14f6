#!/usr/bin/env node
// Runs the same integration tests in desktop VS Code via @vscode/test-electron (2.x), for machines
// that can download VS Code. Same options and CLI as run-offline.mjs:
//
//   node test/integration/run-electron.mjs --extension DIR --tests FILE [--workspace DIR]
//        [--untrusted] [--web] [--timeout MS] [--vscode-version 1.99.3]
//
// On Linux without a display, run it under `xvfb-run -a`. Differences from run-offline.mjs:
// - runTests always passes --disable-workspace-trust, so --untrusted spawns the downloaded
//   VS Code directly with the same arguments minus that flag.
// - --web passes --extensionDevelopmentKind=web (desktop honours it; not verified offline).
// - Screenshots are not supported: the visionlintTest.screenshotDir setting stays unset, so
//   tests that ask for one should skip waiting for the file.
// - Test output goes straight to stdout (runTests pipes VS Code's output through).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // The trust prompt is a dialog, and dialogs are refused while tests run.
  'security.workspace.trust.startupPrompt': 'never',
};

/** Resolves with the tests' exit code (0 = passed; 124 = timed out; 130 = interrupted). */
export async function runInElectron({
  extensionDevelopmentPath, extensionTestsPath, workspace, trusted = true, web = false,
  timeoutMs = 300000, screenshotDir, env, settings = {}, version = process.env.VSCODE_VERSION,
}) {
  let testElectron;
  try {
    testElectron = createRequire(import.meta.url)('@vscode/test-electron');
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
    throw new Error('@vscode/test-electron is not installed (npm install -D @vscode/test-electron@2)');
  }
  const { runTests, downloadAndUnzipVSCode } = testElectron;
  if (screenshotDir) console.log('run-electron: screenshots are only supported by run-offline.mjs; ignoring screenshotDir');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('run-electron: no DISPLAY; if VS Code fails to start, run this under `xvfb-run -a`');
  }
  const extDir = path.resolve(extensionDevelopmentPath);

  // Download first, on its own, so a network failure gets a clear message instead of a stack.
  let executable;
  try {
    executable = await downloadAndUnzipVSCode({ version, extensionDevelopmentPath: extDir });
  } catch (err) {
    throw new Error(`could not download VS Code${version ? ` ${version}` : ''} (${err.message}). `
      + 'Without internet, use test/integration/run-offline.mjs (bash scripts/install-vscode-offline.sh first).');
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-electron-'));
  fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify(
    { ...DEFAULT_SETTINGS, 'security.workspace.trust.enabled': !trusted, ...settings }, null, 2));
  const launchArgs = [
    ...(workspace ? [path.resolve(workspace)] : []),   // first argument = the folder to open
    `--user-data-dir=${path.join(tmp, 'ud')}`,
    `--extensions-dir=${path.join(tmp, 'ext')}`,
    ...(web ? ['--extensionDevelopmentKind=web'] : []),
  ];
  const options = {
    vscodeExecutablePath: executable, extensionDevelopmentPath: extDir,
    extensionTestsPath: path.resolve(extensionTestsPath), launchArgs, extensionTestsEnv: env,
  };

  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  try {
    const run = trusted ? runTests(options).then(() => 0, exitCodeOf) : runUntrusted(options);
    const code = await Promise.race([run, timedOut]);
    if (code !== 'timeout') return code;
    console.log(`run-electron: timed out after ${timeoutMs} ms`);
    killByArgument(tmp);   // the only handle on runTests' VS Code: our unique user-data-dir
    return 124;
  } finally {
    clearTimeout(timer);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// runTests rejects with TestRunFailedError (numeric code) when VS Code exits non-zero.
function exitCodeOf(err) {
  if (typeof err?.code === 'number') return err.code;
  console.error(`run-electron: ${err?.message ?? err}`);
  return 1;
}

// runTests' own arguments, without --disable-workspace-trust, in a process group we can kill.
function runUntrusted({ vscodeExecutablePath, extensionDevelopmentPath, extensionTestsPath, launchArgs, extensionTestsEnv }) {
  const args = [...launchArgs, '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome',
    '--skip-release-notes', `--extensionTestsPath=${extensionTestsPath}`,
    `--extensionDevelopmentPath=${extensionDevelopmentPath}`];
  const child = spawn(vscodeExecutablePath, args, {
    env: { ...process.env, ...extensionTestsEnv }, stdio: 'inherit', detached: process.platform !== 'win32',
  });
  const onSignal = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { child.kill(); } };
  process.once('SIGINT', onSignal);
  return new Promise((resolve) => {
    child.on('error', (err) => { console.error(`run-electron: ${err.message}`); resolve(1); });
    child.on('exit', (code, signal) => {
      process.removeListener('SIGINT', onSignal);
      resolve(signal === 'SIGTERM' ? 130 : code ?? 1);
    });
  });
}

// Linux/macOS best effort: SIGKILL processes whose command line names our temp dir.
function killByArgument(marker) {
  if (!fs.existsSync('/proc')) return;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) process.kill(Number(pid), 'SIGKILL');
    } catch { /* gone or not ours */ }
  }
}

function parseCli(argv) {
  const o = { trusted: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], next = () => argv[++i];
    if (a === '--extension') o.extensionDevelopmentPath = next();
    else if (a === '--tests') o.extensionTestsPath = next();
    else if (a === '--workspace') o.workspace = next();
    else if (a === '--screenshots') o.screenshotDir = next();
    else if (a === '--timeout') o.timeoutMs = Number(next());
    else if (a === '--vscode-version') o.version = next();
    else if (a === '--untrusted') o.trusted = false;
    else if (a === '--web') o.web = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.extensionDevelopmentPath || !o.extensionTestsPath) throw new Error('--extension and --tests are required');
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const code = await runInElectron(parseCli(process.argv.slice(2)));
    console.log(`run-electron: exit code ${code}`);
    process.exitCode = code;
  } catch (err) {
    console.error(`run-electron: ${err.message}`);
    process.exitCode = 1;
  }
}
