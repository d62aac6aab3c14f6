import type { Goal } from './model/types';

export interface CriterionReport {
  key: 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound' | 'owner';
  label: string;
  met: boolean;
  /** What was found, or what is missing, in a few words. */
  detail: string;
  /** The short name used in "missing: deadline, owner". */
  missing: string;
}

const SOURCE_WORDS: Record<string, string> = {
  goal: ' (in the goal)',
  sentence: ' (from the sentence beside it)',
  column: ' (from the table or the goal\'s fields)',
  parent: ' (from its objective)',
  'key-results': ' (from its key results)',
  heading: ' (from the heading)',
  deliverable: ' (when the document dates what it names)',
  document: ' (the period of the whole document)',
  section: ' (from the section)',
};

/** A goal's SMART breakdown and owner in words: hovers, CodeLens, the CLI and the scorecard all show this. */
export function explainGoal(goal: Goal): CriterionReport[] {
  const a = goal.analysis;
  // Built without arrays: the CLI explains every goal of every file.
  let measure = a.metric?.text ?? '';
  if (a.baseline) measure += `${measure && ' '}from ${a.baseline.text}`;
  if (a.target) measure += `${measure && ' '}${a.baseline ? 'to' : 'target'} ${a.target.text}`;
  return [
    { key: 'specific', label: 'Specific', met: a.smart.specific, missing: 'specific action', detail: a.smart.specific ? 'names a concrete change' : a.tooShort ? 'a label, not a goal' : `vague: ${a.vague.map((v) => `"${v.text}"`).join(', ')}` },
    {
      key: 'measurable',
      label: 'Measurable',
      met: a.smart.measurable,
      missing: 'metric and target',
      detail: a.smart.measurable
        ? measure || (a.deliverable ? `a deliverable, done or not done ("${a.deliverable}")` : 'measured through its key results')
        : a.placeholders.length > 0
          ? 'target is a placeholder'
          : measure
            ? `${measure}, no target`
            : a.openEnded
              ? `"${a.openEnded}" names a direction with no target or end`
              : 'no metric or target',
    },
    { key: 'achievable', label: 'Achievable', met: a.smart.achievable, missing: 'achievable target', detail: a.absolutes.length > 0 ? `absolute: ${a.absolutes.map((x) => `"${x.text}"`).join(', ')}` : a.implausibleJump ? 'implausible jump from baseline to target' : a.baseline ? 'baseline given' : a.target ? 'no baseline given' : 'nothing unreachable stated' },
    { key: 'relevant', label: 'Relevant', met: a.smart.relevant, missing: 'customer outcome', detail: a.smart.relevant ? `linked to ${firstDistinct(a.relevance, 3)}` : 'no customer, employee, value or vision outcome' },
    { key: 'timeBound', label: 'Time-bound', met: a.smart.timeBound, missing: 'deadline', detail: a.deadline ? `${a.deadline.text} → ${a.deadline.due}${SOURCE_WORDS[a.deadline.source] ?? ''}` : 'no deadline' },
    { key: 'owner', label: 'Owner', met: a.owner !== null, missing: 'owner', detail: a.owner ? `${a.owner.text}${a.owner.source === 'document' ? ' (named for the whole document)' : (SOURCE_WORDS[a.owner.source] ?? '')}` : 'nobody named' },
  ];
}

/** The first `count` distinct items of a short list, joined. */
function firstDistinct(items: readonly string[], count: number): string {
  const picked: string[] = [];
  for (const item of items) if (!picked.includes(item) && picked.push(item) === count) break;
  return picked.join(', ');
}

/** "SMART 3/5 · missing: deadline, owner" */
export function goalSummary(goal: Goal): string {
  const missing = explainGoal(goal).filter((c) => !c.met).map((c) => c.missing);
  return `SMART ${goal.analysis.score}/5${missing.length > 0 ? ` · missing: ${missing.join(', ')}` : ' · complete'}`;
}
