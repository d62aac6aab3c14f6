import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import type { BlockInfo } from '../markdown/blocks';
import { perBlock, type BlockFinding } from './blockCache';
import { blockSentences, findInBlock, mentionedInBlock } from './support';
import { CULTURE_DECIDES_CX } from './sources';

/** Customers as statistics or revenue sources. */
export const CUSTOMER_FOCUSED_TERMS = [
  'loyalty program', 'loyalty programme', 'loyalty scheme', 'loyalty sign ups', 'sign ups', 'signups', 'footfall',
  'online traffic', 'web traffic', 'website traffic', 'site traffic', 'site visits', 'page views', 'pageviews',
  'market share', 'upsell', 'upselling', 'up sell', 'cross sell', 'cross selling', 'share of wallet', 'wallet share',
  'number of implementations', 'implementations', 'customer acquisition', 'acquire customers', 'acquire new customers',
  'acquisition targets', 'monetise', 'monetize', 'monetisation', 'monetization', 'demographics', 'target demographic',
  'eyeballs', 'lifetime value', 'customer lifetime value', 'average order value', 'basket size', 'penetration',
  'capture customers', 'captive customers', 'headcount of customers', 'customer count', 'number of customers',
];

/** Words that show the customer's own outcome beside a number. */
const CUSTOMER_OUTCOMES = new PhraseMatcher([
  'so that', 'so', 'because', 'feel', 'feels', 'need', 'needs', 'easier', 'easy', 'faster', 'help', 'helps', 'value',
  'benefit', 'benefits', 'experience', 'satisfaction', 'trust', 'problem', 'problems', 'challenge', 'challenges',
  'want', 'wants', 'goals', 'save', 'saves', 'find', 'understand', 'outcome', 'outcomes', 'for them', 'their',
]);

const matchers = new WeakMap<readonly string[], PhraseMatcher>();

/** The built-in terms plus head counts of each persona: "student numbers", "number of members". */
function focusedMatcher(personas: readonly string[]): PhraseMatcher {
  let matcher = matchers.get(personas);
  if (!matcher) {
    const counts = personas.flatMap((p) => [`${p} numbers`, `number of ${p}s`, `${p} count`, `${p} acquisition`, `new ${p} numbers`]);
    matcher = new PhraseMatcher([...CUSTOMER_FOCUSED_TERMS, ...counts]);
    matchers.set(personas, matcher);
  }
  return matcher;
}

export const customerFocusedLanguage: Rule = {
  id: 'customer-focused-language',
  description: 'Customers appear as people with needs, not only as statistics or revenue sources.',
  defaultSeverity: 'info',
  category: 'customer',
  tags: ['customer'],
  rationale:
    'Customer-focused is not customer-centric. Customer-focused organisations talk about customers through ' +
    'demographics and statistics: loyalty programmes, footfall, online traffic, the number of implementations. ' +
    'Customer-centric ones understand the world through the customer\'s eyes: how they think, what they do, their ' +
    'wants and challenges. A number about customers needs the customer outcome beside it. After ' +
    CULTURE_DECIDES_CX + '.',
  advice: 'Keep the number, and say what it means for the customer: "footfall, because guests find the new layout easier".',
  kinds: ['vision', 'values', 'goals', 'strategy'],
  examples: {
    ok: [{ markdown: '## Goals\n\n- Grow footfall by 8% by 2027 because families find the new layout easier to shop\n' }],
    notOk: [{ markdown: '## Goals\n\n- Grow footfall by 8% and loyalty programme sign-ups by 20% by 2027\n', findings: ['3:8 "footfall" counts customers without saying what changes for them: add the customer outcome behind it.', '3:27 "loyalty programme" counts customers without saying what changes for them: add the customer outcome behind it.', '3:45 "sign-ups" counts customers without saying what changes for them: add the customer outcome behind it.'] }],
  },
  check({ model, report, config }) {
    const focused = focusedMatcher(config.personas);
    for (const found of perBlock(model, focused, (block) => countsWithoutOutcome(block, focused))) {
      report({
        range: found.range,
        message: `"${model.text.slice(found.range.start, found.range.end)}" counts customers without saying what changes for them: add the customer outcome behind it.`,
      });
    }
  },
};

/** Customer counts in the sentences of a block that say nothing of the customer's outcome. */
function countsWithoutOutcome(block: BlockInfo, focused: PhraseMatcher): BlockFinding[] {
  return blockSentences(block)
    .filter((unit) => mentionedInBlock(focused, block, unit) && !mentionedInBlock(CUSTOMER_OUTCOMES, block, unit))
    .flatMap((unit) => findInBlock(focused, block, unit).map((match) => ({ range: { start: match.start, end: match.end } })));
}
