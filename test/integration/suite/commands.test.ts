import * as vscode from 'vscode';
import * as assert from '../assert';
import { closeAllEditors, diagnosticFor, FILES, fixture, holdsFor, rulesOf, showFile, waitFor, waitForRules } from '../helpers';

const scorecardTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('visionlint.scorecard'));

describe('Commands', () => {
  afterEach(closeAllEditors);

  describe('visionlint.lintWorkspace', () => {
    it('fills the Problems panel for Markdown files that are not open', async () => {
      await closeAllEditors();
      const values = fixture(FILES.values);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === values.toString()), 'docs/our-values.md must not be open for this test');
      assert.deepEqual(vscode.languages.getDiagnostics(values), []);

      const summary = await vscode.commands.executeCommand<{ files: number; findings: number; documents: number }>('visionlint.lintWorkspace');
      // README.md and the three docs/*.md (house templates under .visionlint/ are not documents, and
      // docs/drafts/ is ignored by the configuration's "drafts", which names a folder at any depth);
      // findings in the three strategy documents, every one of them in the Problems panel.
      assert.equal(summary.files, 4, `summary ${JSON.stringify(summary)}`);
      assert.equal(summary.documents, 3, `summary ${JSON.stringify(summary)}`);
      const published = [FILES.goals, FILES.vision, FILES.values].reduce((n, file) => n + rulesOf(fixture(file)).length, 0);
      assert.equal(summary.findings, published, 'the summary counts what the Problems panel shows');

      assert.deepEqual(rulesOf(values), ['feedback-loop', 'value-behaviour', 'value-behaviour'], 'a values page says nothing of how it hears people');
      assert.deepEqual(rulesOf(fixture(FILES.goals)), ['goal-time-bound', 'goal-specific', 'goal-owner']);
      assert.equal(diagnosticFor(fixture(FILES.goals), 'goal-owner').severity, vscode.DiagnosticSeverity.Warning, 'the workspace lint uses .visionlintrc.yaml too');
      assert.deepEqual(vscode.languages.getDiagnostics(fixture(FILES.readme)), []);
      assert.deepEqual(vscode.languages.getDiagnostics(fixture('docs/drafts/goals-draft.md')), [], 'ignored by the configuration');
    });
  });

  describe('visionlint.showScorecard', () => {
    it('opens the scorecard of the active document beside it', async () => {
      await showFile(FILES.goals);
      await waitForRules(fixture(FILES.goals), ['goal-time-bound', 'goal-specific', 'goal-owner']);
      await vscode.commands.executeCommand('visionlint.showScorecard');
      const tab = await waitFor(() => scorecardTabs()[0], 'the scorecard tab');
      assert.equal(tab.label, 'Scorecard: goals.md');
      assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two);
    });

    it('opens nothing for a document that is not a strategy document', async () => {
      await showFile(FILES.readme);
      await vscode.commands.executeCommand('visionlint.showScorecard');
      assert.deepEqual(scorecardTabs(), []);
    });
  });

  describe('visionlint.lintAsKind', () => {
    it('says in the front matter what a document that came close is, and visionlint lints it; one undo takes it back', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Team notes\n\n## Goals\n\n- Make onboarding easier for new starters\n- Write better docs for the API\n' });
      await vscode.window.showTextDocument(document);
      await holdsFor(() => vscode.languages.getDiagnostics(document.uri).length === 0, 'no findings before the document says what it is', 1500);

      await vscode.commands.executeCommand('visionlint.lintAsKind', 'goals');
      assert.ok(document.getText().startsWith('---\nkind: goals\n---\n\n# Team notes'), document.getText());
      await waitFor(() => rulesOf(document.uri).includes('goal-time-bound'), 'goal findings once the document is read as goals');

      await vscode.commands.executeCommand('undo');
      assert.ok(document.getText().startsWith('# Team notes'), 'one undo removes the front matter');
      await waitFor(() => vscode.languages.getDiagnostics(document.uri).length === 0, 'no findings again');
    });
  });

  describe('visionlint.newDocument', () => {
    /** Runs the command and accepts the first item of its quick pick, then the proposed title. */
    async function newDocumentFromFirstChoice(): Promise<vscode.TextDocument> {
      const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      let finished = false;
      const running = Promise.resolve(vscode.commands.executeCommand('visionlint.newDocument')).finally(() => (finished = true));
      await waitFor(async () => {
        if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return finished;
      }, 'the quick pick and the input box to be accepted', 15000);
      await running;
      const created = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && !before.has(d.uri.toString()));
      assert.ok(created, 'a new untitled document');
      return created;
    }

    it('asks which document to start and its title, then opens it in a new editor', async () => {
      const created = await newDocumentFromFirstChoice();
      assert.equal(created.languageId, 'markdown');
      assert.equal(vscode.window.activeTextEditor?.document, created);
      assert.ok(created.getText().trim().length > 0, 'the new document has the template in it');
    });

    it('offers whole-document templates only: the first choice starts a vision document', async () => {
        const created = await newDocumentFromFirstChoice();
        assert.match(created.getText(), /^---\nkind: vision\n/);
        assert.includes(created.getText(), '# Our vision');
      });
  });
});
