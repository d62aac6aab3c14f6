/**
 * A realistic strategy document of any length, generated deterministically: headings, prose,
 * goal lists with objectives and key results, goal tables, values and a vision, in the proportions
 * of real strategy documents. The benchmark lints it; nothing here is a fixture for findings.
 */

const AREAS = ['Patient access', 'Member onboarding', 'Guest arrival', 'Billing and payments', 'Digital self-service', 'Complaints handling', 'Field service', 'Renewals'];
const PERSONAS = ['customers', 'patients', 'members', 'guests', 'residents', 'students'];
const VERBS = ['Raise', 'Cut', 'Reduce', 'Grow', 'Improve', 'Increase', 'Halve', 'Lift'];
const METRICS = ['NPS', 'CSAT', 'first-contact resolution', 'average wait time', 'churn', 'retention', 'complaints per 1,000 orders', 'time to resolve'];
const PERIODS = ['by Q3 2027', 'by 30 June 2027', 'in FY27', 'by end of 2027', 'within 6 months', 'by H1 2028', '', 'by March 2027'];
const OWNERS = ['(owner: Priya Shah)', 'Owner: Head of Care', '(DRI: @sam)', '', '(owner: Operations lead)', ''];
const PROSE = [
  'Our {p} tell us that the hardest moments are the ones where they have to repeat themselves, chase an answer or wait without knowing why.',
  'We will measure what matters to {p}, share the results with every team each month and change course when the numbers or the stories tell us to.',
  'Colleagues on the front line know where the experience breaks; this plan gives them the authority and the tools to fix it the first time.',
  'We have listened to {p} through surveys, complaints and panel sessions, and we have read every comment from our staff pulse survey this year.',
  'Starting today, every team will know which part of the journey it owns, and what good looks like from the point of view of the people we serve.',
  'This section sets out what we will do, by when, who is accountable, and how we will know whether {p} feel the difference.',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

export function generateStrategy(targetLines: number): string {
  const lines: string[] = ['---', 'kind: strategy', 'owner: Director of Customer Experience', 'date: 2026-10-01', '---', '', '# Customer Experience Strategy 2026–2029', ''];
  lines.push('## Our vision', '', 'Every customer feels known, safe and in control, and comes back because we made the hard moments easy. Our colleagues feel proud and trusted.', '');
  lines.push('## Our values', '');
  for (const [name, behaviour] of [['Own it', 'we follow every request through to the end'], ['Straight talking', 'we say what we will do and then do it'], ['Know the person', 'we read the history before we call']]) {
    lines.push(`- **${name}**: ${behaviour}, even when it moves between teams.`, `  - We show this when ${behaviour}.`);
  }
  lines.push('');
  let n = 0;
  while (lines.length < targetLines) {
    const area = pick(AREAS, n);
    const persona = pick(PERSONAS, n);
    lines.push(`## ${area} ${n + 1}`, '');
    for (let p = 0; p < 2; p++) lines.push(pick(PROSE, n + p).replace('{p}', persona), '');
    lines.push(`### Goals for ${area.toLowerCase()}`, '');
    for (let g = 0; g < 4; g++) {
      const k = n * 4 + g;
      const from = 20 + (k % 40);
      lines.push(`- ${pick(VERBS, k)} ${pick(METRICS, k)} from ${from}% to ${from + 5 + (k % 7)}% ${pick(PERIODS, k)} so that ${persona} ${k % 2 ? 'get an answer first time' : 'wait less'} ${pick(OWNERS, k)}`.replace(/\s+$/, ''));
      if (g === 0) lines.push(`  - KR: ${pick(VERBS, k + 1)} ${pick(METRICS, k + 2)} by ${5 + (k % 9)} points ${pick(PERIODS, k + 3)}`.replace(/\s+$/, ''));
    }
    lines.push('', '| Goal | Metric | Baseline | Target | Due | Owner |', '|---|---|---|---|---|---|');
    for (let r = 0; r < 3; r++) {
      const k = n * 3 + r;
      lines.push(`| ${persona[0].toUpperCase()}${persona.slice(1)} ${k % 2 ? 'reach a person quickly' : 'resolve issues first time'} | ${pick(METRICS, k)} | ${30 + (k % 20)}% | ${40 + (k % 20)}% | ${k % 4 ? 'Q4 2027' : ''} | ${k % 3 ? 'Ops lead' : ''} |`);
    }
    lines.push('');
    n++;
  }
  lines.push('## Feedback', '', 'We survey customers and colleagues every quarter, review the results at the leadership meeting and publish what we changed.', '');
  return lines.slice(0, Math.max(targetLines, 40)).join('\n') + '\n';
}
