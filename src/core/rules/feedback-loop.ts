import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { mentions, sectionsWithRole } from './support';

const GATHERING = new PhraseMatcher([
  'feedback', 'survey', 'surveys', 'voice of the customer', 'voice of customer', 'listen', 'listening', 'focus group',
  'focus groups', 'interviews', 'pulse survey', 'user research', 'customer research', 'complaints data', 'tell us',
  'nps survey', 'reviews', 'panel', 'patient panel', 'customer panel', 'advisory board',
  'comments', 'suggestions',
]);

const ACTING = new PhraseMatcher([
  'review', 'reviews', 'reviewed', 'act on', 'acted on', 'act upon', 'recalibrate', 'refine', 'adjust', 'improve',
  'improvements', 'report', 'reported', 'share back', 'you said we did', 'quarterly', 'monthly', 'every month',
  'every quarter', 'annually', 'each year', 'retrospective', 'learn', 'learning', 'change', 'changes',
]);

export const feedbackLoop: Rule = {
  id: 'feedback-loop',
  description: 'A vision or strategy says how customer and employee feedback is gathered, reviewed and acted on.',
  defaultSeverity: 'warning',
  category: 'culture',
  tags: ['feedback', 'culture'],
  rationale:
    'Customer experience feedback and employee feedback are how an organisation checks it is aligned with its ' +
    'vision, then analyses, recalibrates and refines the strategy. Building a customer-centric culture never ends, ' +
    'so the document needs the loop that keeps it honest. (DOMAIN.md, Culture: feedback loop; seed 003, "Lastly, Organizational Alignment")',
  advice: 'Add how feedback is gathered, how often and by whom it is reviewed, and how you act on it.',
  kinds: ['vision', 'strategy'],
  fixable: 'template',
  examples: {
    ok: [{ markdown: '# Vision\n\nCustomers feel heard.\n\n## Feedback\n\nWe survey customers and colleagues every quarter and review the results with the leadership team.\n' }],
    notOk: [{ markdown: '# Vision\n\nCustomers feel heard and recommend us.\n' }],
  },
  check({ model, report, fixes }) {
    const body = { start: model.bodyStart, end: model.text.length };
    const hasSection = sectionsWithRole(model, 'feedback').length > 0;
    if (hasSection || (mentions(GATHERING, model, body) && mentions(ACTING, model, body))) return;
    report({
      range: model.titleRange,
      message: 'The document has no feedback loop: say how customer and employee feedback is gathered, reviewed and acted on.',
      fixes: [fixes.appendSection('Add a feedback loop section', null, 'feedback-loop')],
    });
  },
};
