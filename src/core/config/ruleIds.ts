/**
 * The ids of visionlint's built-in rules, for tests and the JSON schema. The engine keeps
 * its own registry and passes its ids to `parseConfigText`/`loadConfig` as `knownRuleIds`.
 */
export const BUILTIN_RULE_IDS = [
  'goal-specific',
  'goal-measurable',
  'goal-achievable',
  'goal-relevant',
  'goal-time-bound',
  'goal-owner',
  'goal-deadline-passed',
  'customer-perspective',
  'customer-focused-language',
  'inside-out-goal',
  'vision-customer-feeling',
  'vision-customer-action',
  'vision-employee-feeling',
  'journey-coverage',
  'internal-customer',
  'proclamation-without-action',
  'value-behaviour',
  'employee-perspective',
  'feedback-loop',
  'jargon',
  'required-sections',
  'goal-table-columns',
  'disable-reason',
] as const;

export type BuiltinRuleId = (typeof BUILTIN_RULE_IDS)[number];
