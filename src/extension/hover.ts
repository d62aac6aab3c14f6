import * as vscode from 'vscode';
import { explainGoal, findRule, goalSummary } from '../core';
import type { AnalysisService } from './analysis';

/** Hovers: a goal's SMART breakdown, and for a flagged word why it matters and what to write instead. */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.analyses.current(document);
    const model = analysis?.result.model;
    if (!analysis || !model || model.kind === 'none') return undefined;
    const offset = document.offsetAt(position);
    const parts: vscode.MarkdownString[] = [];

    // Word-level findings (jargon, customer-focused terms) explain themselves; goal-level ones are in the breakdown.
    for (const finding of analysis.result.findings) {
      if (finding.goalIndex !== undefined || offset < finding.range.start || offset > finding.range.end) continue;
      const rule = findRule(finding.ruleId);
      const text = new vscode.MarkdownString();
      text.appendMarkdown(`**visionlint · ${finding.ruleId}**\n\n`);
      text.appendText(finding.message);
      if (rule) text.appendMarkdown(`\n\n*Why:* `).appendText(rule.rationale).appendMarkdown(`\n\n*Instead:* `).appendText(rule.advice);
      parts.push(text);
    }

    const goal = model.goals.find((g) => g.range.start <= offset && offset <= g.range.end);
    if (goal) {
      const text = new vscode.MarkdownString();
      text.appendMarkdown(`**visionlint · ${goalSummary(goal)}**\n\n| | | |\n|---|---|---|\n`);
      for (const criterion of explainGoal(goal)) {
        text.appendMarkdown(`| ${criterion.met ? '✅' : '❌'} | ${criterion.label} | ${escapeCell(criterion.detail)} |\n`);
      }
      parts.push(text);
    }
    return parts.length > 0 ? new vscode.Hover(parts) : undefined;
  }
}

function escapeCell(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}
