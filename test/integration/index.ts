/**
 * Entry point of the integration tests in the Node extension host (the @vscode/test-electron
 * contract: `run()` resolves when every test passed). Bundled by scripts/test-integration.mjs into
 * out/test/index.js, with mocha left external: it is required from the project's node_modules.
 *
 * The setting `visionlintTest.suite` picks the suites: `trusted` (default) or `untrusted`;
 * `visionlintTest.grep` runs only the tests whose full title matches.
 */
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** The suites, loaded lazily: each `require` runs after mocha has defined describe/it. */
const SUITES: Record<string, () => void> = {
  trusted: () => {
    require('./suite/screenshots.test'); // first: a clean workbench makes clearer pictures
    require('./suite/diagnostics.test');
    require('./suite/quickFixes.test');
    require('./suite/hover.test');
    require('./suite/codeLens.test');
    require('./suite/configuration.test');
    require('./suite/commands.test');
    require('./suite/stress.test'); // last: it opens 200 documents
  },
  untrusted: () => {
    require('./suite/restrictedMode.test');
  },
};

export function run(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('visionlintTest');
  const suite = settings.get<string>('suite') || 'trusted';
  const load = SUITES[suite];
  if (!load) return Promise.reject(new Error(`unknown visionlintTest.suite "${suite}" (${Object.keys(SUITES).join(', ')})`));

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: true, timeout: 60000 });
  const grep = settings.get<string>('grep');
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, `${suite}.bundle`, mocha);
  load();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`)) : resolve()));
  });
}
