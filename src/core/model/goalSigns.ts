import { collapse, type BlockInfo } from '../markdown/blocks';
import { GOAL_LABEL } from './sections';
import type { GoalCell, GoalColumn, Section } from './types';
import { isGoalLeadIn, isStatement, opensWithImperative } from './reading';
import { memoByText } from '../text/memo';

/*
 * The signs the goal reader goes by, each read on its own: which table columns hold goals and their
 * attributes, how a goal's text is cleaned of markers and noise, which headings, labels and bold
 * leads name goals or results, and where the document divides into goal chunks. `extractGoals`
 * (goals.ts) puts them together.
 */

const COLUMN_WORDS: [GoalColumn, RegExp][] = [
  ['owner', /\b(owners?|dri|leads?|responsible|accountable|sponsor|who|owned by|team|assignees?|point of contact)\b/i],
  ['deadline', /\b(deadline|due|by when|when|dates?|timeline|timeframe|time ?frame|quarter|period|by)\b/i],
  ['baseline', /\b(baseline|current|today|now|starting point|as[- ]is|actual|last year)\b/i],
  ['target', /\b(targets?|goal value|to[- ]be|aim)\b/i],
  ['goal', /\b(goals?|objectives?|key results?|krs?|okrs?|outcomes?|commitments?|priorit(y|ies)|aims?|ambitions?|initiatives?|milestones?|deliverables?)\b/i],
  ['metric', /\b(metrics?|kpis?|measures?|indicators?|how we (will )?measure)\b/i],
  ['relevance', /\b(why|rationale|customer (outcome|benefit|impact)|impact|link to|pillar|theme|benefit)\b/i],
];

export const YEAR_HEADER = /\b(19[89]\d|20\d\d)\b/;

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

const EMPTY_CELL = /^(|-+|–|—|\?+|n\/?a|tbd|tbc|tk|to be (confirmed|decided|defined)|none|x|\*+|_+)$/i;

export function isEmptyCell(text: string): boolean {
  return EMPTY_CELL.test(text.trim());
}

/** "## Platform team", "### Growth squad": a short heading that says it names a team. */
const NAMED_TEAM_HEADING = /^\s*(?:\d+\.?\s*)?(?:[\w&/.+-]+\s+){0,2}(?:team|squad|group|department|office|function|committee|working group|wg)\s*:?\s*$/i;

/** "### Marketing", "### Finance": a heading that is only the name of a function that is a team. */
const FUNCTION_HEADING = /^\s*(?:\d+\.?\s*)?(?:marketing|sales|engineering|finance|hr|people ops|legal|customer success|customer engineering|recruiting|talent|it|ceo|cto|cfo|coo|cmo|cpo|cro|vp [\w ]{1,20}|product\/engineering|product & engineering|devrel|business development|bizdev|fundraising)(?:\s+(?:and|&)\s+\w+)?\s*:?\s*$/i;

/** "### Research", "## Community": a function's name that is as often a topic or a pillar as a team. */
const AREA_HEADING = /^\s*(?:\d+\.?\s*)?(?:product|design|support|operations|ops|people|security|platform|data|growth|research|partnerships|communications|comms|infrastructure|(?:developer |dev )?(?:community|relations|advocacy)|developer experience|documentation|docs|qa|quality assurance|analytics|ux|content|education|outreach|brand|events|policy)(?:\s+(?:and|&)\s+\w+)?\s*:?\s*$/i;

/** "### Marketing", "## Platform team": a short heading naming a team owns the goals under it. */
export const TEAM_HEADING = new RegExp(`${NAMED_TEAM_HEADING.source}|${FUNCTION_HEADING.source}|${AREA_HEADING.source}`, 'i');

/** A heading that names a person, often with a handle ("`Bedeho` (@bedeho)"): their personal goals follow. */
export const PERSON_HEADING = /^\s*`?[A-Z][\w.-]{1,30}`?(?:\s+`?[A-Z][\w.-]{1,30}`?)?\s*\(@[\w.-]{1,39}\)\s*$/;

