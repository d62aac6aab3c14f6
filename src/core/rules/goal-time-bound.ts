import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { ROI_THROUGH_CX } from './sources';

export const goalTimeBound: Rule = {
  id: 'goal-time-bound',
  description: 'A goal has a deadline: in the goal, its objective, a Deadline column or the heading above it.',
  defaultSeverity: 'warning',
  category: 'goals',
  tags: ['smart', 'goals'],
  rationale:
    'Time-bound is the T of SMART. Without a date a goal competes with daily tasks and loses: the "DAY ONE" story ' +
    'shows how intentions without structure fade within months. A deadline in the goal, its objective, a Deadline ' +
    'column or a heading such as "2027 goals" all count. After the "DAY ONE" story of a customer-centric culture published on Business 2 Community, and ' + ROI_THROUGH_CX + '.',
  advice: 'Add when it will be true: "by 30 June 2027", "in Q3 2027", "within 6 months", or date the heading ("2027 goals").',
  kinds: GOAL_KINDS,
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2027\n' },
      { markdown: '## Goals for FY27\n\n- Raise NPS from 32 to 45\n', note: 'The heading dates the goals under it.' },
      { markdown: '| Goal | Due |\n|---|---|\n| Raise NPS from 32 to 45 | June 2027 |\n' + '\n## Vision\n\nCustomers feel known.\n' },
    ],
    notOk: [
      { markdown: '## Goals\n\n- Raise NPS from 32 to 45\n', findings: ['3:3 Goal has no deadline: say when it will be true ("by 30 June 2027", "Q3 2027").'] },
      { markdown: '| Goal | Due |\n|---|---|\n| Raise NPS from 32 to 45 | Ongoing |\n\n## Vision\n\nCustomers feel known.\n', findings: ['3:1 Goal\'s Due says "Ongoing", which is not a date: say when it will be true.'] },
    ],
  },
  checkGoal(goal, { model, report, fixes }) {
    if (goal.analysis.smart.timeBound) return;
    const due = goal.attributes.deadline;
    const message = due
      ? `Goal's ${due.header} says "${due.text}", which is not a date: say when it will be true.`
      : 'Goal has no deadline: say when it will be true ("by 30 June 2027", "Q3 2027").';
    const cellFix = fixes.fillEmptyCell('Fill in the deadline', goal, /deadline|due|when|date|by|time/i, 'deadline');
    report({
      range: goal.range,
      message,
      related: due ? [{ range: due.range, message: due.header }] : undefined,
      fixes: [cellFix ?? fixes.appendToGoal('Add a deadline', goal, 'deadline')],
    });
  },
};
