import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, codeLenses, FILES, fixture, showFile, waitForCurrentAnalysis, waitForRules } from '../helpers';

describe('CodeLens', () => {
  after(closeAllEditors);

  it('shows "SMART x/5 · missing: ..." above every goal, list items and table rows alike', async () => {
    const goals = fixture(FILES.goals);
    await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    await waitForCurrentAnalysis(goals);
    const lenses = await codeLenses(goals);
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
    const lenses = await codeLenses(fixture(FILES.goals));
    assert.equal(lenses.length, 5);
    // (The tooltip, "Open the visionlint scorecard", does not survive vscode.executeCodeLensProvider.)
    for (const lens of lenses) assert.equal(lens.command?.command, 'visionlint.showScorecard');
  });

  it('shows nothing in a software README', async () => {
    await showFile(FILES.readme);
    assert.deepEqual(await codeLenses(fixture(FILES.readme)), []);
  });
});
