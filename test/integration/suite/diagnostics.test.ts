import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, diagnosticFor, diagnosticsOf, EXTENSION_ID, FILES, fixture, holdsFor, ruleOf, rulesOf, showFile, waitFor, waitForRules } from '../helpers';

/**
 * docs/goals.md has five goals. Three have a problem each:
 *   line 14  "Raise first-contact resolution ..."       no deadline          goal-time-bound
 *   line 15  "Answer customer emails ... where possible" hedges              goal-specific
 *   line 21  table row "Raise customer NPS ..."          empty Owner cell     goal-owner
 * .visionlintrc.yaml raises goal-owner from its default (info) to warning.
 */
describe('Diagnostics', () => {
  const goals = fixture(FILES.goals);

  before(async () => {
    await showFile(FILES.goals);
    await waitForRules(goals, ['goal-time-bound', 'goal-specific', 'goal-owner']);
  });

  after(closeAllEditors);

  it('activates the extension when a Markdown file opens', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.ok(extension.isActive, `${EXTENSION_ID} is not active`);
  });

  it('marks a goal without a deadline, over the goal text after the list marker', async () => {
    const document = await vscode.workspace.openTextDocument(goals);
    const diagnostic = diagnosticFor(goals, 'goal-time-bound');
    assert.rangeEqual(diagnostic.range, new vscode.Range(13, 2, 13, 111));
    assert.equal(document.getText(diagnostic.range), 'Raise first-contact resolution from 61% to 75% (owner: Tom Reid) so that customers tell their story only once');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /^Goal has no deadline: say when it will be true/);
  });

  it('marks a hedged goal and points at the hedge in its related information', () => {
    const diagnostic = diagnosticFor(goals, 'goal-specific');
    assert.rangeEqual(diagnostic.range, new vscode.Range(14, 2, 14, 158));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.message, 'Goal hedges with "where possible": a commitment says what will happen, not what we will try.');
    const related = diagnostic.relatedInformation ?? [];
    assert.equal(related.length, 1, `expected one related location, got ${related.length}`);
    assert.equal(related[0].message, 'hedge');
    assert.equal(related[0].location.uri.toString(), goals.toString());
    assert.rangeEqual(related[0].location.range, new vscode.Range(14, 48, 14, 62));
  });

  it('marks a table row with an empty Owner cell, at the severity .visionlintrc.yaml sets (warning, not the default info)', () => {
    const diagnostic = diagnosticFor(goals, 'goal-owner');
    assert.rangeEqual(diagnostic.range, new vscode.Range(20, 0, 20, 76));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.message, 'Goal names no owner: say who is accountable for it.');
    assert.equal(diagnostic.relatedInformation, undefined);
  });

  it('labels every diagnostic with source "visionlint", the rule id as code and a link to the rule documentation', () => {
    for (const diagnostic of diagnosticsOf(goals)) {
      assert.equal(diagnostic.source, 'visionlint');
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code !== null && typeof code.value === 'string', `code should be { value, target }, got ${JSON.stringify(code)}`);
      const target = code.target;
      assert.equal(target.scheme, 'https');
      assert.equal(target.authority, 'github.com');
      assert.equal(target.path, '/visionlint/visionlint/blob/main/docs/rules.md');
      assert.equal(target.fragment, code.value);
    }
  });

  it('finds nothing in a software README, even though it has a "Goals" section', async () => {
    const readme = fixture(FILES.readme);
    const document = await vscode.workspace.openTextDocument(readme);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.includes(document.getText(), '## Goals');
    // The README is linted (and found not to be a strategy document) as soon as it opens. Another
    // document opened after it gets its findings, and the README still has none a second later.
    await showFile(FILES.vision);
    await waitFor(() => diagnosticsOf(fixture(FILES.vision)).length > 0, 'diagnostics for docs/cx-vision.md');
    await holdsFor(() => vscode.languages.getDiagnostics(readme).length === 0, 'README.md to have no diagnostics', 1000);
  });

  it('lints a vision document too: its jargon fades as "unnecessary" and is an info', async () => {
    const vision = fixture(FILES.vision);
    await waitFor(() => rulesOf(vision).includes('jargon'), 'jargon diagnostics in docs/cx-vision.md');
    const document = await vscode.workspace.openTextDocument(vision);
    // Line 18: "what happens next. We will deliver world-class synergies and a paradigm shift in claims."
    const jargon = diagnosticsOf(vision).filter((d) => ruleOf(d) === 'jargon');
    assert.deepEqual(jargon.map((d) => document.getText(d.range)), ['world-class', 'synergies', 'paradigm shift']);
    for (const diagnostic of jargon) {
      assert.equal(diagnostic.range.start.line, 17);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.deepEqual(diagnostic.tags, [vscode.DiagnosticTag.Unnecessary]);
    }
    // The vague goal "Improve the claims experience" (line 25) and the missing employee view.
    const rules = rulesOf(vision);
    for (const ruleId of ['goal-specific', 'goal-measurable', 'goal-owner', 'employee-perspective']) assert.ok(rules.includes(ruleId), `expected ${ruleId} in ${JSON.stringify(rules)}`);
  });
});
