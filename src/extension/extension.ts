import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { CodeActionProvider } from './codeActions';
import { GoalCodeLensProvider } from './codeLens';
import { registerCommands } from './commands';
import { DiagnosticsController } from './diagnostics';
import { HoverProvider } from './hover';
import { LinterService } from './linters';
import { ScorecardPanel } from './scorecard';
import { ScoreStatusBar } from './statusBar';

/** Registers everything and returns at once: linting starts on the next tick, one document at a time. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('visionlint');
  const linters = new LinterService(output);
  const analyses = new AnalysisService(linters);
  const diagnostics = new DiagnosticsController(analyses);
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const codeLens = new GoalCodeLensProvider(analyses);

  const relintOpenDocuments = () => {
    for (const document of vscode.workspace.textDocuments) {
      if (analyses.shouldLint(document)) analyses.schedule(document, 0);
      else analyses.forget(document.uri);
    }
  };

  context.subscriptions.push(
    output,
    linters,
    analyses,
    diagnostics,
    codeLens,
    new ScoreStatusBar(analyses),
    vscode.languages.registerCodeActionsProvider(markdown, new CodeActionProvider(analyses, (document) => diagnostics.publishedFor(document)), {
      providedCodeActionKinds: CodeActionProvider.kinds,
    }),
    vscode.languages.registerHoverProvider(markdown, new HoverProvider(analyses)),
    vscode.languages.registerCodeLensProvider(markdown, codeLens),
    vscode.workspace.onDidOpenTextDocument((document) => analyses.shouldLint(document) && analyses.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      // An event without content changes is a dirty-state change, unless the version moved (a model
      // reloaded with the same text): quick fixes and code lenses answer only for the version analysed.
      if (event.contentChanges.length === 0 && analyses.last(event.document)?.version === event.document.version) return;
      analyses.recordChanges(event);
      if (analyses.shouldLint(event.document)) analyses.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => analyses.forget(document.uri)),
    analyses.onDidAnalyse((analysis) => ScorecardPanel.refresh(analysis.result, analysis.document.uri)),
    linters.onDidChange(relintOpenDocuments),
    ...registerCommands({ linters, analyses, diagnostics, extensionUri: context.extensionUri }),
  );
  setTimeout(relintOpenDocuments, 0);
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