/**
 * Who a section's heading names as owning the goals under it. An area's name is a team's only among
 * teams: "## Community" beside "## Science" and "## Governance" names a pillar, not a team.
 */
export function headingOwner(section: Section, sections: readonly Section[]): GoalCell | undefined {
  if (!section.heading || section.depth === 1) return undefined;
  const text = section.heading.text;
  const owns = headingOwnership(text);
  if (owns === null || (owns === 'area' && !amongTeams(section, sections))) return undefined;
  return { text: text.replace(/\s*:\s*$/, ''), range: section.heading.range, header: 'section owner' };
}

/** Whether a heading's words name an owner ("named": a team, function or person), an area, or neither; read once per heading text, as every goal below it asks. */
const headingOwnership = memoByText((text): 'named' | 'area' | null =>
  NAMED_TEAM_HEADING.test(text) || FUNCTION_HEADING.test(text) || PERSON_HEADING.test(text) ? 'named' : AREA_HEADING.test(text) ? 'area' : null,
);

/** Whether a section has no sibling headings, or at least one that names a team or a person too. */
function amongTeams(section: Section, sections: readonly Section[]): boolean {
  const siblings = section.parent === null ? [] : sections[section.parent].children.filter((i) => i !== section.index);
  return siblings.length === 0 || siblings.some((i) => headingOwnership(sections[i].heading?.text ?? '') !== null);
}

/** Whether a heading names an area ("## Community"), which owns the goals under it only among teams. */
export function isAreaHeading(text: string): boolean {
  return AREA_HEADING.test(text);
}

/**
 * Whether an area heading owns the goals under it ("1") or not ("0"). It depends on the sibling
 * headings, which an edit elsewhere may change, so an editing session keys the goals under it by it too.
 */
export function areaOwnership(section: Section, sections: readonly Section[]): string {
  return amongTeams(section, sections) ? '1' : '0';
}

/** The goal without a trailing status note ("Status: done", "=> shipped"), which is a record, not part of the goal. */
function withoutStatusNote(text: string): string {
  const status = /\s(?:=+\s?>|→)\s|(?<!key\s)\b(?:status|update|progress|result|done)\s*:/i.exec(text);
  // "from Bounty Started → Bounty Completed" is a span between two stages, not a status note.
  if (!status || /\bfrom\s+(?:\S+\s+){0,3}$/i.test(text.slice(0, status.index + 1))) return text;
  return text.slice(0, status.index) + text.slice(status.index).replace(/[^\r\n]/g, ' ');
}

/** Issue and version numbers and enumerations blanked: their digits are no targets. */
function withoutNoise(text: string): string {
  return text
    .replace(/(?:[\w.-]+\/[\w.-]+)?#\d+/g, (m) => ' '.repeat(m.length))
    // "(7/10)", "(0.7)", and "(0)" or "(1)" ending the goal: a grade given the goal, not its target.
    .replace(/\(\s*(?:\d{1,2}\s*\/\s*10|0?\.\d{1,2}|1\.0|[01](?=\s*\)\s*$))\s*\)/g, (m) => ' '.repeat(m.length))
    .replace(/\bv?\d+\.\d+\.\d+[\w.+-]*|\bv\d+(?:\.\d+)?\b/g, (m) => ' '.repeat(m.length))
    .replace(/\b(?:since|version|release|in)\s+\d+\.\d+\b/gi, (m) => m.replace(/\d+\.\d+$/, (n) => ' '.repeat(n.length)))
    .replace(/\b(?:RFC|ISO|PR|issue|ticket|section|step|phase|tier|level|epic|action|priority|objective|kr|o)[\s-]*\d+/gi, (m) => m.replace(/\d+$/, (n) => ' '.repeat(n.length)));
}

const readings = new Map<string, { cut: number; masked: string; text: string }>();

/**
 * A goal's text read once per distinct text (most are unchanged between edits): the label cut
 * off ("KR 1.2:" carries numbers that are not targets), status notes and issue numbers blanked.
 */
