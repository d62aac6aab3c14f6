import * as vscode from 'vscode';
import { BUILTIN_RULES, findRule, ruleDocsUrl, type Rule } from '../core';
import { RULE_EXAMPLES_FILE } from '../core/rules/rule';

type RuleExamples = Rule['examples'];

/**
 * A rule's examples from the extension's copy of docs/rule-examples.json (the shipped bundles leave
 * the examples out of the rules); undefined when the file cannot be read or lacks the rule.
 * vscode.workspace.fs reads the extension's own files on the desktop and in the web worker host alike.
 */
export async function shippedRuleExamples(extensionUri: vscode.Uri, ruleId: string): Promise<RuleExamples | undefined> {
  try {
    const file = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, RULE_EXAMPLES_FILE));
    const examples = (JSON.parse(new TextDecoder().decode(file)) as Record<string, Partial<RuleExamples> | undefined>)[ruleId];
    return Array.isArray(examples?.ok) && Array.isArray(examples.notOk) ? { ok: examples.ok, notOk: examples.notOk } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A rule's documentation as Markdown, rendered from its metadata (works offline and on the web),
 * with the examples given (see `shippedRuleExamples`) or, without them, a link to docs/rules.md.
 */
export function ruleDocsMarkdown(ruleId: string, examples: RuleExamples | undefined): string {
  const rule = findRule(ruleId);
  if (!rule) return `# ${ruleId}\n\nThis is a house rule from your configuration, or a rule this version does not know.\n`;
  const fence = (markdown: string) => `\`\`\`\`markdown\n${markdown.trimEnd()}\n\`\`\`\``;
  const shown = (label: string, list: RuleExamples['ok']) =>
    list.map((e) => `**${label}**${e.note ? ` (${e.note})` : ''}\n\n${fence(e.markdown)}\n`).join('\n');
  return [
    `# ${rule.id}`,
    '',
    rule.description,
    '',
    `Default severity: \`${rule.defaultSeverity}\` · category: ${rule.category}`,
    '',
    '## Why',
    '',
    rule.rationale,
    '',
    '## What to write instead',
    '',
    rule.advice,
    '',
    ...(examples
      ? ['## Examples', '', shown('Not flagged', examples.ok), shown('Flagged', examples.notOk)]
      : [`The examples are in [docs/rules.md](${ruleDocsUrl(rule.id)}).`]),
    '',
    `Other rules: ${BUILTIN_RULES.map((r) => r.id).join(', ')}`,
  ].join('\n');
}
