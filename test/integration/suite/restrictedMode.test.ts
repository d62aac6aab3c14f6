import * as vscode from 'vscode';
import * as assert from '../assert';
import {
  actionTitled, applyAction, closeAllEditors, codeActionsAt, diagnosticFor, FILES, fixture, hoverText, nextYear, revert, rulesOf, showFile, waitFor,
  waitForCurrentAnalysis, waitForRules,
} from '../helpers';

/**
 * The same fixture workspace, opened without trusting it (runner flag --untrusted). visionlint
 * declares limited support: it lints with its built-in rules and templates and ignores
 * .visionlintrc.yaml (goal-owner: warning) and .visionlint/templates/deadline.md.
 */
describe('Restricted Mode (untrusted workspace)', () => {
  const goals = fixture(FILES.goals);
  let editor: vscode.TextEditor;

  before(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in an untrusted workspace (run-offline.mjs --untrusted)');
    editor = await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    await waitForCurrentAnalysis(goals);
  });

  after(async () => {
    await revert(editor.document);
    await closeAllEditors();
  });

  it('still lints: the extension runs in Restricted Mode', () => {
    assert.ok(vscode.extensions.getExtension('visionlint.visionlint')?.isActive);
    assert.deepEqual(rulesOf(goals), ['goal-time-bound', 'goal-specific', 'goal-owner']);
  });

  it('ignores .visionlintrc.yaml: goal-owner is back to its default severity, info', () => {
    assert.equal(diagnosticFor(goals, 'goal-owner').severity, vscode.DiagnosticSeverity.Information);
    assert.equal(diagnosticFor(goals, 'goal-time-bound').severity, vscode.DiagnosticSeverity.Warning);
  });

  it('ignores the house template: "Add a deadline" inserts the built-in one', async () => {
    const fix = actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-time-bound').range), 'Fix: Add a deadline');
    await applyAction(fix);
    assert.equal(
      editor.document.lineAt(13).text,
      `- Raise first-contact resolution from 61% to 75% (owner: Tom Reid) so that customers tell their story only once by 30 June ${nextYear()}`,
    );
    assert.notIncludes(editor.document.getText(), 'the end of Q2');
    await waitFor(() => !rulesOf(goals).includes('goal-time-bound'), 'the goal-time-bound diagnostic to go away');
  });

  it('keeps hovers working', async () => {
    await revert(editor.document);
    await waitForCurrentAnalysis(goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    assert.includes(await hoverText(goals, new vscode.Position(13, 10)), '| ❌ | Time-bound | no deadline |');
  });
});
