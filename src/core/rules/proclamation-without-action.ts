import { BlockAnswers, firstBlockFrom, originOf, type BlockInfo } from '../markdown/blocks';
import type { DocumentModel, Goal } from '../model/types';
import { goalStartsWhere } from '../model/build';
import { PhraseMatcher } from '../text/words';
import type { TextRange } from '../types';
import type { Rule } from './rule';
import { perBlock, type BlockFinding } from './blockCache';
import { mentions, sectionIndexAt } from './support';

const RALLYING = new PhraseMatcher([
  'starting today', 'from today', 'from now on', 'day one', 'as of today', 'this is the year', 'this is our moment',
  'together we will', 'a new era', 'new chapter', 'the time is now', "it's time", 'it is time', 'no more excuses',
  'never again', 'game on', "let's go", 'we are all in', 'rallying cry', 'lift off', 'we have lift off',
]);

/** Structure that turns a rallying cry into change: actions, owners, dates, reviews. */
const FOLLOW_THROUGH = new PhraseMatcher([
  'owner', 'owners', 'dri', 'accountable', 'responsible', 'led by', 'next steps', 'actions', 'action plan',
  'first steps', 'first step', 'review', 'reviewed', 'milestones', 'milestone', 'deadline', 'by when', 'we will start by',
  'this week', 'this month', 'workshop', 'training', 'measure', 'measured', 'track', 'report back', 'check in',
]);

const DATE_LIKE = /\b(19|20)\d\d\b|\bq[1-4]\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

export const proclamationWithoutAction: Rule = {
  id: 'proclamation-without-action',
  description: 'A rallying cry ("Starting today ...", "DAY ONE") comes with actions, owners, goals or a review date.',
  defaultSeverity: 'warning',
  category: 'culture',
  tags: ['culture'],
  rationale:
    'The "DAY ONE" proclamation excites everyone, and a few months later people roll their eyes: a rallying cry ' +
    'with no structure, owners or follow-through fades. Actions speak louder than words, so a proclamation needs ' +
    'the actions, owners, goals and next review beside it. After the "DAY ONE" story of a customer-centric culture published on Business 2 Community.',
  advice: 'Follow the rallying cry with the first actions, who owns them and when progress will be reviewed.',
  kinds: ['vision', 'values', 'goals', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '## A new start\n\nStarting today, every complaint gets a named owner. Next steps: the service team reviews progress in March 2027.\n' }],
    notOk: [{ markdown: '## A new start\n\nStarting today, we put customers first in everything we do!\n', findings: ['3:1 "Starting today" is a rallying cry with no actions, owners, goals or review date nearby: say what happens next and who owns it.'] }],
  },
  check({ model, report, fixes }) {
    // Keyed by the function itself, which reads nothing but this module's word lists. In document
    // order: each block's cries come in order, and so do the blocks.
    const found = perBlock(model, rallyingCries, rallyingCries);
    // Each scope is judged once: a scope with follow-through stays quiet, one without is reported at its first cry.
    const judged = new Set<number>();
    let goalStarts: Float64Array | null = null;
    for (const { range: phrase } of found) {
      const section = sectionIndexAt(model, phrase.start);
      // Follow-through counts anywhere in the enclosing top section, including the goals under it.
      const scope = topSection(model, section);
      if (judged.has(scope)) continue;
      judged.add(scope);
      const range = model.sections[scope].range;
      // Goals are asked about last: the other answers are kept per block, while goals are read anew on every edit.
      if (mentions(FOLLOW_THROUGH, model, range) || datedIn(model, range)) continue;
      goalStarts ??= sortedGoalStarts(model);
      if (startsWithin(goalStarts, range)) continue;
      report({
        range: { start: phrase.start, end: phrase.end },
        message: `"${model.text.slice(phrase.start, phrase.end).trim()}" is a rallying cry with no actions, owners, goals or review date nearby: say what happens next and who owns it.`,
        fixes: [fixes.appendSection('Add owners, first actions and a review date', section, 'follow-through')],
      });
    }
  },
};

/**
 * The rallying phrases of one block; without one, a paragraph or heading with two or more
 * exclamation marks reads as a slogan and counts as a cry itself.
 */
function rallyingCries(block: BlockInfo): BlockFinding[] {
  const found: BlockFinding[] = RALLYING.findAll(block.tokens).map((match) => ({ range: { start: match.start, end: match.end } }));
  if (found.length > 0 || (block.type !== 'paragraph' && block.type !== 'heading')) return found;
  const bangs = block.masked.match(/!/g)?.length ?? 0;
  if (bangs < 2) return found;
  const first = block.masked.search(/\S/);
  return [{ range: { start: block.range.start + first, end: block.range.start + block.masked.trimEnd().length } }];
}

/**
 * Where the goals that follow a cry through start (dated, owned, or specific and measurable; a vague
 * "we will take service to the next level" is more cry), sorted for binary search.
 */
function sortedGoalStarts(model: DocumentModel): Float64Array {
  return Float64Array.from(goalStartsWhere(model, followsThrough)).sort();
}

function followsThrough(goal: Goal): boolean {
  const { smart, owner } = goal.analysis;
  return Boolean(smart.timeBound || owner || (smart.specific && smart.measurable));
}

/** Whether some sorted offset lies in the range. */
function startsWithin(sorted: Float64Array, range: TextRange): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < range.start) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low] < range.end;
}

const datedBlocks = new BlockAnswers<boolean>();

/**
 * Whether the source text of a range (markup and code included) holds something date-like. A date
 * never holds white space and only white space lies between blocks, so it lies inside one block:
 * the answer for a whole block is kept with the block as first extracted, whose text it shares.
 */
function datedIn(model: DocumentModel, range: TextRange): boolean {
  const { blocks, text } = model;
  for (let i = firstBlockFrom(blocks, range.start + 1, 'end'); i < blocks.length && blocks[i].range.start < range.end; i++) {
    const { start, end } = blocks[i].range;
    if (start < range.start || end > range.end) {
      if (DATE_LIKE.test(text.slice(Math.max(start, range.start), Math.min(end, range.end)))) return true;
      continue;
    }
    const origin = originOf(blocks[i]);
    let dated = datedBlocks.get(origin);
    if (dated === undefined) datedBlocks.set(origin, (dated = DATE_LIKE.test(text.slice(start, end))));
    if (dated) return true;
  }
  return false;
}

/** The level-2 (or top) section that holds a section: follow-through often sits in a sibling subsection. */
function topSection(model: DocumentModel, index: number): number {
  let current = model.sections[index];
  while (current.parent !== null && model.sections[current.parent].depth > 1) current = model.sections[current.parent];
  return current.index;
}
