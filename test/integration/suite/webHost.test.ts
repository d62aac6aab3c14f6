import * as vscode from 'vscode';
import * as assert from '../assert';
import {
  actionTitled, applyAction, assertShowsShippedExamples, closeAllEditors, codeActionsAt, diagnosticFor, EXTENSION_ID, FILES, fixture, holdsFor, nextYear,
  revert, showFile, waitFor, waitForCurrentAnalysis, waitForRules,
} from '../helpers';

/**
 * The extension's `browser` build (dist/web/extension.js) in the web worker extension host, the way
 * vscode.dev and github.dev run it (runner flag --web). It reads the workspace through
 * vscode.workspace.fs, so the configuration and house templates apply here too, and its own
 * folder the same way, for the rule pages' examples.
 */
describe('Web worker extension host', () => {
  const goals = fixture(FILES.goals);

  /** Activates visionlint (as opening a Markdown file would); rejects with the activation error. */
  const activate = async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the web worker host`);
    await extension.activate();
    return extension;
  };

  after(closeAllEditors);

  it('runs the tests (and so the extension) in a web worker, without Node', () => {
    const scope = globalThis as { WorkerGlobalScope?: unknown; importScripts?: unknown; process?: { versions?: { node?: string } } };
    assert.ok(scope.WorkerGlobalScope !== undefined && typeof scope.importScripts === 'function', 'expected a web worker global scope');
    assert.equal(scope.process?.versions?.node, undefined, 'Node.js should not be there');
  });

  it('activates the extension', async () => {
    await showFile(FILES.goals);
    assert.ok((await activate()).isActive);
  });

  describe('once activated', () => {
    before(async () => {
      await activate();
    });

    it('puts diagnostics on docs/goals.md, with the workspace configuration', async () => {
      await showFile(FILES.goals);
      await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner'], 20000);
      const owner = diagnosticFor(goals, 'goal-owner');
      assert.rangeEqual(owner.range, new vscode.Range(20, 0, 20, 76));
      assert.equal(owner.severity, vscode.DiagnosticSeverity.Warning, '.visionlintrc.yaml sets goal-owner to warning');
      assert.rangeEqual(diagnosticFor(goals, 'goal-time-bound').range, new vscode.Range(13, 2, 13, 111));
    });

    it('inserts the house deadline template with its quick fix', async () => {
      const editor = await showFile(FILES.goals);
      await waitForCurrentAnalysis(goals);
      try {
        await applyAction(actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-time-bound').range), 'Fix: Add a deadline'));
        assert.match(editor.document.lineAt(13).text, new RegExp(` only once by the end of Q2 ${nextYear()}$`));
      } finally {
        await revert(editor.document);
      }
    });

    it('shows a rule\'s page with its examples, read from the extension\'s docs/rule-examples.json', async () => {
      await vscode.commands.executeCommand('visionlint.showRuleDocs', 'goal-owner');
      const docs = await waitFor(
        () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && d.getText().startsWith('# goal-owner\n')),
        'the goal-owner documentation',
      );
      assert.includes(docs.getText(), '## Why');
      await assertShowsShippedExamples(docs.getText(), 'goal-owner');
      await vscode.window.showTextDocument(docs);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('finds nothing in the software README', async () => {
      await showFile(FILES.readme);
      await holdsFor(() => vscode.languages.getDiagnostics(fixture(FILES.readme)).length === 0, 'README.md to have no diagnostics', 1000);
    });
  });
});
