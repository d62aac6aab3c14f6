import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, codeActionsAt, diagnosticFor, EXTENSION_ID, FILES, fixture, holdsFor, showFile, waitForCurrentAnalysis, waitForRules } from '../helpers';

/**
 * The extension's `browser` build (dist/web/extension.js) in the web worker extension host, the way
 * vscode.dev and github.dev run it (runner flag --web). It reads the workspace through
 * vscode.workspace.fs, so the configuration and house templates apply here too.
 */
describe('Web worker extension host', () => {
  const goals = fixture(FILES.goals);

  after(closeAllEditors);

  it('runs the tests (and so the extension) in a web worker, without Node', () => {
    const scope = globalThis as { WorkerGlobalScope?: unknown; importScripts?: unknown };
    assert.ok(scope.WorkerGlobalScope !== undefined && typeof scope.importScripts === 'function', 'expected a web worker global scope');
    assert.equal((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, undefined, 'Node.js should not be there');
  });

  it('activates and puts diagnostics on docs/goals.md, with the workspace configuration', async () => {
    await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner'], 20000);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    const owner = diagnosticFor(goals, 'goal-owner');
    assert.rangeEqual(owner.range, new vscode.Range(20, 0, 20, 76));
    assert.equal(owner.severity, vscode.DiagnosticSeverity.Warning, '.visionlintrc.yaml sets goal-owner to warning');
    assert.rangeEqual(diagnosticFor(goals, 'goal-time-bound').range, new vscode.Range(13, 2, 13, 111));
  });

  it('offers the house deadline template as a quick fix', async () => {
    await waitForCurrentAnalysis(goals);
    const actions = await codeActionsAt(goals, diagnosticFor(goals, 'goal-time-bound').range);
    const fix = actions.find((a) => a.title === 'Fix: Add a deadline');
    assert.ok(fix?.edit, `expected "Fix: Add a deadline" among ${JSON.stringify(actions.map((a) => a.title))}`);
    const texts = fix.edit.entries().flatMap(([, edits]) => edits.map((e) => ('snippet' in e ? (e as vscode.SnippetTextEdit).snippet.value : e.newText)));
    assert.deepEqual(texts, [' by ${1:the end of Q2 ' + (new Date().getFullYear() + 1) + '}']);
  });

  it('finds nothing in the software README', async () => {
    await showFile(FILES.readme);
    await holdsFor(() => vscode.languages.getDiagnostics(fixture(FILES.readme)).length === 0, 'README.md to have no diagnostics', 1000);
  });
});
