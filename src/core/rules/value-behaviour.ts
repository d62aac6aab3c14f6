import { hasObservableBehaviour } from '../model/behaviour';
import type { Rule } from './rule';
import { CULTURE_DECIDES_CX, ROI_THROUGH_CX } from './sources';

export const valueBehaviour: Rule = {
  id: 'value-behaviour',
  description: 'Each value says what people do when they live it, not only a word or a slogan.',
  defaultSeverity: 'warning',
  category: 'culture',
  tags: ['values', 'culture'],
  rationale:
    'Culture is what is reinforced and rewarded, and employees need to exhibit core values every day, so customers ' +
    'can experience them. A value that is one word ("Integrity") or a slogan ("Customer first!") names a belief but ' +
    'no behaviour anyone can see, practise or reward. After ' + CULTURE_DECIDES_CX + ', and ' + ROI_THROUGH_CX + '.',
  advice: 'Under each value, write one or two behaviours people can see: "We call back when we said we would."',
  kinds: ['values', 'strategy', 'vision', 'goals'],
  fixable: 'template',
  examples: {
    ok: [
      { markdown: '## Our values\n\n- **Ownership**: we follow every customer request through to the end, even when it moves teams.\n' },
      { markdown: '## Our values\n\n### Candour\n\nGive feedback in private, within a week, with one clear example.\n' },
    ],
    notOk: [
      { markdown: '## Our values\n\n- Integrity\n- Customer first!\n', findings: ['3:3 The value "Integrity" names no behaviour people can see: say what someone living it does.', '4:3 The value "Customer first!" names no behaviour people can see: say what someone living it does.'] },
      { markdown: '## Our values\n\n- **Respect**: we value and respect everyone we work with.\n', findings: ['3:5 The value "Respect" names no behaviour people can see: say what someone living it does.'] },
    ],
  },
  check({ model, report, fixes }) {
    for (const value of model.values) {
      if (hasObservableBehaviour(value.description, value.behaviours, value.name)) continue;
      // A list-item value gets nested behaviour items; a sub-heading value or principles in prose get a list in the section.
      const fix = value.fromHeading || value.inProse
        ? fixes.appendSection('Add a behaviour', value.section, 'value-behaviour', { value: value.name })
        : fixes.insertUnderItem('Add a behaviour', value.nameRange.start, value.range.end, 'value-behaviour', { value: value.name });
      report({
        range: value.nameRange,
        message: `The value "${value.name}" names no behaviour people can see: say what someone living it does.`,
        fixes: [fix],
      });
    }
  },
};
