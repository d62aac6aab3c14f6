import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { ROI_THROUGH_CX } from './sources';

export const goalMeasurable: Rule = {
  id: 'goal-measurable',
  description: 'A goal names a metric and a target value (ideally a baseline too).',
  defaultSeverity: 'warning',
  category: 'goals',
  tags: ['smart', 'goals'],
  rationale:
    'Measurable is the M of SMART: goals help employees track their performance against the vision only when they ' +
    'say what is measured and what value counts as success. Placeholders such as "X" or "TBD" look like a target ' +
    'but commit to nothing. After ' + ROI_THROUGH_CX + '.',
  advice: 'Add a metric and a target, with the baseline: "raise first-contact resolution from 68% to 80%".',
  kinds: GOAL_KINDS,
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2027\n' },
      { markdown: '## Goals\n\n- Answer 90% of calls within 2 minutes by March 2027\n' },
      { markdown: '## Goals\n\n- Launch the patient booking app by June 2027\n', note: 'A deliverable is done or not done: that is its measure.' },
    ],
    notOk: [
      { markdown: '## Goals\n\n- Make onboarding easier for new members by Q2 2027\n', findings: ['3:3 Goal names no metric or target value: say what is measured and what value counts as success.'] },
      { markdown: '## Goals\n\n- Increase NPS from X to Y by 2027\n', findings: ['3:3 Goal\'s target is a placeholder ("Y", "X"): write the value that counts as success.'] },
      { markdown: '## 2027 goals\n\n- Increase repeat bookings from new patients\n', note: 'A direction with no target: how many more counts as success?', findings: ['3:3 Goal names no metric or target value: say what is measured and what value counts as success.'] },
    ],
  },
  checkGoal(goal, { model, report, fixes }) {
    const { smart, metric, placeholders } = goal.analysis;
    if (smart.measurable) return;
    const message =
      placeholders.length > 0
        ? `Goal's target is a placeholder (${placeholders.map((p) => `"${model.text.slice(p.start, p.end)}"`).join(', ')}): write the value that counts as success.`
        : metric
          ? `Goal names ${metric.text} but no target value: say what number counts as success.`
          : 'Goal names no metric or target value: say what is measured and what value counts as success.';
    const cellFix = fixes.fillEmptyCell('Fill in the target', goal, /target/i, 'metric');
    report({
      range: goal.range,
      message,
      related: placeholders.map((range) => ({ range, message: 'placeholder' })),
      fixes: [cellFix ?? fixes.appendToGoal('Add a metric with baseline and target', goal, 'metric')],
    });
  },
};
