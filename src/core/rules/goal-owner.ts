import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { ROI_THROUGH_CX } from './sources';

export const goalOwner: Rule = {
  id: 'goal-owner',
  description: 'A goal names who is accountable for it.',
  defaultSeverity: 'info',
  category: 'goals',
  tags: ['goals', 'accountability'],
  rationale:
    'Beyond SMART, a goal needs an owner: employees should be accountable for achieving the goals they are set, ' +
    'and a rallying cry with no owners fades. "(owner: ...)", "DRI:", an @handle, an Owner column or an "Owner:" ' +
    'line under the heading all count. After the "DAY ONE" story of a customer-centric culture published on Business 2 Community, and ' + ROI_THROUGH_CX + '.',
  advice: 'Name one accountable person or role: "(owner: Head of Patient Experience)".',
  kinds: GOAL_KINDS,
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2027 (owner: Priya Shah)\n' },
      { markdown: '## Goals\n\nOwner: Customer Care lead\n\n- Raise NPS from 32 to 45 by Q3 2027\n' },
    ],
    notOk: [{ markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2027\n', findings: ['3:3 Goal names no owner: say who is accountable for it.'] }],
  },
  checkGoal(goal, { model, report, fixes }) {
    if (goal.analysis.owner) return;
    const cellFix = fixes.fillEmptyCell('Fill in the owner', goal, /owner|dri|lead|responsible|accountable|who/i, 'owner');
    report({
      range: goal.range,
      message: 'Goal names no owner: say who is accountable for it.',
      fixes: [cellFix ?? fixes.appendToGoal('Add an owner', goal, 'owner')],
    });
  },
};
