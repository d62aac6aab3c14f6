import type { SectionRole } from '../types';
import { PhraseMatcher, tokenize } from '../text/words';

/** Heading words that give a section its role; configuration adds synonyms per role. */
export const DEFAULT_HEADING_SYNONYMS: Record<Exclude<SectionRole, 'other'>, string[]> = {
  goals: [
    'goals', 'goal', 'objectives', 'objective', 'okrs', 'okr', 'key results', 'key result', 'targets', 'outcomes',
    'kpis', 'kpi', 'priorities', 'commitments', 'what we will achieve', 'success measures', 'measures of success',
    'aims', 'milestones', 'ambitions',
  ],
  journey: ['journey', 'journeys', 'touchpoints', 'touchpoint', 'experience map', 'customer lifecycle'],
  values: ['values', 'principles', 'behaviours', 'behaviors', 'what we stand for', 'how we work', 'credo', 'culture'],
  vision: ['vision', 'north star', 'aspiration', 'where we are going', 'our future', 'what we want to be'],
  mission: ['mission', 'purpose', 'why we exist'],
  feedback: [
    'feedback', 'voice of the customer', 'voice of customer', 'listening', 'surveys', 'survey', 'continuous improvement',
    'how we will know', "how we'll know", 'review and learn', 'measuring progress', 'tracking progress',
  ],
  customers: ['customers', 'customer', "through our customers' eyes", 'who we serve', 'customer needs', 'customer experience'],
  employees: ['employees', 'employee', 'our people', 'people', 'staff', 'colleagues', 'workforce', 'team members', 'talent'],
};

/** Order decides a heading that names two roles: "Customer goals" is a goals section. */
const ROLE_PRIORITY: Exclude<SectionRole, 'other'>[] = [
  'goals', 'journey', 'values', 'vision', 'mission', 'feedback', 'customers', 'employees',
];

/** Headings that look like a role but say the opposite. */
const NOT_A_ROLE = new PhraseMatcher(['non goals', 'non-goals', 'not goals', 'out of scope', 'anti goals']);

export class RoleClassifier {
  private readonly matchers: [Exclude<SectionRole, 'other'>, PhraseMatcher][];

  constructor(extra: Partial<Record<SectionRole, string[]>> = {}) {
    this.matchers = ROLE_PRIORITY.map((role) => [
      role,
      new PhraseMatcher([...DEFAULT_HEADING_SYNONYMS[role], ...(extra[role] ?? [])]),
    ]);
  }

  classify(headingText: string): SectionRole {
    const tokens = tokenize(headingText);
    if (NOT_A_ROLE.findFirst(tokens)) return 'other';
    for (const [role, matcher] of this.matchers) {
      if (matcher.findFirst(tokens)) return role;
    }
    return 'other';
  }
}
