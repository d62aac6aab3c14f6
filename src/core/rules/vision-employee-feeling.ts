import type { Rule } from './rule';
import { EMPLOYEE_MENTIONS, sentences, together, visionRanges } from './support';
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
  check({ model, report, fixes }) {
    const vision = visionRanges(model);
    if (!vision) return;
    const units = vision.ranges.flatMap((range) => sentences(model, range));
    if (together(model, units, EMPLOYEE_MENTIONS, FEELINGS)) return;
    const section = model.sections.find((s) => s.heading?.range.start === vision.anchor.start) ?? null;
    report({
      range: vision.anchor,
      message: 'The vision does not say how employees should feel: their experience is part of the customer\'s.',
      fixes: [fixes.appendSection('Add how employees should feel', section ? section.index : null, 'vision-employee-feeling')],
    });
  },
};
