import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';

/**
 * The active document's score, which opens the scorecard; or, for a Markdown document that came
 * close to a strategy document but was not read as one, a note that says so and offers to lint it
 * as a chosen kind.
 */
export class ScoreStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('visionlint.score', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: AnalysisService) {
    this.item.name = 'visionlint score';
    this.item.command = 'visionlint.showScorecard';
    this.subscriptions = [
      analyses.onDidAnalyse((analysis) => {
        if (analysis.document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      analyses.onDidForget(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    ];
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document ? this.analyses.last(document) : undefined;
    const score = analysis?.result.score;
    const model = analysis?.result.model;
    if (analysis && analysis.result.kind === 'none' && model?.kindClose) {
      this.item.text = '$(question) visionlint: not linted';
      this.item.command = 'visionlint.lintAsKind';
      const tooltip = new vscode.MarkdownString('**visionlint** did not read this as a vision, values, goals or strategy document:\n\n');
      for (const reason of model.kindReasons) tooltip.appendMarkdown('- ').appendText(reason).appendMarkdown('\n');
      tooltip.appendMarkdown('\nClick to lint it as a document of your choice (adds `kind:` to its front matter).');
      this.item.tooltip = tooltip;
      this.item.show();
      return;
    }
    this.item.command = 'visionlint.showScorecard';
    if (!analysis || !score) {
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${score.score}/100`;
    const tooltip = new vscode.MarkdownString(`**visionlint** document score ${score.score}/100\n\n`);
    for (const part of score.parts) tooltip.appendMarkdown(`- ${part.name}: ${part.points}/${part.max} (`).appendText(part.explanation).appendMarkdown(')\n');
    if (!vscode.workspace.isTrusted) tooltip.appendMarkdown('\n\n$(shield) Restricted Mode: built-in defaults, workspace configuration ignored.');
    tooltip.supportThemeIcons = true;
    tooltip.appendMarkdown('\n\nClick for the scorecard.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
