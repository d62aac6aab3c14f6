import assert from 'node:assert/strict';
import { Linter } from '../../src/core';
import { hasObservableBehaviour, namesBehaviour } from '../../src/core/model/behaviour';

const today = new Date('2026-11-25T00:00:00Z');
const linter = new Linter();
const lint = (text: string, path?: string) => linter.lint(text, path, today);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
/** The values found, as "line name". */
const values = (text: string, path?: string) => lint(text, path).model!.values.map((v) => `${lineOf(text, v.nameRange.start)} ${v.name}`);
/** The lines value-behaviour reports. */
const flagged = (text: string, path?: string) =>
  lint(text, path)
    .findings.filter((f) => f.ruleId === 'value-behaviour')
    .map((f) => lineOf(text, f.range.start));

describe('values: a page called values with statement headings', () => {
  it('reads each heading as a value ("### We are humble."), though one says "mission-driven" and another names values', () => {
    const page = [
      '### We are a mission-driven company.',
      '',
      'We believe that profits are a tool in the pursuit of our mission.',
      '',
      '### We are humble.',
      '',
      'Knowing we build something exceptional makes us feel humble.',
      '',
      '### We contribute to the knowledge loop.',
      '',
      'We write our ideas down in public and default to open source.',
      '',
      '### Values are more important than success.',
      '',
      'The highest goal of any company is to live by what it says.',
      '',
    ].join('\n');
    assert.deepEqual(values(page, 'corp/values.md').map((v) => v.replace(/^\d+ /, '')), ['We are a mission-driven company.', 'We are humble.', 'We contribute to the knowledge loop.', 'Values are more important than success.']);
    assert.deepEqual(flagged(page, 'corp/values.md'), [1, 5, 13]);
    assert.equal(lint(page, 'corp/values.md').model!.goals.length, 0, 'a goal of any company is a belief, not this plan\'s goal');
  });
});

describe('values: telling a behaviour from a sentiment', () => {
  const behaviours = [
    'We reply to every support email within one working day.',
    'Give feedback in private, within a week, with one clear example.',
    'If you made a mistake, apologise as soon as possible.',
    'Leaders write a one-page memo before every decision, and everyone reads it at the start of the meeting.',
    'Decisions are recorded in the decision log with the reason for them.',
    'Managers keep two hours a week of open office hours.',
    'Every team runs a fortnightly retro.',
    'We hold blameless postmortems and publish them.',
    'When you touch a module, you fix one small thing you found there.',
    'Staff and students ask questions in the open.',
    "Don't wait: implement small fixes straight away.",
    'We are open to critique and share it constructively.',
    'Whenever we release a new edition, we also release tooling to automate the migration.',
    'Anyone can edit the handbook.',
    'Staff wear name badges and introduce themselves to every patient.',
    'We bring up difficult topics in the weekly check-in.',
    'We continuously engage users to inform our design decisions.',
    'We regularly retrospect on our processes to make them stronger.',
    "We don't shy away from bringing up hard topics.",
    'Growth means leaving the comfort zone to try hard problems, ask hard questions, and take risks.',
    'A mistake is no failure when we can take a step back, look at the wider picture, and then reflect and share the lessons we gained.',
    'Code that serves one field only belongs in an extension, not in the core.',
  ];
  for (const text of behaviours) it(`reads a behaviour in: ${text}`, () => assert.equal(hasObservableBehaviour(text, []), true));

  const sentiments = [
    'We value and respect the people we work with, and want them to feel able to express their opinions.',
    'We are present, transparent, and honest.',
    'We strive to be the best at everything we do.',
    'We believe innovation is the key to our future.',
    'Being lifetime learners, unafraid of learning something new.',
    'Believing the best results come from combining different perspectives.',
    'We grow together and create lasting change for the good of the public.',
    'We want Hipcheck to be fast. It needs to not get in the way of the people using it.',
    'Our product should strive to be fundamentally privacy-respecting and secure.',
    'We share a passion for technology.',
    'We hold ourselves accountable.',
    'We act with integrity in everything we do.',
    'We provide high quality, compassionate care.',
    'Try to get results as fast as possible, without compromising the ways we communicate.',
    'This is documented on our page about interviewing.',
    'We value the space in which we work, and want it to be a place in which everyone can pursue and share knowledge.',
    'We value the open internet, and specifically decentralized, open protocols (RSS, email, the web).',
    'If we coach ourselves to embrace change, we can move faster.',
    'We want to grow, learn from failures, and take risks.',
    'This means caring for each other, for our members, and for the planet.',
    'Our clients belong to a community of practice.',
  ];
  for (const text of sentiments) it(`reads no behaviour in: ${text}`, () => assert.equal(hasObservableBehaviour(text, []), false));

  it('a list the writer announces as behaviours ("Examples of behaviour that this leads to:") names behaviours', () => {
    assert.equal(hasObservableBehaviour('We care about our customers. Examples of behaviour that this leads to:', ['We are good at listening', 'We help each other']), true);
    assert.equal(hasObservableBehaviour('We care about our customers.', ['We are good at listening', 'We help each other']), false);
  });

  it('reads a value written as a choice as a rule people decide by', () => {
    assert.equal(hasObservableBehaviour('', [], 'Automation over process'), true);
    assert.equal(hasObservableBehaviour('', [], 'Distribution is better than centralization'), true);
    assert.equal(hasObservableBehaviour('We generally prefer uniform behaviour across editions.', []), true);
  });
  it('reads a plain act in a name, but not a slogan', () => {
    assert.equal(hasObservableBehaviour('', [], 'Set a due date'), true);
    assert.equal(hasObservableBehaviour('', [], 'Ship it'), false);
    assert.equal(hasObservableBehaviour('', [], 'Put people first'), false);
    assert.equal(hasObservableBehaviour('', [], 'Customer first!'), false);
  });
  it('reads behaviour items written as instructions or practices, not noun phrases', () => {
    assert.equal(hasObservableBehaviour('We value ensuring developers are productive.', ['Approachability', 'Bundling friction-reducing APIs']), true);
    assert.equal(hasObservableBehaviour('We value the happiness of maintainers.', ['Approachability of the codebase', 'Good internal documentation']), false);
    assert.equal(hasObservableBehaviour('', ['Work collaboratively and share best practices.']), true);
  });
  it('ignores quoted slogans and speech', () => {
    assert.equal(namesBehaviour('“More users, using more services, more often”'), false);
  });
});

