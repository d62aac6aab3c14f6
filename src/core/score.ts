import type { Finding } from './types';
import type { RuleCategory } from './rules/rule';

export interface ScorePart {
  name: 'goals' | 'customer' | 'culture';
  /** Points earned out of `max`. */
  points: number;
  max: number;
  explanation: string;
}

export interface DocumentScore {
  /** 0 to 100. */
  score: number;
  parts: ScorePart[];
}

const PENALTY_PER_RULE = 6;

/** The document's goals for its score: how many, and their SMART scores (0 to 5 each) added up. */
export interface GoalScores {
  count: number;
  smartTotal: number;
}

/**
 * Goals earn 40 points by their mean SMART score; customer perspective and culture 30 each, less
 * 6 for every distinct rule with findings. Parts that do not apply (no goals) are left out and
 * the rest scaled, so a values page is not punished for having no goals.
 */
export function scoreDocument(goals: GoalScores, findings: readonly Finding[], categoryOf: (ruleId: string) => RuleCategory | undefined): DocumentScore {
  const parts: ScorePart[] = [];
  if (goals.count > 0) {
    const mean = goals.smartTotal / goals.count;
    parts.push({
      name: 'goals',
      points: round((mean / 5) * 40),
      max: 40,
      explanation: `${goals.count} goal${goals.count === 1 ? '' : 's'}, SMART ${mean.toFixed(1)}/5 on average`,
    });
  }
  for (const name of ['customer', 'culture'] as const) {
    const rules = new Set(findings.filter((f) => categoryOf(f.ruleId) === name && f.severity !== 'hint').map((f) => f.ruleId));
    parts.push({
      name,
      points: Math.max(0, 30 - PENALTY_PER_RULE * rules.size),
      max: 30,
      explanation: rules.size === 0 ? `no ${name} findings` : `${[...rules].join(', ')}`,
    });
  }
  const points = parts.reduce((sum, p) => sum + p.points, 0);
  const max = parts.reduce((sum, p) => sum + p.max, 0);
  return { score: Math.round((points / max) * 100), parts };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
