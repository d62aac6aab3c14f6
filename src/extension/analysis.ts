import * as vscode from 'vscode';
import type { Linter, LintResult } from '../core';
import { LintSession, type TextChange } from '../core/session';
import type { LinterService } from './linters';
import { readSettings } from './settings';

export interface Analysis {
  document: vscode.TextDocument;
  version: number;
  /** The text analysed: the document's at `version`. */
  text: string;
  result: LintResult;
  /** The configuration asks suppression comments for a reason. */
  requireDisableReason: boolean;
}

/**
 * Whether an analysis describes the document as it is now: the same version, or the same text
 * (a file reloaded from disk unchanged moves the version but leaves every range valid).
 */
export function describes(analysis: Analysis, document: vscode.TextDocument): boolean {
  return !analysis.document.isClosed && (analysis.version === document.version || analysis.text === document.getText());
}

/** Schemes whose documents are real files a writer edits (not diff views, output or git history). */
const LINTED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-userdata', 'memfs', 'vscode-test-web']);

/**
 * Lints documents as they change: debounced per document, with a generation counter so a slow
 * analysis of an old version never overwrites a newer one.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly latest = new Map<string, Analysis>();
  /** Incremental sessions: an edit re-parses only the blocks it touched. */
  private readonly sessions = new Map<string, { session: LintSession; linter: Linter; pending: TextChange[] }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly analysed = new vscode.EventEmitter<Analysis>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();

  readonly onDidAnalyse = this.analysed.event;
  readonly onDidForget = this.forgotten.event;

  constructor(private readonly linters: LinterService) {}

  shouldLint(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown' || !LINTED_SCHEMES.has(document.uri.scheme)) return false;
    const settings = readSettings(document.uri);
    if (!settings.enable) return false;
    if (settings.include.length === 0) return true;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return settings.include.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0);
  }

  /** Remembers an edit for the document's incremental session; call for every change event, in order. */
  recordChanges(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.sessions.get(event.document.uri.toString());
    if (!entry) return;
    for (const change of event.contentChanges) {
      entry.pending.push({ rangeOffset: change.rangeOffset, rangeLength: change.rangeLength, text: change.text });
    }
  }

  /** Lints after the debounce delay; every call supersedes the pending one for the same document. */
  schedule(document: vscode.TextDocument, delayMs = readSettings(document.uri).debounceMs): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analyse(document, generation);
      }, delayMs),
    );
  }

  /** Lints now; resolves with null when the document changed or closed meanwhile. */
  async analyse(document: vscode.TextDocument, generation = this.bump(document)): Promise<Analysis | null> {
    const key = document.uri.toString();
    if (!this.shouldLint(document)) {
      this.forget(document.uri);
      return null;
    }
    const version = document.version;
    try {
      const { linter, config } = await this.linters.linterFor(document);
      if (this.generations.get(key) !== generation || document.isClosed || document.version !== version) return null;
      const text = document.getText();
      const result = this.lintIncrementally(key, text, document.uri.path, linter);
      const analysis: Analysis = { document, version, text, result, requireDisableReason: config.requireDisableReason };
      this.latest.set(key, analysis);
      this.analysed.fire(analysis);
      return analysis;
    } catch (error) {
      // The core never throws on text; this guards the extension host against the unexpected.
      console.error(`visionlint: could not lint ${document.uri.toString()}:`, error);
      return null;
    }
  }

  /**
   * Feeds the edits since the last analysis to the document's session. A new linter (configuration
   * changed) or text that does not match (an edit missed) starts a fresh session from the full text.
   */
  private lintIncrementally(key: string, text: string, path: string, linter: Linter): LintResult {
    const entry = this.sessions.get(key);
    if (entry && entry.linter === linter) {
      const result = entry.session.update(entry.pending.splice(0));
      if (entry.session.currentText === text) return result;
    }
    const session = new LintSession(linter, text, path);
    this.sessions.set(key, { session, linter, pending: [] });
    return session.result;
  }

  /** The latest analysis of the document as it is now, if there is one. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const analysis = this.latest.get(document.uri.toString());
    return analysis && describes(analysis, document) ? analysis : undefined;
  }

  /** The latest analysis, even of an older version (for views that tolerate a moment's lag). */
  last(document: vscode.TextDocument): Analysis | undefined {
    return this.latest.get(document.uri.toString());
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.sessions.delete(key);
    if (this.latest.delete(key)) this.forgotten.fire(uri);
  }

  private bump(document: vscode.TextDocument): number {
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.analysed.dispose();
    this.forgotten.dispose();
  }
}
