import * as vscode from 'vscode';
import { ignoreMatcher, ignoredWithFolders } from '../core/config/ignore';
import type { AnalysisService } from './analysis';
import type { DiagnosticsController } from './diagnostics';
import type { LinterService } from './linters';
import { readSettings } from './settings';

/** Lints every Markdown file in the workspace into the Problems panel, with a progress notification that can be cancelled. */
export async function lintWorkspace(linters: LinterService, analyses: AnalysisService, diagnostics: DiagnosticsController): Promise<{ files: number; findings: number; documents: number }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'visionlint: linting the workspace', cancellable: true },
    async (progress, token) => {
      const uris = await findMarkdownFiles(linters, token);
      const decoder = new TextDecoder('utf-8');
      let findings = 0;
      let documents = 0;
      let done = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ increment: 100 / Math.max(1, uris.length), message: `${++done}/${uris.length} ${uri.path.split('/').pop()}` });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        let count = 0;
        if (open) {
          count = (await analyses.analyse(open))?.result.findings.length ?? 0;
        } else {
          const { linter } = await linters.linterForUri(uri);
          const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
          const result = linter.lint(text, uri.path);
          diagnostics.set(uri, result);
          count = result.findings.length;
        }
        findings += count;
        if (count > 0) documents++;
      }
      const summary = `visionlint: ${token.isCancellationRequested ? 'cancelled after' : 'linted'} ${done} Markdown file${done === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}.`;
      void vscode.window.showInformationMessage(summary);
      return { files: done, findings, documents };
    },
  );
}

async function findMarkdownFiles(linters: LinterService, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const settings = readSettings(folder.uri);
    if (!settings.enable) continue;
    // House templates are Markdown full of placeholders, not documents to lint.
    const exclude = '{**/node_modules/**,**/.git/**,**/.visionlint/**}';
    const includes = settings.include.length > 0 ? settings.include : ['**/*.{md,markdown}'];
    for (const include of includes) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), new vscode.RelativePattern(folder, exclude), undefined, token)) {
        if (!(await ignoredByConfig(linters, uri))) found.set(uri.toString(), uri);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
}

const matchers = new Map<string, (relativePath: string) => boolean>();

/** The `ignore` globs of the file's own configuration, read as the CLI reads them (relative to the config's folder). */
async function ignoredByConfig(linters: LinterService, uri: vscode.Uri): Promise<boolean> {
  const { config } = await linters.linterForUri(uri);
  if (!config.baseDir || config.ignore.length === 0) return false;
  const base = `${config.baseDir.replace(/\/$/, '')}/`;
  if (!uri.path.startsWith(base)) return false;
  const key = config.ignore.join('\n');
  let matches = matchers.get(key);
  if (!matches) matchers.set(key, (matches = ignoreMatcher(config.ignore)));
  return ignoredWithFolders(matches, uri.path.slice(base.length));
}
