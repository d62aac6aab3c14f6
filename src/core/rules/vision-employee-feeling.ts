import type { Rule } from './rule';
import { checkVisionSays, EMPLOYEE_MENTIONS } from './support';
import { FEELINGS } from './vision-customer-feeling';

export const visionEmployeeFeeling: Rule = {
  id: 'vision-employee-feeling',
  description: 'The vision says how employees should feel at the end of a customer interaction.',
  defaultSeverity: 'info',
  category: 'culture',
  tags: ['vision', 'employees', 'culture'],
  rationale:
    'Many service visions downplay employees\' needs, yet employees drive the culture customers meet. A CX vision ' +
    'decides how employees should feel at the end of every customer interaction: fulfilled, motivated, appreciated. ' +
    '(DOMAIN.md, Customer perspective: vision; seed 003, "Second, The Employees")',
  advice: 'Add how your people should feel: "Our colleagues go home proud of the difference they made."',
  kinds: ['vision', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '# Vision\n\nCustomers feel heard. Our colleagues feel proud of every conversation.\n' }],
    notOk: [{ markdown: '# Vision\n\nCustomers feel heard and come back.\n' }],
  },
  check(context) {
    checkVisionSays(context, EMPLOYEE_MENTIONS, FEELINGS, {
      message: "The vision does not say how employees should feel: their experience is part of the customer's.",
      fixTitle: 'Add how employees should feel',
      templateId: 'vision-employee-feeling',
    });
  },
};
