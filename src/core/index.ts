/** The analysis core's public surface: everything the extension, the CLI and the browser build use. */
export * from './types';
export { Linter, extractBlocks, skipReason, BUILTIN_TEMPLATE_SET, type LintResult } from './lint';
export { BUILTIN_RULES, BUILTIN_RULE_IDS, findRule } from './rules';
export { ruleDocsUrl, type Rule, type RuleCategory } from './rules/rule';
export { applyEdits, applyFixes, autoFixes, autoFixEdits, nonOverlapping, type PlainEdit } from './fixes';
export { LineIndex } from './text/lines';
export type { DocumentModel, Goal, Section, Value } from './model/types';
export type { DocumentScore } from './score';
export { explainGoal, goalSummary, type CriterionReport } from './explain';
export { DEFAULT_CONFIG } from './config/defaults';
export { loadConfig, CONFIG_FILE_NAMES } from './config/load';
export { setUpLinter, uniqueProblems, type LinterSetup } from './setup';
export type { ResolvedConfig, ConfigHost, ConfigInput } from './config/types';
export { loadTemplates, type TemplateSet } from './templates/load';
export { BUILTIN_TEMPLATES } from './templates/builtin';
export { STARTER_CONFIG } from './config/starter';
export { kindFrontMatterEdit } from './kindFrontMatter';
