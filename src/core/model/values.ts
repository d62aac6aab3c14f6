import { BlockAnswers, cleanHeading, collapse, firstBlockFrom, maskedSlice, originOf, perOrigin, type BlockFinding, type BlockInfo, type ListItemInfo } from '../markdown/blocks';
import { PhraseMatcher, tokenize } from '../text/words';
import type { Section, Value } from './types';
import type { TextRange } from '../types';
import { fromHeadings, ownBlocks, sectionAt } from './sections';
import type { SourceText } from '../text/source';
import { memoByText } from '../text/memo';
import { NAMED_AS_PRINCIPLES, actsOnNamed, sentenceSpans } from './reading';

/*
 * Values pages are written in a few ways: a sub-heading per value with paragraphs and lists under it;
 * bold-led list items ("**Ownership**: we ..."); "We believe ..." items; principles lists. Many name
 * the values first in a short list (often linked to the headings below) and describe each later: that
 * is one value, read where it is described. A value names a behaviour when its own text says what
 * someone does ("we answer every email ourselves", "Give feedback in private") rather than what the
 * organisation feels, believes or wants ("We value and respect people", "Being lifetime learners").
 */

// ---------------------------------------------------------------------------------------------
// Finding the values
// ---------------------------------------------------------------------------------------------

/** "**Name** - description", "Name: description", "Name. Description" */
const NAME_AND_DESCRIPTION = /^\s*([^:.!–—\n]{1,60}?)\s*(?:[:–—]|\s-\s|[.!](?=\s))\s*(.*)$/s;

/** Headings that hold values, besides the section roles: "Design axioms", "Our beliefs", "Tenets". */
const COLLECTION = new PhraseMatcher([
  'values', 'principles', 'beliefs', 'tenets', 'axioms', 'credo', 'what we stand for', 'what we believe', 'what we value',
  'value descriptions', 'values in detail', 'core values', 'our values', 'guiding principles', 'operating principles',
  'behaviours', 'behaviors', 'culture',
]);

/** Headings of a value's own parts, not other values: "What it looks like", "In practice", "Examples". */
const VALUE_PART = new PhraseMatcher([
  'looks like', 'look like', 'in practice', 'example', 'examples', 'behaviours', 'behaviors', 'what it means',
  'what this means', 'means', 'how we live', 'living it', 'how to live', "do's", 'dos', "don'ts", 'do not', 'anti patterns',
  'anti-patterns', 'signs', 'red flags', 'expectations', 'further reading', 'read more', 'resources', 'why',
]);

/** "What are our values?": a question that heads the values themselves. */
const VALUES_QUESTION = /^what (?:are|is) (?:our|the|my) (?:core |company |team |engineering )?(?:values|principles|beliefs)\s*\??\s*$/i;

/** "This mission is supported by our core values:": a heading that leads into the values. */
const VALUES_LEAD = /\b(?:our|the) (?:core |company |shared |guiding )?(?:values|principles)\s*:\s*$/i;

