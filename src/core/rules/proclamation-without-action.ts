import { PhraseMatcher } from '../text/words';
import type { DocumentModel } from '../model/types';
import type { Rule } from './rule';
import { findIn, mentions, sectionIndexAt } from './support';

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
    'the actions, owners, goals and next review beside it. (DOMAIN.md, Culture: proclamation without follow-through; seed 002)',
  advice: 'Follow the rallying cry with the first actions, who owns them and when progress will be reviewed.',
  kinds: ['vision', 'values', 'goals', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '## A new start\n\nStarting today, every complaint gets a named owner. Next steps: the service team reviews progress in March 2027.\n' }],
    notOk: [{ markdown: '## A new start\n\nStarting today, we put customers first in everything we do!\n' }],
  },
  check({ model, report, fixes }) {
    const body = { start: model.bodyStart, end: model.text.length };
    const found = findIn(RALLYING, model, body);
    // Two or more exclamation marks in one paragraph read as a slogan, even without a rallying phrase.
    for (const block of model.blocks) {
      if (block.type !== 'paragraph' && block.type !== 'heading') continue;
      const bangs = block.masked.match(/!/g)?.length ?? 0;
      if (bangs >= 2 && !found.some((f) => f.start >= block.range.start && f.start < block.range.end)) {
        const first = block.masked.search(/\S/);
        found.push({ start: block.range.start + first, end: block.range.start + block.masked.trimEnd().length, phrase: 'exclamations' });
      }
    }
    const reportedSections = new Set<number>();
    for (const phrase of found.sort((a, b) => a.start - b.start)) {
      const section = sectionIndexAt(model, phrase.start);
      // Follow-through counts anywhere in the enclosing top section, including the goals under it.
      const scope = topSection(model, section);
      if (reportedSections.has(scope)) continue;
      const range = model.sections[scope].range;
      const scopeText = model.text.slice(range.start, range.end);
      const hasGoals = model.goals.some((g) => g.range.start >= range.start && g.range.start < range.end);
      if (hasGoals || mentions(FOLLOW_THROUGH, model, range) || DATE_LIKE.test(scopeText)) continue;
      reportedSections.add(scope);
      report({
        range: { start: phrase.start, end: phrase.end },
        message: `"${model.text.slice(phrase.start, phrase.end).trim()}" is a rallying cry with no actions, owners, goals or review date nearby: say what happens next and who owns it.`,
        fixes: [fixes.appendSection('Add owners, first actions and a review date', section, 'follow-through')],
      });
    }
  },
};

/** The level-2 (or top) section that holds a section: follow-through often sits in a sibling subsection. */
function topSection(model: DocumentModel, index: number): number {
  let current = model.sections[index];
  while (current.parent !== null && model.sections[current.parent].depth > 1) current = model.sections[current.parent];
  return current.index;
}
