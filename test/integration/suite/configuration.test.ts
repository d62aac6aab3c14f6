import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, diagnosticFor, diagnosticsOf, FILES, fixture, showFile, waitFor, waitForCurrentAnalysis, waitForRules } from '../helpers';

describe('Configuration and document life cycle', () => {
  const goals = fixture(FILES.goals);
  after(closeAllEditors);

  it('re-lints open documents when .visionlintrc.yaml changes', async () => {
    const config = fixture(FILES.config);
    const original = await vscode.workspace.fs.readFile(config);
    await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    try {
      const text = new TextDecoder().decode(original);
      assert.includes(text, '  goal-owner: warning\n');
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text.replace('  goal-owner: warning\n', '  goal-owner: "off"\n')));
      // Turned off: its diagnostic disappears without touching the document.
      await waitForRules(goals, ['goal-time-bound', 'goal-specific']);
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    // Restored: back, at the configured severity.
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    assert.equal(diagnosticFor(goals, 'goal-owner').severity, vscode.DiagnosticSeverity.Warning);
  });

  it('re-lints as the writer types, after the debounce', async () => {
    const editor = await showFile(FILES.goals);
    try {
      const line = editor.document.lineAt(13);
      assert.ok(await editor.edit((edit) => edit.insert(line.range.end, ' by Q3 2027')));
      await waitForRules(goals, ['goal-specific', 'goal-owner']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForCurrentAnalysis(goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
  });

  it('removes a document\'s diagnostics when it is closed', async () => {
    // Opened the way a person opens a file. (A document the extension host opened itself, with
    // openTextDocument, stays open up to 3 minutes after its editor closes: VS Code keeps those
    // alive, and onDidCloseTextDocument comes only then.)
    const copy = fixture('docs/cx-vision-copy.md');
    await vscode.workspace.fs.copy(fixture(FILES.vision), copy, { overwrite: true });
    try {
      await vscode.commands.executeCommand('vscode.open', copy);
      await waitFor(() => diagnosticsOf(copy).length > 0, 'diagnostics for docs/cx-vision-copy.md');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await waitFor(() => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === copy.toString()), 'docs/cx-vision-copy.md to be closed');
      await waitFor(() => vscode.languages.getDiagnostics(copy).length === 0, 'the diagnostics of docs/cx-vision-copy.md to be cleared');
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
  });
});
