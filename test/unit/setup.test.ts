import assert from 'node:assert/strict';
import { setUpLinter, type ConfigHost } from '../../src/core';

function memoryHost(files: Record<string, string>): ConfigHost {
  return {
    readFile: async (path) => files[path],
    listDirectory: async (path) => {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]);
      return names.length > 0 ? [...new Set(names)] : undefined;
    },
  };
}

const goalWithoutDeadline = '---\nkind: goals\n---\n## Goals\n\n- Raise NPS from 32 to 45 so that customers feel heard (owner: Sam)\n';

describe('setting up a linter for a document', () => {
  it('uses the house template of the nearest configuration in quick fixes', async () => {
    const host = memoryHost({
      '/work/.visionlintrc.yaml': 'templates: house\n',
      '/work/house/deadline.md': ' by ${1:the end of Q2 {{nextYear}}}',
    });
    const { linter, problems } = await setUpLinter({ documentPath: '/work/docs/goals.md', host });
    assert.deepEqual(problems, []);
    const finding = linter.lint(goalWithoutDeadline, '/work/docs/goals.md', new Date('2026-11-25T00:00:00Z')).findings.find((f) => f.ruleId === 'goal-time-bound')!;
    assert.equal(finding.fixes[0].edits[0].snippet, ' by ${1:the end of Q2 2027}');
    assert.equal(finding.fixes[0].edits[0].text, ' by <the end of Q2 2027>');
  });

  it('reports a broken config by file and line, and lints with the defaults', async () => {
    const host = memoryHost({ '/work/.visionlintrc.json': '{ "rules": { "goal-owner": "loud" } }' });
    const { linter, problems } = await setUpLinter({ documentPath: '/work/goals.md', host });
    assert.equal(problems[0].file, '/work/.visionlintrc.json');
    assert.equal(problems[0].line, 1);
    assert.ok(linter.lint(goalWithoutDeadline, '/work/goals.md').findings.some((f) => f.ruleId === 'goal-owner' || f.ruleId === 'goal-time-bound'));
  });

  it('ignores workspace config and house templates in an untrusted workspace', async () => {
    const host = memoryHost({
      '/work/.visionlintrc.yaml': 'rules:\n  goal-time-bound: off\ntemplates: house\n',
      '/work/house/deadline.md': ' by ${1:house date}',
    });
    const { linter } = await setUpLinter({ documentPath: '/work/goals.md', host, useWorkspaceConfig: false });
    const finding = linter.lint(goalWithoutDeadline, '/work/goals.md').findings.find((f) => f.ruleId === 'goal-time-bound');
    assert.ok(finding, 'the rule stays on: the workspace config was not read');
    assert.doesNotMatch(finding.fixes[0].edits[0].snippet, /house date/);
  });
});
