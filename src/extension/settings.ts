import * as vscode from 'vscode';
import type { ConfigInput, SeveritySetting } from '../core';

/**
 * The one typed view of `visionlint.*` settings. A setting flows: package.json `contributes.configuration`
 * declares it, `readSettings` reads it for a resource, and `settingsAsConfig` turns the parts the core
 * understands into the weakest configuration layer (`.visionlintrc.*` files win over it).
 */
export interface Settings {
  enable: boolean;
  /** Glob patterns of files to lint; empty means every Markdown file the core recognises. */
  include: string[];
  lintAllMarkdown: boolean;
  rules: Record<string, SeveritySetting>;
  personas: string[];
  templatesFolder: string;
  codeLens: boolean;
  debounceMs: number;
  focusMode: boolean;
  maxFileSizeKb: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('visionlint', scope);
  return {
    enable: config.get('enable', true),
    include: config.get<string[]>('include', []),
    lintAllMarkdown: config.get('lintAllMarkdown', false),
    rules: config.get<Record<string, SeveritySetting>>('rules', {}),
    personas: config.get<string[]>('personas', []),
    templatesFolder: config.get('templatesFolder', ''),
    codeLens: config.get('codeLens.enabled', true),
    debounceMs: Math.max(0, config.get('debounceMs', 300)),
    focusMode: config.get('focusMode', false),
    maxFileSizeKb: config.get('maxFileSizeKb', 2048),
  };
}

/** The settings the core knows, as its weakest configuration layer. */
export function settingsAsConfig(settings: Settings): ConfigInput {
  const input: ConfigInput = { rules: { ...settings.rules }, personas: settings.personas, maxFileSizeKb: settings.maxFileSizeKb };
  if (settings.lintAllMarkdown) input.lint = 'always';
  if (settings.templatesFolder) input.templates = settings.templatesFolder;
  return input;
}
