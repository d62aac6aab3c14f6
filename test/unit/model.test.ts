import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Linter } from '../../src/core';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';

const today = new Date('2026-11-25T00:00:00Z');
const linter = new Linter();
const model = (text: string, path?: string) => linter.lint(text, path, today).model!;
const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'documents', name), 'utf8');

describe('the document model', () => {
  describe('document kind', () => {
    it('comes from front matter first', () => {
      assert.equal(model('---\nkind: values\n---\n# Anything\n').kind, 'values');
    });
    it('reads front matter as YAML does, with or without the YAML parser', () => {
      const lines = ['title: Plan 2027', 'owner: Ops lead  ', 'date: 2026-10-01', 'count: 12', 'flag: true', 'url: https://x.org', 'note: a # comment', "name: Bob's [draft]", 'title: Plan 2027', 'null: x'];
      for (const a of lines) {
        for (const b of lines) {
          const yaml = `${a}\n${b}`;
          let expected: unknown;
          try {
            expected = parse(yaml);
          } catch {
            expected = null;
          }
          assert.deepEqual(model(`---\n${yaml}\n---\n# Plan\n`).frontMatter, expected, yaml);
        }
      }
    });
    it('comes from the file name when the content agrees', () => {
      assert.equal(model('# Our values\n\n- Candour: we say it early\n', 'our-values.md').kind, 'values');
    });
    it('ignores a file name the content does not support (values.md in API docs)', () => {
      assert.equal(model('# Return types\n\nFunctions return plain objects.\n', 'values.md').kind, 'none');
    });
    it('comes from headings when they are clearly a strategy', () => {
      assert.equal(model('# Plan\n\n## Vision\n\nPatients feel safe.\n\n## Goals\n\n- Cut waits to 3 weeks by 2027\n').kind, 'strategy');
    });
    it('leaves a README with Goals and Non-goals alone', () => {
      assert.equal(model('# tool\n\n## Goals\n\n- Fast\n\n## Non-goals\n\n- Plugins\n', 'README.md').kind, 'none');
    });
    it('never treats a changelog as strategy without front matter', () => {
      assert.equal(model('# Changelog\n\n## Vision\n\n## Goals\n\n- x\n', 'CHANGELOG.md').kind, 'none');
    });
  });

  describe('sections', () => {
    it('give headings a role, with configurable synonyms', () => {
      const custom = new Linter({ ...DEFAULT_CONFIG, headingSynonyms: { goals: ['Big bets'] } });
      const sections = custom.lint('---\nkind: strategy\n---\n# Plan\n\n## Customer goals\n\n## Big bets\n\n## Non-goals\n', undefined, today).model!.sections;
      assert.deepEqual(sections.filter((s) => s.heading).map((s) => s.role), ['other', 'goals', 'goals', 'other']);
    });
    it('let a sub-heading inherit its section role ("### Integrity" under "## Values")', () => {
      const sections = model('---\nkind: values\n---\n## Values\n\n### Integrity\n\nWe say what we mean.\n').sections;
      assert.equal(sections[2].effectiveRole, 'values');
    });
  });

  describe('goals', () => {
    it('are list items under a goals heading, with objectives and their key results', () => {
      const goals = model('---\nkind: goals\n---\n## Objectives\n\n- Make renewals effortless\n  - KR1: Raise renewal CSAT from 3.9 to 4.4 by Q2 2027\n  - Owner: Sam\n').goals;
      assert.equal(goals.length, 2);
      assert.equal(goals[1].parent, 0);
      assert.equal(goals[0].attributes.owner?.text, 'Sam');
      assert.equal(goals[1].analysis.owner?.source, 'parent');
      assert.ok(goals[0].analysis.smart.measurable, 'an objective is measurable through its key results');
    });
    it('are lines that start "Goal:" or "KR 1.2:" anywhere', () => {
      const goals = model('---\nkind: strategy\n---\n# Plan\n\nGoal: Cut complaint handling from 20 to 10 days by June 2027.\n').goals;
      assert.equal(goals.length, 1);
      assert.equal(goals[0].source, 'line');
    });
    it('are "Objective 1:" headings, with the list under them as key results', () => {
      const goals = model('---\nkind: goals\n---\n## Objective 1: Onboarding feels effortless\n\n- Cut time to first value from 14 to 5 days by Q2 2027\n').goals;
      assert.deepEqual(goals.map((g) => [g.source, g.parent]), [['heading', null], ['list', 0]]);
    });
    it('are rows of a table with a goal column, whose columns feed the breakdown', () => {
      const goals = model(
        '---\nkind: goals\n---\n| Goal | Metric | Baseline | Target | Due | Owner |\n|---|---|---|---|---|---|\n| Customers get refunds fast | Refunds within 5 days | 74% | 85% | 2027-06-30 | Dee |\n',
      ).goals;
      const { analysis } = goals[0];
      assert.equal(analysis.deadline?.due, '2027-06-30');
      assert.equal(analysis.deadline?.source, 'column');
      assert.equal(analysis.owner?.text, 'Dee');
      assert.equal(analysis.baseline?.value, 74);
      assert.equal(analysis.target?.value, 85);
      assert.deepEqual(analysis.smart, { specific: true, measurable: true, achievable: true, relevant: true, timeBound: true });
    });
    it('take the period of the heading above them ("2027 Q1 goals")', () => {
      const goal = model('---\nkind: goals\n---\n## 2027 Q1 goals\n\n- Raise NPS from 32 to 40\n').goals[0];
      assert.equal(goal.analysis.deadline?.source, 'heading');
      assert.equal(goal.analysis.deadline?.due, '2027-03-31');
    });
    it('are dated by a "2027 target" column header', () => {
      const goal = model('---\nkind: goals\n---\n| KPI | 2025 | 2027 target |\n|---|---|---|\n| Patient satisfaction | 78% | 85% |\n').goals[0];
      assert.equal(goal.analysis.deadline?.due, '2027-12-31');
      assert.equal(goal.analysis.baseline?.value, 78);
    });
    it('resolve relative deadlines against the document date', () => {
      const goal = model('---\nkind: goals\ndate: 2025-03-01\n---\n## Goals\n\n- Raise NPS from 32 to 40 by next year\n').goals[0];
      assert.equal(goal.analysis.deadline?.due, '2026-12-31');
    });
    it('read FY27 as the fiscal year ending in 2027, starting in the configured month', () => {
      const april = new Linter({ ...DEFAULT_CONFIG, fiscalYearStart: 4 });
      const goal = april.lint('---\nkind: goals\n---\n## Goals\n\n- Raise NPS from 32 to 40 by FY27\n', undefined, today).model!.goals[0];
      assert.equal(goal.analysis.deadline?.due, '2027-03-31');
    });
    it('score one point per SMART criterion met', () => {
      const goals = model('---\nkind: goals\n---\n## Goals\n\n- Improve our service\n- Raise NPS from 32 to 40 by Q3 2027 so that customers feel heard\n').goals;
      assert.deepEqual(goals.map((g) => g.analysis.score), [1, 5]);
    });
  });

  describe('values', () => {
    it('are list items with a bold name and a description', () => {
      const values = model('---\nkind: values\n---\n## Our values\n\n- **Candour** — we say the hard thing early and kindly.\n').values;
      assert.deepEqual(values.map((v) => [v.name, v.description]), [['Candour', 'we say the hard thing early and kindly.']]);
    });
    it('are sub-headings of the values section, with their lists as behaviours', () => {
      const values = model('---\nkind: values\n---\n## Values\n\n### Own it\n\n- We call back when we said we would\n').values;
      assert.equal(values[0].name, 'Own it');
      assert.deepEqual(values[0].behaviours, ['We call back when we said we would']);
    });
  });

  it('finds the vision statement: the first paragraph of the vision section', () => {
    assert.equal(model('---\nkind: vision\n---\n# Vision\n\nEvery guest feels at home.\n\nMore text.\n').vision.statement?.text, 'Every guest feels at home.');
  });

  it('reads a realistic strategy end to end', () => {
    const strategy = model(fixture('patient-experience-strategy.md'), 'patient-experience-strategy.md');
    assert.equal(strategy.kind, 'strategy');
    assert.ok(strategy.goals.length >= 6);
    assert.ok(strategy.values.length >= 3);
    assert.ok(strategy.vision.statement);
  });
});

