import { PhraseMatcher } from '../text/words';
import type { TextRange } from '../types';
import type { Rule } from './rule';
import { blockSentences, EMPLOYEE_MENTIONS, findIn, mentions, namesCustomers, sectionsWithRole } from './support';
import { ROI_THROUGH_CX } from './sources';

/**
 * Ways of hearing customers or employees that say so on their own: a survey, user research, a
 * usability test, NPS, an advisory board, a retrospective, feedback gathered, a "Was this helpful?".
 */
const LISTENING = new PhraseMatcher(
  [
    'feedback', 'survey', 'surveyed', 'surveying', 'questionnaire', 'user research', 'customer research', 'design research',
    'usability research', 'discovery research', 'research and discovery', 'research with users', 'user interview',
    'customer interview', 'usability test', 'usability testing', 'user test', 'user testing', 'comprehension test',
    'system usability', 'nps', 'net promoter', 'csat', 'customer satisfaction score', 'focus group', 'listening tour',
    'listening session', 'voice of the customer', 'voice of customer', 'advisory board', 'advisory council', 'customer panel',
    'user panel', 'patient panel', 'citizen panel', 'office hours', 'retrospective', 'retro', 'post-mortem', 'postmortem',
    'post-incident review', 'pulse check', 'was this helpful', 'feature request', 'complaints data', 'complaint data',
    'complaints and compliments', 'learn from complaints', 'suggestion box',
    'email us', 'contact us', 'get in touch', 'reach out to us', 'let us know', 'open an issue', 'file an issue',
    'you said we did',
  ],
  { inflect: true },
);

/**
 * Ways of hearing that count when they name whom they hear: "consult people", "understand what our
 * contributors think", "a regular call for developers". Consulting agency leaders is governance.
 */
const HEARING = new PhraseMatcher(
  [
    'consult', 'consults', 'consulted', 'consulting', 'consultation', 'interview', 'interviews', 'interviewed', 'listen to',
    'listens to', 'listening to', 'listened to', 'hear from', 'hearing from', 'heard from', 'ask', 'asked', 'asking',
    'learn what', 'understand what', 'find out what', 'communication channel', 'mailing list', 'email list', 'regular call',
  ],
);

/** Feedback that is not a way of hearing people: a compiler's, a device's, or a wish with no channel. */
const NOT_LISTENING = new PhraseMatcher(
  [
    'immediate feedback', 'instant feedback', 'quick feedback', 'fast feedback', 'visual feedback', 'haptic feedback',
    'compiler feedback', 'love your feedback', 'love feedback', 'welcome your feedback', 'welcome feedback',
    'appreciate your feedback', 'feedback welcome', 'feedback is welcome', 'tight feedback', 'short feedback',
  ],
  { inflect: true },
);

/** Whether some part of a sentence's matches is not inside an excluded phrase. */
function outside(found: { start: number; end: number }[], excluded: { start: number; end: number }[]): boolean {
  return found.some((m) => !excluded.some((n) => n.start <= m.start && m.end <= n.end));
}

export const feedbackLoop: Rule = {
  id: 'feedback-loop',
  description: 'A vision, values, goals or strategy document says how customer and employee feedback is gathered and acted on.',
  defaultSeverity: 'warning',
  category: 'culture',
  tags: ['feedback', 'culture'],
  rationale:
    'Customer experience feedback and employee feedback are how an organisation checks it is aligned with its ' +
    'vision, then analyses, recalibrates and refines the strategy. Building a customer-centric culture never ends, ' +
    'so the document needs the loop that keeps it honest. After ' + ROI_THROUGH_CX + '.',
  advice: 'Add how feedback is gathered, how often and by whom it is reviewed, and how you act on it.',
  kinds: ['vision', 'strategy', 'values', 'goals'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '# Vision\n\nCustomers feel heard.\n\n## Feedback\n\nWe survey customers and colleagues every quarter and review the results with the leadership team.\n' },
      { markdown: '# 2027 goals\n\n- Run 5 user tests of the new onboarding flow by Q2 2027 and fix the top three issues they find.\n' },
      { markdown: '# Values\n\n## Learn together\n\nWe hold a retrospective after every release and change one thing in how we work.\n' },
    ],
    notOk: [
      { markdown: '# Vision\n\nCustomers feel heard and recommend us.\n', findings: ['1:1 The document has no feedback loop: say how customer and employee feedback is gathered, reviewed and acted on.'] },
      {
        markdown: '# Strategy\n\n## Vision\n\nEvery member feels at home.\n\n## Goals\n\n- Open two new branches by Q3 2027.\n\nWe would love your feedback on this strategy.\n',
        note: 'A wish for feedback names no way to give it or to act on it.',
        findings: ['1:1 The document has no feedback loop: say how customer and employee feedback is gathered, reviewed and acted on.'],
      },
    ],
  },
  check({ model, report, fixes, customers }) {
    if (sectionsWithRole(model, 'feedback').length > 0) return;
    const hears = (unit: TextRange): boolean => {
      if (mentions(LISTENING, model, unit)) {
        const not = mentions(NOT_LISTENING, model, unit) ? findIn(NOT_LISTENING, model, unit) : [];
        if (not.length === 0 || outside(findIn(LISTENING, model, unit), not)) return true;
      }
      return mentions(HEARING, model, unit) && (namesCustomers(customers, model, unit) || mentions(EMPLOYEE_MENTIONS, model, unit));
    };
    // Blocks are asked first (their answers are kept), sentences only inside the few that mention a way of hearing.
    for (const block of model.blocks) {
      if (block.frontMatter !== undefined || block.range.end <= model.bodyStart) continue;
      if (!mentions(LISTENING, model, block.range) && !mentions(HEARING, model, block.range)) continue;
      if (blockSentences(block).some(hears)) return;
    }
    report({
      range: model.titleRange,
      message: 'The document has no feedback loop: say how customer and employee feedback is gathered, reviewed and acted on.',
      fixes: [fixes.appendSection('Add a feedback loop section', null, 'feedback-loop')],
    });
  },
};
