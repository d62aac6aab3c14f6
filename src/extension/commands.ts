import * as vscode from 'vscode';
import { autoFixEdits, BUILTIN_RULES, CONFIG_FILE_NAMES, kindFrontMatterEdit, STARTER_CONFIG } from '../core';
import { commonTemplateVariables, isBuiltinTemplateId } from '../core/templates/builtin';
import { fillVariables } from '../core/templates/snippet';
import type { AnalysisService } from './analysis';
import { toRange } from './convert';
import type { DiagnosticsController } from './diagnostics';
import type { LinterService } from './linters';
import { ruleDocsMarkdown, shippedRuleExamples } from './ruleDocs';
import { ScorecardPanel } from './scorecard';
import { lintWorkspace } from './workspaceLint';

interface Services {
  linters: LinterService;
  analyses: AnalysisService;
  diagnostics: DiagnosticsController;
  /** The extension's folder, where the rule pages' examples are (docs/rule-examples.json). */
  extensionUri: vscode.Uri;
}

const DOCUMENT_TEMPLATES = ['vision-document', 'values-document', 'goals-document', 'strategy-document'];

export function registerCommands(services: Services): vscode.Disposable[] {
  const { linters, analyses, diagnostics, extensionUri } = services;
  const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register('visionlint.newDocument', () => newDocument(linters)),
    register('visionlint.insertSmartGoal', () => insertSmartGoal(linters)),
    register('visionlint.lintWorkspace', () => lintWorkspace(linters, analyses, diagnostics)),
    register('visionlint.showScorecard', () => showScorecard(analyses, linters)),
    register('visionlint.openConfiguration', () => openConfiguration(linters)),
    register('visionlint.showRuleDocs', (ruleId?: string) => showRuleDocs(extensionUri, ruleId)),
    register('visionlint.fixAll', () => fixAll(analyses)),
    register('visionlint.lintAsKind', (kind?: string) => lintAsKind(kind)),
  ];
}

const KIND_CHOICES = [
  { label: 'goals', detail: 'Goals, OKRs, KPIs or a plan with targets' },
  { label: 'strategy', detail: 'A mix of vision, values and goals, or a plan with outcomes' },
  { label: 'vision', detail: 'A vision or mission' },
  { label: 'values', detail: 'Values or principles' },
] as const;

/** Says in the document's front matter what it is (`kind: goals`), so visionlint lints it; one undo takes it back. */
async function lintAsKind(kind?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') return;
  const chosen = KIND_CHOICES.find((choice) => choice.label === kind) ?? (await vscode.window.showQuickPick([...KIND_CHOICES], { placeHolder: 'Lint this document as ...' }));
  if (!chosen) return;
  const document = editor.document;
  const edit = kindFrontMatterEdit(document.getText(), chosen.label);
  await editor.edit((builder) => builder.replace(new vscode.Range(document.positionAt(edit.range.start), document.positionAt(edit.range.end)), edit.text));
}

/** The folder new documents and configuration belong to: the active file's, else the first. */
function activeFolderUri(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

async function templatesHere(linters: LinterService) {
  const folder = activeFolderUri();
  const probe = folder ? vscode.Uri.joinPath(folder, 'new.md') : vscode.Uri.parse('untitled:new.md');
  return (await linters.linterForUri(probe)).linter.templates;
}

async function newDocument(linters: LinterService): Promise<void> {
  const templates = await templatesHere(linters);
  const items = Object.entries(templates)
    .filter(([id]) => DOCUMENT_TEMPLATES.includes(id) || !isBuiltinTemplateId(id))
    .map(([id, t]) => ({ label: id.replace(/-document$/, ''), description: t.source === 'builtin' ? 'built-in' : 'house template', detail: t.description, id }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Which document do you want to start?' });
  if (!picked) return;
  const title = await vscode.window.showInputBox({ prompt: 'Title of the document', value: `Our ${picked.label}` });
  if (title === undefined) return;
  const body = fillVariables(templates[picked.id].body, { ...commonTemplateVariables(new Date()), title });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body));
}

async function insertSmartGoal(linters: LinterService): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const templates = await templatesHere(linters);
  const line = editor.document.lineAt(editor.selection.active.line);
  const prefix = line.isEmptyOrWhitespace ? '- ' : '';
  const body = fillVariables(templates['smart-goal'].body, { ...commonTemplateVariables(new Date()), goal: 'What will change' });
  await editor.insertSnippet(new vscode.SnippetString(prefix + body));
}

async function showScorecard(analyses: AnalysisService, linters: LinterService): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const analysis = document && ((analyses.current(document) ?? (await analyses.analyse(document))) || undefined);
  if (!document || !analysis?.result.model || analysis.result.kind === 'none') {
    void vscode.window.showInformationMessage('visionlint: open a vision, values, goals or strategy document to see its scorecard.');
    return;
  }
  const { linter } = await linters.linterFor(document);
  ScorecardPanel.show(analysis.result, document.uri, linter.categoryOf);
}

async function openConfiguration(linters: LinterService): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = activeFolderUri();
  const { config } = await linters.linterForUri(active ?? (folder ? vscode.Uri.joinPath(folder, 'new.md') : vscode.Uri.parse('untitled:new.md')));
  const existing = config.files[0];
  if (existing && folder) {
    await vscode.window.showTextDocument(folder.with({ path: existing }));
    return;
  }
  if (!folder) {
    void vscode.window.showInformationMessage('visionlint: open a folder to give it a configuration.');
    return;
  }
  const create = `Create ${CONFIG_FILE_NAMES[1]}`;
  const choice = await vscode.window.showInformationMessage('visionlint: this folder has no configuration file yet.', create);
  if (choice !== create) return;
  const uri = vscode.Uri.joinPath(folder, CONFIG_FILE_NAMES[1]);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STARTER_CONFIG));
  await vscode.window.showTextDocument(uri);
}

async function showRuleDocs(extensionUri: vscode.Uri, ruleId?: string): Promise<void> {
  const id =
    ruleId ??
    (await vscode.window.showQuickPick(BUILTIN_RULES.map((r) => ({ label: r.id, detail: r.description })), { placeHolder: 'Which rule?' }))?.label;
  if (!id) return;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: ruleDocsMarkdown(id, await shippedRuleExamples(extensionUri, id)) });
  await vscode.commands.executeCommand('markdown.showPreview', document.uri);
}

async function fixAll(analyses: AnalysisService): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const analysis = document && ((analyses.current(document) ?? (await analyses.analyse(document))) || undefined);
  if (!analysis) return;
  const edits = autoFixEdits(analysis.result.findings, analysis.document.getText().length);
  const edit = new vscode.WorkspaceEdit();
  edit.set(analysis.document.uri, edits.map((e) => vscode.TextEdit.replace(toRange(analysis.result.lines, e.range), e.text)));
  await vscode.workspace.applyEdit(edit);
}
