import { BUILTIN_RULES, findRule } from '../core';

/** A rule's documentation as Markdown, rendered from its metadata (works offline and on the web). */
export function ruleDocsMarkdown(ruleId: string): string {
  const rule = findRule(ruleId);
  if (!rule) return `# ${ruleId}\n\nThis is a house rule from your configuration, or a rule this version does not know.\n`;
  const fence = (markdown: string) => `\`\`\`\`markdown\n${markdown.trimEnd()}\n\`\`\`\``;
  const examples = (label: string, list: typeof rule.examples.ok) =>
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
    '## Examples',
    '',
    examples('Not flagged', rule.examples.ok),
    examples('Flagged', rule.examples.notOk),
    '',
    `Other rules: ${BUILTIN_RULES.map((r) => r.id).join(', ')}`,
  ].join('\n');
}