describe('values: finding them in a page', () => {
  it('reads bold-led items under a values heading', () => {
    const text = '---\nkind: values\n---\n# Values\n\n- **Ownership**: we follow every request through to the end.\n- **Respect**: we value and respect everyone.\n- **Integrity**\n';
    assert.deepEqual(values(text), ['6 Ownership', '7 Respect', '8 Integrity']);
    assert.deepEqual(flagged(text), [7, 8]);
  });

  it('reads values written one per bold-led line of a paragraph, and a line of names between bars after "our core values:"', () => {
    const text = [
      '# Vision, mission and values',
      '',
      '## Our values',
      '',
      '**Balance**: Knowing and honoring our priorities <br>',
      '**Openness**: We publish our plans and meeting notes in the open <br>',
      '**Care**: Care for ourselves, each other, and the world <br>',
      '',
      '### This mission is supported by our core values:',
      'Community | Innovation | Respect',
      '',
    ].join('\n');
    assert.deepEqual(values(text, 'about/values.md'), ['5 Balance', '6 Openness', '7 Care', '10 Community', '10 Innovation', '10 Respect']);
    assert.deepEqual(flagged(text, 'about/values.md'), [5, 7, 10, 10, 10]);
  });

  it('reads a value named in a summary list once, where it is described', () => {
    const text = [
      '---',
      'title: Values',
      '---',
      '',
      'Our core values are:',
      '',
      '- **Believe in better**',
      '- **Kindness is key**',
      '',
      '## Believe in better',
      'We have high aspirations and the drive to exceed them.',
      '',
      '## Kindness is key',
      'We reply to every message within a day and thank people in public.',
      '',
    ].join('\n');
    assert.deepEqual(values(text, 'values.md'), ['10 Believe in better', '13 Kindness is key']);
    assert.deepEqual(flagged(text, 'values.md'), [10]);
  });

  it('reads a summary list in a page whose sections include bold labels standing as headings', () => {
    const text = ['# Our values', '', 'Our values are:', '', '- Openness', '- Care', '', '**For 2027, stretch goals:**', '', '- Ship the guide', '', '## Openness', '', 'We publish every decision.', '', '## Care', '', 'We answer every email.', ''].join('\n');
    assert.deepEqual(values(text), ['12 Openness', '16 Care']);
  });

  it('reads headings a linked summary points to, and their operating principles', () => {
    const text = [
      '# Handbook',
      '',
      'Our three core values are [Collaboration](#collaboration), [Results](#results) and [Iteration](#iteration).',
      '',
      '## Collaboration',
      '',
      'Helping others is a priority, even when it is not related to your goals.',
      '',
      '### Say thanks',
      '',
      'Thank the people who helped you in the #thanks channel.',
      '',
      '### See others succeed',
      '',
      'Everyone here wants to see each other succeed.',
      '',
      '## Results',
      '',
      'We set ambitious goals and publish them for everyone to read.',
      '',
      '## Iteration',
      '',
      'We ship the smallest valuable change and merge it the same day.',
      '',
      '## Why we have values',
      '',
      'Values make choices easier.',
      '',
    ].join('\n');
    assert.deepEqual(values(text, 'handbook/values.md'), ['5 Collaboration', '9 Say thanks', '13 See others succeed', '17 Results', '21 Iteration']);
    assert.deepEqual(flagged(text, 'handbook/values.md'), [5, 13]);
  });

  it('skips a table of contents of the values and introductions, and reads the values under their headings', () => {
    const text = [
      '# Engineering principles',
      '',
      'These principles guide us.',
      '',
      '- [Psychological safety](#psychological-safety)',
      '- [Done means done](#done-means-done)',
      '',
      '### Psychological safety',
      '',
      'We want everyone to feel safe.',
      '',
      '### Done means done',
      '',
      'Changes are tested, and you verify the deployment before you call it done.',
      '',
    ].join('\n');
    assert.deepEqual(values(text, 'engineering-principles.md'), ['8 Psychological safety', '12 Done means done']);
    assert.deepEqual(flagged(text, 'engineering-principles.md'), [8]);
  });

  it('reads "We believe" items under a beliefs heading, and a summary that only names the values', () => {
    const text = [
      '# Beliefs & Values',
      '',
      '## Beliefs',
      '* We believe that responsibility is taken, not given. We hire people who take the initiative.',
      '',
      '* We believe that nearly all organisations can move faster than they do.',
      '',
      '## Values and priority level',
      '',
      '- Priority 1 - Stability',
      '- Priority 2 - Openness',
      '',
      '## Value descriptions',
      '',
      '### Stability',
      'We avoid breaking changes and test every release against the top 100 packages.',
      '',
      '### Openness',
      'We value the happiness of everyone.',
      '',
    ].join('\n');
    const found = values(text, 'beliefs-and-values.md');
    assert.deepEqual(found.map((v) => v.split(' ')[0]), ['4', '6', '15', '18']);
    assert.deepEqual(flagged(text, 'beliefs-and-values.md'), [6, 18]);
  });

  it('folds the parts of a value ("What it looks like") into it', () => {
    const text = '---\nkind: values\n---\n# Our values\n\n## Ownership\n\nWe care about outcomes.\n\n### What it looks like\n\n- You fix the bug you find, or file it and assign it.\n\n## Courage\n\nWe are brave.\n';
    assert.deepEqual(values(text), ['6 Ownership', '14 Courage']);
    assert.deepEqual(flagged(text), [14]);
  });

  it('reads values under a labelled heading with a dash, and "We value X" headings', () => {
    const text = [
      '# Mission, vision, and values',
      '',
      '## Mission — our north star',
      '',
      'To make telemetry easy for everyone.',
      '',
      '## Engineering values — the principles that guide our contributions',
      '',
      '### We value _stability_',
      '',
      'We do not introduce new concepts unless a broad set of users needs them.',
      '',
      '### We value _performance_',
      '',
      'High performance is a requirement for the project.',
      '',
    ].join('\n');
    assert.deepEqual(values(text, 'mission-vision-values.md'), ['9 We value stability', '13 We value performance']);
    assert.deepEqual(flagged(text, 'mission-vision-values.md'), [13]);
  });

  it('reads groups of values under a values heading as groups', () => {
    const text = '---\nkind: values\n---\n# Our values\n\n## With customers\n\n- **Listen first**: we call every customer back the same day.\n- **Be kind**: we are kind.\n';
    assert.deepEqual(values(text), ['8 Listen first', '9 Be kind']);
    assert.deepEqual(flagged(text), [9]);
  });

  it('leaves questions about values, data values and goal lists alone', () => {
    const text = [
      '---',
      'kind: strategy',
      '---',
      '# Plan',
      '',
      '## How do we reinforce our values',
      '',
      '- Criteria we use for promotions.',
      '- Behavior we compliment.',
      '',
      '## Baseline KPI values',
      '',
      '- Baseline values for those most critical metrics.',
      '',
    ].join('\n');
    assert.deepEqual(values(text), []);
    assert.deepEqual(flagged(text), []);
  });

  it('reads headings labelled as one principle', () => {
    const text = '---\nkind: strategy\n---\n# Principles and actions\n\n### Principle: Improve departmental digital leadership\n\n*"Proven leadership"*\n\n### Principle: Remove unnecessary legislative barriers\n\n*"A letter should not have to be on paper"*\n';
    assert.deepEqual(values(text), ['6 Improve departmental digital leadership', '10 Remove unnecessary legislative barriers']);
    assert.deepEqual(flagged(text), [6]);
  });

  it('stays fast on a hostile values page', () => {
    const parts = ['# Values', '', Array.from({ length: 1000 }, (_, i) => `- [V${i}](#v${i})`).join('\n\n'), ''];
    for (let i = 0; i < 1000; i++) parts.push(`## V${i}`, '', `**${'a'.repeat(50)} ${'we, '.repeat(200)} and and and`, '', `- ${'x '.repeat(300)}`, '');
    const text = `---\nkind: values\n---\n${parts.join('\n')}`;
    const started = performance.now();
    const result = lint(text);
    assert.ok(performance.now() - started < 5000);
    assert.equal(result.skipped, undefined);
    assert.equal(result.model!.values.length, 1000);
  });
});
