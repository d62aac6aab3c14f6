import { collapse, firstBlockFrom, maskedSlice, movedBy, originOf, type BlockInfo, type ListItemInfo } from '../markdown/blocks';
import type { TextRange } from '../types';
import { GOAL_LABEL, ancestry, ownBlocks } from './sections';
import type { Goal, GoalCell, GoalColumn, Section } from './types';
import { charAt, type SourceText } from '../text/source';

/** An attribute line under a goal: "Owner: Priya", "Target - 45", "**Due:** Q3". */
const ATTRIBUTE_LINE =
  /^\s*(owners?|dri|leads?|led by|accountable|responsible|sponsor|metrics?|kpis?|measures?|measured by|indicators?|baseline|current|starting point|targets?|deadline|due|due date|by when|timeline|timeframe|when|why|rationale|outcome|customer outcome)\s*[:\-–—]\s*/i;

const COLUMN_WORDS: [GoalColumn, RegExp][] = [
  ['owner', /\b(owners?|dri|leads?|responsible|accountable|sponsor|who|owned by|team)\b/i],
  ['deadline', /\b(deadline|due|by when|when|dates?|timeline|timeframe|time ?frame|quarter|period|by)\b/i],
  ['baseline', /\b(baseline|current|today|now|starting point|as[- ]is|actual|last year)\b/i],
  ['target', /\b(targets?|goal value|to[- ]be|aim)\b/i],
  ['goal', /\b(goals?|objectives?|key results?|krs?|okrs?|outcomes?|commitments?|priorit(y|ies)|aims?|ambitions?|initiatives?)\b/i],
  ['metric', /\b(metrics?|kpis?|measures?|indicators?|how we (will )?measure)\b/i],
  ['relevance', /\b(why|rationale|customer (outcome|benefit|impact)|impact|link to|pillar|theme|benefit)\b/i],
];

const YEAR_HEADER = /\b(19[89]\d|20\d\d)\b/;

/** Assigns each table column a goal attribute from its header; null when the table holds no goals. */
export function classifyColumns(headers: readonly string[], referenceYear: number): (GoalColumn | null)[] | null {
  const columns = headers.map((header): GoalColumn | null => {
    // The head noun decides: "OKR schedule" is a schedule, "Key result" is a goal.
    const words = header.toLowerCase().match(/[a-z]+/g) ?? [];
    const head = words.length > 2 ? words.slice(-2).join(' ') : header;
    for (const [column, pattern] of COLUMN_WORDS) if (pattern.test(head)) return column;
    const year = YEAR_HEADER.exec(header);
    if (year) return Number(year[1]) <= referenceYear ? 'baseline' : 'target';
    return null;
  });
  if (!columns.includes('goal')) {
    // A KPI table ("KPI | 2025 | 2027 target") states its goals in the metric column.
    const metric = columns.indexOf('metric');
    if (metric < 0) return null;
    columns[metric] = 'goal';
    return columns;
  }
  // Beside an Objective column, the Key result column holds the measurable goals; the objective says why.
  const keyResult = headers.findIndex((h, i) => columns[i] === 'goal' && /\bkey results?\b|\bkrs?\b/i.test(h));
  // Otherwise the first goal-like column holds the goal; later ones ("Outcome" beside "Objective") explain why.
  const first = keyResult >= 0 ? keyResult : columns.indexOf('goal');
  return columns.map((column, i) => (column === 'goal' && i !== first ? 'relevance' : column));
}

const EMPTY_CELL = /^(|-+|–|—|\?+|n\/?a|tbd|tbc|to be (confirmed|decided|defined)|none|x)$/i;

export function isEmptyCell(text: string): boolean {
  return EMPTY_CELL.test(text.trim());
}

/** A list item that is only a link ("[What is an OKR?](...)") points elsewhere; it is not a goal. */
const LINK_ONLY = /^\s*(\[[^\]]*\]\([^)]*\)|\[[^\]]*\]\[[^\]]*\]|<[^>\s]+>|https?:\/\/\S+)\s*[.,;]?\s*$/;

