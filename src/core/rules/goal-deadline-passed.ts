import { isoDay } from '../analysis/time';
import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';

let lastToday = { time: NaN, day: '' };

/** 'YYYY-MM-DD' of a lint's day, made once per day: the goal check asks for it for every goal, on every edit. */
function isoToday(today: Date): string {
  const time = today.getTime();
  if (lastToday.time !== time) lastToday = { time, day: isoDay(today) };
  return lastToday.day;
}

export const goalDeadlinePassed: Rule = {
  id: 'goal-deadline-passed',
  description: 'A goal\'s deadline is not already in the past.',
  defaultSeverity: 'warning',
  category: 'goals',
  tags: ['goals', 'time'],
  rationale:
    'A document that still promises what was due last year tells readers nobody is following up: the "DAY ONE" ' +
    'story of goals that fade. Relative deadlines ("next year", "by Q3") are resolved against the document\'s date ' +
    '(front matter `date:` or `review:`), else today. After the "DAY ONE" story of a customer-centric culture published on Business 2 Community.',
  advice: 'Report the result, then set the next deadline or mark the goal as done.',
  kinds: GOAL_KINDS,
  examples: {
    ok: [{ markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2099\n' }],
    notOk: [{ markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2021\n', findings: ['3:3 Goal\'s deadline "Q3 2021" passed on 2021-09-30: report the result and set the next deadline.'] }],
  },
  checkGoal(goal, { model, report }) {
    const today = isoToday(model.today);
    const deadline = goal.analysis.deadline;
    if (!deadline || deadline.due >= today || (deadline.source !== 'goal' && deadline.source !== 'column')) return;
    report({
      range: goal.range,
      message: `Goal's deadline "${deadline.text}" passed on ${deadline.due}: report the result and set the next deadline.`,
      related: [{ range: deadline.range, message: 'deadline' }],
    });
  },
  check({ model, report }) {
    const today = isoToday(model.today);
    // A period inherited from a heading or the document is reported once, where it is written.
    const reported = new Set<string>();
    for (const period of model.periods) {
      if (period.due >= today) continue;
      const range = period.source === 'heading' ? period.range : model.titleRange;
      const key = `${range.start}:${period.due}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report({
        range,
        message: `The period "${period.text}" ended on ${period.due}, yet its ${period.goals === 1 ? 'goal is' : `${period.goals} goals are`} still listed: report the results and set the next period.`,
      });
    }
  },
};

