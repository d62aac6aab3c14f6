import type { Rule } from './rule';
import { checkVisionSays } from './support';
import { FEELINGS } from './vision-customer-feeling';
import { ROI_THROUGH_CX } from './sources';

export const visionEmployeeFeeling: Rule = {
  id: 'vision-employee-feeling',
  description: 'The vision says how employees should feel at the end of a customer interaction.',
  defaultSeverity: 'info',
  category: 'culture',
  tags: ['vision', 'employees', 'culture'],
  rationale:
    'Many service visions downplay employees\' needs, yet employees drive the culture customers meet. A CX vision ' +
    'decides how employees should feel at the end of every customer interaction: fulfilled, motivated, appreciated. ' +
    'After ' + ROI_THROUGH_CX + '.',
  advice: 'Add how your people should feel: "Our colleagues go home proud of the difference they made."',
  kinds: ['vision', 'strategy', 'values', 'goals'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '# Vision\n\nCustomers feel heard. Our colleagues feel proud of every conversation.\n' },
      {
        markdown: '# Strategy\n\n**Vision:** Trusted government services for all.\n\n## What success looks like\n\nThe public and public servants enjoy working with government technology.\n',
        note: 'A "What success looks like" section is read with the vision it follows.',
      },
    ],
    notOk: [
      { markdown: '# Vision\n\nCustomers feel heard and come back.\n', findings: ['1:1 The vision does not say how employees should feel: their experience is part of the customer\'s.'] },
      {
        markdown: '# Vision\n\nA great developer experience leads to happy, creative and productive engineers.\n',
        note: 'The engineers a developer platform serves are its customers, not its staff.',
        findings: ['1:1 The vision does not say how employees should feel: their experience is part of the customer\'s.'],
      },
    ],
  },
  check(context) {
    checkVisionSays(context, 'employees', FEELINGS, {
      message: "The vision does not say how employees should feel: their experience is part of the customer's.",
      fixTitle: 'Add how employees should feel',
      templateId: 'vision-employee-feeling',
    });
  },
};
