import type { Rule } from './rule';
import { blockSentences, EMPLOYEE_MENTIONS, mentions, namesStaff } from './support';
import { ROI_THROUGH_CX } from './sources';

/** Words in a range, to tell a sentence from a banner ("We're hiring!"). */
function wordsIn(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

export const employeePerspective: Rule = {
  id: 'employee-perspective',
  description: 'A vision or strategy says what it means for employees.',
  defaultSeverity: 'warning',
  category: 'culture',
  tags: ['employees', 'culture'],
  rationale:
    'Employees help drive the culture: there is a direct link between employee satisfaction and customer ' +
    'satisfaction, and visions that leave out employees\' needs leave out the people who deliver the experience. ' +
    'After ' + ROI_THROUGH_CX + '.',
  advice: 'Add what the strategy means for your people: what they need, how they are trained, empowered and recognised.',
  kinds: ['vision', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '# Vision\n\nCustomers feel heard. Our colleagues have the authority to fix problems on the first call.\n' },
      {
        markdown: '# Strategy\n\n## Vision\n\nDevelopers ship safely every day.\n\n## How we work\n\nMaintainers get two days a month for review, so that nobody burns out.\n',
        note: 'In an open-source project the maintainers and contributors are the people who deliver.',
      },
    ],
    notOk: [
      { markdown: '# Vision\n\nCustomers feel heard and recommend us.\n', findings: ['1:1 The document never mentions employees: say what it means for the people who deliver the experience.'] },
      {
        markdown: '# Vision\n\nOur goal is to give engineers the best developer experience in the world, so that engineers can return to building.\n',
        note: 'Here the engineers are the customers of a developer platform, not the people who build it.',
        findings: ['1:1 The document never mentions employees: say what it means for the people who deliver the experience.'],
      },
    ],
  },
  check({ model, report, fixes, customers }) {
    const body = { start: model.bodyStart, end: model.text.length };
    // Any sentence that names the people who do the work will do: not a heading ("Team members"), not a
    // banner ("We're hiring!"), not the customers under another name (the engineers a platform serves).
    if (mentions(EMPLOYEE_MENTIONS, model, body)) {
      for (const block of model.blocks) {
        if (block.heading || block.frontMatter !== undefined || block.range.start < model.bodyStart) continue;
        if (!mentions(EMPLOYEE_MENTIONS, model, block.range)) continue;
        for (const unit of blockSentences(block)) {
          if (wordsIn(model.text.slice(unit.start, unit.end)) >= 5 && namesStaff(customers, model, unit)) return;
        }
      }
    }
    report({
      range: model.titleRange,
      message: 'The document never mentions employees: say what it means for the people who deliver the experience.',
      fixes: [fixes.appendSection('Add an employee section', null, 'employee-section')],
    });
  },
};
