/**
 * The scorecard webview: one panel beside the editor, opened from the status-bar score and
 * refreshed when its document is linted again. The page itself is built by the pure
 * `renderScorecardHtml`; this file only owns the panel's life cycle.
 */
import * as vscode from 'vscode';
import type { LintResult } from '../core/lint';
import type { RuleCategory } from '../core/rules/rule';
import { renderScorecardHtml } from '../core/report/scorecard';

type CategoryOf = (ruleId: string) => RuleCategory | undefined;

export class ScorecardPanel implements vscode.Disposable {
  static readonly viewType = 'visionlint.scorecard';
  private static current: ScorecardPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri;
  private categoryOf: CategoryOf;
  private disposed = false;

  /** Opens the scorecard for a document, or reveals the open one and shows this document in it. */
  static show(result: LintResult, documentUri: vscode.Uri, categoryOf: CategoryOf): ScorecardPanel {
    const open = ScorecardPanel.current;
    if (open) {
      open.update(result, documentUri, categoryOf);
      open.panel.reveal(vscode.ViewColumn.Beside);
      return open;
    }
    const panel = vscode.window.createWebviewPanel(ScorecardPanel.viewType, 'visionlint scorecard', vscode.ViewColumn.Beside, {
      enableScripts: false,
      localResourceRoots: [],
    });
    const created = new ScorecardPanel(panel, documentUri, categoryOf);
    ScorecardPanel.current = created;
    created.update(result, documentUri, categoryOf);
    return created;
  }

  /**
   * Re-renders the open scorecard if it shows this document; does nothing otherwise.
   * For the linter's "document re-linted" path, so only the document on show refreshes.
   * Without `categoryOf`, the one the panel was last given is used.
   */
  static refresh(result: LintResult, documentUri: vscode.Uri, categoryOf?: CategoryOf): void {
    const open = ScorecardPanel.current;
    if (open && open.uri.toString() === documentUri.toString()) open.update(result, documentUri, categoryOf);
  }

  /** The open scorecard, if any. */
  static get instance(): ScorecardPanel | undefined {
    return ScorecardPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    documentUri: vscode.Uri,
    categoryOf: CategoryOf,
  ) {
    this.uri = documentUri;
    this.categoryOf = categoryOf;
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
  }

  /** The document the scorecard currently shows. */
  get documentUri(): vscode.Uri {
    return this.uri;
  }

  /**
   * Renders a lint result, with a fresh nonce; the panel keeps its place and focus.
   * Without `categoryOf`, the one the panel was last given is used.
   */
  update(result: LintResult, documentUri: vscode.Uri, categoryOf: CategoryOf = this.categoryOf): void {
    if (this.disposed) return;
    this.uri = documentUri;
    this.categoryOf = categoryOf;
    const title = documentUri.scheme === 'untitled' ? documentUri.path : vscode.workspace.asRelativePath(documentUri, false);
    this.panel.title = `Scorecard: ${baseName(documentUri)}`;
    this.panel.webview.html = renderScorecardHtml({
      title,
      result,
      categoryOf,
      cspSource: this.panel.webview.cspSource,
      nonce: newNonce(),
    });
  }

  /** Closes the panel (if still open) and releases its listeners. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ScorecardPanel.current === this) ScorecardPanel.current = undefined;
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  const path = uri.path.replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** 128 random bits as hex: works in the desktop and the web extension host alike. */
function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
