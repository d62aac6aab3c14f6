import type { BlockInfo } from '../markdown/blocks';
import type { RoleClassifier } from './roles';
import type { Section } from './types';

/** Matches headings and lines that name one goal: "Objective 1:", "Goal 2 -", "KR 1.3:", "O1:". */
export const GOAL_LABEL = /^\s*(?:(goals?|objectives?|okrs?|key results?|krs?)\s*\d*(?:\.\d+)*\s*[:.)\-–—]|(kr|o)\d+(?:\.\d+)*\s*[:.)\-–—]?)\s*(?=\S)/i;

/** Splits the document into nested sections by heading. Section 0 is the text before the first heading. */
export function buildSections(blocks: readonly BlockInfo[], textLength: number, roles: RoleClassifier): Section[] {
  const sections: Section[] = [
    {
      index: 0,
      heading: null,
      depth: 0,
      range: { start: 0, end: textLength },
      blockIndexes: [],
      role: 'other',
      effectiveRole: 'other',
      parent: null,
      children: [],
    },
  ];
  const open: Section[] = [sections[0]];
  blocks.forEach((block, blockIndex) => {
    if (!block.heading) {
      open[open.length - 1].blockIndexes.push(blockIndex);
      return;
    }
    const { depth, text } = block.heading;
    while (open.length > 1 && open[open.length - 1].depth >= depth) {
      open.pop()!.range.end = block.range.start;
    }
    const parent = open[open.length - 1];
    const role = GOAL_LABEL.test(text) ? 'goals' : roles.classify(text);
    const section: Section = {
      index: sections.length,
      heading: { depth, range: block.range, text },
      depth,
      range: { start: block.range.start, end: textLength },
      blockIndexes: [],
      role,
      effectiveRole: role !== 'other' ? role : parent.effectiveRole,
      parent: parent.index,
      children: [],
    };
    parent.children.push(section.index);
    sections.push(section);
    open.push(section);
  });
  return sections;
}

/** The section and its ancestors, nearest first. */
export function ancestry(sections: readonly Section[], index: number): Section[] {
  const chain: Section[] = [];
  for (let at: number | null = index; at !== null; at = sections[at].parent) chain.push(sections[at]);
  return chain;
}

/** The section and all its descendants. */
export function subtree(sections: readonly Section[], index: number): Section[] {
  const out: Section[] = [];
  const stack = [index];
  while (stack.length > 0) {
    const current = sections[stack.pop()!];
    out.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return out;
}
