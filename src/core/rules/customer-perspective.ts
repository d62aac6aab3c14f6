import type { Rule } from './rule';
import { headingRange, mentions, sectionsWithRole, wordCount } from './support';

export const customerPerspective: Rule = {
  id: 'customer-perspective',
  description: 'Every vision, values and goals section names the customer (or your persona: patient, guest, member ...).',
  defaultSeverity: 'warning',
  category: 'customer',
  tags: ['customer'],
  rationale:
    'In a customer-centric organisation the customer drives every conversation, and culture shows in how people ' +
    'talk about customers in strategy meetings. A vision, a set of values or a goal list that never names the people ' +
    'it serves is a conversation without them. Persona nouns are configurable. (DOMAIN.md, Customer perspective; seeds 000/001)',
  advice: 'Name who the section serves and what changes for them, or add a "through our customers\' eyes" section.',
  kinds: ['vision', 'values', 'goals', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '## Goals\n\n- Cut patient waiting times from 6 to 3 weeks by 2027\n' }],
    notOk: [
      {
        markdown:
          '# Strategy\n\n## Vision\n\nTo be the most efficient and best-run operator in the sector, with the lowest unit costs of any provider in the region.\n\n## Goals\n\n- Reduce cost per transaction by 12% by FY27\n- Automate 40% of back-office processing by FY27\n',
      },
    ],
  },
  check({ model, report, customers, fixes }) {
    const candidates = [...sectionsWithRole(model, 'vision'), ...sectionsWithRole(model, 'values'), ...sectionsWithRole(model, 'goals')];
    // A section inside another checked one is judged with it.
    const candidateIndexes = new Set(candidates.map((section) => section.index));
    const checked = candidates.filter((section) => section.parent === null || !candidateIndexes.has(section.parent));
    if (checked.length === 0) {
      if (!mentions(customers, model, { start: model.bodyStart, end: model.text.length })) {
        report({
          range: model.titleRange,
          message: 'The document never names its customers: say whom it serves and what changes for them.',
          fixes: [fixes.appendSection('Add a "through our customers\' eyes" section', null, 'customer-section')],
        });
      }
      return;
    }
    for (const section of checked) {
      // Customers named settle it before the words are counted: most sections name them.
      if (mentions(customers, model, section.range) || wordCount(model, section) < 12) continue;
      // A subsection inherits the customers its parent section already names ("Our values" under "Serving members").
      const parent = section.parent === null ? null : model.sections[section.parent];
      if (parent?.heading && parent.depth > 1 && mentions(customers, model, parent.range)) continue;
      report({
        range: headingRange(model, section),
        message: `The ${section.role} section never names the customer: say whom it serves and what changes for them.`,
        fixes: [fixes.appendSection('Add a "through our customers\' eyes" section', section.index, 'customer-section')],
      });
    }
  },
};
