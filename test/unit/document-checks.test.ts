import assert from 'node:assert/strict';
import { Linter } from '../../src/core';
import { DEFAULT_CONFIG, DEFAULT_PERSONAS } from '../../src/core/config/defaults';
import { visionScope } from '../../src/core/rules/support';

/**
 * The document-level checks: customer-perspective (per section), the three vision checks,
 * employee-perspective and feedback-loop. Each case is a small document of a stated kind (front
 * matter), so these tests do not depend on kind detection.
 */
const linter = new Linter({ ...DEFAULT_CONFIG });
const today = new Date('2026-11-25T00:00:00Z');
const DOC_RULES = [
  'customer-perspective',
  'vision-customer-feeling',
  'vision-customer-action',
  'vision-employee-feeling',
  'employee-perspective',
  'feedback-loop',
];

function lint(markdown: string, kind: string) {
  return linter.lint(`---\nkind: ${kind}\n---\n${markdown}`, 'doc.md', today);
}

/** "line rule" for each finding of the document checks; lines count from the first line after the front matter. */
function found(markdown: string, kind: string, rules: readonly string[] = DOC_RULES): string[] {
  const result = lint(markdown, kind);
  return result.findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${result.lines.position(f.range.start).line - 3} ${f.ruleId}`)
    .sort();
}

function has(markdown: string, kind: string, rule: string): boolean {
  return lint(markdown, kind).findings.some((f) => f.ruleId === rule);
}

describe('document checks: who counts as the people served', () => {
  it('the persona defaults name the public, citizens, Veterans, developers, engineers and partners', () => {
    for (const noun of ['the public', 'citizen', 'veteran', 'developer', 'engineer', 'partner', 'patient', 'member']) {
      assert.ok(DEFAULT_PERSONAS.includes(noun), noun);
    }
  });

  for (const [who, sentence] of [
    ['the public', 'We design and deliver a digital government with and for the public, and earn its trust every day.'],
    ['citizens', 'Citizens can renew a licence online in five minutes, at any hour, from any device they own.'],
    ['Veterans', 'Veterans, their caregivers and advocates find the benefits they earned without calling the VA.'],
    ['engineers', 'Engineers can create a new service in under ten minutes, without filing a ticket or waiting.'],
    ['partners', 'Our partner agencies get working software every two weeks and keep control of their budgets.'],
    ['those who use it', 'Keep the catalogue free and quick to search for all those who use it, in every branch.'],
  ] as const) {
    it(`a goals section that names ${who} is not flagged`, () => {
      assert.deepEqual(found(`# Plan\n\n## Goals\n\n- ${sentence}\n- Publish the roadmap by Q2 2027.\n`, 'goals', ['customer-perspective']), []);
    });
  }

  it('"team members" are the people who do the work, not customers', () => {
    const md =
      '# 2027 OKRs\n\n## Sales\n\n- Customers renew at 95% by Q4 2027 because onboarding gets them live in a week.\n\n' +
      '## People Ops\n\n- Hire 12 team members by Q2 2027.\n- Run the engagement survey twice and share the results with every team member.\n';
    assert.deepEqual(found(md, 'goals', ['customer-perspective']), ['7 customer-perspective']);
  });
});