describe('the document score', () => {
  it('is explained in parts and lies between 0 and 100', () => {
    const result = linter.lint(fixture('customer-first-vision.md'), 'customer-first-vision.md', today);
    assert.ok(result.score!.score >= 0 && result.score!.score <= 100);
    assert.deepEqual(result.score!.parts.map((p) => p.name), ['goals', 'customer', 'culture']);
    const good = linter.lint(fixture('cx-vision.md'), 'cx-vision.md', today);
    assert.ok(good.score!.score > result.score!.score);
  });
});

describe('inline comments', () => {
  const goal = '- Raise NPS from 32 to 45 by Q3 2027 so that customers feel heard';
  const lint = (body: string, config = DEFAULT_CONFIG) =>
    new Linter(config).lint(`---\nkind: goals\n---\n## Goals\n\n${body}\n`, undefined, today).findings.map((f) => f.ruleId);

  it('disable a rule until enabled again', () => {
    assert.deepEqual(lint(`<!-- visionlint-disable goal-owner -->\n\n${goal}\n\n<!-- visionlint-enable goal-owner -->`), []);
  });
  it('disable a rule on their own line, or the next', () => {
    assert.deepEqual(lint(`${goal} <!-- visionlint-disable-line goal-owner -->`), []);
    assert.deepEqual(lint(`<!-- visionlint-disable-next-line goal-owner -->\n${goal}`), []);
  });
  it('must give a reason when the configuration requires one', () => {
    const strict = { ...DEFAULT_CONFIG, requireDisableReason: true };
    assert.deepEqual(lint(`${goal} <!-- visionlint-disable-line goal-owner -->`, strict), ['disable-reason']);
    assert.deepEqual(lint(`${goal} <!-- visionlint-disable-line goal-owner -- owners set at planning day -->`, strict), []);
  });
});

