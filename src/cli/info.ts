/** `--list-rules` and `--explain`: the rules' own metadata, in words for a terminal or as JSON. */
import type { ResolvedConfig } from '../core/config/types';
import { suggestClosest } from '../core/config/parse';
import { BUILTIN_RULES, ENGINE_RULE_IDS, findRule } from '../core/rules';
import { houseRulesFrom } from '../core/rules/house';
import { ruleDocsUrl, type Rule, type RuleCategory } from '../core/rules/rule';
import type { Severity, SeveritySetting } from '../core/types';
import type { LintResult } from '../core/lint';
import { UsageError } from './args';

/** The rules the engine reports itself, described here because they have no rule file. */
export const ENGINE_RULES: Record<(typeof ENGINE_RULE_IDS)[number], { description: string; rationale: string; advice: string }> = {
  'front-matter': {
    description: 'Front matter is valid YAML: a set of key: value pairs.',
    rationale: 'visionlint reads kind, date, review and period from the front matter; when it cannot be read, the document is linted without it, which changes what counts as a goal deadline and what kind of document it is.',
    advice: 'Fix the YAML between the --- lines (a missing colon, a tab, an unclosed quote), or remove the front matter.',
  },
  'disable-reason': {
    description: 'A suppression comment gives its reason after " -- " (when requireDisableReason is on).',
    rationale: 'A suppression without a reason hides a finding from reviewers without telling them why the rule does not apply here.',
    advice: 'Write the reason after " -- ": <!-- visionlint-disable-line goal-owner -- owners are assigned at the planning day -->',
  },
};

export interface RuleListing {
  id: string;
  description: string;
  category: RuleCategory | 'engine';
  /** `off` for a rule that is off unless configured. */
  defaultSeverity: SeveritySetting;
  /** As configured for the current folder. */
  severity: SeveritySetting;
  fixable: 'template' | 'auto' | null;
  docs: string | null;
}

export function listRules(config: ResolvedConfig): RuleListing[] {
  const severity = (id: string, fallback: Severity, optIn = false): SeveritySetting => config.rules[id]?.severity ?? (optIn ? 'off' : fallback);
  const rule = (r: Rule, docs: boolean): RuleListing => ({
    id: r.id,
    description: r.description,
    category: r.category,
    defaultSeverity: r.optIn ? 'off' : r.defaultSeverity,
    severity: severity(r.id, r.defaultSeverity, r.optIn),
    fixable: r.fixable ?? null,
    docs: docs ? ruleDocsUrl(r.id) : null,
  });
  return [
    ...BUILTIN_RULES.map((r) => rule(r, true)),
    ...ENGINE_RULE_IDS.map((id) => ({
      id,
      description: ENGINE_RULES[id].description,
      category: 'engine' as const,
      defaultSeverity: 'warning' as const,
      severity: severity(id, 'warning'),
      fixable: null,
      docs: ruleDocsUrl(id),
    })),
    ...houseRulesFrom(config.houseRules).map((r) => rule(r, false)),
  ];
}

export function formatRuleList(rules: RuleListing[], where: string): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = [`${'Rule'.padEnd(width)}  ${'Severity'.padEnd(8)}  ${'Fix'.padEnd(8)}  Description`];
  for (const r of rules) {
    const sev = r.severity === r.defaultSeverity ? r.severity : `${r.severity}*`;
    lines.push(`${r.id.padEnd(width)}  ${sev.padEnd(8)}  ${(r.fixable ?? '').padEnd(8)}  ${r.description}`);
  }
  lines.push('', `Severities as configured for ${where}; * differs from the default.`, 'Fix: auto = --fix applies it; template = the editor inserts a template to fill in.', 'visionlint --explain RULE tells why a rule exists and what to write instead.');
  return `${lines.join('\n')}\n`;
}

export function explainRule(id: string, config: ResolvedConfig, asJson: boolean): string {
  const rule = findRule(id) ?? houseRulesFrom(config.houseRules).find((r) => r.id === id);
  const engine = (ENGINE_RULES as Record<string, (typeof ENGINE_RULES)['front-matter']>)[id];
  if (!rule && !engine) {
    const all = listRules(config).map((r) => r.id);
    const guess = suggestClosest(id, all);
    throw new UsageError(`There is no rule "${id}".${guess ? ` Did you mean ${guess}?` : ''} visionlint --list-rules lists every rule.`);
  }
  if (!rule) {
    if (asJson) return `${JSON.stringify({ id, category: 'engine', defaultSeverity: 'warning', ...engine, docs: ruleDocsUrl(id) }, null, 2)}\n`;
    return [`${id} (warning by default, reported by the engine)`, '', engine.description, '', 'Why', indent(engine.rationale), '', 'What to write instead', indent(engine.advice), '', `Docs: ${ruleDocsUrl(id)}`, ''].join('\n');
  }
  const docs = findRule(id) ? ruleDocsUrl(id) : null;
  if (asJson) {
    const { check: _check, ...data } = rule;
    return `${JSON.stringify({ ...data, docs }, null, 2)}\n`;
  }
  const out = [`${rule.id} (${rule.optIn ? `off by default, ${rule.defaultSeverity} when on` : `${rule.defaultSeverity} by default`}, ${rule.category}${rule.fixable ? `, fix: ${rule.fixable}` : ''})`, '', rule.description, '', 'Why', indent(rule.rationale), '', 'What to write instead', indent(rule.advice)];
  const examples = (title: string, list: Rule['examples']['ok']) => {
    if (list.length === 0) return;
    out.push('', title);
    for (const example of list) {
      out.push('', ...example.markdown.replace(/\n$/, '').split('\n').map((line) => `    ${line}`));
      if (example.note) out.push(`  (${example.note})`);
    }
  };
  examples('Flagged', rule.examples.notOk);
  examples('Fine', rule.examples.ok);
  if (docs) out.push('', `Docs: ${docs}`);
  out.push('');
  return out.join('\n');
}

function indent(text: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(`  ${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`  ${line}`);
  return lines.join('\n');
}

/** `--why FILE`: the kind a document was read as and the evidence for it, in words or as JSON. */
export function explainKind(result: LintResult, path: string, json: boolean): string {
  const model = result.model;
  const reasons = result.skipped ? [result.skipped] : (model?.kindReasons ?? []);
  const goals = result.kind === 'none' ? 0 : (model?.goals.length ?? 0);
  if (json) return `${JSON.stringify({ path, kind: result.kind, source: model?.kindSource ?? 'none', reasons, goals, values: model?.values.length ?? 0 }, null, 2)}\n`;
  const what = result.kind === 'none' ? 'not read as a vision, values, goals or strategy document' : `read as a ${result.kind} document`;
  const lines = [`${path}: ${what}${model?.kindSource === 'front-matter' ? ' (front matter)' : ''}.`, ...reasons.map((reason) => `  - ${reason}`)];
  if (result.kind !== 'none') lines.push(`  ${goals} goal${goals === 1 ? '' : 's'}, ${model?.values.length ?? 0} value${model?.values.length === 1 ? '' : 's'} found.`);
  else lines.push('  To lint it anyway, add "kind: goals" (or vision, values, strategy) to its front matter.');
  return `${lines.join('\n')}\n`;
}
