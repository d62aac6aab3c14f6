import { collapse, maskedSlice, type BlockInfo } from '../markdown/blocks';
import { PhraseMatcher, tokenize } from '../text/words';
import type { Section, Value } from './types';
import { ownBlocks } from './sections';
import type { SourceText } from '../text/source';

/** "**Name** - description", "Name: description", "Name. Description" */
const NAME_AND_DESCRIPTION = /^\s*([^:.!–—\n]{1,60}?)\s*(?:[:–—]|\s-\s|[.!](?=\s))\s*(.*)$/s;

/** Words that show a value as something people do, not only something they believe. */
const BEHAVIOUR_MARKERS = new PhraseMatcher([
  'we', 'i', 'you', 'us', 'our people', 'each of us', 'colleagues', 'staff', 'this means', 'looks like',
  'in practice', 'for example', 'e g', 'such as', 'you will see', "you'll see", 'we show', 'demonstrate', 'every day',
  'every time',
]);

/** A single word or slogan fails; a description long enough to describe conduct, or one saying who does what, passes. */
export function hasObservableBehaviour(description: string, behaviours: readonly string[]): boolean {
  if (behaviours.length > 0) return true;
  const tokens = tokenize(description);
  return tokens.length >= 8 || (tokens.length >= 4 && BEHAVIOUR_MARKERS.findFirst(tokens) !== null);
}

/** Values are the items or sub-headings of a values-like section. */
export function extractValues(text: SourceText, blocks: readonly BlockInfo[], sections: readonly Section[], isValuesDocument = false): Value[] {
  const values: Value[] = [];
  if (isValuesDocument && !sections.some((s) => s.role === 'values')) {
    // A values page without a "Values" heading ("## 1. We are open source") has its values as its headings.
    const top = sections.filter((s) => s.heading && s.depth > 1);
    const depth = Math.min(...top.map((s) => s.depth));
    return valuesFromSubsections(blocks, top.filter((s) => s.depth === depth && s.role === 'other'));
  }
  for (const section of sections) {
    if (section.role !== 'values') continue;
    const subsections = section.children.map((i) => sections[i]).filter((s) => s.role === 'other');
    if (subsections.length > 0 && ownBlocks(blocks, section).every((b) => !b.items)) {
      values.push(...valuesFromSubsections(blocks, subsections));
      continue;
    }
    for (const block of ownBlocks(blocks, section)) {
      const candidates = block.items
        ? block.items.map((item) => ({ own: item.ownRange, range: item.range, children: item.children.map((c) => collapse(maskedSlice(block, c.range))) }))
        : boldLedParagraph(text, block)
          ? [{ own: block.range, range: block.range, children: [] as string[] }]
          : [];
      for (const candidate of candidates) {
        const own = maskedSlice(block, candidate.own);
        const { name, description } = splitNameAndDescription(text.slice(candidate.own.start, candidate.own.end), own);
        const nameStart = candidate.own.start + own.search(/\S/);
        values.push({
          name,
          nameRange: { start: Math.max(candidate.own.start, nameStart), end: candidate.own.end },
          description,
          behaviours: candidate.children,
          range: candidate.range,
          section: section.index,
          fromHeading: false,
        });
      }
    }
  }
  return values;
}

/** "**Integrity.** We say what we mean." written as a paragraph per value. */
function boldLedParagraph(text: SourceText, block: BlockInfo): boolean {
  return block.type === 'paragraph' && /^(\*\*|__)[^*_\n]{1,60}(\*\*|__)/.test(text.slice(block.range.start, block.range.end));
}

/** A bold lead names the value; otherwise the text before the first colon, dash or full stop does. */
function splitNameAndDescription(raw: string, masked: string): { name: string; description: string } {
  const bold = /^\s*(\*\*|__)(.+?)\1/s.exec(raw);
  if (bold) {
    const rest = masked.slice(bold[0].length).replace(/^\s*[:.!–—-]?\s*/, '');
    return { name: collapse(bold[2]).replace(/[:.!–—-]+$/, ''), description: collapse(rest) };
  }
  const match = NAME_AND_DESCRIPTION.exec(masked);
  if (match) return { name: collapse(match[1]), description: collapse(match[2]) };
  // A whole sentence with no name ("We share our data as openly as we can") is itself the behaviour.
  const sentence = collapse(masked);
  return sentence.split(' ').length >= 6 ? { name: sentence.split(' ').slice(0, 4).join(' '), description: sentence } : { name: sentence, description: '' };
}

/** Each sub-heading is a value; its paragraphs describe it and its list items are behaviours. */
function valuesFromSubsections(blocks: readonly BlockInfo[], subsections: readonly Section[]): Value[] {
  return subsections.map((sub) => {
    const parts = ownBlocks(blocks, sub).filter((b) => b.type === 'paragraph' || b.items || b.type === 'blockquote');
    return {
      name: sub.heading!.text,
      nameRange: sub.heading!.range,
      description: collapse(parts.filter((b) => !b.items).map((b) => b.masked).join(' ')),
      behaviours: parts.flatMap((b) => b.items?.map((item) => collapse(maskedSlice(b, item.range))) ?? []),
      range: sub.range,
      section: sub.index,
      fromHeading: true,
    };
  });
}
