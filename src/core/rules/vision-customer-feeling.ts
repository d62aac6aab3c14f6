import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { checkVisionSays } from './support';

/** How a person can feel; shared by the customer and employee feeling rules. */
export const FEELINGS = new PhraseMatcher([
  'feel', 'feels', 'feeling', 'felt', 'confident', 'delighted', 'valued', 'respected', 'trusted', 'safe', 'cared for',
  'understood', 'at ease', 'welcome', 'welcomed', 'heard', 'reassured', 'proud', 'happy', 'comfortable', 'in control',
  'empowered', 'supported', 'listened to', 'informed', 'calm', 'excited', 'satisfied', 'relieved', 'seen', 'belong',
  'known', 'recognised', 'recognized', 'appreciated', 'acknowledged', 'fulfilled', 'motivated', 'energised',
  'energized', 'engaged', 'inspired', 'secure', 'confidence', 'trust', 'joy', 'delight', 'peace of mind', 'dignity',
  'stress free', 'effortless', 'looked after', 'treated fairly', 'treated with respect', 'at home', 'like family',
]);

export const visionCustomerFeeling: Rule = {
  id: 'vision-customer-feeling',
  description: 'The vision says how the ideal customer should feel.',
  defaultSeverity: 'warning',
  category: 'customer',
  tags: ['vision', 'customer'],
  rationale:
    'A CX vision starts by deciding how the ideal customer should feel at the end of each interaction; most ' +
    'businesses miss this step, and the experience is then designed for transactions, not people. ' +
    '(DOMAIN.md, Customer perspective: vision; seed 003, "Set SMART Goals")',
  advice: 'Add a sentence in the customer\'s words: "Every guest leaves feeling looked after and in control of their stay."',
  kinds: ['vision', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '# Vision\n\nEvery patient feels safe, heard and in control of their care.\n' }],
    notOk: [{ markdown: '# Vision\n\nTo be the leading provider of care services in the region.\n' }],
  },
  check(context) {
    checkVisionSays(context, context.customers, FEELINGS, {
      message: 'The vision does not say how the ideal customer should feel: decide it, in their words.',
      fixTitle: 'Add how customers should feel',
      templateId: 'vision-customer-feeling',
    });
  },
};
