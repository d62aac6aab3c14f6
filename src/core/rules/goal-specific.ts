import type { Fix, TextRange } from '../types';
import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { charAt, type SourceText } from '../text/source';
import { ROI_THROUGH_CX } from './sources';

export const goalSpecific: Rule = {
  id: 'goal-specific',
  description: 'A goal names a concrete change, not only "improve", "enhance" or "be the best".',
  defaultSeverity: 'warning',
  category: 'goals',
  tags: ['smart', 'goals'],
  rationale:
    'SMART goals start with Specific: goals are signals to employees about where to focus, and "improve service" ' +
    'or "be world-class" signals nothing anyone can act on. A hedge ("try to", "where possible") turns a commitment ' +
    'into a wish. After ' + ROI_THROUGH_CX + '.',
  advice: 'Say what will change for whom: an action and its object ("Cut the time to answer a patient call"), without hedges.',
  kinds: GOAL_KINDS,
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Goals\n\n- Cut the average wait for a call-back from 2 days to 4 hours by June 2027\n' },
      { markdown: '## Goals\n\n- We will answer every complaint letter within 5 working days by Q2 2027\n', note: '"We will" is a commitment, not a hedge.' },
    ],
    notOk: [
      { markdown: '## Goals\n\n- Improve customer service\n', findings: ['3:3 Goal names no concrete change ("Improve"): say what will change, for whom.'] },
      { markdown: '## Goals\n\n- Try to reduce complaints where possible\n', findings: ['3:3 Goal hedges with "try to": a commitment says what will happen, not what we will try.'] },
      { markdown: '## Goals\n\n- Be the best service team in the region\n', note: 'An aspiration, with no change anyone can make.', findings: ['3:3 Goal names no concrete change ("Be the"): say what will change, for whom.'] },
      { markdown: '## Goals\n\n- Grow the community\n', note: 'A direction at a group, with no action or metric.', findings: ['3:3 Goal names no concrete change ("Grow"): say what will change, for whom.'] },
    ],
  },
  checkGoal(goal, { model, report, fixes }) {
    const { smart, vague, tooShort } = goal.analysis;
    if (smart.specific) return;
    const hedges = vague.filter((v) => v.hedge);
    const hedge = hedges[0];
    const words = vague.filter((v) => !v.hedge).map((v) => `"${v.text}"`);
    const message = hedge
      ? `Goal hedges with "${hedge.text}": a commitment says what will happen, not what we will try.`
      : tooShort
        ? `Goal "${goal.text}" is a label, not a goal: say what will change, for whom.`
        : words.length > 0
          ? `Goal names no concrete change (${words.join(', ')}): say what will change, for whom.`
          : 'Goal names no concrete change: say what will change, for whom.';
    report({
      range: goal.range,
      message,
      related: vague.map((v) => ({ range: v.range, message: v.hedge ? 'hedge' : 'vague word' })),
      fixes: [
        ...(hedges.length > 0 ? [removeHedges(model.text, hedges.map((h) => h.range))] : []),
        fixes.rewriteGoal('Rewrite as a SMART goal', goal, 'smart-goal', { goal: goal.text }),
      ],
    });
  },
};

/** Deletes hedges with the space that joins them, so "We will try to cut" reads "We will cut". */
function removeHedges(text: SourceText, ranges: readonly TextRange[]): Fix {
  const edits = ranges.map(({ start, end }) => {
    let from = start;
    let to = end;
    let replacement = '';
    if (/[ \t]/.test(charAt(text, to)) && !/[.,;:!?)\r\n]/.test(charAt(text, to + 1) || '.')) {
      while (/[ \t]/.test(charAt(text, to))) to++;
      // A capitalised hedge began the sentence: "Try to reduce ..." reads "Reduce ...".
      if (/[A-Z]/.test(charAt(text, start)) && /^[a-z]$/.test(charAt(text, to))) {
        replacement = charAt(text, to).toUpperCase();
        to++;
      }
    } else {
      while (from > 0 && /[ \t]/.test(charAt(text, from - 1))) from--;
    }
    return { range: { start: from, end: to }, snippet: replacement, text: replacement };
  });
  return { title: `Remove ${ranges.map((r) => `"${text.slice(r.start, r.end)}"`).join(', ')}`, edits, needsInput: false };
}