describe('configuration in the engine', () => {
  const text = '---\nkind: goals\n---\n## Goals\n\n- Raise NPS from 32 to 45 by Q3 2027 so that customers feel heard\n';
  it('turns a rule off or changes its severity', () => {
    const off = new Linter({ ...DEFAULT_CONFIG, rules: { 'goal-owner': { severity: 'off', options: {} } } });
    assert.deepEqual(off.lint(text, undefined, today).findings, []);
    const error = new Linter({ ...DEFAULT_CONFIG, rules: { 'goal-owner': { severity: 'error', options: {} } } });
    assert.equal(error.lint(text, undefined, today).findings[0].severity, 'error');
  });
  it('adds persona nouns, so a "tenant" is a customer', () => {
    const doc = '---\nkind: values\n---\n## Values\n\n- **Respect**: we knock, we explain, we keep the appointment with every householder.\n';
    assert.ok(linter.lint(doc, undefined, today).findings.some((f) => f.ruleId === 'customer-perspective'));
    const custom = new Linter({ ...DEFAULT_CONFIG, personas: [...DEFAULT_CONFIG.personas, 'householder'] });
    assert.ok(!custom.lint(doc, undefined, today).findings.some((f) => f.ruleId === 'customer-perspective'));
  });
});

describe('house rules are data', () => {
  const house = (houseRules: Partial<typeof DEFAULT_CONFIG.houseRules>) =>
    new Linter({ ...DEFAULT_CONFIG, houseRules: { ...DEFAULT_CONFIG.houseRules, ...houseRules } });

  it('replace a word with the house word, as a fix that needs no input', () => {
    const linterWithWords = house({ words: [{ id: 'house-customers', words: ['end users'], replaceWith: 'customers' }] });
    const result = linterWithWords.lint('---\nkind: vision\n---\n# Vision\n\nEnd users feel heard.\n', undefined, today);
    const finding = result.findings.find((f) => f.ruleId === 'house-customers')!;
    assert.equal(finding.fixes[0].needsInput, false);
    assert.equal(finding.fixes[0].edits[0].text, 'Customers');
  });
  it('require sections in order', () => {
    const required = house({ requiredSections: [{ id: 'house-sections', headings: ['Vision', 'Feedback'] }] });
    const result = required.lint('---\nkind: vision\n---\n# Plan\n\n## Vision\n\nCustomers feel heard.\n', undefined, today);
    assert.ok(result.findings.some((f) => f.ruleId === 'house-sections' && /Feedback/.test(f.message)));
  });
  it('require goal-table columns to be filled', () => {
    const columns = house({ goalColumns: [{ id: 'house-columns', columns: ['Owner'] }] });
    const result = columns.lint('---\nkind: goals\n---\n| Goal | Owner |\n|---|---|\n| Raise NPS from 32 to 45 by 2027 | |\n', undefined, today);
    assert.ok(result.findings.some((f) => f.ruleId === 'house-columns'));
  });
});

describe('documents that cannot be linted', () => {
  it('are skipped with a reason when too large', () => {
    const small = new Linter({ ...DEFAULT_CONFIG, maxFileSizeKb: 1 });
    assert.match(small.lint('x'.repeat(2000)).skipped ?? '', /larger than 1 KB/);
  });
  it('are skipped with a reason when binary', () => {
    assert.match(linter.lint('PNG\u0000\u0000data').skipped ?? '', /binary/);
  });
});
