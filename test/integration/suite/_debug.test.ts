import * as vscode from 'vscode';
import { diagnosticsOf, FILES, fixture, pause, screenshot, showFile, waitFor, waitForRules } from '../helpers';
describe('debug', () => {
  it('close via vscode.open', async () => {
    const uri = fixture('docs/closing.md');
    await vscode.workspace.fs.copy(fixture(FILES.vision), uri, { overwrite: true });
    const closed = new Promise<number>((resolve) => { const t0 = Date.now(); vscode.workspace.onDidCloseTextDocument((d) => { if (d.uri.toString() === uri.toString()) resolve(Date.now() - t0); }); });
    await vscode.commands.executeCommand('vscode.open', uri);
    await waitFor(() => diagnosticsOf(uri).length > 0, 'diags');
    console.log('in textDocuments', vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const t0 = Date.now();
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'cleared', 20000);
    console.log('cleared after', Date.now() - t0, 'closed event after', await closed);
    await vscode.workspace.fs.delete(uri);
  });
  it('scorecard', async () => {
    await showFile(FILES.goals);
    await waitForRules(fixture(FILES.goals), ['goal-time-bound', 'goal-specific', 'goal-owner']);
    await vscode.commands.executeCommand('visionlint.showScorecard');
    for (const s of [1, 3, 6, 10]) { await pause(s === 1 ? 1000 : 3000); await screenshot(`score${s}`); }
  });
});
