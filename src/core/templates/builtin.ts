/**
 * The built-in templates quick fixes insert. House templates (`<templates>/<id>.md`) replace them.
 *
 * Conventions:
 * - Inline templates start with their own separator (" by ...", " (owner: ...)") and are
 *   inserted at the end of a sentence or list item. `value-behaviour` starts with a newline:
 *   it is a sub-list under the value's list item.
 * - Block templates (sections, follow-through, whole documents) start with their first line
 *   and end without a newline; the caller adds blank lines around them.
 * - Placeholders use VS Code snippet syntax; `{{name}}` variables are filled first (see
 *   `variables`, plus `COMMON_TEMPLATE_VARIABLES` everywhere).
 */

export const TEMPLATE_IDS = [
  'smart-goal',
  'deadline',
  'metric',
  'owner',
  'customer-outcome',
  'customer-section',
  'vision-customer-feeling',
  'vision-customer-action',
  'vision-employee-feeling',
  'journey-section',
  'internal-customer',
  'value-behaviour',
  'employee-section',
  'feedback-loop',
  'follow-through',
  'vision-document',
  'values-document',
  'goals-document',
  'strategy-document',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface BuiltinTemplate {
  description: string;
  body: string;
  /** `{{name}}` variables the template may use besides the common ones. */
  variables?: string[];
}

/** Variables every template may use; `commonTemplateVariables` computes them. */
export const COMMON_TEMPLATE_VARIABLES = ['today', 'year', 'nextYear'] as const;

/** Variables the whole-document templates (and house templates with new ids) may use. */
export const DOCUMENT_TEMPLATE_VARIABLES = ['title'] as const;

/** Values for the common variables: `today` (YYYY-MM-DD), `year`, `nextYear`. */
export function commonTemplateVariables(now: Date): Record<string, string> {
  const y = now.getFullYear();
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return { today: `${y}-${mm}-${dd}`, year: String(y), nextYear: String(y + 1) };
}

const JOURNEY_STAGES = ['Awareness', 'Consideration', 'Selection', 'Purchase', 'Satisfaction', 'Commitment', 'Advocacy'];

function journeyTable(): string {
  const hints: Record<string, [string, string, string]> = {
    Awareness: ['where they first hear of us', 'curious', 'what we promise here'],
    Consideration: ['website, reviews, a friend', 'unsure, comparing', 'clear, honest answers'],
  };
  const rows = JOURNEY_STAGES.map((stage, i) => {
    const [t, f, p] = hints[stage] ?? ['touchpoint', 'feeling', 'promise'];
    const n = i * 3;
    return `| ${stage} | \${${n + 1}:${t}} | \${${n + 2}:${f}} | \${${n + 3}:${p}} |`;
  });
  return [
    '## Customer journey',
    '',
    'What our customers go through, stage by stage, and what we promise at each step.',
    '',
    '| Stage | Touchpoint | What the customer feels | Our promise |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

const FRONT = (kind: string) =>
  ['---', `kind: ${kind}`, 'owner: ${1:name or role}', 'review: ${2:{{nextYear}}-03-31}', '---', '', '# ${3:{{title}}}'].join('\n');

export const BUILTIN_TEMPLATES: Record<TemplateId, BuiltinTemplate> = {
  'smart-goal': {
    description: 'Rewrites a goal as a SMART goal: what changes, measured from a baseline to a target, by when, who owns it, and what customers get.',
    variables: ['goal'],
    body: '${1:{{goal}}}: ${2:raise} ${3:what we measure} from ${4:baseline} to ${5:target} by ${6:30 June {{nextYear}}} (owner: ${7:name or role}), so that ${8:customers} ${9:can ...}$0',
  },
  deadline: {
    description: 'Adds a deadline to a goal.',
    body: ' by ${1:30 June {{nextYear}}}',
  },
  metric: {
    description: 'Adds a measure to a goal: what is measured, where it starts and where it should get to.',
    body: ' measured by ${1:metric}, from ${2:baseline} to ${3:target}',
  },
  owner: {
    description: 'Names who owns a goal.',
    body: ' (owner: ${1:name or role})',
  },
  'customer-outcome': {
    description: 'Says what the goal changes for customers.',
    body: ' so that ${1:customers} ${2:can ...}',
  },
  'customer-section': {
    description: "A section describing customers in their own terms: who they are, what they are trying to do, how they feel, what gets in their way, and what we want them to feel and do next.",
    body: [
      "## Through our customers' eyes",
      '',
      '**Who they are:** ${1:the people we serve, described the way they would describe themselves}',
      '',
      '**What they are trying to do:** ${2:the job they come to us to get done}',
      '',
      '**How they think and feel today:** ${3:what they would tell a friend about us}',
      '',
      '**Their challenges:** ${4:what gets in their way, with us and elsewhere}',
      '',
      '**What we want them to feel:** ${5:confident, looked after, ...}',
      '',
      '**What we want them to do next:** ${6:come back, recommend us, ...}$0',
    ].join('\n'),
  },
  'vision-customer-feeling': {
    description: 'A vision sentence about how customers feel.',
    body: 'Our customers feel ${1:confident and looked after} whenever ${2:they deal with us}.',
  },
  'vision-customer-action': {
    description: 'A vision sentence about what customers do because of it.',
    body: 'Because of this, our customers ${1:come back and recommend us to ${2:friends and colleagues}}.',
  },
  'vision-employee-feeling': {
    description: 'A vision sentence about how our people feel.',
    body: 'Our people feel ${1:proud and trusted} because ${2:they can put things right for customers without asking permission}.',
  },
  'journey-section': {
    description: 'A customer journey table: each stage from awareness to advocacy, its touchpoint, what the customer feels and what we promise.',
    body: journeyTable() + '$0',
  },
  'internal-customer': {
    description: 'Names the internal customers of a team that does not serve external customers directly.',
    body: ' Our internal customers: ${1:the teams we serve}, who rely on us for ${2:what they need from us} so they can ${3:serve our customers}.',
  },
  'value-behaviour': {
    description: 'Adds the behaviour that shows a value is lived, and what it looks like when it is not.',
    body: '\n  - We show this when ${1:observable behaviour}\n  - We are not living it when ${2:observable behaviour}',
  },
  'employee-section': {
    description: 'A section describing our people: who serves customers, what they need, how they feel and how we will know.',
    body: [
      "## Through our people's eyes",
      '',
      '**Who they are:** ${1:the teams and roles that serve customers, directly or behind the scenes}',
      '',
      '**What they need to do great work:** ${2:tools, time, information, authority to decide}',
      '',
      '**How they feel today:** ${3:what they would say in the next pulse survey}',
      '',
      '**What we want them to feel:** ${4:trusted, proud, ...}',
      '',
      '**How we will know:** ${5:engagement score, retention, ideas adopted}$0',
    ].join('\n'),
  },
  'feedback-loop': {
    description: 'A feedback section: how customer and employee feedback is gathered, reviewed, acted on and used to recalibrate.',
    body: [
      '## Feedback',
      '',
      '**How we hear from customers:** ${1:surveys, complaints, reviews, notes from front-line staff}',
      '',
      '**How we hear from our people:** ${2:pulse surveys, team huddles, exit interviews}',
      '',
      '**How often we review it:** ${3|every month,every quarter,every week|}',
      '',
      '**Who reviews it:** ${4:name or role}',
      '',
      '**How we act on it:** ${5:what we change, and how we tell customers and staff what changed}',
      '',
      '**How we recalibrate:** ${6:when we revisit these goals and this vision in the light of what we heard}$0',
    ].join('\n'),
  },
  'follow-through': {
    description: 'Turns a proclamation into a commitment: who owns it, the first actions and when it is reviewed.',
    body: [
      '**Follow-through**',
      '',
      '- Owner: ${1:name or role}',
      '- First actions: ${2:what happens in the next 30 days}',
      '- Next review: ${3:date}$0',
    ].join('\n'),
  },
  'vision-document': {
    description: 'A vision document: the vision, what customers and our people feel and do, customers in their own terms, and how we will know.',
    variables: ['title'],
    body: [
      FRONT('vision'),
      '',
      '## Vision',
      '',
      '${4:In one or two sentences: the difference we make, and for whom.}',
      '',
      'Our customers feel ${5:confident and looked after} whenever ${6:they deal with us}. Because of this, they ${7:come back and recommend us}.',
      '',
      'Our people feel ${8:proud and trusted} because ${9:they can put things right for customers}.',
      '',
      "## Through our customers' eyes",
      '',
      '**Who they are:** ${10:the people we serve}',
      '',
      '**What they are trying to do:** ${11:the job they come to us to get done}',
      '',
      '**Their challenges:** ${12:what gets in their way}',
      '',
      '## Feedback',
      '',
      '**How we will know we are getting there:** ${13:the customer and employee measures we watch, who reviews them and how often}$0',
    ].join('\n'),
  },
  'values-document': {
    description: 'A values document: each value with the behaviour that shows it and the behaviour that does not.',
    variables: ['title'],
    body: [
      FRONT('values'),
      '',
      'Our values describe how we behave with customers and with each other. Each one says what you would see us do.',
      '',
      '## Values',
      '',
      '- **${4:Value}**: ${5:what it means here, in one sentence}',
      '  - We show this when ${6:observable behaviour}',
      '  - We are not living it when ${7:observable behaviour}',
      '- **${8:Value}**: ${9:what it means here, in one sentence}',
      '  - We show this when ${10:observable behaviour}',
      '  - We are not living it when ${11:observable behaviour}',
      '',
      '## Feedback',
      '',
      '**How we hear whether we live them:** ${12:customer and employee feedback, who reviews it and how often}$0',
    ].join('\n'),
  },
  'goals-document': {
    description: 'A goals document: SMART goals with a measure, baseline, target, deadline, owner and customer outcome, and how progress is reviewed.',
    variables: ['title'],
    body: [
      FRONT('goals'),
      '',
      '## Goals',
      '',
      '- ${4:Raise} ${5:what we measure} from ${6:baseline} to ${7:target} by ${8:30 June {{nextYear}}} (owner: ${9:name or role}), so that customers ${10:can ...}',
      '- ${11:Cut} ${12:what we measure} from ${13:baseline} to ${14:target} by ${15:31 December {{nextYear}}} (owner: ${16:name or role}), so that customers ${17:can ...}',
      '',
      '## Feedback',
      '',
      '**How we track progress:** ${18:where the numbers live, who reviews them and how often}$0',
    ].join('\n'),
  },
  'strategy-document': {
    description: 'A customer-experience strategy: vision, customers, journey, values, goals, our people and feedback.',
    variables: ['title'],
    body: [
      FRONT('strategy'),
      '',
      '## Vision',
      '',
      '${4:The difference we make, and for whom.} Our customers feel ${5:confident and looked after}, and because of this they ${6:come back and recommend us}. Our people feel ${7:proud and trusted}.',
      '',
      "## Through our customers' eyes",
      '',
      '**Who they are:** ${8:the people we serve}',
      '',
      '**What they are trying to do:** ${9:the job they come to us to get done}',
      '',
      '**Their challenges:** ${10:what gets in their way}',
      '',
      '## Customer journey',
      '',
      '| Stage | Touchpoint | What the customer feels | Our promise |',
      '| --- | --- | --- | --- |',
      ...JOURNEY_STAGES.map((s, i) => `| ${s} | \${${11 + i}:touchpoint} | | |`),
      '',
      '## Values',
      '',
      '- **${18:Value}**: ${19:what it means here}',
      '  - We show this when ${20:observable behaviour}',
      '',
      '## Goals',
      '',
      '- ${21:Raise} ${22:what we measure} from ${23:baseline} to ${24:target} by ${25:30 June {{nextYear}}} (owner: ${26:name or role}), so that customers ${27:can ...}',
      '',
      "## Through our people's eyes",
      '',
      '**What they need to do great work:** ${28:tools, time, authority to decide}',
      '',
      '## Feedback',
      '',
      '**How we hear from customers and our people, who reviews it, how often, and how we act on it:** ${29:...}$0',
    ].join('\n'),
  },
};

/** The `{{name}}` variables a template with this id may use (common ones included). */
export function allowedTemplateVariables(id: string): string[] {
  const builtin = Object.prototype.hasOwnProperty.call(BUILTIN_TEMPLATES, id) ? BUILTIN_TEMPLATES[id as TemplateId] : undefined;
  const own = builtin ? (builtin.variables ?? []) : [...DOCUMENT_TEMPLATE_VARIABLES];
  return [...COMMON_TEMPLATE_VARIABLES, ...own];
}

export function isBuiltinTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}
