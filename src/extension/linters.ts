import * as vscode from 'vscode';
import { setUpLinter, type LinterSetup } from '../core';
import { workspaceHost } from './host';
import { readSettings, settingsAsConfig } from './settings';

/**
 * One linter per folder of documents, built from the configuration that applies there and cached
 * until a config file, a house template, a setting or workspace trust changes.
 */
export class LinterService implements vscode.Disposable {
  private readonly setups = new Map<string, Promise<LinterSetup>>();
  private readonly templateWatchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private restrictedNoticeShown = false;

  /** Fires when linting must start over: configuration, templates, settings or trust changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.OutputChannel) {
    const configWatcher = vscode.workspace.createFileSystemWatcher('**/.visionlintrc{,.json,.yaml,.yml}');
    this.disposables.push(
      configWatcher,
      configWatcher.onDidCreate(() => this.invalidate('a configuration file was created')),
      configWatcher.onDidChange(() => this.invalidate('a configuration file changed')),
      configWatcher.onDidDelete(() => this.invalidate('a configuration file was deleted')),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('visionlint')) this.invalidate('settings changed');
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate('the workspace is now trusted')),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate('workspace folders changed')),
      this.changed,
    );
  }

  linterFor(document: vscode.TextDocument): Promise<LinterSetup> {
    return this.linterForUri(document.uri);
  }

  /** The linter for a file (open or not) or a folder-level path such as `<folder>/new.md`. */
  linterForUri(uri: vscode.Uri): Promise<LinterSetup> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const directory = uri.path.replace(/\/[^/]*$/, '') || '/';
    const key = `${folder?.uri.toString() ?? uri.scheme}|${directory}`;
    let setup = this.setups.get(key);
    if (!setup) {
      setup = this.build(uri, folder);
      this.setups.set(key, setup);
    }
    return setup;
  }

  invalidate(reason: string): void {
    this.output.appendLine(`Re-reading configuration: ${reason}.`);
    this.setups.clear();
    this.changed.fire();
  }

  private async build(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): Promise<LinterSetup> {
    const trusted = vscode.workspace.isTrusted;
    if (!trusted) this.noticeRestrictedMode();
    const base = folder?.uri ?? uri;
    const setup = await setUpLinter({
      documentPath: uri.path,
      host: workspaceHost(base),
      root: folder?.uri.path,
      defaults: settingsAsConfig(readSettings(uri)),
      defaultsSource: 'settings',
      useWorkspaceConfig: trusted,
    });
    this.reportProblems(setup);
    if (trusted && setup.config.baseDir) this.watchTemplates(base, setup);
    return setup;
  }

  private watchTemplates(base: vscode.Uri, setup: LinterSetup): void {
    const folder = setup.config.templates.startsWith('/') ? setup.config.templates : `${setup.config.baseDir}/${setup.config.templates}`;
    if (this.templateWatchers.has(folder)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base.with({ path: folder }), '*.md'));
    const reload = () => this.invalidate('a house template changed');
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    this.templateWatchers.set(folder, watcher);
  }

  /** Config problems go to the Output channel every time, and to a notification once per distinct problem. */
  private reportProblems({ problems }: LinterSetup): void {
    const fresh = problems.filter((problem) => {
      const key = `${problem.file}:${problem.line ?? ''}:${problem.message}`;
      if (this.reported.has(key)) return false;
      this.reported.add(key);
      return true;
    });
    for (const problem of problems) {
      const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
      this.output.appendLine(`${where}${problem.key ? ` (${problem.key})` : ''}: ${problem.message}`);
    }
    if (fresh.length === 0) return;
    const first = fresh[0];
    const file = first.file.split('/').pop();
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
    void vscode.window
      .showWarningMessage(`visionlint: ${file}${first.line ? ` line ${first.line}` : ''}: ${first.message}${more} Linting continues with the defaults for that part.`, 'Show details')
      .then((choice) => {
        if (choice) this.output.show(true);
      });
  }

  private noticeRestrictedMode(): void {
    if (this.restrictedNoticeShown) return;
    this.restrictedNoticeShown = true;
    const message =
      'visionlint is running in Restricted Mode: it uses its built-in rules and templates and ignores the workspace\'s .visionlintrc files and house templates until you trust this workspace.';
    this.output.appendLine(message);
    void vscode.window.showInformationMessage(message);
  }

  dispose(): void {
    for (const watcher of this.templateWatchers.values()) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