describe('document checks: which sections customer-perspective reads', () => {
  it('judges each ## section of a goals page on its own, at its heading', () => {
    const md =
      '# FY27 goals\n\n## Support\n\n- Cut the median first response to customers from 9 to 6 hours by Q2 2027.\n\n' +
      '## Finance\n\n- Close the books within five working days of month end by Q3 2027, every month, with no restatements.\n';
    assert.deepEqual(found(md, 'goals', ['customer-perspective']), ['7 customer-perspective']);
  });

  it('leaves FAQ, definitions, process and upkeep sections alone', () => {
    const md =
      '# Project goals\n\n## Goals\n\n- Users can install the tool with one command by Q2 2027.\n\n' +
      '## Frequently asked questions\n\n### How are project goals proposed?\n\nTeams write a proposal in the repository and the council reviews it each quarter before it is accepted.\n\n' +
      '## Definitions\n\nA flagship goal is one the leadership council funds and reviews at every monthly meeting of the council.\n\n' +
      "## Meltano's OKR process\n\nWe track OKRs as issues with labels, update the dashboard weekly and archive them at the end of the quarter.\n\n" +
      '## Reviewing this plan\n\nThe leadership team reviews this plan every January and publishes the changes in the changelog file.\n';
    assert.deepEqual(found(md, 'goals', ['customer-perspective']), []);
  });

  it('leaves a section alone that only points to where the goals are kept', () => {
    const md =
      '# Quarterly OKRs\n\n## 2018 Q4\n\n- Users can run the node in the browser without a daemon by December 2018.\n\n' +
      '## 2018 Q3\n\nFind the OKRs for 2018 Q3 in the [2018 Q3 OKRs spreadsheet](https://example.com/sheet).\n';
    assert.deepEqual(found(md, 'goals', ['customer-perspective']), []);
  });

  it('does not read status notes in a goals page as goals', () => {
    const md =
      '# Support goals 2027\n\n## Goals\n\n- Raise CSAT for our customers from 84% to 90% by Q4 2027.\n\n' +
      '## Mid-year check-in\n\nMedian first response was six hours twenty in June; the new triage rota went live on 3 July and the queue is shorter.\n';
    assert.deepEqual(found(md, 'goals', ['customer-perspective']), []);
  });

  it('reads a value written as its own heading as a values section', () => {
    const md =
      '# Our values\n\n## Kindness is key\n\nWe assume good intent, we thank each other in public and we give hard feedback in private, kindly.\n\n' +
      '## Customers first\n\nEvery decision starts with what our customers need, and we say so in the pull request.\n';
    assert.deepEqual(found(md, 'values', ['customer-perspective']), ['3 customer-perspective']);
  });
});

describe('document checks: when a document has a vision statement', () => {
  const scope = (markdown: string, kind: string) => {
    const model = lint(markdown, kind).model!;
    const found = visionScope(model);
    return found && found.ranges.map((r) => model.text.slice(r.start, r.end).trim().split('\n')[0]);
  };

  it('a goals page with no vision has none, and the vision checks say nothing', () => {
    const md = '# Q3 OKRs\n\n## Objective: Faster builds\n\n- Cut CI time from 30 to 15 minutes by September 2026.\n';
    assert.equal(scope(md, 'goals'), null);
    assert.deepEqual(found(md, 'goals', ['vision-customer-feeling', 'vision-customer-action', 'vision-employee-feeling']), []);
  });

  it('a Mission section is the vision, and so is a bold "Vision:" line', () => {
    assert.deepEqual(scope('# About us\n\n## Mission\n\nTo make the world safer by delivering secure collaboration software.\n', 'strategy'), ['## Mission']);
    assert.deepEqual(scope('# TTS\n\n**Vision:** Trusted modern government experiences for all.\n\n## Today\n\nWe run four offices.\n', 'strategy'), [
      '**Vision:** Trusted modern government experiences for all.',
    ]);
  });

  it('a section about the future worked towards is a vision', () => {
    const md = '# Faster builds\n\n## Motivation\n\n### The "shiny future" we are working towards\n\nA Rust that compiles quickly, even for fresh builds.\n';
    assert.deepEqual(scope(md, 'goals'), ['### The "shiny future" we are working towards']);
  });

  it('a deep heading that names a vision inside a value is not one, nor is a pointer, nor the purpose of the page', () => {
    const value = '# Values\n\n## Iteration\n\n##### Start with a long-term vision\n\nIteration works towards a long-term vision of what we want to build next.\n';
    assert.equal(scope(value, 'values'), null);
    const pointer = '# Values\n\n## Kindness\n\nWe are kind to each other, always and in public.\n\n## Mission\n\nOur [mission](/company/mission/) is to enable everyone to contribute.\n';
    assert.equal(scope(pointer, 'values'), null);
    const purpose = '# Roadmap\n\n## Purpose\n\nThe purpose of this document is to list what ships in each release and when.\n';
    assert.equal(scope(purpose, 'goals'), null);
    const compound = '# OKRs\n\n## Objectives\n\n### Mission-critical reliability\n\nNo outage longer than one hour in 2027 for any region.\n';
    assert.equal(scope(compound, 'goals'), null);
  });
});

