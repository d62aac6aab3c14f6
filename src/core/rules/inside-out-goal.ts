import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { CULTURE_DECIDES_CX, ROI_THROUGH_CX } from './sources';

export const insideOutGoal: Rule = {
  id: 'inside-out-goal',
  description: 'A goal whose only outcome is revenue, profit, ROI or market share also names the customer outcome behind it.',
  defaultSeverity: 'warning',
  category: 'customer',
  tags: ['customer', 'goals'],
  rationale:
    'Customer-focused organisations care most about the sale or the maximised return; customer-centric ones about ' +
    'fulfilling a need and delivering value, which is what makes relationships last and, in the end, pays. Revenue, ' +
    'ROI and share are worthy end goals, reached through customers: a goal that names only them is written from ' +
    'the inside out. After ' + CULTURE_DECIDES_CX + ', and ' + ROI_THROUGH_CX + '.',
  advice: 'Name the customer outcome that will earn the number: "... by making renewals take one click".',
  kinds: GOAL_KINDS,
  fixable: 'template',
  examples: {
    ok: [{ markdown: '## Goals\n\n- Grow repeat bookings revenue by 10% by FY27 by cutting the steps guests need to rebook\n' }],
    notOk: [{ markdown: '## Goals\n\n- Grow revenue by 15% by FY27\n', findings: ['3:3 Goal\'s only outcome is revenue: name the customer outcome that will earn it.'] }, { markdown: '## Goals\n\n- Increase market share to 22% by 2027\n', findings: ['3:3 Goal\'s only outcome is market share: name the customer outcome that will earn it.'] }],
  },
  checkGoal(goal, { model, report, fixes }) {
    const { financial, peopleOutcomes } = goal.analysis;
    if (financial.length === 0 || peopleOutcomes.length > 0) return;
    report({
      range: goal.range,
      message: `Goal's only outcome is ${[...new Set(financial.map((f) => f.text))].join(', ')}: name the customer outcome that will earn it.`,
      related: financial.map((f) => ({ range: f.range, message: 'financial outcome' })),
      fixes: [fixes.appendToGoal('Add the customer outcome behind it', goal, 'customer-outcome')],
    });
  },
};
