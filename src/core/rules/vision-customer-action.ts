import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { checkVisionSays } from './support';

const NEXT_ACTIONS = new PhraseMatcher([
  'return', 'returns', 'come back', 'comes back', 'repeat', 'recommend', 'recommends', 'refer', 'refers', 'referral',
  'referrals', 'advocate', 'advocates', 'advocacy', 'renew', 'renews', 'stay with', 'choose us', 'choose us again',
  'tell their friends', 'tell friends', 'tell others', 'spread the word', 'rebook', 'reorder', 'buy again', 'loyal',
  'loyalty', 'fans', 'champion us', 'champions', 'promoters', 'word of mouth', 'review us', 'leave a review', 'share',
  'invite', 'coming back', 'keep coming back', 'stay', 'stays',
]);

export const visionCustomerAction: Rule = {
  id: 'vision-customer-action',
  description: 'The vision says what we want customers to do next: return, refer, advocate.',
  defaultSeverity: 'warning',
  category: 'customer',
  tags: ['vision', 'customer'],
  rationale:
    'The second decision behind a CX vision is what customers should do after the experience: come back, refer ' +
    'friends and family, and become advocates for the brand. Advocacy is where the journey is meant to end. ' +
    '(DOMAIN.md, Customer perspective: vision; seed 003)',
  advice: 'Say what customers will do because of the experience: "... and recommend us to the people they care about."',
  kinds: ['vision', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '# Vision\n\nGuests feel at home and come back year after year, bringing their friends.\n' }],
    notOk: [{ markdown: '# Vision\n\nGuests feel at home from the moment they arrive.\n' }],
  },
  check(context) {
    checkVisionSays(context, context.customers, NEXT_ACTIONS, {
      message: 'The vision does not say what we want customers to do next (return, recommend, advocate): add it.',
      fixTitle: 'Add what customers should do next',
      templateId: 'vision-customer-action',
    });
  },
};
