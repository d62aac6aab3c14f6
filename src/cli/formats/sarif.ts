/**
 * `--format sarif`: SARIF 2.1.0, which GitHub code scanning (and other tools) read to annotate
 * pull requests. One run; the driver lists every built-in rule (and any house rule that
 * reported), results point at their rule by id and index, locations are relative to
 * `%SRCROOT%` (the working folder), and each result carries a fingerprint built from the same
 * key as the baseline (rule, path, the text of the line), so an alert survives lines moving.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { BUILTIN_RULES, ENGINE_RULE_IDS } from '../../core/rules';
import { ruleDocsUrl } from '../../core/rules/rule';
import type { Severity } from '../../core/types';
import { ENGINE_RULES } from '../info';
import type { Formatter, Report } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const INFORMATION_URI = 'https://github.com/visionlint/visionlint';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { category: string; tags?: string[] };
}

/** `goal-time-bound` -> `GoalTimeBound`: SARIF's readable rule name. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** Relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export const sarif: Formatter = (report: Report) => {
  const rules: SarifRule[] = [
    ...BUILTIN_RULES.map((rule) => ({
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.rationale },
      help: { text: rule.advice },
      helpUri: ruleDocsUrl(rule.id),
      defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
      properties: { category: rule.category, tags: rule.tags },
    })),
    ...ENGINE_RULE_IDS.map((id) => ({
      id,
      name: ruleName(id),
      shortDescription: { text: ENGINE_RULES[id].description },
      fullDescription: { text: ENGINE_RULES[id].rationale },
      help: { text: ENGINE_RULES[id].advice },
      helpUri: ruleDocsUrl(id),
      defaultConfiguration: { level: 'warning' as const },
      properties: { category: 'engine' },
    })),
  ];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const addRule = (id: string) => {
    if (index.has(id)) return;
    const extra = report.extraRules.find((r) => r.id === id);
    index.set(id, rules.length);
    rules.push({
      id,
      name: ruleName(id),
      shortDescription: { text: extra?.description ?? `House rule ${id}` },
      fullDescription: { text: extra?.rationale ?? 'A house rule from your configuration.' },
      defaultConfiguration: { level: LEVEL[extra?.defaultSeverity ?? 'warning'] },
      properties: { category: 'house' },
    });
  };

  const results = report.files.flatMap((file) => {
    const seen = new Map<string, number>();
    return file.findings.map((f) => {
      addRule(f.ruleId);
      const key = `${f.ruleId}\u0000${file.path}\u0000${f.lineHash}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const fingerprint = createHash('sha256').update(key).digest('hex').slice(0, 32);
      return {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) as number,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToUri(file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { 'visionlintFindingHash/v1': `${fingerprint}:${occurrence}` },
        properties: { severity: f.severity, fixable: f.fixable },
      };
    });
  });

  const notifications = report.problems.map((problem) => ({
    level: problem.severity === 'warning' ? ('warning' as const) : ('error' as const),
    message: { text: `${problem.key ? `${problem.key}: ` : ''}${problem.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToFileURL(problem.file).href },
          ...(problem.line ? { region: { startLine: problem.line, ...(problem.column ? { startColumn: problem.column } : {}) } } : {}),
        },
      },
    ],
  }));

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'visionlint',
            version: report.version,
            semanticVersion: report.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolConfigurationNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(report.cwd.endsWith('/') ? report.cwd : `${report.cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