/** A heading that asks or states rather than labels: "How do we reinforce our values?", "Values make choices". */
const NOT_A_LABEL = /\?\s*$|^(?:how|why|when|where|who|which|whether|is|are|do|does|can|should|what(?! we (?:stand for|believe|value)))\b|\b(?:is|are|was|were|make|makes|do|does|don't|aren't|isn't|has|have)\b/i;
/** A heading opening with a verb in -ing ("Updating our values"), not an adjective ("Guiding principles"). */
const GERUND_OPENING = /^\s*[a-z]+ing\s+(?:our|the|your|their|these|those|a|an|its|this|that|with|by|to|on|for|about)\b/i;

/** A prefix naming one value or principle: "Principle: Build platforms", "Value 3 - Openness". */
const VALUE_LABEL = /^\s*(?:(?:principle|tenet|belief|axiom)\s*#?\d{0,3}|value\s*#?\d{1,3})\s*[:.\-–—]\s*(?=[A-Za-z])/i;

/** "Baseline KPI values", "Default values": numbers, not what people hold to. */
const DATA_VALUES = /\b(?:baseline|target|targets|kpi|kpis|metric|metrics|measured|actual|current|expected|default|sample|example|input|output|return|field|config|configuration|key|null|missing|numeric|string|threshold|reference|data|raw|mean|average|median|computed|initial|starting|start|end|final|score|scores)\s+values?\b/i;

/** The label of a heading: before a dash or colon ("Engineering values — the principles that guide us"). */
const headingLabel = memoByText((heading) => cleanHeading(heading).split(/\s[-–—]\s|&mdash;|&ndash;|:\s|\s\(/)[0].trim());

const isCollectionHeading = memoByText(readCollectionHeading);

function readCollectionHeading(heading: string): boolean {
  const label = headingLabel(heading);
  if (VALUES_QUESTION.test(label) || VALUES_LEAD.test(cleanHeading(heading))) return true;
  // "Build team + culture", "Grow a culture of learning": an objective that acts on the culture, not a label over values ("Design axioms" is one).
  if (NOT_A_LABEL.test(label) || GERUND_OPENING.test(label) || DATA_VALUES.test(label) || actsOnNamed(label, (word) => COLLECTION.findFirst(tokenize(word)) !== null)) return false;
  // In "Mission, vision and values" the first part decides; in "Beliefs & Values" it is a collection.
  const first = label.split(/\s+(?:and|&|\+)\s+|\s*[/|,]\s*/)[0];
  const words = tokenize(first);
  return words.length <= 5 && COLLECTION.findFirst(words) !== null;
}

/** The section a values heading starts, when it holds values (its heading is a label, not a question about values). */
function isValuesContainer(section: Section): boolean {
  if (!section.heading) return false;
  const reading = labelReading(section.heading.text);
  if (reading.question) return true;
  if (section.neutral) return false;
  if (section.role === 'values') return reading.plainLabel;
  return isCollectionHeading(section.heading.text);
}

/** Whether a heading's label asks what the values are, or is a plain label: read once per heading text, as every edit asks again. */
const labelReading = memoByText((heading) => {
  const label = headingLabel(heading);
  return { question: VALUES_QUESTION.test(label), plainLabel: !NOT_A_LABEL.test(label) && !GERUND_OPENING.test(label) && !DATA_VALUES.test(label) };
});

/** Words of a name for comparing a summary item with a heading: "🤝 Collaboration" ~ "collaboration". */
const nameKey = memoByText((text) =>
  tokenize(cleanHeading(text))
    .map((t) => t.word)
    .filter((w) => w !== 'we' && w !== 'value' && w !== 'values' && w !== 'our')
    .join(' '),
);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slugOf = memoByText((heading) =>
  cleanHeading(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-'),
);

const ANCHOR = /\]\(#([^)\s]{1,120})\)/g;
const EXPLICIT_ID = /\{#([^}\s]{1,120})\}/;

interface HeadingIndex {
  bySlug: Map<string, number>;
  byName: Map<string, number>;
}

/** Key of the heading index, as `fromHeadings` keeps it: the same heading blocks have the same texts and ids, and an edit rarely changes a heading. */
const HEADING_INDEX = {};

function indexHeadings(text: SourceText, blocks: readonly BlockInfo[], sections: readonly Section[]): HeadingIndex {
  return fromHeadings(sections, HEADING_INDEX, () => {
    const bySlug = new Map<string, number>();
    const byName = new Map<string, number>();
    sections.forEach((section) => {
      if (!section.heading) return;
      const id = explicitId(text, blocks[section.firstBlock], section.heading.range)?.toLowerCase() ?? '';
      if (id && !bySlug.has(id)) bySlug.set(id, section.index);
      const slug = slugOf(section.heading.text);
      if (slug && !bySlug.has(slug)) bySlug.set(slug, section.index);
      const key = nameKey(section.heading.text);
      if (key && !byName.has(key)) byName.set(key, section.index);
    });
    return { bySlug, byName };
  });
}

const explicitIds = new BlockAnswers<string | null>();

/** A heading's explicit id ("## Collaboration {#collab}"), read once per heading block. */
function explicitId(text: SourceText, block: BlockInfo, heading: TextRange): string | null {
  const origin = originOf(block);
  let id = explicitIds.get(origin);
  if (id === undefined) {
    const line = text.slice(heading.start, Math.min(heading.end, heading.start + 300));
    // Most headings have no "{#": answered without the pattern.
    id = line.includes('{#') ? (EXPLICIT_ID.exec(line)?.[1] ?? null) : null;
    explicitIds.set(origin, id);
  }
  return id;
}

/** The headings a piece of text links to ("[Collaboration](#collaboration)") or names outright. */
function referencedHeadings(raw: string, name: string, description: string, index: HeadingIndex): number[] {
  const found: number[] = [];
  for (const match of raw.matchAll(ANCHOR)) {
    const target = index.bySlug.get(match[1].toLowerCase());
    if (target !== undefined) found.push(target);
  }
  if (found.length === 0) {
    for (const candidate of [name, description, `${name} ${description}`]) {
      // A summary names a value in a few words; a sentence is no heading's name.
      if (candidate.length > 80) continue;
      const key = nameKey(candidate);
      const target = key ? index.byName.get(key) : undefined;
      if (target !== undefined) {
        found.push(target);
        break;
      }
    }
  }
  return found;
}

/** Per list block as first extracted: the headings each of its items names, and the heading index they were looked up in. */
const namedByItems = new BlockAnswers<{ index: HeadingIndex; named: number[][] }>();

/** The headings each item of a list names (`referencedHeadings`), kept per block while the headings are the same. */
function headingsNamedByItems(text: SourceText, block: BlockInfo, index: HeadingIndex): number[][] {
  const origin = originOf(block);
  let kept = namedByItems.get(origin);
  if (kept?.index !== index) {
    const named = block.items!.map((item) => {
      const raw = text.slice(item.ownRange.start, item.ownRange.end);
      const { name, description } = splitNameAndDescription(raw, maskedSlice(block, item.ownRange));
      return referencedHeadings(raw, name, description, index);
    });
    namedByItems.set(origin, (kept = { index, named }));
  }
  return kept.named;
}

const summariesCache = new WeakMap<readonly Section[], { isValuesDocument: boolean; summaries: Summaries }>();

interface Summaries {
  /** Starts of list items and paragraphs that only name values described under their own headings. */
  skipped: Set<number>;
  /** Headings that describe a value named in a summary. */
  described: Set<number>;
}

/** Whether a block sits where values are named: in a values section, a values page, or after a lead-in about values. */
function inValuesContext(block: BlockInfo, previous: BlockInfo | undefined, section: Section, isValuesDocument: boolean, containers: readonly boolean[]): boolean {
  if (inValuesSection(section, isValuesDocument, containers)) return true;
  // Elsewhere the list, or the paragraph before it, announces them: "Our six core values are ...", "We follow these principles:".
  return (previous !== undefined && previous.type === 'paragraph' && announcesValues(previous, 'end')) || (block.type === 'paragraph' && announcesValues(block, 'start'));
}

/** Whether every block of a section sits where values are named: a values section, or any section of a values page. */
function inValuesSection(section: Section, isValuesDocument: boolean, containers: readonly boolean[]): boolean {
  return isValuesDocument || section.role === 'values' || section.effectiveRole === 'values' || containers[section.index];
}

const SUMMARY_LEADS = {};
const NO_LEAD: readonly BlockFinding[] = [];

/**
 * Outside values sections only a paragraph that links within the page, or a block right after a
 * paragraph that ends by announcing values, can name values: the indexes of those blocks, in order,
 * from paragraphs found once per block (`perOrigin`), so an edit reads only the blocks it made.
 */
function summaryCandidates(text: SourceText, blocks: readonly BlockInfo[], origins: readonly BlockInfo[]): number[] {
  const leads = perOrigin(blocks, origins, SUMMARY_LEADS, (origin, block) =>
    origin.type === 'paragraph' && (linksInPage(text, block) || announcesValues(block, 'end')) ? [{ range: origin.range }] : NO_LEAD,
  );
  const candidates: number[] = [];
  for (const { range } of leads) {
    const lead = firstBlockFrom(blocks, range.start);
    if (candidates[candidates.length - 1] !== lead) candidates.push(lead);
    candidates.push(lead + 1);
  }
  return candidates;
}

const pageLinks = new BlockAnswers<boolean>();

/** Whether a paragraph links within the page ("](#collaboration)"); kept per block. */
function linksInPage(text: SourceText, block: BlockInfo): boolean {
  const origin = originOf(block);
  let links = pageLinks.get(origin);
  if (links === undefined) {
    links = text.slice(block.range.start, block.range.end).includes('](#');
    pageLinks.set(origin, links);
  }
  return links;
}

const announced = { start: new BlockAnswers<boolean>(), end: new BlockAnswers<boolean>() };

/** Whether a paragraph's opening (or closing) words announce values; kept per block, which most edits leave as it was. */
function announcesValues(block: BlockInfo, where: 'start' | 'end'): boolean {
  const origin = originOf(block);
  let verdict = announced[where].get(origin);
  if (verdict === undefined) {
    verdict = ANNOUNCES_VALUES.test(where === 'end' ? origin.masked.slice(-300) : origin.masked.slice(0, 300));
    announced[where].set(origin, verdict);
  }
  return verdict;
}

const ANNOUNCES_VALUES = /\b(?:values|principles|beliefs|tenets)\s{0,3}(?:are|include|:)|\b(?:these|following|our) (?:\w+ ){0,2}(?:values|principles|beliefs|tenets)\b/i;

/**
 * Lists (and paragraphs of links) that name values described under their own headings further on:
 * most of their entries link to or repeat a later heading.
 */
function findSummaries(text: SourceText, blocks: readonly BlockInfo[], origins: readonly BlockInfo[], sections: readonly Section[], isValuesDocument: boolean): Summaries {
  const skipped = new Set<number>();
  const described = new Set<number>();
  if (sections.length < 3) return { skipped, described };
  let headings: HeadingIndex | undefined;
  const index = () => (headings ??= indexHeadings(text, blocks, sections));
  const containers = valuesContainers(sections);
  const readBlock = (section: Section, b: number): void => {
    const block = blocks[b];
    const previous = b > section.blocksFrom ? blocks[b - 1] : undefined;
    // Reading the original block costs nothing; moved items are made only for a list that names values.
    const origin = originOf(block);
    if (origin.items) {
      if (origin.items.length < 2 || !inValuesContext(block, previous, section, isValuesDocument, containers)) return;
      const named = headingsNamedByItems(text, block, index());
      // Only headings after the summary are described by it.
      const entries = block.items!.map((item, i) => ({ item, targets: named[i].filter((t) => sections[t].range.start > block.range.end) }));
      const referring = entries.filter((e) => e.targets.length > 0);
      if (referring.length < 2 || referring.length * 3 < entries.length * 2) return;
      for (const e of entries) {
        skipped.add(e.item.range.start);
        for (const t of e.targets) if (describesValue(sections[t])) described.add(t);
      }
    } else if (block.type === 'paragraph') {
      if (!linksInPage(text, block)) return;
      const raw = text.slice(block.range.start, block.range.end);
      const targets = new Set<number>();
      for (const match of raw.matchAll(ANCHOR)) {
        const target = index().bySlug.get(match[1].toLowerCase());
        if (target !== undefined && sections[target].range.start > block.range.end) targets.add(target);
      }
      // A paragraph naming the values ("Our six values are [Collaboration](#collaboration), ...").
      if (targets.size < 3 || !inValuesContext(block, previous, section, isValuesDocument, containers)) return;
      skipped.add(block.range.start);
      for (const t of targets) if (describesValue(sections[t])) described.add(t);
    }
  };
  // Blocks are read in document order, every one in a values section, elsewhere only the candidates.
  const candidates = summaryCandidates(text, blocks, origins);
  let next = 0;
  for (const section of sections) {
    if (inValuesSection(section, isValuesDocument, containers)) {
      for (let b = section.blocksFrom; b < section.blocksTo; b++) readBlock(section, b);
      continue;
    }
    while (next < candidates.length && candidates[next] < section.blocksFrom) next++;
    for (; next < candidates.length && candidates[next] < section.blocksTo; next++) readBlock(section, candidates[next]);
  }
  return { skipped, described };
}

/** A heading a summary points at that can be a value: not an introduction, FAQ or reference section. */
function describesValue(section: Section): boolean {
  // A table of contents also points at the mission, the goals and the vision: those are no values.
  if (section.role === 'goals' || section.role === 'vision' || section.role === 'mission' || section.role === 'journey' || section.role === 'feedback') return false;
  // A value may be a sentence ("Kindness is key"), not a question about values ("How we use them").
  return section.heading !== null && !isAside(section) && !QUESTION.test(cleanHeading(section.heading.text));
}

const QUESTION = /\?\s*$|^(?:how|why|when|where|who|which|whether|what)\b/i;

/** A heading that is no value of its own under a values heading: context, introduction, questions, references. */
function isAside(section: Section): boolean {
  if (!section.heading) return true;
  const text = cleanHeading(section.heading.text);
  return /\?\s*$/.test(text) || ASIDE.test(text) || /\bcompetenc(?:y|ies)\b/i.test(text);
}

const ASIDE =
  /^(?:introduction|intro|overview|summary|about|background|context|references|see also|further reading|faqs?|frequently asked|history|changelog|change log|notes?|footnotes|how to|how we|why|what is|what are|glossary|definitions?|appendix|acknowledge?ments|credits|licen[cs]e|contents|table of contents|resources|links|related|updating|changing|process for|contributing|questions)\b/i;

/** Values are the items or sub-headings of a values-like section. */
export function extractValues(text: SourceText, blocks: readonly BlockInfo[], origins: readonly BlockInfo[], sections: readonly Section[], isValuesDocument = false): Value[] {
  const values: Value[] = [];
  // The model reads the values twice (before and after it knows the kind): the summaries are found once.
  const cached = summariesCache.get(sections);
  const summaries = cached && cached.isValuesDocument === isValuesDocument ? cached.summaries : findSummaries(text, blocks, origins, sections, isValuesDocument);
  summariesCache.set(sections, { isValuesDocument, summaries });
  const visited = new Set<number>();

  const addItems = (section: Section, owner: Section) => {
    for (const block of ownBlocks(blocks, section)) {
      if (summaries.skipped.has(block.range.start)) continue;
      const candidates: { own: { start: number; end: number }; range: { start: number; end: number }; children: string[] }[] = block.items
        ? block.items
            .filter((item) => !summaries.skipped.has(item.range.start))
            .map((item) => ({ own: item.ownRange, range: item.range, children: item.children.map((c) => itemText(block, c)) }))
        : paragraphValues(text, block);
      for (const candidate of candidates) {
        const own = maskedSlice(block, candidate.own);
        if (own.trim() === '') continue;
        const { name, description } = splitNameAndDescription(text.slice(candidate.own.start, candidate.own.end), own);
        if (name === '' || isLinkOnly(text.slice(candidate.own.start, candidate.own.end))) continue;
        const nameStart = candidate.own.start + own.search(/\S/);
        values.push({
          name,
          nameRange: { start: Math.max(candidate.own.start, nameStart), end: candidate.own.end },
          description,
          behaviours: candidate.children,
          range: candidate.range,
          section: owner.index,
          fromHeading: false,
        });
      }
    }
  };

  /**
   * A value written as a heading. With `subValues`, several subsections under it are values of their own
   * (operating principles under a value); otherwise its subsections are part of its text.
   */
  const addHeadingValue = (section: Section, subValues: boolean) => {
    if (visited.has(section.index)) return;
    visited.add(section.index);
    const children = section.children.map((i) => sections[i]);
    // Subsections that are other values ("Kindness" under "Collaboration"), when there are several; otherwise parts of this one.
    const subs = subValues ? children.filter((c) => !isAside(c) && !isValuePart(c) && !isValuesContainer(c)) : [];
    const asValues = new Set(subs.length >= 2 ? subs : []);
    // Introductions, references and competency tables are no part of the value's own text.
    const parts = children.filter((c) => !asValues.has(c) && (!isAside(c) || isValuePart(c)));
    const own = headingText(section, parts);
    // A heading with nothing of its own over several values groups them ("## Collaboration" with only sub-headings).
    if (!(own.description === '' && own.behaviours.length === 0 && asValues.size > 0)) {
      values.push({
        name: section.heading!.text.replace(VALUE_LABEL, ''),
        nameRange: section.heading!.range,
        description: own.description,
        behaviours: own.behaviours,
        range: section.range,
        section: section.index,
        fromHeading: true,
      });
    }
    for (const sub of asValues) addHeadingValue(sub, false);
  };

  /** The paragraphs (description) and list items (behaviours) of a heading value and of its parts. */
  const headingText = (section: Section, parts: readonly Section[]): { description: string; behaviours: string[] } => {
    const paragraphs: string[] = [];
    const behaviours: string[] = [];
    const read = (s: Section) => {
      for (const block of ownBlocks(blocks, s)) {
        // "####Action 01: ..." is a heading written without its space: what follows belongs to it, not to the value.
        if (block.type === 'paragraph' && /^#{1,6}[^#\s]/.test(text.slice(block.range.start, block.range.start + 8))) break;
        if (block.items) for (const item of block.items) behaviours.push(itemText(block, item));
        else if (block.type === 'paragraph' || block.type === 'blockquote') paragraphs.push(block.masked);
        else if (block.table) for (const row of block.table.rows) behaviours.push(row.cells.map((c) => c.text).join('. '));
      }
    };
    read(section);
    // Each part with its own subsections, in document order: they follow it in `sections`.
    for (const part of parts) {
      for (let j = part.index; j < sections.length && (j === part.index || sections[j].range.start < part.range.end); j++) read(sections[j]);
    }
    return { description: collapseText(paragraphs.join(' ')), behaviours };
  };

  /** A values heading: its items are values, and so are its subsections, unless they are asides or hold values themselves. */
  const addContainer = (section: Section) => {
    if (visited.has(section.index)) return;
    visited.add(section.index);
    addItems(section, section);
    for (const child of section.children.map((i) => sections[i])) {
      // Goals or a vision under a values heading are what they say they are, not values.
      if (isAside(child) || child.role === 'goals' || child.role === 'vision' || child.role === 'mission') continue;
      if (isValuesContainer(child) || isGroupOfValues(child)) addContainer(child);
      else addHeadingValue(child, true);
    }
  };

  /** "### For customers" holding "- **Listen first**: ..." items: a group of values, not one value. */
  const isGroupOfValues = (section: Section): boolean => {
    let items = 0;
    let named = 0;
    for (const block of ownBlocks(blocks, section)) {
      for (const item of block.items ?? []) {
        items++;
        const raw = text.slice(item.ownRange.start, Math.min(item.ownRange.end, item.ownRange.start + 80));
        const bold = /^\s*(\*\*|__)([^*_\n]{1,60})\1\s*[:.!–—-]?\s*\S/.exec(raw);
        if (bold && !/^(?:do|don'?t|dos|don'?ts|do not|example|examples|behaviou?rs?|note|why|how|what)\b/i.test(bold[2].trim())) named++;
      }
    }
    return items >= 2 && named * 3 >= items * 2;
  };

  for (const index of fromHeadings(sections, OUTER_CONTAINERS, () => sections.filter((s) => isValuesContainer(s) && !insideContainer(s, sections)).map((s) => s.index))) {
    addContainer(sections[index]);
  }
  for (const index of summaries.described) if (!visited.has(index) && !insideValue(sections[index], sections, visited)) addHeadingValue(sections[index], true);
  // Headings that label themselves as one value: "### Principle: Build common platforms".
  for (const index of fromHeadings(sections, VALUE_LABELS, () => sections.filter((s) => s.heading && VALUE_LABEL.test(s.heading.text)).map((s) => s.index))) {
    const section = sections[index];
    if (!visited.has(section.index) && !insideValue(section, sections, visited)) addHeadingValue(section, false);
  }
  if (isValuesDocument && values.length === 0) {
    // A values page without a "Values" heading ("## 1. We are open source") has its values as its headings, or as its items.
    const titles = sections.filter((s) => s.heading && s.depth === 1);
    const root = titles.length === 1 ? titles[0] : sections[0];
    addItems(root, root);
    if (root.index !== 0) addItems(sections[0], sections[0]);
    const top = sections.filter((s) => s.heading && s.depth > 1 && !isAside(s));
    const depth = top.reduce((min, s) => Math.min(min, s.depth), 7);
    for (const section of top) if (section.depth === depth && section.role !== 'goals' && section.role !== 'vision' && section.role !== 'mission') addHeadingValue(section, true);
  }
  values.sort((a, b) => a.nameRange.start - b.nameRange.start);
  return values;
}

/** Keys of what `fromHeadings` keeps: the outermost values containers, and the headings labelled as one value ("Principle: ..."). */
const OUTER_CONTAINERS = {};
const VALUE_LABELS = {};

/** Whether each section holds values (`isValuesContainer`), by index. */
const CONTAINERS = {};
function valuesContainers(sections: readonly Section[]): readonly boolean[] {
  return fromHeadings(sections, CONTAINERS, () => sections.map(isValuesContainer));
}

/** Whether a section lies inside a values container (it is read from there). */
function insideContainer(section: Section, sections: readonly Section[]): boolean {
  for (let at = section.parent; at !== null; at = sections[at].parent) if (isValuesContainer(sections[at])) return true;
  return false;
}

/** Whether a section lies inside a heading already read as a value or a container. */
function insideValue(section: Section, sections: readonly Section[], visited: ReadonlySet<number>): boolean {
  for (let at = section.parent; at !== null; at = sections[at].parent) if (visited.has(at)) return true;
  return false;
}

/** A subsection that describes its value rather than naming another: "What it looks like", "Examples", "Behaviours". */
function isValuePart(section: Section): boolean {
  if (!section.heading) return false;
  const words = tokenize(cleanHeading(section.heading.text));
  return words.length <= 6 && VALUE_PART.findFirst(words) !== null;
}

/** Text with white space collapsed, kept per text: the values are read again on every edit, mostly from unchanged text. */
const collapseText = memoByText(collapse);

function itemText(block: BlockInfo, item: ListItemInfo): string {
  return collapseText(maskedSlice(block, item.range));
}

/** An item that is only a link ("[Read more](...)", "See [the guide](...)"). */
function isLinkOnly(raw: string): boolean {
  return /^\s*(?:see\s+(?:also\s+)?|for more,?\s+see\s+)?\[[^\]]{0,200}\]\([^)]{0,500}\)\s*\.?\s*$/i.test(raw);
}

/**
 * Values written in a paragraph: one led by a bold name; one bold-led line each ("**Balance**: ... <br>");
 * or a line of names between bars or bullets ("Community | Innovation | Respect").
 */
function paragraphValues(text: SourceText, block: BlockInfo): { own: TextRange; range: TextRange; children: string[] }[] {
  if (block.type !== 'paragraph') return [];
  const raw = text.slice(block.range.start, block.range.end);
  const lines: TextRange[] = [];
  let at = block.range.start;
  for (const line of raw.split('\n')) {
    if (line.trim() !== '') lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  if (lines.length >= 2 && lines.every((line) => BOLD_LEAD.test(text.slice(line.start, line.end)))) return lines.map((line) => ({ own: line, range: line, children: [] }));
  if (boldLedParagraph(text, block)) return [{ own: block.range, range: block.range, children: [] }];
  if (lines.length === 1 && NAME_LINE.test(raw.trim())) {
    const names: { own: TextRange; range: TextRange; children: string[] }[] = [];
    const name = /[^|•·]+/g;
    for (let m = name.exec(raw); m; m = name.exec(raw)) {
      const lead = m[0].length - m[0].trimStart().length;
      const own = { start: block.range.start + m.index + lead, end: block.range.start + m.index + m[0].trimEnd().length };
      if (own.end > own.start) names.push({ own, range: own, children: [] });
    }
    return names;
  }
  return [];
}

const BOLD_LEAD = /^\s*(\*\*|__)[^*_\n]{1,60}(\*\*|__)/;
/** "Community | Innovation | Respect": three or more names of one to three words, between bars or bullets. */
const NAME_LINE = /^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}(?:\s*[|•·]\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,2}){2,}$/;

/** "**Integrity.** We say what we mean." written as a paragraph per value. */
function boldLedParagraph(text: SourceText, block: BlockInfo): boolean {
  return block.type === 'paragraph' && BOLD_LEAD.test(text.slice(block.range.start, Math.min(block.range.end, block.range.start + 70)));
}

/** A bold lead names the value; otherwise the text before the first colon, dash or full stop does. */
function splitNameAndDescription(raw: string, masked: string): { name: string; description: string } {
  return nameAndDescription(`${raw.length}:${raw}${masked}`);
}

const nameAndDescription = memoByText((key) => {
  const colon = key.indexOf(':');
  const rawEnd = colon + 1 + Number(key.slice(0, colon));
  return readNameAndDescription(key.slice(colon + 1, rawEnd), key.slice(rawEnd));
});

function readNameAndDescription(raw: string, masked: string): { name: string; description: string } {
  const bold = /^\s*\[?\s*(\*\*|__)(.+?)\1/s.exec(raw);
  if (bold) {
    const rest = masked.slice(bold[0].length).replace(/^[\s\]]*(?:\([^)\n]{0,300}\))?\s*[:.!–—-]?\s*/, '');
    return { name: collapse(bold[2]).replace(/[:.!–—-]+$/, ''), description: collapse(rest) };
  }
  const match = NAME_AND_DESCRIPTION.exec(masked);
  if (match) return { name: collapse(match[1]), description: collapse(match[2]) };
  // A whole sentence with no name ("We share our data as openly as we can") is itself the behaviour.
  const sentence = collapse(masked);
  return sentence.split(' ').length >= 6 ? { name: sentence.split(' ').slice(0, 4).join(' '), description: sentence } : { name: sentence, description: '' };
}

/**
 * Principles stated in prose: "To achieve our vision, we must put people first, make continuous,
 * timely improvement and recognize that working together beats working alone. These are our
 * guiding principles." The sentence the next one names is the value.
 */
export function valuesInProse(blocks: readonly BlockInfo[], origins: readonly BlockInfo[], sections: readonly Section[]): Value[] {
  const values: Value[] = [];
  // Found per block and kept, as few paragraphs name principles: an edit reads only the blocks it made.
  for (const { range, phrase } of perOrigin(blocks, origins, PRINCIPLES, principlesOf)) {
    const section = sections[sectionAt(sections, range.start)];
    // A bold label read as a heading ("**Values. These are our values**") is no paragraph of its section.
    if (section.heading && range.start < section.heading.range.end && section.heading.range.start <= range.start) continue;
    values.push({ name: phrase!, nameRange: range, description: '', behaviours: [], range, section: section.index, fromHeading: false, inProse: true });
  }
  return values;
}

const PRINCIPLES = {};

function principlesOf(block: BlockInfo): BlockFinding[] {
  if (block.type !== 'paragraph') return [];
  return principlesIn(block.masked).map(({ start, end, text }) => ({ range: { start: block.range.start + start, end: block.range.start + end }, phrase: text }));
}

/** The sentences of a paragraph that the sentence after them names as principles, with their offsets. */
const principlesIn = memoByText((masked: string): { start: number; end: number; text: string }[] => {
  if (!/\b(?:values|principles|beliefs|tenets)\b/i.test(masked)) return [];
  const spans = sentenceSpans(masked);
  const found: { start: number; end: number; text: string }[] = [];
  for (let i = 1; i < spans.length; i++) {
    if (!NAMED_AS_PRINCIPLES.test(masked.slice(spans[i].start, spans[i].end))) continue;
    const sentence = masked.slice(spans[i - 1].start, spans[i - 1].end);
    const start = spans[i - 1].start + (sentence.length - sentence.trimStart().length);
    const text = collapse(sentence).replace(/[.;:]$/, '');
    found.push({ start, end: start + sentence.trim().length, text });
  }
  return found;
});
