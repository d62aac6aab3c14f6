import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { ROI_THROUGH_CX } from './sources';

export const goalRelevant: Rule = {
  id: 'goal-relevant',
  description: 'A goal says why it matters: the customer, employee, value or vision outcome it serves.',
  defaultSeverity: 'warning',
  optIn: true,
  category: 'goals',
  tags: ['smart', 'goals', 'customer'],
  rationale:
    'Relevant is the R of SMART: end goals must be thought through and aligned with the vision, or teams optimise ' +
    'numbers that do not move the customer experience. A goal that names the customer or employee outcome it ' +
    'serves ("so that patients ...") keeps the link visible. It is off by default: in a plan, goals usually serve the vision above them without saying so, and a reviewer judges that link better than a word list. After ' + ROI_THROUGH_CX + '.',
  advice: 'Add the outcome it serves: "... so that customers get an answer the first time they call".',
  kinds: GOAL_KINDS,
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Goals\n\n- Publish the repair tracker by May 2027 so that tenants know when help is coming\n' },
      { markdown: '## Goals\n\n- Raise NPS from 32 to 45 by Q3 2027\n', note: 'NPS is itself a customer outcome.' },
    ],
    notOk: [{ markdown: '## Goals\n\n- Migrate the billing platform to the new vendor by June 2027\n', findings: ['3:3 Goal does not say whom it serves or why it matters: link it to a customer or employee outcome, a value or the vision.'] }],
  },
  checkGoal(goal, { model, report, fixes }) {
    if (goal.analysis.smart.relevant) return;
    const fix = fixes.fillEmptyCell('Fill in why it matters', goal, /why|outcome|impact|rationale/i, 'customer-outcome');
    report({
      range: goal.range,
      message: 'Goal does not say whom it serves or why it matters: link it to a customer or employee outcome, a value or the vision.',
      fixes: [fix ?? fixes.appendToGoal('Add the customer outcome it serves', goal, 'customer-outcome')],
    });
  },
};
