/**
 * Helpers shared by the integration suites. They run in both extension hosts (Node and web
 * worker), so they use only the VS Code API and what a browser offers: no Node built-ins.
 *
 * Nothing here sleeps for a fixed time to wait for the extension: `waitFor` polls a condition with
 * a timeout. The only fixed pauses are short ones that let the workbench paint before a screenshot.
 */
import * as vscode from 'vscode';
import * as assert from './assert';

export const EXTENSION_ID = 'visionlint.visionlint';

/** The fixture files (test/integration/workspace, copied to a temp folder for each run). */
export const FILES = {
  goals: 'docs/goals.md',
  vision: 'docs/cx-vision.md',
  values: 'docs/our-values.md',
  readme: 'README.md',
  config: '.visionlintrc.yaml',
  deadlineTemplate: '.visionlint/templates/deadline.md',
} as const;

/** A `visionlintTest.*` setting: the runner passes the suite, a grep and the screenshot folder this way. */
export function testSetting(key: string): string | undefined {
  return vscode.workspace.getConfiguration('visionlintTest').get<string>(key) || undefined;
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace folder to be open');
  return folder;
}

export function fixture(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

/** The year `{{nextYear}}` becomes in templates. */
export function nextYear(): number {
  return new Date().getFullYear() + 1;
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` every 50 ms until it returns a truthy value (which is returned), or fails after
 * `timeoutMs` with `what` and the last thing `probe` threw, so a timeout says what it waited for.
 */
export async function waitFor<T>(probe: () => T | PromiseLike<T>, what: string, timeoutMs = 10000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > until) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new assert.AssertionError(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await pause(50);
  }
}

/** For something that must NOT happen: checks `probe` stays true for `ms` (polling), failing as soon as it is not. */
export async function holdsFor(probe: () => boolean, what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!probe()) throw new assert.AssertionError(`expected ${what} to hold for ${ms} ms, it stopped holding`);
    await pause(50);
  }
}

/** visionlint's diagnostics for a file, in document order. */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'visionlint')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The rule ids of a file's diagnostics, in document order. */
export function rulesOf(uri: vscode.Uri): string[] {
  return diagnosticsOf(uri).map(ruleOf);
}

export function diagnosticFor(uri: vscode.Uri, ruleId: string): vscode.Diagnostic {
  const found = diagnosticsOf(uri).find((d) => ruleOf(d) === ruleId);
  assert.ok(found, `expected a ${ruleId} diagnostic in ${uri.path}, found ${JSON.stringify(rulesOf(uri))}`);
  return found;
}

/** Waits until a file's visionlint diagnostics are exactly these rules, in document order. */
export async function waitForRules(uri: vscode.Uri, rules: string[], timeoutMs = 10000): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify(rules);
  try {
    await waitFor(() => JSON.stringify(rulesOf(uri)) === want, `diagnostics ${want}`, timeoutMs);
  } catch {
    assert.fail(`expected the diagnostics of ${uri.path} to become ${want} within ${timeoutMs} ms, they are ${JSON.stringify(rulesOf(uri))}`);
  }
  return diagnosticsOf(uri);
}

/** Opens a fixture file in an editor (not a preview tab) and makes it the active one. */
export async function showFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixture(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Throws away unsaved changes to a document, the way File: Revert File does. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !document.isDirty, `${document.uri.path} to be reverted`);
}

/**
 * Asserts that a rule page shows the rule's examples from docs/rule-examples.json in the extension's
 * folder (the .vsix ships it) and that the extension's bundles hold none of them: the page read them
 * from the file, through vscode.workspace.fs on the desktop and in the web worker host alike.
 */
export async function assertShowsShippedExamples(page: string, ruleId: string): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const read = async (path: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, path)));
  type Example = { markdown: string; note?: string };
  const examples = (JSON.parse(await read('docs/rule-examples.json')) as Record<string, { ok: Example[]; notOk: Example[] }>)[ruleId];
  assert.ok(examples.ok.length > 0 && examples.notOk.length > 0, `docs/rule-examples.json should have examples of ${ruleId}`);
  assert.includes(page, '## Examples');
  const shown = (label: string, example: Example) => `**${label}**${example.note ? ` (${example.note})` : ''}\n\n\`\`\`\`markdown\n${example.markdown.trimEnd()}\n\`\`\`\``;
  for (const example of examples.ok) assert.includes(page, shown('Not flagged', example));
  for (const example of examples.notOk) assert.includes(page, shown('Flagged', example));
  const line = examples.ok[0].markdown.trimEnd().split('\n').pop()!;
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) assert.ok(!(await read(bundle)).includes(line), `${bundle} should not hold the example ${line}`);
}

/** Closes every editor without saving anything (dirty files and untitled documents are reverted first). */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The code actions VS Code's lightbulb would offer for a range (optionally only of one kind). */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  // A bare Command has a string `command`; a CodeAction's `command`, if any, is an object.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
}

export function actionTitled(actions: vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `expected a code action "${title}", found ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * The text of the hovers at a position, joined, as a reader sees it: VS Code's MarkdownString
 * `appendText` escapes punctuation and turns spaces into `&nbsp;`, which this undoes.
 */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** The CodeLenses of a document ("SMART x/5 · ..." above each goal). */
export async function codeLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/**
 * Waits until visionlint has analysed the document's current version. Diagnostics alone cannot
 * tell: after an edit is undone they are the same as before, while the new version may still be
 * waiting for its debounce, and quick fixes and hovers need the analysis of the exact version. The
 * CodeLens provider shows lenses only for that analysis, so lenses on a document with goals mean
 * it is ready.
 */
export async function waitForCurrentAnalysis(uri: vscode.Uri, timeoutMs = 10000): Promise<void> {
  await waitFor(async () => (await codeLenses(uri)).length > 0, `visionlint to analyse the current version of ${uri.path}`, timeoutMs);
}

/**
 * Asks the runner for a screenshot of the whole workbench and waits until the PNG exists. The runner
 * passes the folder in the `visionlintTest.screenshotDir` setting; without it (run-electron.mjs, or a
 * run that does not want screenshots) this only logs.
 */
export async function screenshot(name: string): Promise<void> {
  const dir = testSetting('screenshotDir');
  if (!dir) {
    console.log(`(no screenshot folder: skipping screenshot ${name})`);
    return;
  }
  const file = workspaceFolder().uri.with({ path: `${dir.replace(/\/+$/, '')}/${name}.png` });
  await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  console.log(`@@screenshot ${name}`);
  await waitFor(() => vscode.workspace.fs.stat(file).then(() => true), `screenshot ${name}.png`, 20000);
}
