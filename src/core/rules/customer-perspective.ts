import type { Rule } from './rule';
import { customerFacingSections, headingRange, namesCustomers, wordCount } from './support';
import { CULTURE_DECIDES_CX } from './sources';

export const customerPerspective: Rule = {
  id: 'customer-perspective',
  description: 'Every vision, values and goals section names the customer (or your persona: patient, guest, member ...).',
  defaultSeverity: 'warning',
  category: 'customer',
  tags: ['customer'],
  rationale:
    'In a customer-centric organisation the customer drives every conversation, and culture shows in how people ' +
    'talk about customers in strategy meetings. A vision, a set of values or a goal list that never names the people ' +
    'it serves is a conversation without them. Persona nouns are configurable. After ' + CULTURE_DECIDES_CX + '.',
  advice: 'Name who the section serves and what changes for them, or add a "through our customers\' eyes" section.',
  kinds: ['vision', 'values', 'goals', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Goals\n\n- Cut patient waiting times from 6 to 3 weeks by 2027\n' },
      {
        markdown: '## Mission\n\nDesign and deliver a digital government with and for the public, so that Veterans get the benefits they earned.\n',
        note: 'The public and Veterans are the people served.',
      },
      {
        markdown:
          '# Goals\n\n## Platform\n\n- Engineers can create a new service in under 10 minutes by Q3 2027, without filing a ticket.\n\n## FAQ\n\n### How are goals chosen?\n\nThe leadership team reviews the proposals each quarter and picks five of them.\n',
        note: 'Developers and engineers are the users of an internal platform; an FAQ is not a goals section.',
      },
    ],
    notOk: [
      {
        markdown:
          '# Strategy\n\n## Vision\n\nTo be the most efficient and best-run operator in the sector, with the lowest unit costs of any provider in the region.\n\n## Goals\n\n- Reduce cost per transaction by 12% by FY27\n- Automate 40% of back-office processing by FY27\n',
          findings: ['3:1 The vision section never names the customer: say whom it serves and what changes for them.', '7:1 The goals section never names the customer: say whom it serves and what changes for them.'],
      },
      {
        markdown:
          '# 2027 OKRs\n\n## Sales\n\n- Customers renew at 95% by Q4 2027, because onboarding gets them live in a week.\n\n## People Ops\n\n- Hire 12 team members by Q2 2027\n- Run the engagement survey twice and publish the results to every team member.\n',
        note: 'Each team section is judged on its own: "team members" are the people who do the work.',
        findings: ['7:1 The goals section never names the customer: say whom it serves and what changes for them.'],
      },
    ],
  },
  check({ model, report, customers, fixes }) {
    const checked = customerFacingSections(model);
    if (checked.length === 0) {
      // Nothing to judge section by section: the document as a whole should name whom it serves.
      if (!namesCustomers(customers, model, { start: model.bodyStart, end: model.text.length })) {
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
      if (namesCustomers(customers, model, section.range) || wordCount(model, section) < 12) continue;
      // A subsection inherits the customers its parent section already names ("Our values" under "Serving members").
      const parent = section.parent === null ? null : model.sections[section.parent];
      if (parent?.heading && parent.depth > 1 && namesCustomers(customers, model, parent.range)) continue;
      const role = section.effectiveRole === 'mission' ? 'mission' : section.effectiveRole;
      report({
        range: headingRange(model, section),
        message: `The ${role} section never names the customer: say whom it serves and what changes for them.`,
        fixes: [fixes.appendSection('Add a "through our customers\' eyes" section', section.index, 'customer-section')],
      });
    }
  },
};
