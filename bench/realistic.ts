/**
 * Real-looking strategy text for the benchmark, generated deterministically: the mix of public
 * handbook, OKR and strategy pages rather than tidy generated goals. Front matter, prose with
 * inline and reference links, footnotes, HTML (details, images, comments, centred blocks), long
 * key-result tables, OKR blocks with fields, nested and task lists, quotes, fenced and indented
 * code, and link and footnote definitions at section ends and at the end of the page. Nothing
 * here is a fixture for findings; it only has to cost what real text costs to read.
 */

const TEAMS = ['Support', 'Billing', 'Onboarding', 'Platform', 'Field service', 'Community', 'Self-service', 'Care'];
const PEOPLE = ['@priya', '@sam.okafor', '@lena', '@diego-r', '@mei', '@tomasz', '@aisha', '@jon'];
const QUARTERS = ['Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'FY27', 'H2 2027'];
const STATUS = ['on track', 'at risk', 'done', 'not started', '70%', 'blocked on hiring'];
const METRICS = ['first-contact resolution', 'median time to first reply', 'CSAT', 'NPS', 'churn', 'activation rate', 'tickets per 1,000 orders', 'p95 page load'];
const SENTENCES = [
  'We read every [support conversation][conversations] tagged *confusing* during the last quarter and grouped them by journey stage.',
  'Most customers who contact us twice do so because the first answer did not say **what happens next**[^{n}].',
  'The team ships small changes behind a flag (`billing.v2`), measures them for two weeks and keeps what moves the numbers.',
  'See the [handbook page on escalations](https://handbook.example.com/support/escalations) for who to call out of hours.',
  'Our [public roadmap][roadmap] lists what we are building next; it is updated after every planning meeting.',
  'This page is owned by the {team} team; propose changes in a merge request and tag the page owner.',
  'Residents told us in the [2026 survey][survey] that waiting without an update is worse than waiting longer with one.',
  'We do not treat a closed ticket as a solved problem: a reopened ticket counts against the team that closed it.',
  'Numbers on this page come from the [data warehouse](https://data.example.com/dashboards/cx) and are refreshed nightly.',
  'Where a goal has no owner yet, the director of the area owns it until someone is named<sup>1</sup>.',
];
const GOALS = [
  'Raise {metric} from {a}% to {b}% by {q}',
  'Cut {metric} from {a} to {b} minutes in {q} so customers are not left waiting',
  'Publish the {team} runbook and review it with every new starter by {q}',
  'Improve {metric} for the {team} queue',
  'Launch self-service refunds for orders under €50 ({q})',
  'Grow weekly active community members from {a}k to {b}k',
  'Make onboarding effortless for teams of fewer than ten people',
  'Reduce {metric} by {a} points, owned by the {team} lead, by {q}',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length];
}

function fill(template: string, n: number): string {
  return template
    .replace('{metric}', pick(METRICS, n))
    .replace('{team}', pick(TEAMS, n))
    .replace('{q}', pick(QUARTERS, n))
    .replace('{a}', String(20 + (n % 50)))
    .replace('{b}', String(30 + (n % 50) + (n % 9)))
    .replace('{n}', String(n));
}

