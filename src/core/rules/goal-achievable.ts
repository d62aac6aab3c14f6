import type { Goal } from '../model/types';
import type { Rule } from './rule';
import { GOAL_KINDS } from './rule';
import { ROI_THROUGH_CX } from './sources';

export const goalAchievable: Rule = {
  id: 'goal-achievable',
  description: 'A goal avoids absolutes ("100%", "zero complaints", "every customer") and implausible jumps; it states a baseline.',
  defaultSeverity: 'warning',
  category: 'goals',
  tags: ['smart', 'goals'],
  rationale:
    'Achievable is the A of SMART. Absolutes such as "zero complaints" or "every customer, every time" set a target ' +
    'nobody can reach, so people stop believing in it; a jump from baseline to target far beyond what one period ' +
    'allows does the same. Without a baseline no one can judge whether a target is achievable at all, so a target ' +
    'without one is noted (at info level; option \`baselineNote: false\` turns the note off). After ' + ROI_THROUGH_CX + '.',
  advice: 'Replace absolutes with a stretching but reachable number, and give the baseline: "from 61% to 75%".',
  kinds: GOAL_KINDS,
  examples: {
    ok: [{ markdown: '## Goals\n\n- Raise CSAT from 4.1 to 4.4 out of 5 by Q4 2027\n' }],
    notOk: [
      { markdown: '## Goals\n\n- Reach zero complaints by 2027\n', findings: ['3:3 Goal sets an absolute ("zero complaints") that cannot be reached reliably: choose a stretching but reachable number.'] },
      { markdown: '## Goals\n\n- Raise NPS from 5 to 80 by March 2027\n', findings: ['3:3 Goal jumps from 5 to 80, more than one period usually allows: set an intermediate target.'] },
    ],
  },
  checkGoal(goal, { model, report, options }) {
    const baselineNote = options.baselineNote === true;
    const { absolutes, implausibleJump, baseline, target } = goal.analysis;
    if (absolutes.length > 0) {
      report({
        range: goal.range,
        message: `Goal sets an absolute (${absolutes.map((a) => `"${a.text}"`).join(', ')}) that cannot be reached reliably: choose a stretching but reachable number.`,
        related: absolutes.map((a) => ({ range: a.range, message: 'absolute' })),
      });
    } else if (implausibleJump && baseline && target) {
      report({
        range: goal.range,
        message: `Goal jumps from ${baseline.text} to ${target.text}, more than one period usually allows: set an intermediate target.`,
        related: [
          { range: baseline.range, message: 'baseline' },
          { range: target.range, message: 'target' },
        ],
      });
    } else if (baselineNote && target && !baseline && goal.children.length === 0 && !countsNewOutput(goal)) {
      report({
        range: goal.range,
        severityCap: 'info',
        message: `Goal targets ${target.text} but gives no baseline, so no one can judge whether it is achievable: add where we are today.`,
      });
    }
  },
};

/** "Publish 3 blog posts": a count of new output starts from zero, so it needs no baseline. */
function countsNewOutput(goal: Goal): boolean {
  return !goal.analysis.target?.unit && /^\s*(publish|launch|ship|release|hire|run|hold|host|create|write|open|deliver|complete|onboard|recruit|train|sign)\b/i.test(goal.masked);
}
