import type { Rule } from './rule';
import { EMPLOYEE_MENTIONS, mentions } from './support';

export const employeePerspective: Rule = {
  id: 'employee-perspective',
  description: 'A vision or strategy says what it means for employees.',
  defaultSeverity: 'warning',
  category: 'culture',
  tags: ['employees', 'culture'],
  rationale:
    'Employees help drive the culture: there is a direct link between employee satisfaction and customer ' +
    'satisfaction, and visions that leave out employees\' needs leave out the people who deliver the experience. ' +
    '(DOMAIN.md, Culture: employee perspective; seed 003, "Second, The Employees")',
  advice: 'Add what the strategy means for your people: what they need, how they are trained, empowered and recognised.',
  kinds: ['vision', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '# Vision\n\nCustomers feel heard. Our colleagues have the authority to fix problems on the first call.\n' }],
    notOk: [{ markdown: '# Vision\n\nCustomers feel heard and recommend us.\n' }],
  },
  check({ model, report, fixes }) {
    if (mentions(EMPLOYEE_MENTIONS, model, { start: model.bodyStart, end: model.text.length })) return;
    report({
      range: model.titleRange,
      message: 'The document never mentions employees: say what it means for the people who deliver the experience.',
      fixes: [fixes.appendSection('Add an employee section', null, 'employee-section')],
    });
  },
};
