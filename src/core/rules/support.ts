import type { DocumentModel, Section } from '../model/types';
import { PhraseMatcher, tokenIndexAt, type Token } from '../text/words';
import type { TextRange } from '../types';
import type { RuleContext } from './rule';

/** Tokens of the model lying inside a range. */
export function tokensIn(model: DocumentModel, range: TextRange): { tokens: readonly Token[]; from: number; to: number } {
  return { tokens: model.tokens, from: tokenIndexAt(model.tokens, range.start), to: tokenIndexAt(model.tokens, range.end) };
}

export function findIn(matcher: PhraseMatcher, model: DocumentModel, range: TextRange) {
  const { tokens, from, to } = tokensIn(model, range);
  return matcher.findAll(tokens, from, to);
}

export function mentions(matcher: PhraseMatcher, model: DocumentModel, range: TextRange): boolean {
  const { tokens, from, to } = tokensIn(model, range);
  return matcher.findFirst(tokens, from, to) !== null;
}

/** Top-level sections of a role: a "Values" section with "### Integrity" under it counts once. */
export function sectionsWithRole(model: DocumentModel, role: Section['role']): Section[] {
  return model.sections.filter(
    (s) => s.role === role && (s.parent === null || model.sections[s.parent].effectiveRole !== role),
  );
}

/** Words in a section (with its subsections): a stub heading with a line or an image says too little to judge. */
export function wordCount(model: DocumentModel, section: Section): number {
  const { from, to } = tokensIn(model, section.range);
  return to - from;
}

/** Where a finding about a section points: its heading, or the title for the whole document. */
export function headingRange(model: DocumentModel, section: Section | null): TextRange {
  return section?.heading?.range ?? model.titleRange;
}

export const EMPLOYEE_MENTIONS = new PhraseMatcher(
  [
    'employee', 'staff', 'colleague', 'team member', 'our people', 'workforce', 'our team', 'our teams', 'people leader',
    'frontline', 'front line', 'agent', 'adviser', 'advisor', 'nurse', 'clinician', 'teacher', 'volunteer',
    'we hire', 'hiring', 'recruit', 'each of us', 'everyone who works', 'people who work', 'crew', 'associate',
    'partners in our business', 'workplace', 'coworker', 'co-worker', 'engineer', 'our people', 'people strategy',
  ],
  { inflect: true },
);

/** Sentence-sized units of a range: each list item on its own, paragraphs split at sentence ends. */
export function sentences(model: DocumentModel, range: TextRange): TextRange[] {
  const units: TextRange[] = [];
  for (const block of model.blocks) {
    if (block.range.end <= range.start || block.range.start >= range.end || block.frontMatter !== undefined) continue;
    if (block.items) {
      const stack = [...block.items];
      while (stack.length > 0) {
        const item = stack.pop()!;
        units.push(item.ownRange);
        stack.push(...item.children);
      }
    } else if (block.table) {
      for (const row of [block.table.header, ...block.table.rows]) units.push(row.range);
    } else {
      const end = /[.!?;]+(?=\s|$)/g;
      let start = 0;
      for (let m = end.exec(block.masked); m; m = end.exec(block.masked)) {
        units.push({ start: block.range.start + start, end: block.range.start + m.index + m[0].length });
        start = m.index + m[0].length;
      }
      if (start < block.masked.length) units.push({ start: block.range.start + start, end: block.range.end });
    }
  }
  return units.sort((a, b) => a.start - b.start);
}

/** True when some unit mentions both things. */
export function together(model: DocumentModel, units: readonly TextRange[], a: PhraseMatcher, b: PhraseMatcher): boolean {
  return units.some((unit) => mentions(a, model, unit) && mentions(b, model, unit));
}

/** The vision to check: the vision sections, or the whole document when it is a vision without a Vision heading. */
function visionScope(model: DocumentModel): { ranges: TextRange[]; anchor: TextRange; section: number | null } | null {
  const sections = sectionsWithRole(model, 'vision');
  if (sections.length > 0) {
    return { ranges: sections.map((s) => s.range), anchor: headingRange(model, sections[0]), section: sections[0].index };
  }
  if (model.kind === 'vision') return { ranges: [{ start: model.bodyStart, end: model.text.length }], anchor: model.titleRange, section: null };
  return null;
}

/**
 * The three vision rules ask the same question: does some sentence of the vision name these
 * people together with this quality (a feeling, a next action)? If not, report at the vision
 * heading and offer the sentence template that answers it.
 */
export function checkVisionSays(
  context: RuleContext,
  who: PhraseMatcher,
  what: PhraseMatcher,
  finding: { message: string; fixTitle: string; templateId: string },
): void {
  const { model, report, fixes } = context;
  const vision = visionScope(model);
  if (!vision) return;
  const units = vision.ranges.flatMap((range) => sentences(model, range));
  if (together(model, units, who, what)) return;
  report({
    range: vision.anchor,
    message: finding.message,
    fixes: [fixes.appendSection(finding.fixTitle, vision.section, finding.templateId)],
  });
}

/** True when the visible text of a range holds a number (list markers and markup do not count). */
export function hasNumber(model: DocumentModel, range: TextRange): boolean {
  const { tokens, from, to } = tokensIn(model, range);
  for (let i = from; i < to; i++) if (/\d/.test(tokens[i].word)) return true;
  return false;
}
