import assert from 'node:assert/strict';
import { Linter, kindFrontMatterEdit, type LintResult } from '../../src/core';
import type { Goal } from '../../src/core/model/types';

/**
 * How visionlint reads a strategy document, pattern by pattern, on small documents written the
 * way public OKR pages, handbooks and strategies are written.
 */
const linter = new Linter();
const today = new Date('2026-12-06T00:00:00Z');

function read(markdown: string, path = 'docs/plan.md'): LintResult {
  return linter.lint(markdown, path, today);
}

function goalTexts(result: LintResult): string[] {
  return (result.model?.goals ?? []).map((goal) => goal.text);
}

function goal(result: LintResult, startsWith: string): Goal {
  const found = result.model!.goals.find((g) => g.text.startsWith(startsWith));
  assert.ok(found, `no goal starting "${startsWith}" in ${JSON.stringify(goalTexts(result))}`);
  return found;
}

function rulesOn(result: LintResult, startsWith: string): string[] {
  const target = goal(result, startsWith);
  return result.findings.filter((f) => f.goalIndex === target.index).map((f) => f.ruleId).sort();
}

describe('reading goals as a reader finds them', () => {
  it('an OKR block: the objective heading, its fields, and the key results listed under "Key Results:"', () => {
    const result = read(
      [
        '# Q3-24 OKRs',
        '',
        '## Objective: `Grow the contributor base`',
        '- **Active from:** 01.07.24',
        '- **KR Measurement Deadline:** 27.09.24',
        '- **Tracking Manager:** Amira',
        '- **Key Results:** Amira and Tom',
        '  1. `Merge 40 pull requests from first-time contributors`',
        '  2. `Publish a contributor guide in three languages`',
        '',
        '- **Final Score**',
        '',
        '| Date | KR #1 | KR #2 |',
        '|---|---|---|',
        '| 30.09.24 | 0.8 | 1.0 |',
        '',
        '- **Grading Notes**',
        '    1. `KR#1: 32 of 40 merged`',
        '',
      ].join('\n'),
      'okrs/Q3-24/README.md',
    );
    assert.notEqual(result.kind, 'none');
    assert.deepEqual(goalTexts(result).map((t) => t.replace(/`/g, '')), [
      'Objective: Grow the contributor base',
      'Merge 40 pull requests from first-time contributors',
      'Publish a contributor guide in three languages',
    ]);
    const merge = goal(result, '`Merge');
    assert.equal(merge.analysis.deadline?.due, '2024-09-27', 'the block\'s measurement deadline dates its key results');
    assert.match(merge.analysis.owner?.text ?? '', /^Amira/, 'the block names who answers for its key results');
  });

  it('an OKR page written as fields: the Objective line is the goal, the heading its title, placeholders are not key results', () => {
    const result = read(
      [
        '---',
        'title: Strategic Goals',
        '---',
        '',
        '## Current OKRs',
        '',
        '### OKR: Make onboarding self-serve',
        '',
        '- Scope: Company-Wide',
        '- Objective: **Let new teams reach a working pipeline without help from our staff**',
        '- Timeframe: By 2027-03-31',
        '- Key Results:',
        '  - [KR: Cut median setup time to 20 minutes](https://example.org/issues/12)',
        '  - Coming soon, discussion [tracked here](https://example.org/issues/13).',
        '',
      ].join('\n'),
      'src/company/strategy.md',
    );
    assert.deepEqual(goalTexts(result), [
      'Objective: Let new teams reach a working pipeline without help from our staff',
      'KR: Cut median setup time to 20 minutes',
    ]);
    assert.equal(goal(result, 'KR:').analysis.deadline?.due, '2027-03-31', 'the Timeframe field dates the objective and, through it, its key result');
    assert.equal(goal(result, 'KR:').parent, goal(result, 'Objective:').index);
  });

  it('key results grouped under category items ("- Robustness") are read, and a note saying which period the list was used for dates them', () => {
    const result = read(
      [
        '# Reader app OKRs',
        '',
        '> **Important:** This OKR list was used during Q3+Q4 2027.',
        '',
        '## Overall',
        '',
        '**Objective:** Create a private reading app that is delightful to use.',
        '',
        '**Key Results:**',
        '  - Robustness',
        '    - [ ] The app handles 5 readers for a session of 1 hour without a failure',
        '  - Runtime Support',
        '    - [ ] The app runs on Firefox',
        '',
      ].join('\n'),
      'OKR.md',
    );
    assert.deepEqual(goalTexts(result).slice(1), ['The app handles 5 readers for a session of 1 hour without a failure', 'The app runs on Firefox']);
    assert.equal(goal(result, 'The app runs on Firefox').analysis.deadline?.due, '2027-12-31');
  });

  it('an OKR page of KR tables: labels beside statements, an "Owner:" heading over its part, a bold subtitle naming the period', () => {
    const result = read(
      [
        '# Harbourmap — Objectives & Key Results',
        '**Spring 2027 · Harbour Mapping Project**',
        '',
        '## Team',
        '',
        '| Role | Owner |',
        '|------|-------|',
        '| Pipeline + Architecture | Ana |',
        '| Frontend + Dashboard | Lee |',
        '',
        '## Individual OKR — Pipeline',
        '',
        '### Owner: Ana',
        '',
        '### Objective',
        '',
        'Build a reliable pipeline that validates every harbour entry against live sources.',
        '',
        '### Key Results',
        '',
        '| KR | Target |',
        '|----|--------|',
        '| **KR 1** | Validate at least 500 harbour entries in one region. |',
        '| **KR 2** | Achieve 90% precision in flagging closed harbours. |',
        '',
      ].join('\n'),
      'OKRs.md',
    );
    assert.deepEqual(goalTexts(result).filter((t) => /Pipeline \+|Frontend/.test(t)), [], 'a table of who does what holds no goals');
    for (const kr of ['Validate at least 500', 'Achieve 90% precision']) {
      const found = goal(result, kr);
      assert.equal(found.analysis.owner?.text, 'Ana', kr);
      assert.equal(found.analysis.deadline?.due, '2027-05-31', kr);
    }
  });

  it('plain OKR lines: under "### Q1 2027" a short line of its own is an objective and the list below it its key results; "_Objectives: ..._" explains a term', () => {
    const result = read(['# Objectives and Key Results', '_Objectives: Qualitative, inspiring statements_', '', '### Q1 2027', 'Alpha release of the chess app (7/10)', '- Matches playable online', '- 12 streams', '', 'Alpha release of the SDK', '', 'Related issues https://example.org/milestone/16', ''].join('\n'));
    const objective = goal(result, 'Alpha release of the chess');
    assert.equal(objective.role, 'objective');
    assert.equal(objective.analysis.target, null, '"(7/10)" grades the objective; it is no target');
    assert.equal(goal(result, '12 streams').parent, objective.index);
    goal(result, 'Alpha release of the SDK');
    assert.ok(!goalTexts(result).some((t) => t.startsWith('Related issues') || t.startsWith('Objectives:')), 'a link and a term explained in italics are no goals');
  });

  it('a grade at the end of a graded OKR item ("(0)", "(0.4)") is no target', () => {
    const result = read(['# Q1 objectives (quarter-end review)', '', '## Personal objectives (0.2)', '', '- Explore branch storage modules for the catalogue (0)', '- Study the reading-list service (0.4)', '- Publish 3 reading lists (1)', ''].join('\n'));
    assert.equal(goal(result, 'Explore branch storage').analysis.target, null);
    assert.equal(goal(result, 'Explore branch storage').analysis.smart.measurable, false);
    assert.equal(goal(result, 'Study the reading-list').analysis.target, null);
    assert.equal(goal(result, 'Publish 3 reading lists').analysis.target?.value, 3);
  });

  it('plain OKR lines: under a bare year ("## Yearly" then "### 2027") as under "### Q1 2027"', () => {
    const result = read(['# Objectives and Key Results', '', '## Quarterly', '### Q1 2027', 'Alpha release of the chess app', '- Matches playable online', '', '## Yearly', '### 2027', 'Explore funding options', '- Describe 3 realistic funding methods', '- 10 inquiries towards those funding methods', ''].join('\n'));
    const objective = goal(result, 'Explore funding options');
    assert.equal(objective.role, 'objective');
    assert.equal(goal(result, '10 inquiries').parent, objective.index);
    assert.equal(objective.analysis.deadline?.due, '2027-12-31');
  });

  it('under "### Objective" one statement is the objective; the paragraph after it explains it', () => {
    const result = read(['# Harbourmap OKRs Q2 2027', '', '## Pipeline', '', '### Objective', '', 'Build a reliable pipeline that validates every harbour entry against live sources.', '', 'Own the core of Harbourmap — the part that makes or breaks the project.', ''].join('\n'));
    assert.deepEqual(goalTexts(result), ['Build a reliable pipeline that validates every harbour entry against live sources.']);
  });

  it('after "... three strategic goals:" a quote of one goal per line holds the goals', () => {
    const result = read(['# Mission, values and strategy', '', '## Strategy', '', 'In 2027 we published our strategy, which included three strategic goals to help us deliver on our mission:', '', '> Taking a network-wide approach to supporting local libraries\\', '> \\', '> Enabling branches to spend their budgets as well as raise them\\', '> \\', '> Make donating to libraries an easy decision', ''].join('\n'), 'docs/mission-values-and-strategy.md');
    assert.deepEqual(goalTexts(result), ['Taking a network-wide approach to supporting local libraries', 'Enabling branches to spend their budgets as well as raise them', 'Make donating to libraries an easy decision']);
  });

  it('an aim followed by "through:" or "We will achieve this by:" leads into its actions', () => {
    const result = read(['##02 Summary', 'We will take 6 actions, grouped under two themes:', '', '####Transforming our services', 'Delivering services that meet user needs, through:', '', '1. Delivering four exemplar digital services by March 2027.', '2. Completing the move to the new website for all our services.', '', 'Our vision is to put the user first. We will achieve this by:', '', '- Redesigning all current services by 2028.', ''].join('\n'), 'digital-strategy/02-summary.md');
    assert.notEqual(result.kind, 'none');
    for (const action of ['Delivering four exemplar', 'Completing the move', 'Redesigning all current']) goal(result, action);
  });

  it('a lead-in that names a period ("The OKRs guiding the library to the end of 2027 are:") dates the goals it leads into', () => {
    const result = read(
      [
        '# Library OKRs',
        '',
        'The OKRs guiding the library to the end of 2027 are:',
        '',
        '- Objective: grow a community of volunteer readers',
        '  - Key result: 30 volunteers read at a branch every month',
        '',
        '- Objective 2: get the catalogue into more schools',
        '  - Key result: 20 schools added to the lending scheme',
        '',
      ].join('\n'),
    );
    assert.equal(goal(result, 'Objective 2: get').analysis.deadline?.due, '2027-12-31');
    assert.equal(goal(result, 'Key result: 20 schools').analysis.deadline?.due, '2027-12-31', 'and through its objective, its key result');
  });

  it('an objective heading that acts on the culture ("Build team + culture") holds key results, not values', () => {
    const result = read(
      [
        '# OKRs',
        '',
        '## 2027 OKRs Lumen',
        '',
        '### Build team + culture',
        '- hire 2 software developers with personal and cultural fit',
        '- create / update the handbook with mission, vision, values, and processes',
        '',
        '### Grow a culture of learning',
        '- every engineer presents one talk at the monthly tech review',
        '',
        '## Design principles',
        '- **Small steps.** We ship in slices a reviewer can read in ten minutes.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(result.model!.values.map((v) => v.name), ['Small steps'], '"Design principles" is a label over values');
    assert.equal(goal(result, 'hire 2 software developers').role, 'key-result');
    assert.equal(goal(result, 'hire 2 software developers').analysis.deadline?.due, '2027-12-31', 'the year before "OKRs" in the heading dates the goals under it');
    assert.equal(goal(result, 'every engineer presents').role, 'key-result');
  });

  it('a heading or paragraph that leads into standing services ("Every day, we:") announces no goals, and is no objective itself', () => {
    const result = read(
      [
        '# Strategic plan 2027',
        '',
        '## Goals',
        '',
        '* We will reach underserved groups through three new partnerships by June 2027.',
        '',
        '### These goals will improve our core services. Every day, we:',
        '',
        '* Provide answers, information, and entertainment for all ages;',
        '* Maintain a safe, clean, and welcoming space for public use.',
        '',
        '### Our branches',
        '',
        'Each week we:',
        '',
        '* Run story time in every branch.',
        '',
      ].join('\n'),
      'strategic_plan.md',
    );
    assert.deepEqual(goalTexts(result), ['We will reach underserved groups through three new partnerships by June 2027.']);
  });

  it('a placeholder where the statement will go ("CEO KR: X . [Issue 12]") is no goal', () => {
    const result = read(
      [
        '# FY27 Q1 OKRs',
        '',
        '## CEO: Grow net revenue',
        '',
        '1. **CEO KR:** Close 12 new enterprise deals. [Issue 11](https://example.org/issues/11)',
        '1. **CEO KR:** X . [Issue 12](https://example.org/issues/12)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result).filter((t) => t.includes('KR')), ['CEO KR: Close 12 new enterprise deals. Issue 11']);
  });

  it('links point elsewhere: "Issues for [1.4](...)" and "[Planning Thread](...)" are no goals, "[Ship the importer](...)" is', () => {
    const result = read(
      [
        '# Release roadmap 2027',
        '',
        '## Goals',
        '',
        '- Ship offline mode for the mobile app by March 2027',
        '- Issues for [1.4](https://example.org/issues?milestone=1.4)',
        '- Notes from [the planning day](https://example.org/notes)',
        '- [Publish the migration guide](https://example.org/guide) by May 2027',
        '',
        '## 2027 Q1',
        '',
        '- [Project 2027 Q1 OKRs](https://example.org/sheet)',
        '- [Planning Thread](https://example.org/pull/12)',
        '- [Ship the offline importer](https://example.org/issues/7)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result), ['Ship offline mode for the mobile app by March 2027', 'Publish the migration guide by May 2027', 'Ship the offline importer'], 'a link named by its title points to goals elsewhere; one that states an act is a goal');
  });

  it('objectives written as headings, with their key results under "Key results"', () => {
    const result = read(
      [
        '# Browser integration: Objectives and Key Results for Q1 2027',
        '',
        '## Web developers can use our API without reading the source',
        '',
        '_Focus on the people who build with us._',
        '',
        '### Key results',
        '',
        '- Publish a step-by-step guide for web developers',
        '- Answer 90% of forum questions within two days',
        '',
      ].join('\n'),
      'OKR.md',
    );
    const objective = goal(result, 'Web developers can use');
    assert.equal(objective.role, 'objective');
    assert.equal(objective.analysis.target, null, '"(7/10)" grades the objective; it is no target');
    assert.deepEqual(objective.children.map((i) => result.model!.goals[i].text), ['Publish a step-by-step guide for web developers', 'Answer 90% of forum questions within two days']);
    assert.equal(objective.analysis.deadline?.due, '2027-03-31', 'the title dates the whole page');
  });

  it('a heading over a flat list of results is their objective; owners in "P0 - @handle -" lead each result', () => {
    const result = read(
      ['# Quarterly Objectives and Key Results', '', '## 2027 Q2', '', '### A faster release process', '', '* P0 - @dana - Releases are cut by a bot every Tuesday', '* P1 - @lee - The changelog is generated from commit messages', ''].join('\n'),
      'OKR.md',
    );
    assert.equal(goal(result, 'A faster release process').role, 'objective');
    assert.equal(goal(result, 'P0').analysis.owner?.text, '@dana');
    assert.equal(goal(result, 'P0').analysis.deadline?.due, '2027-06-30');
    assert.equal(goal(result, 'P0').analysis.smart.measurable, true, 'a state that is then true or not is its own measure');
  });

  it('a name and its address ("Docs — <https://...>") is a link listed; "We anticipate that 2027 will ..." is a forecast', () => {
    const result = read(['# OKRs 2027', '', '* **Objective:** Make the site easier to use', '  * **Key Result:** Make the top two features available on the home page:', '    1. Docs — <https://example.org/docs/>', '    2. Download — https://example.org/download/', '', '## Outlook', '', 'We anticipate that 2027 will prove to be a blueprint for greater acceleration of our work.', ''].join('\n'));
    assert.deepEqual(goalTexts(result), ['Objective: Make the site easier to use', 'Key Result: Make the top two features available on the home page:']);
  });

  it('status notes ("AI: Pushed unfinished tasks to Q2", "(b) Parked."), the page\'s upkeep and conditions for success are no goals', () => {
    const result = read(
      [
        '# Q2 Objectives 2027',
        '',
        '## Q1 review',
        '',
        '- [Key Result] Publish the user guide (0.8)',
        '- [x] AI: Pushed unfinished tasks to Q2',
        '- [x] AI: None. Project deferred',
        '  - (b) Parked. May revisit in Q3.',
        '',
        '## About these goals',
        '',
        'The goals will be routinely revisited and updated for each year. We will only succeed if we create value for our members.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result), ['[Key Result] Publish the user guide (0.8)']);
  });

  it('a commitment to a quality ("We commit to continuous learning") is no goal; a commitment to an act is', () => {
    const result = read(['# Operating principles', '', '## Embrace new thinking', '', '- We commit to continuous learning to improve our practices.', '- We commit to publish our service data every quarter by 2027.', ''].join('\n'), 'about/principles-and-plans.md');
    assert.deepEqual(goalTexts(result).filter((t) => t.includes('commit')), ['We commit to publish our service data every quarter by 2027.']);
  });

  it('a rule for a case ("Where guidelines do not yet exist, the group will follow ...") is no commitment; "Where possible, we will ..." is', () => {
    const result = read(['# Website working group plan 2027', '', '## Approach', '', 'Where guidelines do not yet exist, the group will follow guidance from the steering committee.', '', 'Where possible, we will publish every component under an open licence by June 2027.', ''].join('\n'));
    assert.deepEqual(goalTexts(result), ['Where possible, we will publish every component under an open licence by June 2027.']);
  });

  it('a lead-in names who commits and what follows: "Government Digital Service will:"', () => {
    const result = read(
      [
        '# Digital strategy',
        '',
        '## Actions',
        '',
        'Government Digital Service will:',
        '',
        '- publish the service standard by April 2027',
        '- help departments to share what they learn from the pilots',
        '',
      ].join('\n'),
    );
    assert.equal(goal(result, 'publish the service standard').analysis.owner?.text, 'Government Digital Service');
    assert.equal(goal(result, 'publish the service standard').role, 'commitment');
    assert.equal(goal(result, 'help departments').analysis.smart.measurable, false, 'helping has no end');
  });

  it('a lead-in at the end of a long paragraph counts; a lead-in to a role description, a list of principles or indicators does not', () => {
    const result = read(
      [
        '# Library strategy 2027',
        '',
        '## Action 3: Every branch will have a named service lead',
        '',
        'Branches that serve more than 20,000 visitors a year need someone who owns the whole visit, from the catalogue to the front desk, and who can change it when visitors say it does not work. These are not administrative posts, and in most branches the role is new. These service leads will:',
        '',
        '- be experienced librarians with a deep knowledge of their branch',
        '- be accountable for how visitors rate their branch',
        '- have the authority to change opening hours',
        '- champion the needs of visitors at every level',
        '',
        'The Library Service will:',
        '',
        '- run a training programme for new service leads, published in March 2027',
        '- appoint service leads in every branch',
        '',
        'In 2025 the council adopted guidance for branches based on four principles – that every branch should:',
        '',
        '- welcome everyone who comes through the door',
        '- listen to the people it serves',
        '',
        'Progress is tracked through a short set of indicators. These include:',
        '',
        '- visits per opening hour. This shows whether opening hours match demand',
        '- loans per visitor. This shows whether the collection meets needs',
        '',
        'The advisory panel is made up of:',
        '',
        '- Department for Culture, Media and Sport (DCMS)',
        '- Arts Council England (ACE)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result).slice(1), [
      'run a training programme for new service leads, published in March 2027',
      'appoint service leads in every branch',
    ]);
    assert.match(goalTexts(result)[0], /^Action .*: Every branch will have a named service lead$/);
    const training = goal(result, 'run a training programme');
    assert.equal(training.analysis.owner?.text, 'The Library Service');
    assert.equal(training.analysis.deadline?.due, '2027-03-31', 'what the lead-in commits to is published by then');
  });

  it('commitments stated in prose, and the sentences that only look like them', () => {
    const result = read(
      [
        '# Digital by default: our strategy',
        '',
        '## What we will do',
        '',
        'Departments will publish their own digital strategies by December 2027. Cabinet Office will operate an annual review of progress.',
        'People will only choose digital services if they are simpler than the alternatives. The approach will include a range of options.',
        'If a department needs more time, it will say so in its plan.',
        'Our vision captures what we want to deliver to residents in the next three years.',
        'To reach our vision, we must put residents first and work together across departments. These are our guiding principles.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result), ['Departments will publish their own digital strategies by December 2027.', 'Cabinet Office will operate an annual review of progress.']);
    assert.equal(goal(result, 'Departments will publish').analysis.owner?.text, 'Departments');
    assert.equal(goal(result, 'Departments will publish').analysis.deadline?.due, '2027-12-31');
  });

  it('commitments the author words as a wish or a plan: "we would like to", "we are planning on", a time phrase with no comma', () => {
    const result = read(
      [
        '# Foundation plan 2027',
        '',
        '## What we will do',
        '',
        'We would like to open two more reading rooms in the county. Members would like to see longer hours.',
        'Next year we are planning on hiring three librarians. We would probably like to add a mobile library.',
        'Over the next year we will be selling the old depot to fund the new rooms.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result), [
      'We would like to open two more reading rooms in the county.',
      'Next year we are planning on hiring three librarians.',
      'Over the next year we will be selling the old depot to fund the new rooms.',
    ], "members' wishes and a hedged wish are no commitments");
  });

  it('commitments after their purpose ("To ensure ..., Cabinet Office will ..."), after "As such," and said as a necessity ("it is vital that we offer ...")', () => {
    const result = read(
      [
        '# Library strategy 2027',
        '',
        '## What we will do',
        '',
        'To make sure every resident can borrow online, the Library Service will publish a digital lending guide by June 2027.',
        'In order to reach everyone who cannot visit, branch teams must run a home delivery service.',
        'As such, the Library Service will close the old catalogue in 2027.',
        'Residents find it hard to register, so it is vital that we offer a simpler sign-up.',
        'It is important that users feel safe.',
        '',
        'It is therefore essential that we publish the lending guide in every branch.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result), [
      'To make sure every resident can borrow online, the Library Service will publish a digital lending guide by June 2027.',
      'In order to reach everyone who cannot visit, branch teams must run a home delivery service.',
      'As such, the Library Service will close the old catalogue in 2027.',
      'Residents find it hard to register, so it is vital that we offer a simpler sign-up.',
      'It is therefore essential that we publish the lending guide in every branch.',
    ], 'a state said to be important, with nobody acting, is no commitment; a paragraph of its own that says what we must do is one');
    const guide = goal(result, 'To make sure every resident').analysis;
    assert.equal(guide.owner?.text, 'the Library Service');
    assert.deepEqual([guide.smart.measurable, guide.smart.achievable], [true, true], 'the purpose\'s "every resident" is why, not what is promised');
    assert.equal(goal(result, 'In order to reach everyone').analysis.smart.achievable, true);
  });

  it('a commitment takes its date from the sentence beside it that goes on about it', () => {
    const result = read(
      [
        '# Digital strategy',
        '',
        '## Pilots',
        '',
        'Each department will agree three pilot services with Cabinet Office. These will be published in departmental plans in March 2027.',
        '',
        'The Library Service will publish a reading plan by June 2027. Branches will also reflect these plans in their timetables.',
        '',
        'Cabinet Office will run an annual review of progress. It is the first review of its kind.',
        '',
        'Libraries will also share these plans with their friends groups.',
        '',
      ].join('\n'),
    );
    const pilots = goal(result, 'Each department will agree');
    assert.equal(pilots.analysis.deadline?.due, '2027-03-31');
    assert.equal(pilots.analysis.deadline?.source, 'sentence');
    assert.equal(goal(result, 'Branches will also reflect').analysis.deadline?.due, '2027-06-30', 'due with the plans it reflects');
    assert.equal(goal(result, 'Cabinet Office will run').analysis.deadline, null, 'a sentence about it without a date dates nothing');
    assert.equal(goal(result, 'Libraries will also share').analysis.deadline, null, 'a paragraph\'s first sentence has no sentence before it');
  });

  it('a body named in the first sentence under a heading owns the goals of its subsections, not the goals beside it', () => {
    const result = read(
      [
        '# Library network goals 2027',
        '',
        '## Reaching new readers',
        '',
        'The Outreach Steering Committee aims to bring the library to people who have never used it. We will also publish a reading map by May 2027.',
        '',
        '### Run a mobile library',
        '',
        '- Visit 12 villages without a branch every month',
        '',
        '## Collections',
        '',
        'The collection grows every year. The Acquisitions Team will buy 400 new titles by March 2027.',
        '',
        '### Digital titles',
        '',
        '- Add 200 e-books to the catalogue by June 2027',
        '',
      ].join('\n'),
    );
    assert.equal(goal(result, 'Visit 12 villages').analysis.owner?.text, 'The Outreach Steering Committee');
    assert.equal(goal(result, 'We will also publish').analysis.owner, null, '"we" beside it names nobody');
    assert.equal(goal(result, 'Add 200 e-books').analysis.owner, null, 'a body named later in the opening paragraph does not speak for the section');
  });

  it('a commitment and a list goal of the same words are analysed each as what it is', () => {
    const result = read(['# Plan', '', '## Goals', '', '- We aim to have a named lead in every branch from April 2027', '', 'We aim to have a named lead in every branch from April 2027', ''].join('\n'));
    const [item, commitment] = result.model!.goals;
    assert.equal(item.role, 'goal');
    assert.equal(item.analysis.deadline, null, 'a start date is no deadline for a goal');
    assert.equal(commitment.role, 'commitment');
    assert.equal(commitment.analysis.deadline?.due, '2027-04-30', 'a commitment holds from then');
  });

  it('a named owner in a metadata table owns the goals of the page', () => {
    const result = read(
      [
        '# Faster incremental builds',
        '',
        '| Metadata | |',
        '| :-- | :-- |',
        '| Point of contact | @ana |',
        '| Status | Accepted |',
        '',
        '## Goals',
        '',
        '* Ship a persistent build cache in the nightly toolchain',
        '* Publish the design of the remote cache',
        '',
      ].join('\n'),
      'src/2027h1/faster-builds.md',
    );
    assert.equal(goal(result, 'Ship a persistent build cache').analysis.owner?.text, '@ana');
    assert.equal(goal(result, 'Ship a persistent build cache').analysis.deadline?.due, '2027-06-30', 'the folder names the period');
  });

  it('never reads guidance, definitions, non-goals or records as goals', () => {
    const result = read(
      [
        '# Team goals for 2027',
        '',
        '## What is an OKR?',
        '',
        '1. **Objectives** - The priorities we need to achieve.',
        '2. **Key Results** - The measurements of success.',
        '',
        '## Goals',
        '',
        '- Cut the support backlog from 400 to 150 tickets by June 2027',
        '',
        '## Non-goals',
        '',
        '- Rewrite the ticketing system in a new language',
        '',
        '## Partner satisfaction',
        '',
        'How we measure partner satisfaction:',
        '',
        '- **Client listening tour.** Beginning in FY24, the director interviewed the main contact of each active engagement.',
        '  - See: [Listening tour notes](https://example.org/tour)',
        '- **Pulse check surveys** have been conducted three times a year within 18F.',
        '  - See: [Example readout](https://example.org/readout)',
        '- **Federal Employee Viewpoint Survey (FEVS)** is a climate survey run annually by the Office of Personnel Management.',
        '  - See: [Past results](https://example.org/fevs)',
        '',
        '## Key performance indicators',
        '',
        '* _What data will you look at to know the goals are met?_',
        '* _**Limit 5-6 KPIs per product**__',
        '',
        '## How are goals tracked?',
        '',
        '- Every goal gets a GitHub issue',
        '',
      ].join('\n'),
    );
    assert.deepEqual(goalTexts(result), ['Cut the support backlog from 400 to 150 tickets by June 2027']);
  });

  it('principles stated in prose are values: "... These are our guiding principles."', () => {
    const result = read(
      [
        '# City library strategy 2027',
        '',
        'To reach our vision, we must put residents first, keep improving and recognise that working together beats working alone. These are our guiding principles.',
        '',
        '## Goals',
        '',
        '- Open two new branches by March 2027',
        '',
      ].join('\n'),
      'docs/strategy.md',
    );
    const principles = result.model!.values.find((v) => v.inProse);
    assert.equal(principles?.name, 'To reach our vision, we must put residents first, keep improving and recognise that working together beats working alone');
    const finding = result.findings.find((f) => f.ruleId === 'value-behaviour');
    assert.ok(finding, 'a principle with no behaviour is reported');
    assert.equal(result.lines.position(finding.range.start).line, 3);
    assert.ok(finding.fixes?.[0]?.edits.every((edit) => edit.range.start >= finding.range.end), 'the fix adds text after the principles, never inside them');
  });

  it('among values, a noun lead-in ("approaches, motivations and commitments:") announces more values, not goals', () => {
    const result = read(
      [
        '# Our vision',
        '',
        '## Values',
        '',
        'At our retreat we collected a long list of approaches, motivations, and commitments:',
        '',
        '- Care for others',
        '- Practicing what you preach',
        '- Financial security: so we can focus on the work',
        '',
        'To live them, we will:',
        '',
        '- Hold a values retrospective every March',
        '',
      ].join('\n'),
      'vision.md',
    );
    assert.deepEqual(goalTexts(result), ['Hold a values retrospective every March']);
  });

  it('a commitment about keeping the page ("We aim to keep this list to 3 goals") is how the page is kept, not a goal', () => {
    const result = read(
      [
        '# Company goals',
        '',
        'We aim to keep this list limited to 3 company-wide goals. We will update this page after every planning day.',
        '',
        'We will open a second branch in Leeds by June 2027.',
        '',
      ].join('\n'),
      'goals.md',
    );
    assert.deepEqual(goalTexts(result), ['We will open a second branch in Leeds by June 2027.']);
  });

  it('on a values page, how "we strive to be" is a value, and a plan or a striving to act is a goal', () => {
    const result = read(
      [
        '# Our values',
        '',
        '## Openness',
        '',
        'We strive to be transparent with each other. We will publish every board decision within a week.',
        'We strive to answer every member question within two working days.',
        'At Lumen, we want to publish our salary bands on the careers page.',
        'We will always encourage personal growth and self development.',
        '',
      ].join('\n'),
      'values.md',
    );
    assert.deepEqual(goalTexts(result), [
      'We will publish every board decision within a week.',
      'We strive to answer every member question within two working days.',
      'At Lumen, we want to publish our salary bands on the careers page.',
    ], '"At <organisation>," leads into the commitment as "In 2027," does; "we will always ..." describes a standing practice');
  });
});

describe('the SMART calls, with context', () => {
  it('measurable: a number target or a deliverable; not a direction, a placeholder or a slogan', () => {
    const result = read(
      [
        '# Support goals 2027',
        '',
        '## Goals',
        '',
        '- Launch the self-service refund form in the app',
        '- Increase customer satisfaction with refunds',
        '- Reach N0 monthly active users on the help centre',
        '- Increase stages per user from X to Y',
        '- Raise CSAT from 82% to 88%',
        '- Share the refund playbook with every support team',
        '- Share knowledge with other support teams',
        '- Provide enough documentation for a new volunteer to run story time alone',
        '- N12% of enterprise customers use saved replies in at least 1 queue',
        '- Achieve X views of the 5 minute refund videos',
        '- Grow the help centre from X to 5 languages',
        '- Lead the delivery of a new booking platform for branch visits',
        '- Build on the pilot to develop a refund form for the app',
        '- Lead on community outreach',
        '',
      ].join('\n'),
    );
    assert.equal(goal(result, 'N12%').analysis.smart.measurable, false, 'the number after a placeholder is its scope');
    assert.equal(goal(result, 'Achieve X views').analysis.smart.measurable, false, 'so is a duration after it');
    assert.equal(goal(result, 'Grow the help centre').analysis.smart.measurable, true, 'a placeholder baseline leaves the target');
    assert.equal(goal(result, 'Lead the delivery').analysis.smart.measurable, true, 'leading the delivery of a named thing delivers it');
    assert.equal(goal(result, 'Build on the pilot').analysis.smart.measurable, true);
    assert.equal(goal(result, 'Lead on community').analysis.smart.measurable, false);
    assert.equal(goal(result, 'Share the refund playbook').analysis.smart.measurable, true, 'sharing a named thing is done or not done');
    assert.equal(goal(result, 'Share knowledge').analysis.smart.measurable, false, 'sharing knowledge has no end');
    assert.equal(goal(result, 'Provide enough documentation').analysis.smart.measurable, false, '"enough" sets no bar to check');
    assert.equal(goal(result, 'Launch').analysis.smart.measurable, true);
    assert.equal(goal(result, 'Increase').analysis.smart.measurable, false);
    assert.equal(goal(result, 'Reach N0').analysis.smart.measurable, false);
    assert.equal(goal(result, 'Increase stages per user').analysis.smart.specific, true, 'it names its measure; only the numbers are missing');
    assert.equal(goal(result, 'Increase stages per user').analysis.smart.measurable, false);
    assert.equal(goal(result, 'Raise CSAT').analysis.smart.measurable, true);
  });

  it('specific: broad aims are not, a named metric or a deliverable is', () => {
    const result = read(
      [
        '# Goals 2027',
        '',
        '## Goals',
        '',
        '- Grow the community',
        '- Build a world-class engineering team',
        '- Increase the number of repeat orders',
        '- Work with partner libraries representing readers who cannot visit a branch to agree a home delivery service',
        '- Keep the volunteer handbook up to date',
        '- Make it possible to renew loans from the app',
        '- Make it possible for residents to enjoy the library',
        '',
      ].join('\n'),
    );
    assert.deepEqual(rulesOn(result, 'Grow the community').filter((r) => r === 'goal-specific'), ['goal-specific']);
    assert.deepEqual(rulesOn(result, 'Work with partner libraries representing').filter((r) => r === 'goal-specific'), [], 'working with someone to agree a named thing is a concrete change');
    assert.deepEqual(rulesOn(result, 'Keep the volunteer handbook').filter((r) => r === 'goal-specific'), []);
    assert.deepEqual(rulesOn(result, 'Make it possible to renew').filter((r) => r === 'goal-specific'), [], 'what becomes possible is named');
    assert.deepEqual(rulesOn(result, 'Make it possible for residents').filter((r) => r === 'goal-specific'), ['goal-specific']);
    assert.deepEqual(rulesOn(result, 'Build a world-class').filter((r) => r === 'goal-specific'), ['goal-specific']);
    assert.deepEqual(rulesOn(result, 'Increase the number').filter((r) => r === 'goal-specific'), []);
  });

  it('specific: activities, unnamed programmes, wished-for experiences and undefined amounts are broad; named things are not', () => {
    const result = read(
      [
        '# Library goals 2027',
        '',
        '## Goals',
        '',
        '- Partnering with other library networks',
        '- Fostering a reading culture in every branch',
        '- Create value for all members',
        '- Evangelize open data adoption',
        '- Implement Outreach and Inclusion Programs',
        '- Resolve issues for major partners',
        '- Provide a nice borrowing experience for occasional readers',
        '- Enhanced catalogue integration',
        '- Improve and refresh the library website',
        '- Branches will ensure that they have the right levels of digital skills in-house',
        '- Catalogue -- Improve search quality',
        '- Publish the open data catalogue of all branch loans',
        '- Fix the 12 accessibility issues in the loans page',
        '- Provide a reading room booking service for occasional readers by reviewing every request within a day',
        '- Partner libraries publish their opening hours in the shared calendar',
        '- Launch Reading Mentor Programs',
        '- Increase participation in reading groups by promoting them in our newsletter',
        '- Significantly improve the reading room workflow',
        '- Being a better library to work at',
        '- Successfully implement best practices for remote volunteering',
        '- Good reading room setup',
        '- Make the reading room good!',
        '- Progress on the reading strategy',
        '- We will reach underserved groups through proactive partnerships',
        '- We will build staff skills for service in crises',
        '- We will change and improve our buildings for anticipated uses',
        '- Reach 10,000 members through the partner scheme',
        '',
      ].join('\n'),
    );
    const specific = (startsWith: string) => goal(result, startsWith).analysis.smart.specific;
    for (const broad of ['We will reach underserved', 'We will build staff skills', 'We will change and improve', 'Good reading room', 'Make the reading room', 'Progress on the', 'Partnering with', 'Fostering a reading', 'Create value', 'Evangelize', 'Implement Outreach', 'Resolve issues', 'Provide a nice', 'Enhanced catalogue', 'Improve and refresh', 'Branches will ensure', 'Catalogue -- Improve', 'Significantly improve', 'Being a better', 'Successfully implement']) {
      assert.equal(specific(broad), false, broad);
    }
    for (const named of ['Reach 10,000 members', 'Publish the open data', 'Fix the 12', 'Provide a reading room', 'Partner libraries publish', 'Launch Reading Mentor Programs', 'Increase participation in reading']) assert.equal(specific(named), true, named);
    // A broad aim that names no thing made is no deliverable either: nothing says when it is done.
    for (const open of ['Create value', 'Implement Outreach', 'Provide a nice', 'Partnering with']) assert.equal(goal(result, open).analysis.smart.measurable, false, open);
    assert.equal(goal(result, 'Launch Reading Mentor Programs').analysis.smart.measurable, true, 'launching a named programme is done or not done');
    assert.deepEqual(rulesOn(result, 'Partnering with').filter((r) => r === 'goal-specific'), ['goal-specific']);
    const finding = result.findings.find((f) => f.ruleId === 'goal-specific' && f.goalIndex === goal(result, 'Partnering with').index)!;
    assert.match(finding.message, /Partnering with/, 'the message quotes the words that are there');
  });

  it('specific and measurable: outcomes named and then described as states ("Mobility: Getting us where we want to go") are broad', () => {
    const result = read(
      [
        '---',
        'title: Strategic outcomes',
        '---',
        '',
        '## Our Strategic Outcomes',
        '',
        'Together we want a town where everyone can take part in all of the following outcomes:',
        '',
        '* **Economic Opportunity and Affordability:** Having the jobs and resources that let us thrive here.',
        '* **Mobility:** Getting us where we want to go, when we want to get there, safely.',
        '* **Health:** Enjoying a clean environment and a healthy life.',
        '* **Trust:** Believing that the council works well for all of us.',
        '',
      ].join('\n'),
      'strategy/outcomes.md',
    );
    assert.notEqual(result.kind, 'none');
    for (const outcome of ['Economic Opportunity', 'Mobility', 'Health', 'Trust']) {
      assert.equal(goal(result, outcome).analysis.smart.specific, false, outcome);
      assert.equal(goal(result, outcome).analysis.smart.measurable, false, outcome);
    }
  });

  it('specific and measurable: what people understand, recognise or know is a state of minds, not a deliverable', () => {
    const result = read(['# OKRs 2027 Q1', '', '## Goals', '', '- Users understand how the app works from the home page', '- Users can recognise that the app is made by the library', '- Publish a page that explains how the app works', ''].join('\n'));
    for (const state of ['Users understand', 'Users can recognise']) {
      assert.equal(goal(result, state).analysis.smart.specific, false, state);
      assert.equal(goal(result, state).analysis.smart.measurable, false, state);
    }
    assert.equal(goal(result, 'Publish a page').analysis.smart.measurable, true);
  });

  it('measurable: building skills, relationships or capability is an aim with no done state; building a guide or a process for something is a deliverable', () => {
    const result = read(['# Library plan 2027', '', '## Goals', '', '- We will build staff skills for service in emergencies', '- We will build relationships among staff and local experts', '- Develop digital capability throughout the branches', '- Build a skills guide for new branch staff', '- Establish internal guidelines and formalise our relationships with partners', ''].join('\n'));
    for (const aim of ['We will build staff skills', 'We will build relationships', 'Develop digital capability']) assert.equal(goal(result, aim).analysis.smart.measurable, false, aim);
    for (const deliverable of ['Build a skills guide', 'Establish internal guidelines']) assert.equal(goal(result, deliverable).analysis.smart.measurable, true, deliverable);
  });

  it('specific: growing a named audience count ("followers", "mentions") names its metric, though not its target; a second act after "and" is no abstract object of the first', () => {
    const result = read(['# Library plan 2027', '', '## Goals', '', '- Grow our Mastodon, GitHub and newsletter followings', '- Increase of mentions of the library in local media', '- Grow the community', '- Establish internal guidelines and formalise our relationships with partners', ''].join('\n'));
    for (const named of ['Grow our Mastodon', 'Increase of mentions']) {
      assert.equal(goal(result, named).analysis.smart.specific, true, named);
      assert.equal(goal(result, named).analysis.smart.measurable, false, `${named}: no target`);
    }
    assert.equal(goal(result, 'Grow the community').analysis.smart.specific, false);
    assert.equal(goal(result, 'Establish internal guidelines').analysis.smart.specific, true);
  });

  it('measurable: an activity named by its "-ing" form with an object ("Applying user insight ...") goes on; "Extending ... and establishing a network" ends; "Hotreloading for ..." and "KFServing for ..." are names', () => {
    const result = read(['# Library plan 2027', '', '## Goals', '', '- Applying user insight to improve our services', '- Taking steps to measure performance', '- Extending digital skills at branch level and establishing a network of digital champions', '- Hotreloading for the catalogue app', '- KFServing for model deployment', ''].join('\n'));
    for (const activity of ['Applying user insight', 'Taking steps']) assert.equal(goal(result, activity).analysis.smart.measurable, false, activity);
    for (const done of ['Extending digital skills', 'Hotreloading', 'KFServing']) assert.equal(goal(result, done).analysis.smart.measurable, true, done);
  });

  it('specific and measurable: a goal stated in the present ("Objective 2: We develop community leadership") is read from its verb', () => {
    const result = read(['# Strategic plan 2027', '', '## Objectives', '', '- Objective 1: We build alliances with other library networks.', '- Objective 2: We develop community leadership in reading.', '- Objective 3: We publish the branch accessibility guide.', ''].join('\n'));
    for (const aim of ['Objective 1: We build alliances', 'Objective 2: We develop']) {
      assert.equal(goal(result, aim).analysis.smart.specific, false, aim);
      assert.equal(goal(result, aim).analysis.smart.measurable, false, aim);
    }
    assert.deepEqual([goal(result, 'Objective 3').analysis.smart.specific, goal(result, 'Objective 3').analysis.smart.measurable], [true, true]);
  });

  it('specific: a release is a concrete thing to improve, "release compliance" and "release planning" are qualities of work', () => {
    const result = read(['# OKRs 2027 Q1', '', '## Goals', '', '- Increase the quality and release compliance of the catalogue projects', '- Support release planning of the reading-list resources', '- Improve the release of the reading-list app', ''].join('\n'));
    for (const broad of ['Increase the quality', 'Support release planning']) assert.equal(goal(result, broad).analysis.smart.specific, false, broad);
    assert.equal(goal(result, 'Improve the release').analysis.smart.specific, true);
  });

  it('measurable: collaborating with someone "to publish" a named thing is done or not done, as working with them is', () => {
    const result = read(['# Website group plan 2027', '', '## Goals', '', '- Collaborate with the delivery group to publish the reference implementations', '- Collaborate with other groups to coordinate releases', ''].join('\n'));
    assert.equal(goal(result, 'Collaborate with the delivery').analysis.smart.measurable, true);
    assert.equal(goal(result, 'Collaborate with other groups').analysis.smart.measurable, false);
  });

  it('specific: an objective that only names a topic ("Search on IPLD", "Connectivity Magic") over its key results is broad; "Launch the catalogue" is not', () => {
    const result = read(['# OKRs 2027 Q1', '', '## Goals', '', '- Search on the catalogue', '  - Publish the search API for all branches', '- Reliability of the relays', '  - Relay nodes pass 100% of interop tests', '- Launch the catalogue', '  - 5 branches use it weekly', ''].join('\n'));
    for (const topic of ['Search on the catalogue', 'Reliability of the relays']) assert.equal(goal(result, topic).analysis.smart.specific, false, topic);
    assert.equal(goal(result, 'Launch the catalogue').analysis.smart.specific, true);
  });

  it('specific: an objective that wishes for a state ("Collaborations are systematized and prioritized") is broad over its key results; a key result that states a thing done is not', () => {
    const result = read(['# OKRs 2027 Q1', '', '## Goals', '', '- The branch network is informed of catalogue news in good time', '  - Publish one catalogue post a month', '- Reading rooms are polished and adopted by members', '  - 5 branches use the new reading rooms weekly', '', '### The catalogue is seen as the first place to look', '', '- The catalogue search API is implemented', ''].join('\n'));
    assert.equal(goal(result, 'The branch network is informed').analysis.smart.specific, false);
    assert.equal(goal(result, 'The branch network is informed').analysis.smart.measurable, true, 'through its key result');
    assert.equal(goal(result, 'Reading rooms are polished and adopted').analysis.smart.specific, true, 'adopted is a thing done');
    assert.equal(goal(result, 'The catalogue is seen as').analysis.smart.specific, false);
    assert.equal(goal(result, 'The catalogue search API is implemented').analysis.smart.specific, true);
  });

  it('goals: a bold row alone in an OKR table ("| **2 The community is informed of news (Ana)** | | |") is the objective of the rows below it', () => {
    const result = read(['# Branch operations OKRs 2027 Q3', '', '| **Branch operations** | **Priority** | **Owner** |', '| --- | --- | --- |', '| **1 Members are informed of branch news (Ana, Ben)** | | |', '| Publish at least one branch post per month | P0 | ana |', '| Write a communications runbook for closures | P1 | ben |', '| **2 Volunteers are supported and recognised (Cleo)** | | |', '| Run a volunteer thank-you event in September | P1 | cleo |', ''].join('\n'));
    const objective = goal(result, '1 Members are informed');
    assert.equal(objective.role, 'objective');
    assert.deepEqual(objective.children.map((i) => result.model!.goals[i].text), ['Publish at least one branch post per month', 'Write a communications runbook for closures']);
    assert.equal(objective.analysis.smart.specific, false);
    assert.equal(objective.analysis.smart.measurable, true, 'through its key results');
    assert.equal(goal(result, 'Run a volunteer thank-you event').parent, goal(result, '2 Volunteers are supported').index);
  });

  it('specific: a bracketed label ("[Objective] Increase the awareness ...", "[Key Result] ...") is read past, as "Objective:" is', () => {
    const result = read(['# Q3 Objectives', '', '## [Objective] Increase the awareness of the catalogue among member libraries', '', '- [Key Result] 10 libraries link to the catalogue from their sites', '- [Key Result] Publish the catalogue guide for branch staff', ''].join('\n'));
    assert.equal(goal(result, '[Objective] Increase the awareness').analysis.smart.specific, false);
    assert.equal(goal(result, '[Key Result] Publish the catalogue guide').analysis.smart.measurable, true);
  });

  it('specific and measurable: facilitating a named event ("Facilitate the spring hackathon") is running it; facilitating an exchange is an aim', () => {
    const result = read(['# Goals 2027', '', '## Goals', '', '- Facilitate the spring hackathon for branch staff', '- Facilitate the exchange of ideas between branches', '- Facilitate workshops with partners', ''].join('\n'));
    const hackathon = goal(result, 'Facilitate the spring hackathon').analysis.smart;
    assert.deepEqual([hackathon.specific, hackathon.measurable], [true, true]);
    assert.equal(goal(result, 'Facilitate the exchange').analysis.smart.specific, false);
    assert.equal(goal(result, 'Facilitate workshops').analysis.smart.measurable, false, 'how many workshops?');
  });

  it('specific and measurable: "Support for saved settings" is a capability; a relative clause ("which allow editing many layers") and a purpose ("to make it easier") describe it', () => {
    const result = read(['# Roadmap 2027', '', '## Goals', '', '- Support for saved settings to allow keeping preferences between sessions', '- Add layer groups, which allow editing many layers at once', '- Add keyboard shortcuts to make the viewer easier to use', ''].join('\n'));
    for (const start of ['Support for saved', 'Add layer groups', 'Add keyboard']) {
      const smart = goal(result, start).analysis.smart;
      assert.deepEqual([smart.specific, smart.measurable], [true, true], start);
    }
  });

  it('achievable and specific: the goal is its first sentence; an absolute or a vague word in the sentences that explain it is not the goal\'s', () => {
    const result = read(['# Roadmap 2027', '', '## Goals', '', '- **Add saved searches** by June 2027. This matters because it gives all users early access to new features, and improves the experience.', ''].join('\n'));
    const smart = goal(result, 'Add saved searches').analysis.smart;
    assert.deepEqual([smart.achievable, smart.specific], [true, true]);
  });

  it('specific: a named thing built "with capabilities" is concrete, and a dotted name ("stats.example.org") does not end the sentence before "to display ..."', () => {
    const result = read(['# Goals 2027', '', '## Goals', '', '- Enterprise Tier: Build and launch the hosted tier with capabilities and certifications larger libraries require', '- Enhance stats.example.org to display loan data from every branch', ''].join('\n'));
    for (const start of ['Enterprise Tier', 'Enhance stats']) assert.equal(goal(result, start).analysis.smart.specific, true, start);
  });

  it('measurable: an objective is measurable through a key result that is measurable through its own sub-results', () => {
    const result = read(['# OKRs 2027 Q1', '', '### 1. CEO: Grow Net ARR', '', '1. **CEO KR:** Leverage data to make branch lending more efficient', '   1. Fix 16 of 16 catalogue pain points', '   1. Lend 2,000 more books a month', '1. **CEO KR:** Investigate new membership models', ''].join('\n'));
    assert.equal(goal(result, '1. CEO: Grow Net ARR').analysis.smart.measurable, true);
  });

  it('measurable: a comparative after "targeting" or "aimed at" describes whom a deliverable is for ("beta release targeting a wider audience")', () => {
    const result = read(['# Goals 2027', '', '## Goals', '', '- Catalogue app beta release targeting wider reader groups', ''].join('\n'));
    assert.equal(goal(result, 'Catalogue app beta').analysis.smart.measurable, true);
  });

  it('specific: championing a cause ("Champion diversity & inclusion") and fostering a quality of a thing ("Foster Tool Interoperability") are broad aims; championing named work is not', () => {
    const result = read(['# Strategic goals', '', '## 2027', '', '1. Foster Tool Interoperability', '1. Champion diversity & inclusion in our communities', '1. Champion community efforts: write the selection criteria for branch ambassadors', ''].join('\n'));
    for (const aim of ['Foster Tool', 'Champion diversity']) assert.equal(goal(result, aim).analysis.smart.specific, false, aim);
    assert.equal(goal(result, 'Champion community efforts').analysis.smart.specific, true);
  });

  it('specific: an action named by the "-ing" form of a broad verb ("Supporting flexible working", "Driving awareness") is a broad aim; "Enabling single sign-on" is a capability', () => {
    const result = read(['# Library strategy 2027', '', 'We will get there through:', '', '1. Supporting flexible working through better use of laptops.', '2. Driving awareness and encouraging use of the catalogue.', '3. Enabling single sign-on for all branch staff by June 2027.', ''].join('\n'));
    for (const aim of ['Supporting flexible', 'Driving awareness']) assert.equal(goal(result, aim).analysis.smart.specific, false, aim);
    assert.equal(goal(result, 'Enabling single sign-on').analysis.smart.specific, true);
  });

  it('specific and measurable: supporting or enabling a product capability ("Support GeoParquet export") is a deliverable; supporting people is an aim', () => {
    const result = read(['# Goals 2027', '', '## Goals', '', '- Support GeoParquet export for dataset corrections', '- Enable export of validated corrections in GeoJSON format', '- Support member libraries in growing their collections', ''].join('\n'));
    for (const feature of ['Support GeoParquet', 'Enable export']) assert.equal(goal(result, feature).analysis.smart.specific, true, feature);
    assert.equal(goal(result, 'Support GeoParquet').analysis.smart.measurable, true);
    assert.equal(goal(result, 'Support member libraries').analysis.smart.specific, false);
  });

  it('measurable: a successful deployment and a community site are deliverables; a good reception with no number is not', () => {
    const result = read(
      [
        '# Harbour Trust goals 2027',
        '',
        '## Goals',
        '',
        '- Successful deployment of the new booking system at every marina',
        '- Build community noticeboard site for regular volunteer sign-ups',
        '- Staging and production each have a published runbook and an on-call rota',
        '- Positive sentiment from the post-festival visitor survey',
        '- Strong press coverage of the regatta',
        '- 80% positive responses in the post-festival visitor survey',
        '',
      ].join('\n'),
    );
    const measurable = (startsWith: string) => goal(result, startsWith).analysis.smart.measurable;
    for (const done of ['Successful deployment', 'Build community noticeboard', 'Staging and production', '80% positive']) assert.equal(measurable(done), true, done);
    for (const wish of ['Positive sentiment', 'Strong press coverage']) assert.equal(measurable(wish), false, wish);
  });

  it('achievable: only what nobody can promise, never a count of the team\'s own work', () => {
    const result = read(
      [
        '# Goals 2027',
        '',
        '## Goals',
        '',
        '- Make our product accessible to every developer',
        '- 100% of new teammates complete the security course by March 2027',
        '- 100% of team members have their pay reviewed twice a year',
        '- Saved searches are available to all users by default by June 2027',
        '- Show the release checklist to anyone involved in shipping a release by May 2027',
        '- Make our courses accessible to all',
        '',
      ].join('\n'),
    );
    const achievable = (startsWith: string) => rulesOn(result, startsWith).filter((r) => r === 'goal-achievable');
    assert.deepEqual(achievable('Make our product'), ['goal-achievable']);
    assert.deepEqual(achievable('Make our courses'), ['goal-achievable']);
    for (const reachable of ['100% of new teammates', '100% of team members', 'Saved searches', 'Show the release checklist']) assert.deepEqual(achievable(reachable), [], reachable);
  });

  it('owner: a heading that names a team or function ("### Product:", "### Developer Community:") owns the goals under it', () => {
    const result = read(
      ['# OKRs', '', '## Q1 2027', '', '### Product:', '', '* Launch the hosted playground', '', '### Developer Community:', '', '* Publish 8 blog posts during Q1', '', '### Company Wide:', '', '* Complete the remote-work guide', ''].join('\n'),
      'okrs/2027-Q1.md',
    );
    assert.equal(goal(result, 'Launch the hosted').analysis.owner?.text, 'Product');
    assert.equal(goal(result, 'Publish 8 blog').analysis.owner?.text, 'Developer Community');
    assert.equal(goal(result, 'Complete the remote-work').analysis.owner, null, 'the whole company is no owner');
  });

  it('owner: a function\'s name is a team only among teams: "## Community" beside "## Science" and "## Governance" names a pillar', () => {
    const result = read(
      ['# Our 2027 roadmap', '', '## Community', '', '*Steps in 2027:*', '', '- Host 3 meetups for library volunteers', '', '## Science', '', '- Publish 2 papers on catalogue search', '', '## Governance', '', '- Hold the first member vote by June', ''].join('\n'),
      'ROADMAP.md',
    );
    assert.equal(goal(result, 'Host 3 meetups').analysis.owner, null);
  });

  it('goals: a long paragraph that ends naming what follows as the goals ("we have set the following three priorities ...:", "by tackling the following:") announces them', () => {
    const intro = 'The mission of the catalogue is to be the one place where readers across the county find every book, map and recording the libraries hold, whatever branch holds them and however much they know about searching. To work towards this mission, we have set the following three priorities to guide us over the coming months:';
    const tackle = 'This goal is the core of our plan. Readers already find most books, but maps and recordings are hard to find, and searches by subject often return nothing useful at all for readers who do not know the exact title. We therefore want to keep building with this goal in mind, specifically by tackling the following:';
    const result = read(['# Roadmap 2.0', '', '## For the 2.x releases - November 2026', '', intro, '', '- Make **search** fast and reliable for every branch.', '', '- Add **recordings** to the catalogue.', '', '## Make search fast and reliable', '', tackle, '', '- **Rebuild the search index**. It is slow today.', ''].join('\n'));
    for (const start of ['Make search fast', 'Add recordings', 'Rebuild the search index']) assert.ok(result.model!.goals.some((g) => g.text.startsWith(start)), start);
  });

  it('goals: a table of items after "Top priority items are as follows:" holds the goals announced, one per row of its Item column', () => {
    const result = read(['# Catalogue 2027 H1', '', '### The next six months', '', 'The major goal this half is to open the catalogue to every branch. Top priority items are as follows:', '', '| Item | Tracking | More to do? |', '| --- | --- | --- |', '| Reserve the search index | https://example.org/issues/12 | No. |', '| Branch lending rules 2027 | https://example.org/issues/14 | Yes. |', ''].join('\n'));
    for (const item of ['Reserve the search index', 'Branch lending rules 2027']) assert.ok(result.model!.goals.some((g) => g.text === item), item);
  });

  it('goals: a measure named with no direction ("Number of active branches") and options under a goal ("Possibilities include ...") are no goals', () => {
    const result = read(['# Plan 2027', '', '## Goals', '', '- Number of active branches', '- Grow the volunteer network to 40 branches', '  - Possibilities include the county schools, the museum and the archive', '  - Possible themes for the grants: reading clubs, local history', ''].join('\n'));
    assert.deepEqual(result.model!.goals.map((g) => g.text), ['Grow the volunteer network to 40 branches']);
  });

  it('owner: after "Owner -" a name owns the goal; a template\'s empty slot ("`P1` - OWNER - Implement the spec") leaves it to nobody', () => {
    const result = read(['# OKRs 2027 Q1', '', '## Catalogue', '', '- `P1` - OWNER - Implement the rest of the search spec in Go', '- `P1` - Owner - Dana Reyes - Publish the search API guide', ''].join('\n'));
    assert.equal(goal(result, '`P1` - OWNER').analysis.owner, null);
    assert.equal(goal(result, '`P1` - Owner - Dana').analysis.owner?.text, 'Dana Reyes');
  });

  it('owner: a role before the colon ("Sales: ...", "CEO KR: ...") owns the goal; "Cross-Platform Consistency:" names a quality, not the platform team', () => {
    const result = read(['# OKRs 2027 Q1', '', '## Goals', '', '- Sales: Close 10 library partnerships', '- Cross-Platform Consistency: Ship the app on macOS, Linux and Windows', ''].join('\n'));
    assert.equal(goal(result, 'Sales:').analysis.owner?.text, 'Sales');
    assert.equal(goal(result, 'Cross-Platform').analysis.owner, null);
  });

  it('owner: a list item after its lead-in may name its actor in lower case ("- departments will explain in their plans ...")', () => {
    const result = read(['# Library strategy 2027', '', '## Action 9: Help for people who are rarely online', '', 'To make this happen:', '', '- departments will explain in their plans how they will help people who are rarely online', '- share examples of success across branches', ''].join('\n'));
    assert.equal(goal(result, 'departments will explain').analysis.owner?.text, 'departments');
  });

  it('an OKR table with an Owner column and a Priority column reads its first column of statements, owners in parentheses included', () => {
    const result = read(
      [
        '# Library OKRs',
        '',
        '## 2027 Q3',
        '',
        '| **Library Operations** | **Priority** | **Owner** | **End-Q** |',
        '| --- | --- | --- | --- |',
        '| **** | P0-P4 | | **0.0** |',
        '| **1 Branches open on a reliable schedule (Alan, Steven)** | | | |',
        '| Publish the weekend opening hours for every branch | P1 | dana | |',
        '| **2 The readers hear about new services in time (Molly)** | | | |',
        '| Send one newsletter a month to every member | P2 | lee | |',
        '| **3 Enhance reader engagement (Accreditation)** | | | |',
        '| Make the catalogue work with the regional network (Risk) | P2 | | |',
        '',
      ].join('\n'),
      'okrs/2027.md',
    );
    assert.deepEqual(goalTexts(result), [
      '1 Branches open on a reliable schedule (Alan, Steven)',
      'Publish the weekend opening hours for every branch',
      '2 The readers hear about new services in time (Molly)',
      'Send one newsletter a month to every member',
      '3 Enhance reader engagement (Accreditation)',
      'Make the catalogue work with the regional network (Risk)',
    ]);
    assert.equal(goal(result, '1 Branches').analysis.owner?.text, 'Alan, Steven');
    assert.equal(goal(result, '2 The readers').analysis.owner?.text, 'Molly');
    assert.equal(goal(result, 'Publish the weekend').analysis.owner?.text, 'dana');
    assert.equal(goal(result, '3 Enhance').analysis.owner, null, 'a topic in parentheses is no owner');
    assert.equal(goal(result, 'Make the catalogue').analysis.owner, null, 'a note in parentheses ("(Risk)") is no owner');
    assert.equal(goal(result, '2 The readers').analysis.target, null, 'the objective\'s number in the list is no target');
  });

  it('time-bound: a commitment that names a deliverable the document dates once is due with it, but does not date its objective', () => {
    const result = read(
      [
        '# Digital strategy',
        '',
        'Departments will publish their own digital strategies by the end of 2027 setting out how they will apply these principles.',
        '',
        '## Action 09: Departments will encourage people to use digital services',
        '',
        '- Departmental digital strategies will include clear plans for moving people from offline channels.',
        '- Departments will review their contact centres.',
        '',
      ].join('\n'),
    );
    const plans = goal(result, 'Departmental digital strategies');
    assert.equal(plans.analysis.deadline?.due, '2027-12-31');
    assert.equal(plans.analysis.deadline?.source, 'deliverable');
    assert.equal(goal(result, 'Departments will review').analysis.deadline, null);
    assert.equal(goal(result, 'Action 09').analysis.deadline, null, 'the objective is not dated by a deliverable its key result names');
  });

  it('owner: a sentence under an objective heading names its own actor or none; "will be incorporated" is nobody\'s, "Policy experts will" is theirs', () => {
    const result = read(
      [
        '# Digital plan 2027',
        '',
        '## Action 3: Regional Office will build digital skills across the service',
        '',
        'Digital skills will be incorporated into the new leadership scheme by June 2027.',
        '',
        'Policy and legal experts will work closely with digital specialists on every new service by June 2027.',
        '',
      ].join('\n'),
    );
    assert.equal(goal(result, 'Action').analysis.owner?.text, 'Regional Office');
    assert.equal(goal(result, 'Digital skills will').analysis.owner, null);
    assert.equal(goal(result, 'Policy and legal experts').analysis.owner?.text, 'Policy and legal experts');
  });

  it('owner: a page titled after a team ("# Team Kestrel", "# Platform Team") is that team\'s; "# Team Values" names no team', () => {
    const goalsOf = (title: string) =>
      read([`# ${title}`, '', '## Goals 2027', '', '- Publish the onboarding guide for new merchants by March 2027', ''].join('\n'), 'teams/page.md');
    assert.equal(goal(goalsOf('Team Kestrel'), 'Publish').analysis.owner?.text, 'Team Kestrel');
    assert.equal(goal(goalsOf('Platform Team'), 'Publish').analysis.owner?.text, 'Platform Team');
    assert.equal(goal(goalsOf('Team Values'), 'Publish').analysis.owner, null);
  });

  it('owner: "owned by" or "led by" a name or a role in the goal wins over the section\'s owner; "led by example" is nobody', () => {
    const result = read(
      [
        '# Support team goals',
        '',
        'Owner: Priya Shah, Head of Support',
        '',
        '## Goals',
        '',
        '- Cut repeat contacts about billing from 12% of tickets to 8% by June 2027, owned by the Billing Operations lead.',
        '- Grow the volunteer network to 40 people by June 2027, led by Sam Okafor.',
        '- Raise first-contact resolution from 61% to 70% by June 2027, led by example.',
        '',
      ].join('\n'),
    );
    assert.equal(goal(result, 'Cut repeat').analysis.owner?.text, 'the Billing Operations lead');
    assert.equal(goal(result, 'Cut repeat').analysis.owner?.source, 'goal');
    assert.equal(goal(result, 'Grow the volunteer').analysis.owner?.text, 'Sam Okafor');
    assert.equal(goal(result, 'Raise first-contact').analysis.owner?.text, 'Priya Shah, Head of Support');
  });

  it('the JSON evidence says where each answer came from', () => {
    const result = read(['# Goals', '', '## 2027 Q3', '', '### Customer Success', '', '- Publish renewal playbooks for all enterprise accounts', ''].join('\n'), 'goals.md');
    const published = goal(result, 'Publish renewal playbooks');
    assert.equal(published.analysis.deadline?.source, 'heading');
    assert.equal(published.analysis.owner?.text, 'Customer Success');
  });
});

describe('deciding what a document is', () => {
  const none = (markdown: string, path: string) => assert.equal(read(markdown, path).kind, 'none', path);

  it('leaves software READMEs, RFCs with Non-goals, changelogs, minutes and governance alone', () => {
    none('# fastq\n\nA queue.\n\n## Install\n\n```\nnpm i fastq\n```\n\n## Goals\n\n- Be fast\n- Stay small\n\n## Non-goals\n\n- Persistence\n', 'README.md');
    none('# Proposal: Smarter caching\n\n## Motivation\n\nBuilds are slow.\n\n## Goals\n\n- Cut rebuild time by half\n- Keep memory flat\n\n## Non-goals\n\n- A remote cache\n\n## Detailed design\n\n```go\nfunc x() {}\n```\n\n## Alternatives\n\nNone.\n', 'design/42-caching.md');
    none('# Changelog\n\n## [2.1.0] - 2026-05-01\n\n### Added\n\n- Goals page\n\n## [2.0.0] - 2026-01-10\n\n### Fixed\n\n- Crash\n', 'CHANGELOG.md');
    none('# Meeting with the platform team, 2026-03-04\n\n## Attendees\n\n- Ana\n- Lee\n\n## Action items\n\n- Ana will send the draft plan by Friday\n', 'meetings/2026-03-04.md');
    none('# Committee charter\n\n## Purpose\n\nThe committee will review reports and will decide on sanctions.\n\n## Voting\n\nDecisions need a majority.\n', 'GOVERNANCE.md');
    none('## Goals\n\n * safe and well-defined (no `as` or `panic`)\n * do what major clients want, not what any spec says\n * code clarity over performance\n\n## Maybe\n\n * Library\n', 'README.md');
  });

  it('reads an OKR page, a values page and a strategy by what they contain, whatever the file is called', () => {
    assert.equal(read('# Platform team\n\n## 2027 Q1\n\n### Reliable deploys\n\n- 99.9% of deploys finish without a rollback\n- Deploy time under 10 minutes\n', 'README.md').kind, 'goals');
    assert.notEqual(read('# How we work\n\n## Our values\n\n- **Candour**: we say the hard thing early and kindly.\n- **Ownership**: we follow every request through to the end.\n- **Craft**: we review each other\'s work before it ships.\n', 'index.md').kind, 'none');
  });

  it('a roadmap that states its plans ("We plan to: ...") is a goals page; a feature checklist called a roadmap is not', () => {
    const plans = read('---\ntitle: Roadmap\n---\n\nThis roadmap shows what we are working on.\n\n## Working on now\n\nWe\'ve started to:\n\n- add a date picker component\n- test the feedback link in live services\n\n## Future plans\n\nWe plan to:\n\n- run a discovery into dark mode\n- build a new autocomplete component\n', 'community/roadmap/index.md');
    assert.equal(plans.kind, 'goals');
    assert.equal(plans.model!.goals.length, 4);
    none('# Roadmap: Project Kite\n\n## Phase 1: Core (Current)\n- [ ] Initialise the module.\n- [ ] Read the configuration file.\n\n## Phase 2: CLI\n- [ ] Interactive mode.\n', 'ROADMAP.md');
  });

  it('a team page with a roadmap for a year is a goals page, and its roadmap items are its goals', () => {
    const team = read('# Search Team\n\nThe Search Team is building a private search library.\n\n## Roadmap (2026)\n\n1. Make the library ready for production.\n  - Release version 1.0 with a stable query API.\n  - Find at least two companies to pilot it.\n\n2. Focus on outreach: talks, meetups, tutorials.\n\n## Team\n\n- Ana (lead)\n- Lee\n', 'search_team/README.md');
    assert.equal(team.kind, 'goals');
    assert.ok(goalTexts(team).some((text) => text.startsWith('Release version')), JSON.stringify(goalTexts(team)));
    assert.equal(read('# kite\n\nA small HTTP client.\n\n## Roadmap\n\n- Retries\n- Streaming bodies\n\n## Install\n\n```\nnpm i kite\n```\n', 'README.md').kind, 'none');
  });

  it('a strategy whose title sits under an archive notice, with "Tactical steps in 2026:" lists, is a strategy with those steps as goals', () => {
    const result = read(
      [
        '## This document is archived; the current version is on our website.',
        '',
        '# Harbour Trust Vision and Roadmap',
        '',
        '*by the Executive Director*',
        '',
        'Three pillars hold up our plan for the year.',
        '',
        '## Community',
        '',
        'Our community is how the harbour stays alive.',
        '',
        '*Tactical steps in 2026:*',
        '',
        '- Add 2-3 more open days after the summer fair',
        '- Make the website a resource hub for boat owners',
        '',
        '## Science',
        '',
        '*Tactically:*',
        '',
        '- Fund two water quality studies',
        '- Publish the silt survey',
        '',
      ].join('\n'),
      'docs/2026-VISION.md',
    );
    assert.notEqual(result.kind, 'none');
    assert.ok(result.model!.kindReasons.some((reason) => reason.includes('"Harbour Trust Vision and Roadmap"')), JSON.stringify(result.model!.kindReasons));
    for (const step of ['Add 2-3 more open days', 'Make the website', 'Fund two water', 'Publish the silt']) goal(result, step);
    assert.equal(read('# Setup\n\nFollow these steps:\n\n- Install the tool\n- Run it\n', 'docs/setup.md').model!.goals.length, 0);
  });

  it('says why, and offers a way out for a document that came close', () => {
    const result = read('# Team notes\n\n## Goals\n\n- Tidy the wiki\n', 'notes.md');
    assert.equal(result.kind, 'none');
    assert.ok(result.model!.kindReasons.length > 0);
    const declared = kindFrontMatterEdit('# Team notes\n', 'goals');
    assert.deepEqual(declared, { range: { start: 0, end: 0 }, text: '---\nkind: goals\n---\n\n' });
    assert.deepEqual(kindFrontMatterEdit('---\ntitle: x\nkind: none\n---\n# T\n', 'values'), { range: { start: 13, end: 23 }, text: 'kind: values' });
    assert.deepEqual(kindFrontMatterEdit('---\ntitle: x\n---\n# T\n', 'vision'), { range: { start: 4, end: 4 }, text: 'kind: vision\n' });
  });
});
