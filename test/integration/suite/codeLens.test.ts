import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, FILES, fixture, showFile, waitForRules } from '../helpers';

describe('CodeLens', () => {
  after(closeAllEditors);

  it('shows "SMART x/5 · missing: ..." above every goal, list items and table rows alike', async () => {
    const goals = fixture(FILES.goals);
    await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', goals);
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line + 1, lens.command?.title]),
      [
        [13, 'SMART 5/5 · complete'],
        [14, 'SMART 4/5 · missing: deadline'],
        [15, 'SMART 4/5 · missing: specific action'],
        [21, 'SMART 5/5 · missing: owner'],
        [22, 'SMART 5/5 · complete'],
      ],
    );
  });

  it('opens the scorecard when clicked', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixture(FILES.goals));
    for (const lens of lenses) {
      assert.equal(lens.command?.command, 'visionlint.showScorecard');
      assert.equal(lens.command?.tooltip, 'Open the visionlint scorecard');
    }
  });

  it('shows nothing in a software README', async () => {
    await showFile(FILES.readme);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixture(FILES.readme));
    assert.deepEqual(lenses, []);
  });
});
