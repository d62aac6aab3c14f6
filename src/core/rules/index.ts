import type { Rule } from './rule';
import { goalSpecific } from './goal-specific';
import { goalMeasurable } from './goal-measurable';
import { goalAchievable } from './goal-achievable';
import { goalRelevant } from './goal-relevant';
import { goalTimeBound } from './goal-time-bound';
import { goalOwner } from './goal-owner';
import { goalDeadlinePassed } from './goal-deadline-passed';
import { insideOutGoal } from './inside-out-goal';
import { customerPerspective } from './customer-perspective';
import { customerFocusedLanguage } from './customer-focused-language';
import { visionCustomerFeeling } from './vision-customer-feeling';
import { visionCustomerAction } from './vision-customer-action';
import { visionEmployeeFeeling } from './vision-employee-feeling';
import { journeyCoverage } from './journey-coverage';
import { internalCustomer } from './internal-customer';
import { proclamationWithoutAction } from './proclamation-without-action';
import { valueBehaviour } from './value-behaviour';
import { employeePerspective } from './employee-perspective';
import { feedbackLoop } from './feedback-loop';
import { jargon } from './jargon';

/** Every built-in rule, in the order they are documented. */
export const BUILTIN_RULES: readonly Rule[] = [
  goalSpecific,
  goalMeasurable,
  goalAchievable,
  goalRelevant,
  goalTimeBound,
  goalOwner,
  goalDeadlinePassed,
  insideOutGoal,
  customerPerspective,
  customerFocusedLanguage,
  visionCustomerFeeling,
  visionCustomerAction,
  visionEmployeeFeeling,
  journeyCoverage,
  internalCustomer,
  proclamationWithoutAction,
  valueBehaviour,
  employeePerspective,
  feedbackLoop,
  jargon,
];

/** Rules the engine itself reports (not from a rule file), listed so configuration knows their ids. */
export const ENGINE_RULE_IDS = ['disable-reason', 'front-matter'] as const;

export const BUILTIN_RULE_IDS: ReadonlySet<string> = new Set([...BUILTIN_RULES.map((r) => r.id), ...ENGINE_RULE_IDS]);

export function findRule(id: string): Rule | undefined {
  return BUILTIN_RULES.find((rule) => rule.id === id);
}
