import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { checkVisionSays } from './support';
import { ROI_THROUGH_CX } from './sources';

/** How a person can feel; shared by the customer and employee feeling rules. */
export const FEELINGS = new PhraseMatcher([
  'feel', 'feels', 'feeling', 'felt', 'confident', 'delighted', 'valued', 'respected', 'trusted', 'cared for',
  'understood', 'at ease', 'welcomed', 'heard', 'reassured', 'proud', 'happy', 'happier', 'comfortable', 'in control',
  'empowered', 'listened to', 'calm', 'excited', 'satisfied', 'relieved', 'belong', 'belonging',
  'recognised', 'recognized', 'appreciated', 'fulfilled', 'motivated', 'energised',
  'energized', 'engaged', 'inspired', 'confidence', 'trust', 'joy', 'delight', 'peace of mind', 'dignity',
  'stress free', 'effortless', 'looked after', 'treated fairly', 'treated with respect', 'at home', 'like family',
  'enjoy', 'enjoys', 'enjoying', 'enjoyment', 'enjoyable', 'love', 'loves', 'loved',
  'fun', 'pleased', 'grateful', 'joyful', 'psychologically safe', 'psychological safety', 'wellbeing', 'well-being',
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
    'After ' + ROI_THROUGH_CX + '.',
  advice: 'Add a sentence in the customer\'s words: "Every guest leaves feeling looked after and in control of their stay."',
  kinds: ['vision', 'strategy', 'values', 'goals'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '# Vision\n\nEvery patient feels safe, heard and in control of their care.\n' },
      {
        markdown: '# Q3 OKRs\n\n## Objective: Shorter waits\n\n- Cut the median wait from 6 to 3 weeks by September 2027.\n',
        note: 'No vision statement: there is nothing to add the sentence to.',
      },
    ],
    notOk: [
      { markdown: '# Vision\n\nTo be the leading provider of care services in the region.\n', findings: ['1:1 The vision does not say how the ideal customer should feel: decide it, in their words.'] },
      {
        markdown: "# Vision\n\nWe're confident that developers will need fewer concepts, and we add none they do not need.\n",
        note: "The writers' confidence is not how the customer should feel.",
        findings: ['1:1 The vision does not say how the ideal customer should feel: decide it, in their words.'],
      },
    ],
  },
  check(context) {
    checkVisionSays(context, 'customers', FEELINGS, {
      message: 'The vision does not say how the ideal customer should feel: decide it, in their words.',
      fixTitle: 'Add how customers should feel',
      templateId: 'vision-customer-feeling',
    });
  },
};