/** One section of a handbook or strategy page: which kind depends on `n`. */
function section(n: number, out: string[], footnotes: string[]): void {
  const team = pick(TEAMS, n);
  const prose = (count: number) => {
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      const sentence = fill(pick(SENTENCES, n * 3 + i), n * 7 + i);
      if (sentence.includes(`[^${n * 7 + i}]`)) footnotes.push(`[^${n * 7 + i}]: From the ${pick(QUARTERS, n + i)} contact-reason review; ${100 + i * 13} conversations sampled.`);
      sentences.push(sentence);
    }
    return sentences.join(' ');
  };
  switch (n % 8) {
    case 0: // an OKR block with fields and key results
      out.push(`### Objective ${n + 1}: ${fill(pick(GOALS, n + 6), n)}`, '', `**Owner:** ${pick(PEOPLE, n)}  `, `**Timeframe:** ${pick(QUARTERS, n)}  `, `**Status:** ${pick(STATUS, n)}`, '');
      out.push(prose(2), '', '**Key results**', '');
      for (let k = 0; k < 4; k++) out.push(`- KR${k + 1}: ${fill(pick(GOALS, n + k), n + k)} (${pick(STATUS, n + k)})`);
      out.push('');
      break;
    case 1: // a long table of key results
      out.push(`## ${team} key results`, '', prose(1), '', '| Key result | Owner | Baseline | Target | Due | Status |', '| :--- | :---: | ---: | ---: | --- | --- |');
      for (let r = 0; r < 24; r++) {
        const k = n * 24 + r;
        const link = r % 5 === 0 ? ` ([dashboard](https://data.example.com/d/${k}))` : '';
        out.push(`| ${fill(pick(GOALS, k), k)}${link} | ${r % 4 ? pick(PEOPLE, k) : ''} | ${20 + (k % 30)}% | ${35 + (k % 30)}% | ${pick(QUARTERS, k)} | ${pick(STATUS, k)} |`);
      }
      out.push('');
      break;
    case 2: // handbook prose with HTML
      out.push(`## How the ${team.toLowerCase()} team works`, '', prose(3), '', `<img src="https://handbook.example.com/img/${team.toLowerCase().replace(/ /g, '-')}-flow.png" alt="${team} flow" width="640">`, '', prose(2), '');
      out.push('<details>', `<summary>Why we changed the ${team.toLowerCase()} process in ${2020 + (n % 6)}</summary>`, '', prose(2), '', '</details>', '');
      break;
    case 3: // nested lists and a task list
      out.push(`## ${team} priorities`, '', prose(1), '');
      for (let i = 0; i < 5; i++) {
        out.push(`1. **${fill(pick(GOALS, n + i), n + i)}**`, `   - Why: ${fill(pick(SENTENCES, n + i), n + i).replace(/\[\^\d+\]/g, '')}`, `   - Measure: ${pick(METRICS, n + i)}, reported monthly`);
      }
      out.push('', '### Checklist', '');
      for (let i = 0; i < 6; i++) out.push(`- [${i % 3 ? ' ' : 'x'}] ${fill(pick(GOALS, n * 2 + i), n * 2 + i)}`);
      out.push('');
      break;
    case 4: // a quote, a code sample and a comment
      out.push(`## What we heard from ${team.toLowerCase()} customers`, '', `> "${fill(pick(SENTENCES, n + 2), n).replace(/\[|\]|\(.*?\)|\[\^\d+\]/g, '')}"`, '> ', `> — customer interview, ${pick(QUARTERS, n)}`, '');
      out.push(prose(2), '', '```yaml', `team: ${team.toLowerCase()}`, `owner: "${pick(PEOPLE, n)}"`, 'alerts:', '  - name: reply-time', '    threshold: 15m', '```', '', `<!-- TODO(${pick(PEOPLE, n)}): update after the ${pick(QUARTERS, n)} review -->`, '');
      break;
    case 5: // values with behaviours, centred HTML
      out.push(`## Our values`, '', '<div align="center">', '', `*${prose(1)}*`, '', '</div>', '');
      for (const [name, behaviour] of [['Own the outcome', 'we follow a request through to the end, even across teams'], ['Write it down', 'decisions live in the handbook, not in chat'], ['Customers before comfort', 'we call the customer back when the answer is awkward']]) {
        out.push(`### ${name}`, '', `${behaviour[0].toUpperCase()}${behaviour.slice(1)}. ${prose(1)}`, '');
      }
      break;
    case 6: // meeting notes and an indented sample
      out.push(`## ${team} review, ${pick(QUARTERS, n)}`, '', `Attendees: ${PEOPLE.slice(0, 3 + (n % 4)).join(', ')}`, '', prose(2), '', '    $ make report TEAM=' + team.toLowerCase().replace(/ /g, '-'), '    wrote report.csv (1,204 rows)', '', `Decision: ${fill(pick(GOALS, n + 3), n)}.`, '');
      break;
    default: // a strategy's commitments in prose
      out.push(`## ${team} in ${2027 + (n % 3)}`, '', prose(2), '', `By ${pick(QUARTERS, n)} we will ${fill(pick(GOALS, n + 1), n).replace(/^./, (c) => c.toLowerCase())}. ${prose(1)}`, '');
  }
}

const DEFINITIONS = [
  '[conversations]: https://support.example.com/reports/conversations "Conversation review"',
  '[roadmap]: https://roadmap.example.com',
  '[survey]: https://example.com/research/2026-residents-survey.pdf "2026 survey (PDF)"',
];

/** A handbook-and-OKR page of about `targetLines` lines. */
export function realisticStrategy(targetLines: number): string {
  const out: string[] = ['---', 'title: Customer experience handbook and OKRs', 'description: How we work with customers, and what we will achieve this year', 'date: 2026-10-01', 'tags: [cx, okrs, handbook]', '---', '', '# Customer experience handbook and OKRs', ''];
  out.push('<!-- This page is generated in part from the planning spreadsheet; edit the table rows there. -->', '', '## Our vision', '', 'Every customer feels known, safe and in control, and tells a friend because we made the hard moments easy; our colleagues feel proud of the help they give.', '');
  const footnotes: string[] = [];
  let n = 0;
  while (out.length < targetLines - 12) {
    section(n, out, footnotes);
    // Some pages keep definitions at the end of each part, as handbooks built from many files do.
    if (n % 6 === 5) out.push(pick(DEFINITIONS, n).replace(']:', `-${n}]:`), '');
    n++;
  }
  out.push('## References', '', ...DEFINITIONS, '', ...footnotes.slice(0, 200), '');
  return `${out.join('\n')}\n`;
}

/** A goal-dense page of about `targetLines` lines: one goal a line, and tables of key results. */
export function goalDensePage(targetLines: number): string {
  const out: string[] = ['---', 'kind: goals', 'period: FY27', '---', '', '# FY27 OKRs', '', 'Each objective has an owner; key results are reviewed every two weeks in the [OKR review][review].', ''];
  let n = 0;
  while (out.length < targetLines - 4) {
    out.push(`## Objective ${n + 1}: ${fill(pick(GOALS, n + 6), n)}`, '', `Owner: ${pick(PEOPLE, n)} · Status: ${pick(STATUS, n)}`, '');
    for (let k = 0; k < 8; k++) out.push(`- KR ${n + 1}.${k + 1}: ${fill(pick(GOALS, n * 8 + k), n * 8 + k)}${k % 3 ? ` (${pick(PEOPLE, n + k)})` : ''}`);
    out.push('', '| Key result | Owner | Baseline | Target | Due |', '|---|---|---|---|---|');
    for (let r = 0; r < 8; r++) out.push(`| ${fill(pick(GOALS, n * 8 + r + 3), n * 8 + r)} | ${pick(PEOPLE, n + r)} | ${10 + r}% | ${20 + r}% | ${pick(QUARTERS, n + r)} |`);
    out.push('');
    n++;
  }
  out.push('[review]: https://okrs.example.com/review', '');
  return `${out.join('\n')}\n`;
}

/** The CLI corpus: handbook, OKR and strategy pages of 80 to 320 lines. */
export function realisticCorpusPage(i: number): string {
  const lines = 80 + (i % 7) * 40;
  return i % 3 === 1 ? goalDensePage(lines) : realisticStrategy(lines);
}
