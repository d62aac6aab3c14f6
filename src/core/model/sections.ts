import { collapse, originOf, type BlockInfo, type HeadingInfo } from '../markdown/blocks';
import type { RoleClassifier } from './roles';
import type { Section } from './types';
import type { SourceText } from '../text/source';

/** Matches headings and lines that name one goal: "Objective 1:", "Goal 2 -", "KR 1.3:", "O1:". */
export const GOAL_LABEL = /^\s*(?:(goals?|objectives?|okrs?|key results?|krs?)\s*\d*(?:\.\d+)*\s*[:.)\-–—]|(kr|o)\d+(?:\.\d+)*\s*[:.)\-–—]?)\s*(?=\S)/i;

/** "**Vision**" alone in a paragraph: many documents use bold labels instead of headings. */
const BOLD_LABEL = /^\s*(\*\*|__)([^*_\n]{2,60})\1:?\s*$/;

/** The text of a bold label paragraph ("**Vision**") per block as first extracted, null when it is none. */
const boldLabels = new WeakMap<BlockInfo, string | null>();

/**
 * The heading a block stands for: a real heading, or a bold label paragraph that names a
 * section role (it nests one level under the section it appears in).
 */
function headingOf(block: BlockInfo, text: SourceText, roles: RoleClassifier, currentDepth: number): HeadingInfo | null {
  if (block.heading) return block.heading;
  if (block.type !== 'paragraph' || block.range.end - block.range.start > 80) return null;
  const origin = originOf(block);
  let label = boldLabels.get(origin);
  if (label === undefined) {
    const found = BOLD_LABEL.exec(text.slice(block.range.start, block.range.end));
    label = found ? collapse(found[2]) : null;
    boldLabels.set(origin, label);
  }
  if (label === null || roles.classify(label) === 'other') return null;
  return { depth: Math.min(6, currentDepth + 1), range: block.range, text: label };
}

/** Leaves share one empty list of children: most sections have none. */
const NO_CHILDREN = Object.freeze([]) as readonly number[] as number[];

/** Splits the document into nested sections by heading. Section 0 is the text before the first heading. */
export function buildSections(blocks: readonly BlockInfo[], text: SourceText, roles: RoleClassifier): Section[] {
  const textLength = text.length;
  const sections: Section[] = [
    {
      index: 0,
      heading: null,
      depth: 0,
      range: { start: 0, end: textLength },
      firstBlock: 0,
      blocksFrom: 0,
      blocksTo: blocks.length,
      role: 'other',
      effectiveRole: 'other',
      parent: null,
      children: NO_CHILDREN,
    },
  ];
  const open: Section[] = [sections[0]];
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    const heading = headingOf(block, text, roles, open[open.length - 1].depth);
    if (!heading) continue;
    // The section before owns the blocks up to this heading.
    sections[sections.length - 1].blocksTo = blockIndex;
    const { depth, text: headingText } = heading;
    while (open.length > 1 && open[open.length - 1].depth >= depth) {
      open.pop()!.range.end = block.range.start;
    }
    const parent = open[open.length - 1];
    const role = GOAL_LABEL.test(headingText) ? 'goals' : roles.classify(headingText);
    const neutral = role === 'other' && roles.isNeutral(headingText);
    const section: Section = {
      index: sections.length,
      heading,
      depth,
      range: { start: block.range.start, end: textLength },
      firstBlock: blockIndex,
      blocksFrom: blockIndex + 1,
      blocksTo: blocks.length,
      role,
      effectiveRole: role !== 'other' || neutral ? role : parent.effectiveRole,
      parent: parent.index,
      children: NO_CHILDREN,
    };
    if (parent.children === NO_CHILDREN) parent.children = [section.index];
    else parent.children.push(section.index);
    sections.push(section);
    open.push(section);
  }
  return sections;
}

/** The blocks directly in a section, not in its subsections. */
export function ownBlocks(blocks: readonly BlockInfo[], section: Section): readonly BlockInfo[] {
  return blocks.slice(section.blocksFrom, section.blocksTo);
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
