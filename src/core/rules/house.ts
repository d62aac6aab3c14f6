import type { GoalColumnsRule, HouseRules, RequiredSectionsRule, WordRule } from '../config/types';
import { collapse } from '../markdown/blocks';
import { PhraseMatcher } from '../text/words';
import type { Rule } from './rule';
import { ALL_KINDS } from './rule';
import { findIn } from './support';

/**
 * House rules are data, never code: a consultant's config can add word, required-section and
 * goal-column checks, and each becomes a rule with its own id, message, severity and link.
 */
export function houseRulesFrom(house: HouseRules): Rule[] {
  return [...house.words.map(wordRule), ...house.requiredSections.map(requiredSectionsRule), ...house.goalColumns.map(goalColumnsRule)];
}

function houseRule(id: string, description: string, link: string | undefined, severity: Rule['defaultSeverity'] | undefined): Omit<Rule, 'check' | 'fixable'> {
  return {
    id,
    description,
    defaultSeverity: severity ?? 'warning',
    category: 'house',
    tags: ['house'],
    rationale: `A house rule from your configuration.${link ? ` See ${link}.` : ''}`,
    advice: description,
    kinds: ALL_KINDS,
    examples: { ok: [], notOk: [] },
  };
}

function wordRule(rule: WordRule): Rule {
  const matcher = new PhraseMatcher(rule.words);
  const description = rule.message ?? (rule.replaceWith !== undefined ? `Write "${rule.replaceWith}" instead of ${rule.words.map((w) => `"${w}"`).join(', ')}.` : `Avoid ${rule.words.map((w) => `"${w}"`).join(', ')}.`);
  return {
    ...houseRule(rule.id, description, rule.link, rule.severity),
    fixable: rule.replaceWith !== undefined ? 'auto' : undefined,
    check({ model, report, fixes }) {
      for (const match of findIn(matcher, model, { start: model.bodyStart, end: model.text.length })) {
        const found = model.text.slice(match.start, match.end);
        report({
          range: { start: match.start, end: match.end },
          message: rule.message ?? (rule.replaceWith !== undefined ? `Write "${rule.replaceWith}" instead of "${found}".` : `Avoid "${found}".`),
          fixes: rule.replaceWith !== undefined ? [fixes.replace(`Replace with "${rule.replaceWith}"`, { start: match.start, end: match.end }, matchCase(found, rule.replaceWith))] : [],
        });
      }
    },
  };
}

/** Keeps a capital at the start of a sentence when replacing a word. */
function matchCase(found: string, replacement: string): string {
  return /^[A-Z]/.test(found) && replacement.length > 0 ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

function requiredSectionsRule(rule: RequiredSectionsRule): Rule {
  return {
    ...houseRule(rule.id, rule.message ?? `The document has the sections ${rule.headings.map((h) => `"${h}"`).join(', ')}, in that order.`, rule.link, rule.severity),
    kinds: rule.kinds ?? ALL_KINDS,
    fixable: 'template',
    check({ model, report, fixes }) {
      const headings = model.sections.filter((s) => s.heading).map((s) => ({ text: collapse(s.heading!.text).toLowerCase(), section: s }));
      let cursor = 0;
      let previous: (typeof headings)[number] | null = null;
      for (const wanted of rule.headings) {
        const key = wanted.toLowerCase();
        const at = headings.findIndex((h, i) => i >= cursor && h.text.includes(key));
        if (at >= 0) {
          cursor = at + 1;
          previous = headings[at];
          continue;
        }
        const elsewhere = headings.find((h) => h.text.includes(key));
        const level = '#'.repeat(Math.max(2, previous?.section.depth ?? 2));
        const heading = `${level} ${wanted}`.replace(/[$}\\]/g, '\\$&');
        const insert = fixes.appendBlock(`Add the "${wanted}" section`, previous ? previous.section.index : null, `${heading}\n\n\${1:…}`);
        report({
          range: elsewhere ? elsewhere.section.heading!.range : model.titleRange,
          message: rule.message ?? (elsewhere ? `The "${wanted}" section is out of order: the house template puts it after "${previous?.section.heading?.text ?? 'the start'}".` : `The house template requires a "${wanted}" section.`),
          fixes: elsewhere ? [] : [insert],
        });
      }
    },
  };
}

function goalColumnsRule(rule: GoalColumnsRule): Rule {
  const wanted = rule.columns.map((c) => c.toLowerCase());
  return {
    ...houseRule(rule.id, rule.message ?? `Goal tables fill in ${rule.columns.map((c) => `"${c}"`).join(', ')} on every row.`, rule.link, rule.severity),
    checkGoal(goal, { model, report }) {
      if (!goal.row) return;
      for (const column of wanted) {
        const cell = goal.row.cells.find((c) => c.header.toLowerCase().includes(column));
        if (cell && cell.text.trim() !== '' && !/^(-+|tbd|tbc|\?+|n\/?a)$/i.test(cell.text.trim())) continue;
        report({
          range: cell && cell.text.trim() !== '' ? cell.range : goal.range,
          message: rule.message ?? (cell ? `The "${cell.header}" column is empty for this goal.` : `The goal table has no "${column}" column.`),
        });
      }
    },
  };
}
