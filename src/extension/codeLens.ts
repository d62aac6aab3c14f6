import * as vscode from 'vscode';
import { goalSummary } from '../core';
import type { AnalysisService } from './analysis';
import { toRange } from './convert';
import { readSettings } from './settings';

/** "SMART 3/5 · missing: deadline, owner" above each goal. */
export class GoalCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: AnalysisService) {
    this.subscriptions = [
      analyses.onDidAnalyse(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('visionlint.codeLens')) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings(document.uri).codeLens) return [];
    const analysis = this.analyses.current(document);
    if (!analysis?.result.model) return [];
    const { lines, model } = analysis.result;
    if (model.kind === 'none') return [];
    return model.goals.map((goal) => {
      const start = toRange(lines, goal.range).start;
      return new vscode.CodeLens(new vscode.Range(start, start), {
        title: goalSummary(goal),
        tooltip: 'Open the visionlint scorecard',
        command: 'visionlint.showScorecard',
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
