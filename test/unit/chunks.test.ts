import assert from 'node:assert/strict';
import { Linter, type LintResult } from '../../src/core';
import { extractBlocks } from '../../src/core/lint';
import { planGoalChunks } from '../../src/core/model/goalSigns';
import { buildSections } from '../../src/core/model/sections';
import { RoleClassifier } from '../../src/core/model/roles';
import { LintSession } from '../../src/core/session';

const today = new Date('2026-11-25T00:00:00Z');
const linter = new Linter();

/** The goal chunks of a document, as the headings that start them ("" for the text before the first heading). */
function chunksOf(markdown: string): string[][] {
  const blocks = extractBlocks(markdown);
  const sections = buildSections(blocks, markdown, new RoleClassifier());
  return planGoalChunks(sections, blocks).map(({ first, last }) => sections.slice(first, last + 1).map((s) => s.heading?.text ?? ''));
}

/** The goals as JSON (moved goals are views) and the findings: what a session and a full lint must agree on. */
function goalsAndFindings(result: LintResult) {
  return { goals: JSON.parse(JSON.stringify(result.model?.goals ?? [])) as unknown, findings: JSON.parse(JSON.stringify(result.findings)) as unknown };
}

describe('goal chunks', () => {
  it("split a document into each section's own text, so an edit re-reads only the goals near it", () => {
    const markdown = '# Plan\n\nIntro.\n\n## Access\n\nWhy it matters.\n\n### Goals for access\n\n- Cut wait to 2 minutes by Q3 2027\n\n## Billing\n\n- Send clear bills\n';
    assert.deepEqual(chunksOf(markdown), [[''], ['Plan'], ['Access'], ['Goals for access'], ['Billing']]);
  });

  it('keep an objective heading with the subsections that hold its key results', () => {
    const markdown = '## Objective 1: Make joining easy\n\n### Key results\n\n- Cut sign-up time to 5 minutes by Q3 2027\n\n## Values\n';
    assert.deepEqual(chunksOf(markdown), [[''], ['Objective 1: Make joining easy', 'Key results'], ['Values']]);
  });

  it('keep a plain "Goals" heading with its subsections: its prose is a goal only when none of them holds one', () => {
    const markdown = '## Goals\n\nWe will answer every call within a minute by 2027.\n\n### Service\n\nMore detail.\n';
    assert.deepEqual(chunksOf(markdown), [[''], ['Goals', 'Service']]);
  });

  it('are kept through an edit elsewhere: only the chunk an edit touched is read again', () => {
    const sections = ['Access', 'Billing', 'Renewals'].map((area, i) => `## ${area}\n\nWhy it matters.\n\n- Cut wait to ${i + 2} minutes by Q3 2027\n- Raise NPS from 30 to 45 (owner: Sam)\n`);
    const markdown = `# Plan\n\n${sections.join('\n')}`;
    const session = new LintSession(linter, markdown, 'plan.md', () => today);
    const incremental = session.update([{ rangeOffset: markdown.indexOf('3 minutes'), rangeLength: 1, text: '4' }]);
    assert.equal(session.lastFoundGoalChunks, 1, 'the Billing chunk, whose list changed');
    assert.deepEqual(goalsAndFindings(incremental), goalsAndFindings(linter.lint(session.currentText, 'plan.md', today)));
    session.update([{ rangeOffset: session.currentText.indexOf('Why'), rangeLength: 0, text: 'Customers say: ' }]);
    assert.equal(session.lastFoundGoalChunks, 1, 'the Access chunk, whose paragraph changed; the goals below only moved');
  });

  it('move goals with the owner and heading above them that they cite, as a full lint places them', () => {
    const markdown = '# Customer plan 2027\n\nOwner: Priya Shah\n\n## Goals\n\n- Raise NPS from 30 to 45 so that customers wait less\n- Cut churn to 5% by Q3 2027\n';
    const session = new LintSession(linter, markdown, 'plan.md', () => today);
    // Text typed above the owner moves the owner and the heading, then text between them and the goals moves only the goals.
    for (const [before, text] of [
      ['Owner', 'The plan.\n\n'],
      ['## Goals', 'More context.\n\n'],
    ]) {
      const incremental = session.update([{ rangeOffset: session.currentText.indexOf(before), rangeLength: 0, text }]);
      const full = linter.lint(session.currentText, 'plan.md', today);
      assert.deepEqual(goalsAndFindings(incremental), goalsAndFindings(full));
    }
    const goal = session.result.model!.goals[0];
    assert.equal(session.currentText.slice(goal.analysis.owner!.range.start, goal.analysis.owner!.range.end), 'Priya Shah');
  });
});
