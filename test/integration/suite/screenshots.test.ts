import * as vscode from 'vscode';
import { closeAllEditors, FILES, fixture, pause, screenshot, showFile, waitFor, waitForCurrentAnalysis, waitForRules } from '../helpers';

/**
 * The pictures in the README. Each test sets the workbench up and asks the runner for a screenshot
 * (`@@screenshot NAME`). The short pauses let the workbench paint; the extension itself is always
 * waited for by polling.
 */
describe('Screenshots for the README', () => {
  const goals = fixture(FILES.goals);
  let editor: vscode.TextEditor;
  /** Time for the workbench to paint what a command just opened. */
  const PAINT_MS = 800;

  before(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('notifications.clearAll');
    editor = await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    await waitForCurrentAnalysis(goals);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.view.explorer');
    await closeAllEditors();
  });

  const focusEditorAt = async (line: number, character: number) => {
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    editor.selection = new vscode.Selection(line, character, line, character);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  it('diagnostics: squiggles in docs/goals.md and the Problems panel', async () => {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await focusEditorAt(0, 0);
    await pause(PAINT_MS);
    await screenshot('diagnostics');
  });

  it('codelens: "SMART x/5 · missing: ..." above each goal', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await focusEditorAt(8, 0);
    await pause(PAINT_MS);
    await screenshot('codelens');
  });

  it('hover: the SMART breakdown of a goal', async () => {
    await focusEditorAt(13, 20);
    await vscode.commands.executeCommand('editor.action.showHover');
    await pause(PAINT_MS + 400);
    await screenshot('hover');
    await vscode.commands.executeCommand('editor.action.hideHover');
  });

  it('quick-fix: the fixes for a hedged goal', async () => {
    await focusEditorAt(14, 50);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await pause(PAINT_MS + 400);
    await screenshot('quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
  });

  it('scorecard: the document\'s score beside it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar'); // room for the scorecard's table
    await focusEditorAt(0, 0);
    await vscode.commands.executeCommand('visionlint.showScorecard');
    await waitFor(
      () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('visionlint.scorecard'))),
      'the scorecard tab',
    );
    // The webview renders in its own iframe, out of the extension host's sight: give it time to paint.
    await pause(3000);
    await screenshot('scorecard');
  });
});
