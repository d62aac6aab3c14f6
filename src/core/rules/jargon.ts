import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { findMeasure } from '../analysis/measure';
import type { BlockInfo } from '../markdown/blocks';
import { perBlock, type BlockFinding } from './blockCache';
import { blockSentences, findInBlock, sectionIndexAt } from './support';

export const BUILTIN_JARGON = [
  'synergy', 'synergies', 'synergistic', 'best in class', 'world class', 'paradigm shift', 'customer obsessed',
  'customer obsession', 'move the needle', 'game changer', 'game changing', 'cutting edge', 'next level',
  'thought leadership', 'low hanging fruit', 'value add', 'leverage our', 'holistic', 'disruptive', 'best of breed',
  'boil the ocean', 'blue sky thinking', 'north star metric', 'world leading', 'industry leading', 'market leading',
  'seamless omnichannel', 'delight our customers', 'wow factor', 'wow our customers', 'double down', 'win win',
  'mission critical', 'robust and scalable', 'empower',
];

export const jargon: Rule = {
  id: 'jargon',
  description: 'Empty jargon ("synergy", "world-class", "paradigm shift") comes with something concrete, or goes.',
  defaultSeverity: 'info',
  category: 'culture',
  tags: ['culture', 'language'],
  rationale:
    'Words matter, yet actions speak louder than words: jargon such as "world-class" or "customer-obsessed" sounds ' +
    'like commitment and says nothing anyone can do or check. A sentence that uses it with a number or an example ' +
    'behind it is left alone. The list is configurable. After the "DAY ONE" story of a customer-centric culture published on Business 2 Community.',
  advice: 'Replace the phrase with what it would look like: "answer in one call" instead of "world-class service".',
  kinds: ['vision', 'values', 'goals', 'strategy'],
  examples: {
    ok: [{ markdown: '# Vision\n\nWorld-class means we answer 9 in 10 calls within a minute.\n' }],
    notOk: [{ markdown: '# Vision\n\nWe will deliver world-class synergies across the customer ecosystem.\n', findings: ['3:17 "world-class" is jargon with nothing concrete behind it: say what it looks like in practice.', '3:29 "synergies" is jargon with nothing concrete behind it: say what it looks like in practice.'] }],
  },
  check({ model, report, config }) {
    const matcher = jargonMatcher(config.jargon);
    // Once per phrase per section: the fifth "empower" in a paragraph tells the writer nothing new.
    const seen = new Set<string>();
    for (const found of perBlock(model, matcher, (block) => unmeasuredJargon(block, matcher))) {
      const key = `${sectionIndexAt(model, found.range.start)}:${found.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        range: found.range,
        message: `"${model.text.slice(found.range.start, found.range.end)}" is jargon with nothing concrete behind it: say what it looks like in practice.`,
      });
    }
  },
};

/** Jargon in the sentences of a block that have no target or service level, the concrete thing behind the phrase. */
function unmeasuredJargon(block: BlockInfo, matcher: PhraseMatcher): BlockFinding[] {
  const found: BlockFinding[] = [];
  for (const unit of blockSentences(block)) {
    const matches = findInBlock(matcher, block, unit);
    if (matches.length === 0) continue;
    const measure = findMeasure(block.masked.slice(unit.start - block.range.start, unit.end - block.range.start));
    if (measure.target !== null || measure.durationTargets.length > 0) continue;
    for (const match of matches) found.push({ range: { start: match.start, end: match.end }, phrase: match.phrase });
  }
  return found;
}

const matchers = new WeakMap<readonly string[], PhraseMatcher>();

function jargonMatcher(extra: readonly string[]): PhraseMatcher {
  let matcher = matchers.get(extra);
  if (!matcher) {
    matcher = new PhraseMatcher([...BUILTIN_JARGON, ...extra]);
    matchers.set(extra, matcher);
  }
  return matcher;
}