export function readGoalText(visible: string): { cut: number; masked: string; text: string } {
  let reading = readings.get(visible);
  if (!reading) {
    const label = GOAL_LABEL.exec(visible);
    const cut = label ? label[0].length : 0;
    const noted = withoutStatusNote(visible);
    // The text shown keeps "Release 1.0" and "Action 3"; only the reading blanks their numbers.
    reading = { cut, masked: withoutNoise(noted).slice(cut), text: collapse(noted) };
    if (readings.size > 20_000) readings.clear();
    readings.set(visible, reading);
  }
  return reading;
}

/** "Goals", "Our goals", "Objective": a heading that is nothing but the goals label. */
export const PLAIN_GOALS_HEADING = /^\s*(our|the|team|key)?\s*(goals?|objectives?|aims?)\s*:?\s*$/i;

/** "Key results", "OKRs", "Goals": a label heading says nothing about why; the heading above it may. */
export const LABEL_HEADING = /^\s*(our|the|team|key)?\s*(goals?|objectives?|aims?|key results?|krs?|okrs?|targets?|measures?)\s*:?\s*$/i;

/** "### Key results" under an objective heading: the objective's measures follow. */
export const KEY_RESULTS_HEADING = /^\s*(key results?|krs?|kpis?|key performance indicators( \(kpis?\))?|(success )?metrics|measures?( of success)?|success measures|how we('ll| will) measure( it| success)?)\s*:?\s*$/i;

/** A bold label over a list of goals or measures: "**Key Results**", "**Proposed strategies**", "**Measures of success**". */
export const GOAL_LIST_LABEL = /\b(key results?|krs?|measures?( of success)?|success measures|success metrics|metrics|kpis?|strategies|initiatives|actions|outcomes|deliverables|milestones|commitments|targets|goals|objectives|priorities)\b/i;

/** "1. CEO: Grow Net ARR", "Action 01: ...", "Priority 2 - ...": the enumeration before a heading's statement. */
/** "Here is a list of limitations and requirements ...", "based on 6 principles:": what follows is not planned. */
export const NOT_GOALS_LEAD = /\b(?:limitations|requirements|constraints|risks|assumptions|non-?goals|out of scope|known issues|caveats|prerequisites|dependencies|open questions|trade-?offs|principles|indicators)\b/i;

export const ENUMERATION = /^\s*(?:\d{1,3}[.)]|[ivx]{1,4}[.)]|[a-z][.)])\s+/i;

/** Whether a section's own text ends with a lead-in ("We will:") that makes its subsections goals. */
export function endsWithLeadIn(blocks: readonly BlockInfo[], section: Section): boolean {
  for (let i = section.blocksTo - 1; i >= section.blocksFrom; i--) {
    const block = blocks[i];
    if (block.type === 'html' || block.comments.length > 0 && block.masked.trim() === '') continue;
    return block.type === 'paragraph' && isGoalLeadIn(block.masked);
  }
  return false;
}

/**
 * Splits the sections into goal chunks, runs of sections whose goals link only among themselves,
 * so a chunk's goals can be found, analysed and checked on their own, and kept while it is
 * unchanged. A section's own text is a chunk and each subsection starts another, unless the heading
 * is a goal (its key results sit in the subsections), a plain "Goals" heading (whose prose counts
 * as a goal only when no subsection holds one), an objective with a "Key results" subsection, or
 * its text ends with a lead-in ("We will:") that makes its subsections goals: then the section and
 * its subsections are one chunk. Links that do reach into a chunk (headings above, an owner named
 * above) are part of its key.
 */
