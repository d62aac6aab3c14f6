import { BlockAnswers, originOf, type BlockInfo } from '../markdown/blocks';
import { PhraseMatcher, tokenize } from '../text/words';
import type { Rule } from './rule';
import { EMPLOYEE_MENTIONS, headingRange, mentions, wordCount } from './support';

const SUPPORT_FUNCTIONS = new PhraseMatcher([
  'human resources', 'people team', 'people and culture', 'people & culture', 'information technology',
  'digital and technology', 'finance', 'marketing', 'legal', 'operations', 'procurement', 'facilities',
  'estates', 'payroll', 'compliance', 'internal communications', 'communications', 'learning and development',
  'shared services', 'data and analytics', 'analytics', 'business intelligence',
]);

/** Acronyms are matched by case, so "Why it matters" is not the IT department. */
const SUPPORT_ACRONYMS = /(^|[^A-Za-z])(IT|HR|L&D|ICT)([^A-Za-z]|$)/;

/** Words that name whom a support function serves inside the organisation. */
const INTERNAL_CUSTOMERS = new PhraseMatcher([
  'internal customer', 'internal customers', 'teams we support', 'teams we serve', 'the teams', 'frontline', 'front line',
  'front-line', 'colleagues', 'the business', 'service teams', 'sales', 'salespeople', 'clinicians', 'managers',
  'departments', 'our teams', 'other teams', 'users', 'team leaders', 'service desk users', 'teams we work for',
]);

const supportHeadings = new BlockAnswers<boolean>();

/**
 * Whether a heading names a support function. Its text comes from the text of its block alone, so
 * the answer is kept with the block as first extracted: a heading an edit only moved is not read again.
 */
function namesSupportFunction(headingBlock: BlockInfo, heading: string): boolean {
  const origin = originOf(headingBlock);
  let names = supportHeadings.get(origin);
  if (names === undefined) {
    names = SUPPORT_ACRONYMS.test(heading) || SUPPORT_FUNCTIONS.findFirst(tokenize(heading)) !== null;
    supportHeadings.set(origin, names);
  }
  return names;
}

export const internalCustomer: Rule = {
  id: 'internal-customer',
  description: 'A support function (HR, IT, finance, marketing ...) names the internal customer it serves.',
  defaultSeverity: 'info',
  category: 'customer',
  tags: ['customer', 'culture'],
  rationale:
    'Every employee has a customer: you either serve the customer or serve someone who does. Support areas such as ' +
    'marketing, HR, IT and finance often feel the call for customer-centricity is not about them; naming their ' +
    'internal customer makes it concrete. After "A Customer-Centric Culture Starts By Embracing This One Truth" by Jon Picoult.',
  advice: 'Say whom the function serves and how: "IT serves the contact-centre advisers who serve our customers."',
  kinds: ['vision', 'strategy', 'goals', 'values'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '# Plan\n\n## Goals\n\n### IT\n\n- Cut laptop replacement time for frontline advisers from 5 days to 1 by Q2 2027\n' }],
    notOk: [{ markdown: '# Plan\n\n## Goals\n\n### Finance\n\n- Close the books in 4 days by Q2 2027\n- Move the ledger and the payroll systems to the new platform by the end of 2027\n', findings: ['5:1 "Finance" never names the internal customer it serves: say whose work it makes possible.'] }],
  },
  check({ model, report, fixes }) {
    const { blocks } = model;
    // Sections and blocks are both in document order: the block each heading starts is found walking both.
    let headingBlock = 0;
    for (const section of model.sections) {
      if (!section.heading) continue;
      while (blocks[headingBlock].range.start < section.heading.range.start) headingBlock++;
      if (!namesSupportFunction(blocks[headingBlock], section.heading.text)) continue;
      if (wordCount(model, section) < 12) continue;
      if (mentions(INTERNAL_CUSTOMERS, model, section.range) || mentions(EMPLOYEE_MENTIONS, model, section.range)) continue;
      report({
        range: headingRange(model, section),
        message: `"${section.heading.text}" never names the internal customer it serves: say whose work it makes possible.`,
        fixes: [fixes.appendSection('Name the internal customer', section.index, 'internal-customer')],
      });
    }
  },
};