describe('document checks: what the vision says', () => {
  it('a mission with no customer feeling, next action or employee feeling gets all three', () => {
    const md = '# About us\n\n## Mission\n\nOur mission is to make the world safer and more productive by delivering secure, open source software.\n';
    assert.deepEqual(found(md, 'strategy', ['vision-customer-feeling', 'vision-customer-action', 'vision-employee-feeling']), [
      '3 vision-customer-action',
      '3 vision-customer-feeling',
      '3 vision-employee-feeling',
    ]);
  });

  it('reads feelings of the people served, not the writers\' own', () => {
    const ours = "# Vision\n\nWe're confident that developers will need fewer concepts, and we add none they do not need.\n";
    assert.ok(has(ours, 'vision', 'vision-customer-feeling'));
    const theirs = '# Vision\n\nA great developer experience leads to happy, creative and productive engineers.\n';
    assert.ok(!has(theirs, 'vision', 'vision-customer-feeling'));
  });

  it('engineers of a developer platform are its customers, so their feeling is not an employee feeling', () => {
    const md = '# Vision\n\nA great developer experience leads to happy, creative and productive engineers.\n';
    assert.ok(has(md, 'vision', 'vision-employee-feeling'));
    const staff = '# Vision\n\nGuests feel at home. Our colleagues go home proud of the difference they made.\n';
    assert.ok(!has(staff, 'vision', 'vision-employee-feeling'));
  });

  it('a next action can be any step customers take: adopt, rely on, innovate, come back', () => {
    for (const sentence of [
      'Developers innovate faster and end-users pick and choose the pieces they need.',
      'As more companies rely on our platform, it becomes the single application for all of R&D.',
      'Infrastructure is abstracted away so that you can return to building and scaling.',
      'Our common purpose is to promote the adoption of the purely functional deployment model.',
      'Nightly users will be able to preview the next edition like any unstable feature.',
    ]) {
      assert.ok(!has(`# Vision\n\n${sentence}\n`, 'vision', 'vision-customer-action'), sentence);
    }
    assert.ok(has('# Vision\n\nTrusted modern government experiences for all.\n', 'vision', 'vision-customer-action'));
  });

  it('a list and the line that leads into it are read together', () => {
    const md = '# Vision\n\nIn our future, an aspiring researcher would:\n\n- migrate their program with few lifetime issues\n- get to running code quickly\n';
    assert.ok(!has(md, 'vision', 'vision-customer-action'));
  });
});

describe('document checks: employee perspective', () => {
  it('maintainers and contributors are the people who deliver', () => {
    const md = '# Strategy\n\n## Vision\n\nDevelopers ship safely every day.\n\n## How we work\n\nMaintainers get two days a month for review, so that nobody burns out.\n';
    assert.ok(!has(md, 'strategy', 'employee-perspective'));
  });

  it('a "Team Members" heading, a hiring banner or customers who are engineers do not count', () => {
    const md =
      '# Vision\n\n[We are hiring!](https://example.com/jobs)\n\nOur goal is to give engineers the best developer experience in the world, so that they ship faster.\n\n' +
      '## Team Members\n\n- Product: Ana\n- Design: Bo\n';
    assert.ok(has(md, 'vision', 'employee-perspective'));
  });
});

describe('document checks: feedback loop', () => {
  for (const sentence of [
    'We run a satisfaction survey after every call and change the next agenda from its answers.',
    'Run 5 user tests of the onboarding flow and fix the issues they find.',
    'We hold a retrospective after every release and change one thing in how we work.',
    'If you would like to help shape this, you can email us at team@example.com.',
    'Departments will consult people, both within the UK and overseas, before a policy changes.',
    'We will start small, let users try it, and ask "was this helpful" on every page.',
  ]) {
    it(`hears people: ${sentence.slice(0, 50)}`, () => {
      assert.ok(!has(`# Goals 2027\n\n## Goals\n\n- Ship the new app to customers by Q2 2027.\n\n${sentence}\n`, 'goals', 'feedback-loop'));
    });
  }

  for (const sentence of [
    'We would love your feedback.',
    'Developers coming from Python are used to seeing immediate feedback after a change.',
    'Agencies began to consult with key agency leaders, such as Chief Data Officers.',
    'Zero customer complaints by the end of Q1 2027.',
  ]) {
    it(`does not take for a loop: ${sentence.slice(0, 50)}`, () => {
      assert.ok(has(`# Goals 2027\n\n## Goals\n\n- Ship the new app to customers by Q2 2027.\n\n${sentence}\n`, 'goals', 'feedback-loop'));
    });
  }

  it('reads values pages too: values with no way to hear anyone get the finding', () => {
    const md = '# Our values\n\n## Be straightforward\n\nWe speak plainly and clearly, internally and externally, and we drop the jargon.\n';
    assert.ok(has(md, 'values', 'feedback-loop'));
  });
});
