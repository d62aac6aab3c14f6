import * as vscode from 'vscode';
import type { LintResult } from '../core';
import type { Analysis, AnalysisService } from './analysis';
import { toDiagnostic } from './convert';
import { readSettings } from './settings';

/**
 * Publishes findings as diagnostics. In focus mode, findings on the line being typed are held
 * back until the cursor leaves it, so the writer is not interrupted mid-sentence.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('visionlint');
  private readonly typingLine = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analyses: AnalysisService) {
    this.disposables.push(
      this.collection,
      analyses.onDidAnalyse((analysis) => this.publish(analysis)),
      analyses.onDidForget((uri) => this.collection.delete(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document === event.document && event.contentChanges.length > 0) {
          this.typingLine.set(event.document.uri.toString(), editor.selection.active.line);
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const key = event.textEditor.document.uri.toString();
        const held = this.typingLine.get(key);
        if (held !== undefined && event.selections[0].active.line !== held) {
          this.typingLine.delete(key);
          const analysis = this.analyses.current(event.textEditor.document);
          if (analysis) this.publish(analysis);
        }
      }),
    );
  }

  publish({ document, result }: Analysis): void {
    const focusLine = readSettings(document.uri).focusMode ? this.typingLine.get(document.uri.toString()) : undefined;
    this.set(document.uri, result, focusLine);
  }

  /** Also used by the workspace lint for files that are not open. */
  set(uri: vscode.Uri, result: LintResult, holdBackLine?: number): void {
    const diagnostics = result.findings
      .map((finding) => toDiagnostic(uri, result.lines, finding))
      .filter((diagnostic) => holdBackLine === undefined || diagnostic.range.start.line !== holdBackLine);
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
