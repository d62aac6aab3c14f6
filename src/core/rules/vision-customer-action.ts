import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { checkVisionSays } from './support';
import { ROI_THROUGH_CX } from './sources';

/**
 * What customers do: come back, refer, advocate (the end of the journey), and the earlier steps a
 * vision may stop at (choose, adopt, use, rely on, build with). Read with a customer in the same
 * sentence: "developers innovate faster", "everyone can code", "companies rely on the platform".
 */
const NEXT_ACTIONS = new PhraseMatcher(
  [
    'return', 'come back', 'coming back', 'keep coming back', 'repeat', 'recommend', 'refer', 'referral', 'advocate',
    'advocacy', 'renew', 'stay with', 'stay', 'choose', 'choose us', 'pick', 'select', 'prefer', 'switch', 'tell their friends',
    'tell friends', 'tell others', 'spread the word', 'rebook', 'reorder', 'buy', 'buy again', 'purchase', 'subscribe',
    'sign up', 'join', 'loyal', 'loyalty', 'fans', 'champion us', 'promoter', 'word of mouth', 'review us',
    'leave a review', 'share', 'invite', 'adopt', 'adoption', 'use', 'using', 'used', 'rely on', 'relies on',
    'relying on', 'depend on', 'depends on', 'build', 'building', 'built', 'create', 'creating', 'co-create', 'code',
    'coding', 'write', 'writing', 'author', 'contribute', 'contributing', 'participate', 'collaborate', 'innovate',
    'innovating', 'deploy', 'install', 'upgrade', 'migrate', 'try', 'preview', 'experiment', 'explore', 'get started',
    'self-serve', 'self serve', 'apply', 'access', 'find', 'complete', 'ship', 'launch', 'run', 'organise', 'organize',
    'do more', 'do their best work', 'get things done',
    // What a vision says they can do: "everyone can code", "users will be able to preview". "Empower
    // businesses" alone is what we do to them, not what they do.
    'be able to', 'able to', 'can', 'could',
  ],
  { inflect: true },
);

/** Customer actions that say so on their own: "promote the adoption of ...", "word of mouth". */
const ACTIONS_ALONE = new PhraseMatcher(['adoption', 'referrals', 'word of mouth', 'advocacy', 'repeat business', 'repeat customers', 'renewals', 'net promoter']);

export const visionCustomerAction: Rule = {
  id: 'vision-customer-action',
  description: 'The vision says what we want customers to do next: return, refer, advocate.',
  defaultSeverity: 'warning',
  category: 'customer',
  tags: ['vision', 'customer'],
  rationale:
    'The second decision behind a CX vision is what customers should do after the experience: come back, refer ' +
    'friends and family, and become advocates for the brand. Advocacy is where the journey is meant to end. ' +
    'After ' + ROI_THROUGH_CX + '.',
  advice: 'Say what customers will do because of the experience: "... and recommend us to the people they care about."',
  kinds: ['vision', 'strategy', 'values', 'goals'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '# Vision\n\nGuests feel at home and come back year after year, bringing their friends.\n' },
      {
        markdown: '# Platform vision\n\nDevelopers innovate faster, and end users pick and choose the pieces they need.\n',
        note: 'Adopting, choosing and building with the product are next actions too.',
      },
      {
        markdown: '# Q3 OKRs\n\n## Objective: Faster builds\n\n- Cut CI time from 30 to 15 minutes by September 2026.\n',
        note: 'No vision statement: there is nothing to add the sentence to.',
      },
    ],
    notOk: [
      { markdown: '# Vision\n\nGuests feel at home from the moment they arrive.\n', findings: ['1:1 The vision does not say what we want customers to do next (return, recommend, advocate): add it.'] },
      {
        markdown: '# About us\n\n## Mission\n\nOur mission is to make the world safer and more productive by delivering secure software.\n',
        note: 'A mission statement is read as the vision.',
        findings: ['3:1 The vision does not say what we want customers to do next (return, recommend, advocate): add it.'],
      },
    ],
  },
  check(context) {
    checkVisionSays(
      context,
      'customers',
      NEXT_ACTIONS,
      {
        message: 'The vision does not say what we want customers to do next (return, recommend, advocate): add it.',
        fixTitle: 'Add what customers should do next',
        templateId: 'vision-customer-action',
      },
      ACTIONS_ALONE,
    );
  },
};
