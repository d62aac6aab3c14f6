import * as vscode from 'vscode';
import type { LintResult } from '../core';
import { describes, type Analysis, type AnalysisService } from './analysis';
import { toDiagnostic } from './convert';
import { readSettings } from './settings';

/**
 * Publishes findings as diagnostics. In focus mode, findings on the line being typed are held
 * back until the cursor leaves it, so the writer is not interrupted mid-sentence.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('visionlint');
  private readonly typingLine = new Map<string, number>();
  /** The analysis each open document's diagnostics were built from: its quick fixes must come from the same one. */
  private readonly published = new Map<string, Analysis>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analyses: AnalysisService) {
    this.disposables.push(
      this.collection,
      analyses.onDidAnalyse((analysis) => this.publish(analysis)),
      analyses.onDidForget((uri) => {
        this.published.delete(uri.toString());
        this.collection.delete(uri);
      }),
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

  publish(analysis: Analysis): void {
    const { document, result } = analysis;
    const focusLine = readSettings(document.uri).focusMode ? this.typingLine.get(document.uri.toString()) : undefined;
    this.set(document.uri, result, focusLine);
    this.published.set(document.uri.toString(), analysis);
  }

  /**
   * The analysis the document's diagnostics on screen came from, while the document still has the
   * text it analysed (after an edit its ranges no longer fit, and the diagnostics are stale too).
   */
  publishedFor(document: vscode.TextDocument): Analysis | undefined {
    const analysis = this.published.get(document.uri.toString());
    return analysis && describes(analysis, document) ? analysis : undefined;
  }

  /** Also used by the workspace lint for files that are not open. */
  set(uri: vscode.Uri, result: LintResult, holdBackLine?: number): void {
    // The workspace lint's results for a file that is not open: no analysis to answer quick fixes.
    this.published.delete(uri.toString());
    const diagnostics = result.findings
      .map((finding) => toDiagnostic(uri, result.lines, finding))
      .filter((diagnostic) => holdBackLine === undefined || diagnostic.range.start.line !== holdBackLine);
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
