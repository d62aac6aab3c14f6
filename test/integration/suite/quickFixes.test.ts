import * as vscode from 'vscode';
import * as assert from '../assert';
import {
  actionTitled, applyAction, assertShowsShippedExamples, closeAllEditors, codeActionsAt, codeLenses, diagnosticFor, FILES, fixture, nextYear, revert,
  rulesOf, showFile, waitFor, waitForCurrentAnalysis, waitForRules,
} from '../helpers';

/** docs/goals.md's findings before any fix: see diagnostics.test.ts. */
const ALL = ['goal-time-bound', 'goal-specific', 'goal-owner'];

const lintedWithout = (uri: vscode.Uri, ruleId: string) =>
  waitFor(() => rulesOf(uri).length > 0 && !rulesOf(uri).includes(ruleId), `the ${ruleId} diagnostic to go away after re-linting`);

/**
 * Each test applies one code action to docs/goals.md the way the lightbulb would (its edit, then
 * its command), checks the text and that the diagnostic is gone after the re-lint, and the file is
 * reverted afterwards.
 */
describe('Quick fixes', () => {
  const goals = fixture(FILES.goals);
  let editor: vscode.TextEditor;
  let original: string;

  before(async () => {
    editor = await showFile(FILES.goals);
    original = editor.document.getText();
    await waitForRules(goals, ALL);
    await waitForCurrentAnalysis(goals);
  });

  afterEach(async () => {
    await revert(editor.document);
    editor = await showFile(FILES.goals);
    assert.equal(editor.document.getText(), original, 'docs/goals.md should be back to its original text');
    // The reverted text has the same diagnostics as before the edit: wait for its own analysis.
    await waitForCurrentAnalysis(goals);
    await waitForRules(goals, ALL);
  });

  after(closeAllEditors);

  it('offers its fixes at once after an edit is undone: the analysis still fits the text, though the version moved', async () => {
    const range = diagnosticFor(goals, 'goal-time-bound').range;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    // Asked before the re-lint that the debounce delays: the analysis of the same text answers.
    actionTitled(await codeActionsAt(goals, range), 'Fix: Add a deadline');
  });

  it('offers for every diagnostic: its fix, "Disable <rule> for this line", "Disable <rule> in this document", "Learn about <rule>" and fix-all', async () => {
    const fixTitle: Record<string, string> = {
      'goal-time-bound': 'Fix: Add a deadline',
      'goal-specific': 'Fix: Remove "where possible"',
      'goal-owner': 'Fix: Fill in the owner',
    };
    for (const ruleId of ALL) {
      // The list also holds the Markdown extension's own refactorings ("Insert bold text" ...).
      const actions = await codeActionsAt(goals, diagnosticFor(goals, ruleId).range);
      for (const title of [fixTitle[ruleId], `Disable ${ruleId} for this line`, `Disable ${ruleId} in this document`, `Learn about ${ruleId}`, 'Fix all visionlint problems that need no input (1)']) {
        assert.equal(actionTitled(actions, title).kind?.value, vscode.CodeActionKind.QuickFix.value, `"${title}" should be a quick fix`);
      }
      assert.ok(actionTitled(actions, fixTitle[ruleId]).isPreferred, `"${fixTitle[ruleId]}" should be the preferred fix`);
    }
    // Besides removing the hedge (no input needed), goal-specific offers a template rewrite as second choice.
    const specific = await codeActionsAt(goals, diagnosticFor(goals, 'goal-specific').range);
    assert.ok(specific.some((a) => a.title === 'Fix: Rewrite as a SMART goal' && !a.isPreferred));
  });

  describe('the template fix', () => {
    it('inserts the house template from .visionlint/templates/deadline.md as a snippet ("Add a deadline")', async () => {
      const template = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(FILES.deadlineTemplate)));
      assert.equal(template, ' by ${1:the end of Q2 {{nextYear}}}\n');

      const fix = actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-time-bound').range), 'Fix: Add a deadline');
      // (A snippet edit does not show in WorkspaceEdit.entries() or .has() once it has crossed to the
      // workbench and back, so the text after applying it is what tells.)
      assert.ok(fix.edit, 'the fix carries an edit');
      await applyAction(fix);

      assert.equal(
        editor.document.lineAt(13).text,
        `- Raise first-contact resolution from 61% to 75% (owner: Tom Reid) so that customers tell their story only once by the end of Q2 ${nextYear()}`,
      );
      // A snippet: the editor selects the placeholder for the writer to overtype.
      assert.equal(editor.document.getText(editor.selection), `the end of Q2 ${nextYear()}`);
      await lintedWithout(goals, 'goal-time-bound');
      assert.deepEqual(rulesOf(goals), ['goal-specific', 'goal-owner']);
    });

    it('fills an empty table cell in place ("Fill in the owner")', async () => {
      await applyAction(actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-owner').range), 'Fix: Fill in the owner'));
      assert.equal(editor.document.lineAt(20).text, '| Raise customer NPS so that customers recommend us | 32 | 45 | Q4 2027 | (owner: name or role)  |');
      await lintedWithout(goals, 'goal-owner');
    });
  });

  describe('"Disable <rule> for this line"', () => {
    it('appends a disable-line comment to a list item', async () => {
      const line = editor.document.lineAt(13).text;
      await applyAction(actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-time-bound').range), 'Disable goal-time-bound for this line'));
      assert.equal(editor.document.lineAt(13).text, `${line} <!-- visionlint-disable-line goal-time-bound -->`);
      await lintedWithout(goals, 'goal-time-bound');
      assert.deepEqual(rulesOf(goals), ['goal-specific', 'goal-owner']);
    });

    it('puts the comment inside the last cell of a table row, so the table stays a table', async () => {
      await applyAction(actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-owner').range), 'Disable goal-owner for this line'));
      const row = editor.document.lineAt(20).text;
      assert.equal(row, '| Raise customer NPS so that customers recommend us | 32 | 45 | Q4 2027 |  <!-- visionlint-disable-line goal-owner --> |');
      assert.equal(row.split('|').length, editor.document.lineAt(19).text.split('|').length, 'the row keeps as many cells as the delimiter row');
      await lintedWithout(goals, 'goal-owner');
      assert.deepEqual(rulesOf(goals), ['goal-time-bound', 'goal-specific']);
      // Both table rows are still read as goals.
      assert.deepEqual((await codeLenses(goals)).map((l) => l.range.start.line), [12, 13, 14, 20, 21]);
    });
  });

  it('"Disable <rule> in this document" puts a disable comment on the line after the front matter', async () => {
    await applyAction(actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-specific').range), 'Disable goal-specific in this document'));
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(0, 6), ['---', 'kind: goals', 'owner: Head of Customer Care', 'date: 2026-11-02', '---', '<!-- visionlint-disable goal-specific -->']);
    await lintedWithout(goals, 'goal-specific');
    assert.deepEqual(rulesOf(goals), ['goal-time-bound', 'goal-owner']);
  });

  it('"Learn about <rule>" runs visionlint.showRuleDocs, which shows the rule\'s documentation with its examples', async () => {
    const learn = actionTitled(await codeActionsAt(goals, diagnosticFor(goals, 'goal-owner').range), 'Learn about goal-owner');
    assert.equal(learn.edit, undefined);
    assert.deepEqual({ command: learn.command?.command, arguments: learn.command?.arguments }, { command: 'visionlint.showRuleDocs', arguments: ['goal-owner'] });
    await applyAction(learn);
    const docs = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && d.getText().startsWith('# goal-owner\n')),
      'the goal-owner documentation',
    );
    assert.includes(docs.getText(), '## Why');
    assert.includes(docs.getText(), 'Default severity: `info`');
    await assertShowsShippedExamples(docs.getText(), 'goal-owner');
    const preview = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)),
      'a Markdown preview tab',
    );
    await vscode.window.tabGroups.close(preview);
    // (The workbench logs "Unable to resolve filesystem provider with relative file path 'untitled:...'"
    // here: VS Code's Markdown preview of an untitled document, not visionlint.)
    // The documentation page is not a strategy document: nothing in it is flagged.
    assert.deepEqual(vscode.languages.getDiagnostics(docs.uri), []);
    await showFile(FILES.goals);
    await vscode.window.showTextDocument(docs);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  describe('fix-all', () => {
    const hedgeFree = '- Answer customer emails within 8 working hours, from 3 days today, by March 2027 so that customers get a reply the same day (owner: Ana Costa)';

    it('is a source.fixAll.visionlint action that removes the hedge, the one problem that needs no input', async () => {
      const actions = await codeActionsAt(goals, new vscode.Range(0, 0, editor.document.lineCount, 0), 'source.fixAll.visionlint');
      assert.deepEqual(actions.map((a) => [a.title, a.kind?.value]), [['Fix all visionlint problems that need no input (1)', 'source.fixAll.visionlint']]);
      await applyAction(actions[0]);
      assert.equal(editor.document.lineAt(14).text, hedgeFree);
      await lintedWithout(goals, 'goal-specific');
      assert.deepEqual(rulesOf(goals), ['goal-time-bound', 'goal-owner']);
    });

    it('is what the "visionlint.fixAll" command applies to the active editor', async () => {
      await vscode.commands.executeCommand('visionlint.fixAll');
      assert.equal(editor.document.lineAt(14).text, hedgeFree);
      await lintedWithout(goals, 'goal-specific');
      assert.deepEqual(rulesOf(goals), ['goal-time-bound', 'goal-owner']);
    });

    it('answers a request for source.fixAll, the kind "editor.codeActionsOnSave": { "source.fixAll": "explicit" } asks for', async () => {
        const actions = await codeActionsAt(goals, new vscode.Range(0, 0, editor.document.lineCount, 0), 'source.fixAll');
        assert.deepEqual(actions.map((a) => a.kind?.value), ['source.fixAll.visionlint']);
      });
  });
});
