import * as vscode from 'vscode';
import type { ConfigHost } from '../core';

/** Reads configuration and templates through VS Code's file system, so it works on the desktop, remotely and on the web. */
export function workspaceHost(base: vscode.Uri): ConfigHost {
  const uriOf = (path: string) => base.with({ path });
  const decoder = new TextDecoder('utf-8');
  return {
    async readFile(path) {
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(uriOf(path)));
      } catch {
        return undefined;
      }
    },
    async listDirectory(path) {
      try {
        return (await vscode.workspace.fs.readDirectory(uriOf(path))).map(([name]) => name);
      } catch {
        return undefined;
      }
    },
  };
}
