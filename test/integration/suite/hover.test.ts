import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, FILES, fixture, hoverText, rulesOf, showFile, waitFor, waitForCurrentAnalysis, waitForRules } from '../helpers';

describe('Hovers', () => {
  after(closeAllEditors);

  it('explain a goal criterion by criterion (SMART and owner)', async () => {
    const goals = fixture(FILES.goals);
    await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
    await waitForCurrentAnalysis(goals);
    // Line 14: "- Raise first-contact resolution from 61% to 75% (owner: Tom Reid) so that ..."
    const text = await hoverText(goals, new vscode.Position(13, 10));
    assert.includes(text, 'visionlint · SMART 4/5 · missing: deadline');
    for (const criterion of ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound', 'Owner']) assert.includes(text, `| ${criterion} |`);
    assert.includes(text, '| ❌ | Time-bound | no deadline |');
    assert.includes(text, '| ✅ | Owner | Tom Reid (in the goal) |');
  });

  it('explain a jargon word: the finding, why it matters and what to write instead', async () => {
    const vision = fixture(FILES.vision);
    await showFile(FILES.vision);
    await waitFor(() => rulesOf(vision).includes('jargon'), 'jargon diagnostics in docs/cx-vision.md');
    await waitForCurrentAnalysis(vision);
    // Line 18: "what happens next. We will deliver world-class synergies across the claims ecosystem."
    const text = await hoverText(vision, new vscode.Position(17, 40));
    assert.includes(text, 'visionlint · jargon');
    assert.includes(text, '"world-class" is jargon with nothing concrete behind it');
    assert.includes(text, '*Why:*');
    assert.includes(text, 'actions speak louder than words');
    assert.includes(text, '*Instead:*');
    assert.includes(text, 'answer in one call');
  });

  it('say nothing outside goals and findings', async () => {
    const goals = fixture(FILES.goals);
    // Line 9: the introduction paragraph.
    assert.equal(await hoverText(goals, new vscode.Position(8, 5)), '');
  });
});
