#!/usr/bin/env node
// Runs VS Code extension integration tests in a REAL VS Code (1.99.3) without internet:
// code-server serves the workbench and the Node extension host, Debian's Chromium (driven by
// playwright-core) renders it. Install both with `bash scripts/install-vscode-offline.sh`.
//
//   node test/integration/run-offline.mjs --extension DIR --tests FILE [--workspace DIR]
//        [--untrusted] [--web] [--screenshots DIR] [--timeout MS]
//
// The tests module has the @vscode/test-electron contract: CommonJS, `run(): Promise<void>`,
// rejecting when a test fails. The page's `codeAutomationExit(code)` gives the exit code.
//
// Output: what the extension host logs (console.*, and process.stdout/stderr lines, so mocha's
// reporter) reaches the page's `codeAutomationLog(type, args)` and is printed to stdout, minus a
// few workbench info lines and offline noise (open-vsx ENOTFOUND). The page console carries the
// same lines again, decorated; it is shown only with VSCODE_OFFLINE_VERBOSE=1 (with timings).
//
// --untrusted: no --disable-workspace-trust, trust enabled, startup prompt off, nothing trusted
// yet: the folder opens in Restricted Mode and `vscode.workspace.isTrusted === false`. The
// extension under development runs there even without `capabilities.untrustedWorkspaces`.
//
// --web: runs the extension under development in the web-worker extension host (its package.json
// needs a `browser` entry) via the setting remote.extensionKind {"publisher.name": ["web"]}.
// The tests file must lie inside the extension folder (VS Code runs tests in the host of the
// extension that contains them) and be one CommonJS bundle (the worker cannot require() files).
//
// Screenshots (screenshotDir / --screenshots): the test logs a line `@@screenshot NAME`; the
// runner sees it in the log stream and saves `<dir>/NAME.png` (temp name, then renamed); the test
// waits until that file exists (vscode.workspace.fs.stat on the workspace folder's authority,
// path = the file: works in both hosts). The test learns the directory from the setting
// `visionlintTest.screenshotDir` (both hosts) or env VISIONLINT_SCREENSHOT_DIR (Node host).
// The page also exposes `visionlintScreenshot(name)` for code running in the workbench page.
//
// Webviews: code-server's own PWA service worker is not registered (see addInitScript below); with
// it, webview panels stay blank in this set-up.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CS_DIR = path.join(ROOT, '.vscode-test/code-server');
const CODE_SERVER = path.join(CS_DIR, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Lines that only say the marketplace (open-vsx) or other internet services are out of reach.
const NOISE = [/ENOTFOUND/, /open-vsx\.org/, /getaddrinfo/, /ERR_NAME_NOT_RESOLVED/, /marketplace/i,
  /Failed to load resource/, /ERR_CONNECTION_REFUSED/];
// The workbench's own info logs share the channel with the extension host's output.
const WORKBENCH = [/^Resolv(ing|ed) connection token/, /^Creating a socket/, /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/, /^\[Service Worker\]/];
const verbose = !!process.env.VSCODE_OFFLINE_VERBOSE;   // set to see everything, noise included
const isNoise = (line) => NOISE.some((re) => re.test(line));
const isWorkbench = (line) => WORKBENCH.some((re) => re.test(line));
// Colours only help a terminal; CI logs (and closing-line parsers) want plain text.
const t0 = Date.now();
const trace = (msg) => verbose && console.log(`[run-offline +${Date.now() - t0} ms] ${msg}`);
const plain = (s) => (process.stdout.isTTY ? s : s.replace(/\x1b\[[0-9;]*m/g, ''));

/** Resolves with the tests' exit code (0 = passed; 124 = timed out; 130 = interrupted). */
export async function runInCodeServer({
  extensionDevelopmentPath, extensionTestsPath, workspace, trusted = true, web = false,
  timeoutMs = 300000, screenshotDir, env, settings = {},
}) {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server missing in ${CS_DIR}: run bash scripts/install-vscode-offline.sh`);
  }
  const extDir = path.resolve(extensionDevelopmentPath);
  const testsFile = path.resolve(extensionTestsPath);
  if (web && !testsFile.startsWith(extDir + path.sep)) {
    throw new Error('--web: the tests file must be inside the extension folder, or VS Code runs it in the Node host');
  }
  if (screenshotDir) fs.mkdirSync(screenshotDir = path.resolve(screenshotDir), { recursive: true });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-offline-'));
  const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': !trusted,
    // The startup prompt would ask to trust the folder; tests refuse dialogs, so keep it off.
    'security.workspace.trust.startupPrompt': 'never',
    ...(screenshotDir ? { 'visionlintTest.screenshotDir': screenshotDir } : {}),
    // VS Code 1.99's web workbench ignores the payload's extensionDevelopmentKind (it reads a
    // misnamed property), so this per-extension setting is what puts it in the worker.
    ...(web ? { 'remote.extensionKind': { [extensionId(extDir)]: ['web'] } } : {}),
    ...settings,
  };
  fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify(userSettings, null, 2));
  // An empty config file keeps code-server from creating ~/.config/code-server/config.yaml.
  fs.writeFileSync(path.join(tmp, 'config.yaml'), '');

  let server, browser, timer, onSignal, finish;
  const done = new Promise((resolve) => { finish = resolve; });
  const serverLog = [];
  try {
    const port = await freePort();
    const args = [CODE_SERVER, '--config', path.join(tmp, 'config.yaml'), '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', path.join(tmp, 'ud'),
      '--extensions-dir', path.join(tmp, 'ext'), '--disable-telemetry', '--disable-update-check',
      '--disable-getting-started-override', '--ignore-last-opened'];
    if (trusted) args.push('--disable-workspace-trust');
    // detached: own process group, so the extension host and other helpers die with it.
    server = spawn(process.execPath, args, {
      detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      // VSCODE_CLI=1: skip resolving a login shell's env (bash -i -l), so ~/.bashrc cannot leak in.
      env: { ...process.env, VSCODE_CLI: '1', ...(screenshotDir ? { VISIONLINT_SCREENSHOT_DIR: screenshotDir } : {}), ...env },
    });
    const keep = (d) => { serverLog.push(String(d)); if (serverLog.length > 200) serverLog.shift(); };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    server.on('exit', (code, sig) => finish({ error: `code-server exited early (${code ?? sig})` }));

    onSignal = () => finish({ code: 130, message: 'interrupted' });
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    timer = setTimeout(() => finish({ code: 124, message: `timed out after ${timeoutMs} ms` }), timeoutMs);

    // Stop waiting if code-server dies, the timeout hits or the user interrupts.
    const early = await Promise.race([waitForHttp(port, 60000).then(() => null), done]);
    if (early) return settle(early);
    trace(`code-server answers on port ${port}`);

    const require = createRequire(path.join(CS_DIR, 'package.json'));
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-crash-reporter'],
      // Playwright's own handlers would process.exit(130) before code-server is cleaned up.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // code-server registers its own PWA service worker with scope `/`. It then controls the
    // same-origin webview iframes, and VS Code's webview bootstrap (pre/index.html) waits forever for
    // its own worker to take over ("Found unexpected service worker controller ... Waiting for
    // controllerchange"): every webview (scorecard, Markdown preview) stays blank. Tests need no
    // PWA, so refuse that one registration; the webviews' own service worker still registers.
    await page.addInitScript(() => {
      const container = globalThis.navigator?.serviceWorker;
      if (!container) return;
      const register = container.register.bind(container);
      container.register = (url, options) => (String(url).includes('/_static/out/browser/serviceWorker.js')
        ? Promise.reject(new Error('code-server service worker disabled for tests (run-offline.mjs)'))
        : register(url, options));
    });
    trace('chromium started');

    const screenshot = async (name) => {
      if (!screenshotDir) { console.log(`(screenshot "${name}" skipped: no screenshot dir)`); return; }
      const file = path.join(screenshotDir, `${String(name).replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file + '.tmp.png' });
      fs.renameSync(file + '.tmp.png', file);   // the test polls for this name: it must appear complete
      console.log(`(screenshot saved: ${file})`);
    };
    await page.exposeFunction('visionlintScreenshot', screenshot);
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const text = format(...(logArgs || []));   // mocha logs printf-style: ('%s passing', n)
      const shot = /^@@screenshot\s+(\S+)/.exec(text.trim());
      if (shot) return screenshot(shot[1]).catch((e) => console.log(`(screenshot failed: ${e.message})`));
      if (verbose || !(isNoise(text) || isWorkbench(text))) console.log(plain(text));
    });
    await page.exposeFunction('codeAutomationExit', (code) => { trace(`tests exited with ${code}`); finish({ code }); });
    page.on('pageerror', (e) => { if (!isNoise(e.message)) console.log(`[page error] ${e.message}`); });
    page.on('console', (m) => { if (verbose) console.log(`[page ${m.type()}] ${m.text()}`); });

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extDir)],
      ['extensionTestsPath', remote(testsFile)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
      ...(web ? [['extensionDevelopmentKind', 'web']] : []),
    ];
    const query = (workspace ? `folder=${encodeURIComponent(path.resolve(workspace))}&` : 'ew=true&')
      + `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    // Not awaited alone: a signal or timeout must not wait for the page load to finish.
    page.goto(`http://127.0.0.1:${port}/?${query}`).catch((e) => finish({ error: `page load failed: ${e.message}` }));

    return settle(await done);
  } catch (err) {
    if (serverLog.length) console.error(`--- code-server log (tail) ---\n${serverLog.join('').slice(-4000)}`);
    throw err;
  } finally {
    clearTimeout(timer);
    if (onSignal) { process.removeListener('SIGINT', onSignal); process.removeListener('SIGTERM', onSignal); }
    await browser?.close().catch(() => {});
    if (server) {
      server.removeAllListeners('exit');
      await killGroup(server);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function extensionId(dir) {
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return `${publisher}.${name}`;
}

function settle(result) {
  if (result.error) throw new Error(result.error);
  if (result.message) console.log(`run-offline: ${result.message}`);
  return result.code;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

async function waitForHttp(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/' }, (res) => { res.resume(); resolve(true); })
        .on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer on port ${port} within ${ms} ms`);
}

// SIGTERM the whole process group, then SIGKILL whatever is left after 3 s.
async function killGroup(child) {
  const alive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
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
    else if (a === '--untrusted') o.trusted = false;
    else if (a === '--web') o.web = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.extensionDevelopmentPath || !o.extensionTestsPath) throw new Error('--extension and --tests are required');
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const code = await runInCodeServer(parseCli(process.argv.slice(2)));
    console.log(`run-offline: exit code ${code}`);
    process.exitCode = code;
  } catch (err) {
    console.error(`run-offline: ${err.message}`);
    process.exitCode = 1;
  }
}
