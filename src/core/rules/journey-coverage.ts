import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { headingRange, mentions, sectionsWithRole, wordCount } from './support';
import { ROI_THROUGH_CX } from './sources';

/** The seven stages of the customer journey, each with the words documents use for it. */
export const JOURNEY_STAGES: { stage: string; words: PhraseMatcher }[] = [
  ['awareness', ['aware', 'awareness', 'discover', 'discovery', 'hear about', 'hears about', 'find us', 'finds us', 'first hear', 'notice', 'attract', 'reach']],
  ['consideration', ['consider', 'considers', 'consideration', 'research', 'researches', 'compare', 'compares', 'evaluate', 'evaluates', 'evaluation', 'explore', 'explores', 'browse', 'enquiry', 'inquiry']],
  ['selection', ['select', 'selects', 'selection', 'choose', 'chooses', 'choice', 'decide', 'decides', 'decision', 'shortlist', 'referral', 'assessment']],
  ['purchase', ['purchase', 'purchases', 'buy', 'buys', 'buying', 'sign up', 'signs up', 'book', 'books', 'booking', 'order', 'orders', 'checkout', 'check out', 'enrol', 'enroll', 'enrolment', 'enrollment', 'subscribe', 'join', 'joins', 'register', 'registration', 'admission', 'onboarding', 'onboard', 'contract', 'pay', 'payment', 'apply', 'application']],
  ['satisfaction', ['satisfaction', 'satisfied', 'use', 'uses', 'using', 'usage', 'service', 'support', 'delivery', 'care', 'treatment', 'stay', 'experience', 'help', 'aftercare', 'resolution']],
  ['commitment', ['commitment', 'loyalty', 'loyal', 'retention', 'retain', 'renew', 'renews', 'renewal', 'repeat', 'return', 'returns', 'come back', 'comes back', 'stay with', 'stays with', 'relationship', 'ongoing']],
  ['advocacy', ['advocacy', 'advocate', 'advocates', 'recommend', 'recommends', 'recommendation', 'refer', 'refers', 'referrals', 'review', 'reviews', 'tell others', 'tell friends', 'word of mouth', 'promoter', 'promoters', 'champion', 'champions', 'share their']],
].map(([stage, words]) => ({ stage: stage as string, words: new PhraseMatcher(words as string[]) }));

export const journeyCoverage: Rule = {
  id: 'journey-coverage',
  description: 'A customer-journey section covers every stage, from awareness to advocacy.',
  defaultSeverity: 'info',
  category: 'customer',
  tags: ['customer', 'journey'],
  rationale:
    'The customer journey runs through awareness, consideration, selection, purchase, satisfaction, commitment and ' +
    'advocacy, and every touchpoint on it shapes loyalty. A journey that stops at the sale leaves out the stages ' +
    'where loyalty and advocacy are won. After ' + ROI_THROUGH_CX + '.',
  advice: 'Add the missing stages, each with its touchpoints and what the customer should feel there.',
  kinds: ['vision', 'strategy', 'goals', 'values'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '## Customer journey\n\nCustomers become aware of us, consider and compare options, choose us, buy, use the service, renew and recommend us.\n' }],
    notOk: [{ markdown: '## Customer journey\n\nCustomers discover us, compare plans, choose one and buy it online.\n', findings: ['1:1 The journey skips stages satisfaction, commitment, advocacy: every stage shapes whether customers stay and advocate.'] }],
  },
  check({ model, report, fixes }) {
    for (const section of sectionsWithRole(model, 'journey')) {
      if (wordCount(model, section) < 12) continue;
      const missing = JOURNEY_STAGES.filter(({ words }) => !mentions(words, model, section.range)).map((s) => s.stage);
      if (missing.length === 0) continue;
      report({
        range: headingRange(model, section),
        message: `The journey skips ${missing.length === 1 ? 'the stage' : 'stages'} ${missing.join(', ')}: every stage shapes whether customers stay and advocate.`,
        fixes: [fixes.appendSection('Add a journey table with every stage', section.index, 'journey-section')],
      });
    }
  },
};
