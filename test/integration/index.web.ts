/**
 * Entry point of the integration tests in the web worker extension host. The worker cannot
 * require() files, so scripts/test-integration.mjs bundles this file, mocha's browser build and
 * the suite into one CommonJS file inside the extension folder (out/test/index.web.js); VS Code
 * runs a tests file in the host of the extension that contains it.
 */
import * as vscode from 'vscode';

export function run(): Promise<void> {
  require('mocha/mocha.js'); // the browser build: defines globalThis.mocha
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60000 });
  const grep = vscode.workspace.getConfiguration('visionlintTest').get<string>('grep');
  if (grep) mocha.grep(grep);
  require('./suite/webHost.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`)) : resolve()));
  });
}