export function planGoalChunks(sections: readonly Section[], blocks: readonly BlockInfo[]): { first: number; last: number }[] {
  const chunks: { first: number; last: number }[] = [];
  const lastOfSubtree = (section: Section): number =>
    section.children.length === 0 ? section.index : lastOfSubtree(sections[section.children[section.children.length - 1]]);
  const visit = (section: Section): void => {
    const heading = section.heading?.text;
    const whole =
      section.children.length === 0 ||
      (heading !== undefined &&
        section.index > 0 &&
        (GOAL_LABEL.test(heading) ||
          (section.depth !== 1 && PLAIN_GOALS_HEADING.test(heading)) ||
          section.children.some((child) => KEY_RESULTS_HEADING.test(sections[child].heading?.text ?? '')))) ||
      endsWithLeadIn(blocks, section);
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

/** "Number of reachable nodes": a measure to watch, with no direction or number, names no change. */
export function namesOnlyAMeasure(text: string): boolean {
  return /^\s*(?:the\s+)?(?:number|percentage|share|proportion|count|amount|rate|ratio)\s+of\s+[^\d.;:]{3,80}$/i.test(text) && !/\b(?:increases?|decreases?|grows?|rises?|falls?|drops?|reach(?:es)?|doubles?|triples?|to|from|above|below|over|under|at least|more|fewer|less|higher|lower)\b/i.test(text);
}

/** "Possibilities include ...", "Possible themes for these grants: ...": options under a goal, not goals. */
export function listsOptions(text: string): boolean {
  return /^\s*(?:(?:possibilities|options|candidates|ideas|examples)\s+(?:include|are|could|might)\b|possible\s+[^.:]{1,40}:|(?:for\s+)?examples?\s*:|e\.\s?g\.)/i.test(text);
}

/** A key result or sub-goal states a change, a state or a number; a short noun phrase only details its goal. */
export function looksLikeResult(text: string): boolean {
  if (/\d/.test(text)) return true;
  const words = text.match(/[A-Za-z][\w'’-]*/g) ?? [];
  return words.length >= 5 || opensWithImperative(text) || /\b(?:is|are|has|have|will|can|be)\b/i.test(text);
}

/**
 * A labelled line that states a goal: after "KR:" or "Objective:" two words do ("Increase PXP");
 * after "Priority 1 -" or "Action 2:" a short noun phrase only names a topic ("Developer experience").
 */
export function isLabelledGoal(text: string): boolean {
  const label = GOAL_LABEL.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  if (/^\s*(action|priority|initiative)/i.test(label[0])) return isStatement(rest) && (opensWithImperative(rest) || rest.trim().split(/\s+/).length > 4);
  return isLabelledStatement(rest);
}

/** After a goal label ("KR: Increase PXP") two words state a goal. */
export function isLabelledStatement(text: string): boolean {
  return !holdsPlaceholder(text) && (isStatement(text) || (text.match(/[A-Za-z][\w'’-]*/g) ?? []).length >= 2);
}

/** "CEO KR: X . [Issue 10320](...)": a placeholder stands where the statement will go. */
export function holdsPlaceholder(text: string): boolean {
  return /^\s*(?:x{1,3}|y{1,3}|tbd|tbc)\s*[.,;:]/i.test(text);
}

/**
 * A heading that can state an objective: three words or more, not a version ("Kubeflow 0.7") and
 * not a label dated by a period ("Focus Projects in 2024").
 */
export function isHeadingStatement(text: string): boolean {
  const words = text.match(/[A-Za-z][\w'’-]*/g) ?? [];
  if (words.length < 3 || /\bv?\d+\.\d+/.test(text)) return false;
  const dated = /\b(?:in|for|of)\s+(?:(?:19|20)\d\d|q[1-4]|h[12]|fy\s?\d{2,4})\b/i.test(text);
  return !(dated && words.length <= 4);
}

/** "0.6 was released in mid-July": a section that reports what was done is history, not plan. */
export const REPORTED = /\b(?:was|were|has been|have been)\s+(?:released|shipped|launched|completed|delivered|published|achieved|done)\b/i;

export function reportsThePast(blocks: readonly BlockInfo[], section: Section): boolean {
  for (let i = section.blocksFrom; i < section.blocksTo; i++) {
    const block = blocks[i];
    if (block.type === 'paragraph') return REPORTED.test(block.masked) && !/\bwill\b/i.test(block.masked);
  }
  return false;
}

/** A paragraph that is all bold and reads like an objective (three words or more). */
export function isBoldObjective(raw: string, masked: string): boolean {
  return /^\s*(\*\*|__)[^*_]+\1\s*$/.test(raw) && masked.trim().split(/\s+/).length >= 3;
}