/** "### Marketing", "## Platform team": a short heading naming a team owns the goals under it. */
const TEAM_HEADING = /^\s*(?:\d+\.?\s*)?(?:[\w&/.+-]+\s+){0,2}(?:team|squad|group|department|office|function)\s*$|^\s*(?:\d+\.?\s*)?(?:marketing|sales|engineering|product|design|support|operations|ops|finance|hr|people|legal|security|platform|data|growth|customer success|research|partnerships|recruiting|talent|communications|comms|infrastructure|it)(?:\s+(?:and|&)\s+\w+)?\s*$/i;

function teamHeadingOwner(section: Section): GoalCell | undefined {
  if (!section.heading || section.depth === 1 || !TEAM_HEADING.test(section.heading.text)) return undefined;
  return { text: section.heading.text, range: section.heading.range, header: 'section owner' };
}

/** Status notes after "=>" and issue, version and standard numbers are not part of what a goal commits to. */
function withoutNoise(masked: string): string {
  const blankFrom = (text: string, at: number) => text.slice(0, at) + text.slice(at).replace(/[^\r\n]/g, ' ');
  let out = masked;
  const status = /\s(?:=+>|→)\s|(?<!key\s)\b(?:status|update|progress|result|done)\s*:/i.exec(out);
  if (status) out = blankFrom(out, status.index);
  return out
    .replace(/(?:[\w.-]+\/[\w.-]+)?#\d+/g, (m) => ' '.repeat(m.length))
    .replace(/\bv?\d+\.\d+\.\d+[\w.+-]*|\bv\d+(?:\.\d+)?\b/g, (m) => ' '.repeat(m.length))
    .replace(/\b(?:since|version|release|in)\s+\d+\.\d+\b/gi, (m) => m.replace(/\d+\.\d+$/, (n) => ' '.repeat(n.length)))
    .replace(/\b(?:RFC|ISO|PR|issue|ticket|section|step|phase|tier|level)[\s-]*\d+/gi, (m) => m.replace(/\d+$/, (n) => ' '.repeat(n.length)));
}

const readings = new Map<string, { cut: number; masked: string; text: string }>();

/**
 * A goal's text read once per distinct text (most are unchanged between edits): the label cut
 * off ("KR 1.2:" carries numbers that are not targets), status notes and issue numbers blanked.
 */
function readGoalText(visible: string): { cut: number; masked: string; text: string } {
  let reading = readings.get(visible);
  if (!reading) {
    const label = GOAL_LABEL.exec(visible);
    const cut = label ? label[0].length : 0;
    const masked = withoutNoise(visible);
    reading = { cut, masked: masked.slice(cut), text: collapse(masked) };
    if (readings.size > 20_000) readings.clear();
    readings.set(visible, reading);
  }
  return reading;
}

/** "Goals", "Our goals", "Objective": a heading that is nothing but the goals label. */
const PLAIN_GOALS_HEADING = /^\s*(our|the|team|key)?\s*(goals?|objectives?|aims?)\s*:?\s*$/i;

/** "Key results", "OKRs", "Goals": a label heading says nothing about why; the heading above it may. */
const LABEL_HEADING = /^\s*(our|the|team|key)?\s*(goals?|objectives?|aims?|key results?|krs?|okrs?|targets?|measures?)\s*:?\s*$/i;

/**
 * Splits the sections into goal chunks, runs of sections whose goals link only among themselves,
 * so a chunk's goals can be found, analysed and checked on their own, and kept while it is
 * unchanged. A section's own text is a chunk and each subsection starts another, unless the heading
 * is a goal (its key results sit in the subsections) or a plain "Goals" heading (whose prose counts
 * as a goal only when no subsection holds one): then the section and its subsections are one chunk.
 * Links that do reach into a chunk (headings above, an owner named above) are part of its key.
 */
export function planGoalChunks(sections: readonly Section[]): { first: number; last: number }[] {
  const chunks: { first: number; last: number }[] = [];
  const lastOfSubtree = (section: Section): number =>
    section.children.length === 0 ? section.index : lastOfSubtree(sections[section.children[section.children.length - 1]]);
  const visit = (section: Section): void => {
    const heading = section.heading?.text;
    const whole =
      section.children.length === 0 ||
      (heading !== undefined && section.index > 0 && (GOAL_LABEL.test(heading) || (section.depth !== 1 && PLAIN_GOALS_HEADING.test(heading))));
    if (whole) {
      chunks.push({ first: section.index, last: lastOfSubtree(section) });
      return;
    }
    chunks.push({ first: section.index, last: section.index });
    for (const child of section.children) visit(sections[child]);
  };
  if (sections.length > 0) visit(sections[0]);
  return chunks;
}

/** A paragraph that is all bold and reads like an objective (three words or more). */
function isBoldObjective(raw: string, masked: string): boolean {
  return /^\s*(\*\*|__)[^*_]+\1\s*$/.test(raw) && masked.trim().split(/\s+/).length >= 3;
}

export interface ExtractOptions {
  text: SourceText;
  blocks: readonly BlockInfo[];
  sections: readonly Section[];
  referenceYear: number;
  /** The sections to read, `first` to `last`: a goal chunk (see `planGoalChunks`), which no goal links reach out of. */
  first: number;
  last: number;
  /** The owner named in a section before `first` ("Owner: ..." in its text), which its goals below inherit. */
  ownerBefore: (section: number) => GoalCell | undefined;
}

export interface ExtractedGoals {
  /** Indexed from 0 within the chunk, as are their parents and children. */
  goals: Goal[];
  /** Owners named in the chunk's sections, by section index, for the chunks below. */
  owners: Map<number, GoalCell>;
}

/**
 * Finds the goals of a chunk of sections: list items under goals-like headings, labelled lines,
 * labelled headings and goal-table rows.
 */
export function extractGoals({ text, blocks, sections, referenceYear, first, last, ownerBefore }: ExtractOptions): ExtractedGoals {
  const goals: Goal[] = [];
  const sectionOwner = new Map<number, GoalCell>();
  const chunk = sections.slice(first, last + 1);

  const addGoal = (
    source: Goal['source'],
    range: TextRange,
    section: number,
    parent: number | null,
    visible: string,
    textStart = range.start,
  ): Goal => {
    const { cut, masked, text: goalText } = readGoalText(visible);
    const goal: Goal = {
      index: goals.length,
      source,
      range,
      text: goalText,
      textRange: { start: textStart + cut, end: textStart + cut + masked.length },
      masked,
      section,
      parent,
      children: [],
      attributes: {},
      inheritedText: [],
      analysis: undefined as never,
    };
    goals.push(goal);
    if (parent !== null) goals[parent].children.push(goal.index);
    return goal;
  };

  const attributeOf = (masked: string, range: TextRange): { column: GoalColumn; cell: GoalCell } | null => {
    const match = ATTRIBUTE_LINE.exec(masked);
    if (!match) return null;
    const label = match[1].toLowerCase();
    const column: GoalColumn | undefined = COLUMN_WORDS.find(([, pattern]) => pattern.test(label))?.[0];
    const start = range.start + match[0].length;
    return {
      column: column === 'goal' ? 'relevance' : (column ?? 'relevance'),
      cell: { text: collapse(masked.slice(match[0].length)), range: { start, end: range.end }, header: match[1] },
    };
  };

  const headingGoalOf = new Map<number, number>();
  for (const section of chunk) {
    const inGoals = section.effectiveRole === 'goals';
    let objective: number | null = null;

    if (section.heading && section.index > 0 && GOAL_LABEL.test(section.heading.text)) {
      const block = blocks[section.firstBlock];
      objective = addGoal('heading', section.heading.range, section.index, null, block.masked).index;
      headingGoalOf.set(section.index, objective);
    } else {
      // Key results under "### Objective 2" sub-sections belong to the objective heading above.
      const parentHeadingGoal = section.parent === null ? undefined : headingGoalOf.get(section.parent);
      if (parentHeadingGoal !== undefined && section.role === 'other') objective = parentHeadingGoal;
    }

    for (let blockIndex = section.blocksFrom; blockIndex < section.blocksTo; blockIndex++) {
      const block = blocks[blockIndex];
      // Items are read where the block was first extracted and only goals moved: most blocks did not change.
      const origin = originOf(block);
      if (origin.items) {
        const delta = movedBy(block);
        const place = (r: TextRange): TextRange => (delta === 0 ? r : { start: r.start + delta, end: r.end + delta });
        const visit = (item: ListItemInfo, parent: number | null, level: number): void => {
          const masked = maskedSlice(origin, item.ownRange);
          const own = place(item.ownRange);
          const attribute = attributeOf(masked, own);
          if (attribute) {
            if (parent !== null) goals[parent].attributes[attribute.column] ??= attribute.cell;
            else if (attribute.column === 'owner') sectionOwner.set(section.index, attribute.cell);
            return;
          }
          if (LINK_ONLY.test(text.slice(own.start, own.end))) return;
          const labelled = GOAL_LABEL.exec(masked);
          const isKeyResult = labelled !== null && /^(kr|key result)/i.test(labelled[1] ?? labelled[2] ?? '');
          const counts = inGoals || labelled !== null || parent !== null;
          if (!counts || level > 1) {
            // Deeper items are details of their goal: their attribute lines still apply.
            for (const child of item.children) visit(child, parent, level + 1);
            return;
          }
          const goalParent = level === 0 ? (isKeyResult || !labelled ? objective : null) : parent;
          const goal = addGoal(labelled || inGoals || parent !== null ? 'list' : 'line', own, section.index, goalParent, masked);
          for (const child of item.children) visit(child, goal.index, level + 1);
        };
        for (const item of origin.items) visit(item, null, 0);
      } else if (block.table) {
        extractTableGoals(block, section.index, objective);
      } else if (block.paragraphs.length > 0 || block.type === 'paragraph') {
        const paragraphs = block.paragraphs.length > 0 ? block.paragraphs : [block.range];
        for (const paragraph of paragraphs) {
          let lineStart = paragraph.start;
          for (const line of maskedSlice(block, paragraph).split('\n')) {
            const range = { start: lineStart, end: lineStart + line.replace(/\s+$/, '').length };
            lineStart += line.length + 1;
            const labelled = GOAL_LABEL.exec(line);
            if (!labelled && inGoals && isBoldObjective(text.slice(range.start, range.end), line)) {
              // "**Make onboarding effortless**" above a list: an objective whose items are its key results.
              objective = addGoal('line', range, section.index, null, line).index;
              continue;
            }
            if (labelled) {
              const isKeyResult = /^(kr|key result)/i.test(labelled[1] ?? labelled[2] ?? '');
              const goal = addGoal('line', range, section.index, isKeyResult ? objective : null, line);
              if (!isKeyResult) objective = goal.index;
              continue;
            }
            const attribute = attributeOf(line, range);
            if (attribute?.column === 'owner') {
              if (objective !== null && goals[objective].section === section.index) goals[objective].attributes.owner ??= attribute.cell;
              else sectionOwner.set(section.index, attribute.cell);
            }
          }
        }
      }
    }
  }

  function extractTableGoals(block: BlockInfo, section: number, objective: number | null): void {
    const table = block.table!;
    const headers = table.header.cells.map((cell) => cell.text);
    const columns = classifyColumns(headers, referenceYear);
    if (!columns) return;
    const goalColumn = columns.indexOf('goal');
    // A column of numbers and dates cannot hold goals: this is a schedule or a data table.
    const goalCells = table.rows.map((row) => row.cells[goalColumn]?.text ?? '').filter((t) => !isEmptyCell(t));
    if (goalCells.length > 0 && goalCells.every((t) => !/[a-z]{3}/i.test(t.replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi, '')))) return;
    for (const row of table.rows) {
      const goalCell = row.cells[goalColumn];
      if (!goalCell || isEmptyCell(goalCell.text)) continue;
      const cells: GoalCell[] = row.cells.map((cell, i) => ({ text: cell.text, range: cell.range, header: headers[i] ?? '' }));
      const goal = addGoal('table', trimRange(text, row.range), section, objective, maskedSlice(block, goalCell.range), goalCell.range.start);
      goal.row = { range: row.range, cells };
      columns.forEach((column, i) => {
        if (column && column !== 'goal' && cells[i] && !isEmptyCell(cells[i].text)) goal.attributes[column] ??= cells[i];
      });
      // A header such as "2027 target" dates every row.
      headers.forEach((header, i) => {
        if (columns[i] === 'target' && YEAR_HEADER.test(header)) goal.inheritedText.push({ text: header, range: table.header.cells[i].range, from: 'column' });
      });
    }
  }

  // A goals section written as prose ("## Goals" then a sentence) states its goal in that paragraph.
  const sectionsWithGoals = new Set(goals.map((g) => g.section));
  for (const section of chunk) {
    if (!section.heading || section.depth === 1 || !PLAIN_GOALS_HEADING.test(section.heading.text)) continue;
    if (sectionsWithGoals.has(section.index) || section.children.some((child) => sectionsWithGoals.has(child))) continue;
    const paragraphs = ownBlocks(blocks, section).filter((b) => b.type === 'paragraph');
    if (paragraphs.length === 0 || paragraphs.length > 3) continue;
    for (const block of paragraphs) {
      if (originOf(block).tokens.length >= 4 && originOf(block).tokens.length <= 80) addGoal('line', trimRange(text, block.range), section.index, null, block.masked);
    }
  }

  // Headings above a goal can name its period ("2027 Q1 goals"); section owners apply to goals below them.
  // Both depend only on the goal's section (a heading goal skips its own heading), so goals share them.
  const bySection = new Map<string, { inherited: Goal['inheritedText']; owner: GoalCell | undefined }>();
  const fromAncestors = (section: number, skipOwnHeading: boolean) => {
    const key = `${section}:${skipOwnHeading}`;
    let found = bySection.get(key);
    if (!found) {
      found = { inherited: [], owner: undefined };
      let nearest = true;
      for (const ancestor of ancestry(sections, section)) {
        if (ancestor.heading && !(skipOwnHeading && ancestor.index === section)) {
          found.inherited.push({
            text: ancestor.heading.text,
            range: ancestor.heading.range,
            from: nearest && (ancestor.depth > 1 || ancestor.index === section) ? 'section' : 'ancestor',
          });
          // Under "### Key results", the heading that speaks for the goal is the objective above it.
          nearest = nearest && LABEL_HEADING.test(ancestor.heading.text) && ancestor.depth > 1;
        }
        const owner = (ancestor.index < first ? ownerBefore(ancestor.index) : sectionOwner.get(ancestor.index)) ?? teamHeadingOwner(ancestor);
        if (owner && !found.owner) found.owner = { ...owner, header: 'section owner' };
      }
      bySection.set(key, found);
    }
    return found;
  };
  for (const goal of goals) {
    const { inherited, owner } = fromAncestors(goal.section, goal.source === 'heading');
    // Table goals already hold their column headers; the rest share their section's list.
    goal.inheritedText = goal.inheritedText.length > 0 ? [...goal.inheritedText, ...inherited] : inherited;
    if (owner && !goal.attributes.owner) goal.attributes.owner = owner;
  }
  return { goals, owners: sectionOwner };
}

function trimRange(text: SourceText, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(charAt(text, start))) start++;
  while (end > start && /\s/.test(charAt(text, end - 1))) end--;
  return { start, end };
}
