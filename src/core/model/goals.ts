import { collapse, maskedSlice, movedBy, originOf, type BlockInfo, type ListItemInfo } from '../markdown/blocks';
import type { TextRange } from '../types';
import { GOAL_LABEL, ancestry, isPlanPeriod } from './sections';
import type { Goal, GoalCell, GoalColumn, GoalRole, Section } from './types';
import { charAt, type SourceText } from '../text/source';
import { memoByText } from '../text/memo';
import { boldLead, isItalicOnly, isPlaceholderText, isTitleCaseName, endsWithColon, mayCommit, isTopic, readLeadIn, readPeriodLead, isLinkOnly, isQuestion, isStatement, isStruckThrough, linkOnlyTarget, opensWithImperative, withoutMarkers, opensWithStateVerb, readCommitment, readField, RECORD_LABEL, sentenceSpans, lastSentence, NAMED_AS_PRINCIPLES, type Commitment, type Field, type FieldKind, type LeadIn } from './reading';
import { NEIGHBOUR_SENTENCE, ROLE_WORDS } from './smart';
import { YEAR_HEADER, holdsPlaceholder, classifyColumns, isEmptyCell, TEAM_HEADING, PERSON_HEADING, headingOwner, readGoalText, PLAIN_GOALS_HEADING, LABEL_HEADING, KEY_RESULTS_HEADING, GOAL_LIST_LABEL, NOT_GOALS_LEAD, ENUMERATION, endsWithLeadIn, looksLikeResult, namesOnlyAMeasure, listsOptions, isLabelledGoal, isLabelledStatement, isHeadingStatement, reportsThePast, isBoldObjective } from './goalSigns';

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

/** How the items of a list are read: as goals, as the key results of an objective, or only for their fields. */
type ListMode = 'goals' | 'key-results' | 'fields';

const FIELD_COLUMNS: Partial<Record<FieldKind, GoalColumn>> = {
  owner: 'owner',
  deadline: 'deadline',
  metric: 'metric',
  baseline: 'baseline',
  target: 'target',
  why: 'relevance',
};

/** A sentence that goes on about the one before it: "These will be published ...", "They will ...". */
const BACK_REFERENCE_START = /^\s*(?:these|they|this|it|both)\s+(?:\w+\s+)?(?:will|shall|are|is|must)\b/i;
/** The header of a section owner taken from the actor of a commitment that opens the section. */
const INTRO_ACTOR = 'introducing actor';

/** A lead-in to standing work: "Every day, we:", "Each week we:", "We always:", "Day to day, we:". */
const ONGOING_LEAD = /^(?:(?:every|each)\s+(?:day|week|month|morning)|day[- ]to[- ]day|always)\b[^:]{0,40}:\s*$|\bwe (?:always|continually|routinely)\s*:\s*$/i;

/** "### 2020" in a goals document: the year the lines under it are planned for. */
const BARE_YEAR = /^\s*(?:19|20)\d\d\s*$/;

/** A year, quarter, half or fiscal year in a lead-in: worth reading it for a period. */
const PERIOD_HINT = /\b(?:19|20)\d\d\b|\b[QH][1-4]\b|\bFY ?\d/;
/** A commitment about what the sentence before it promised: "... will also reflect these plans". */
const BACK_REFERENCE = /\b(?:also|too)\b[^.;]*\b(?:these|those|them)\b|\b(?:these|those|them)\b[^.;]*\b(?:also|too)\b/i;

/**
 * Finds the goals of a chunk of sections as a reader does: list items and tables under goals
 * headings, period headings and lead-ins ("We will:"), objectives written as headings with their
 * key results, OKR blocks whose fields ("Owner:", "Timeframe:", "Key Results:") belong to their
 * goal, labelled lines, and commitments stated in prose ("We will ...", "Our goal is to ...").
 * Guidance (definitions, FAQs, processes, templates), non-goals, needs, records of progress and
 * values are not goals.
 */
export function extractGoals({ text, blocks, sections, referenceYear, first, last, ownerBefore }: ExtractOptions): ExtractedGoals {
  const goals: Goal[] = [];
  const sectionOwner = new Map<number, GoalCell>();
  /** Fields named for a whole section ("Timeframe: by 2022-07-31" in an OKR block), for its goals without their own. */
  const sectionFields = new Map<number, Partial<Record<GoalColumn, GoalCell>>>();
  const chunk = sections.slice(first, last + 1);

  const addGoal = (
    source: Goal['source'],
    role: GoalRole,
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
      role,
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

  const cellOf = (field: Field, start: number, end: number): GoalCell => ({ text: field.value, range: { start: start + field.valueStart, end }, header: field.label });

  /** Puts a field on a goal, or on the section when no goal owns it; owners also reach the chunks below. */
  const attach = (field: Field, cell: GoalCell, goal: number | null, section: number): void => {
    const column = FIELD_COLUMNS[field.kind];
    if (!column || !cell.text) return;
    if (goal !== null) {
      goals[goal].attributes[column] ??= cell;
      return;
    }
    const fields = sectionFields.get(section) ?? {};
    fields[column] ??= cell;
    sectionFields.set(section, fields);
    if (column === 'owner' && (!sectionOwner.has(section) || sectionOwner.get(section)!.header === INTRO_ACTOR)) sectionOwner.set(section, cell);
  };

  const headingGoalOf = new Map<number, number>();
  /** Sections whose parent's text ends with "We will:": their headings are objectives. */
  const ledIn = new Set<number>();

  for (const section of chunk) {
    if (section.heading && section.parent !== null) {
      // "### Owner: Preetam" over "### Objective" and "### Key Results": the owner of the part it opens.
      const field = readField(section.heading.text);
      if (field?.kind === 'owner' && field.value) attach(field, { text: field.value, range: section.heading.range, header: field.label }, null, section.parent);
    }
    if (section.neutral || reportsThePast(blocks, section)) continue;
    const inGoals = section.effectiveRole === 'goals';
    // On a values page every section describes values, whatever its heading ("Results for Customers").
    const inValues = section.effectiveRole === 'values' || sections[0].effectiveRole === 'values';
    let objective: number | null = null;

    if (section.heading && section.index > 0) {
      const heading = readHeadingGoal(section, inGoals || ledIn.has(section.index));
      if (heading && !hasObjectiveField(section)) {
        const block = blocks[section.firstBlock];
        objective = addGoal('heading', 'objective', section.heading.range, section.index, null, block.masked).index;
        headingGoalOf.set(section.index, objective);
      }
    }
    if (objective === null && section.parent !== null) {
      // Key results under "### Key results" (or any plain subsection) belong to the objective heading above.
      const parentHeadingGoal = headingGoalOf.get(section.parent);
      if (parentHeadingGoal !== undefined && (section.role === 'other' || section.role === 'goals')) objective = parentHeadingGoal;
    }
    if (endsWithLeadIn(blocks, section)) for (const child of section.children) ledIn.add(child);

    /** The lead-in right before this block ("Cabinet Office will:", "Quarter 1 of 2025:"), with the actor or period it names. */
    let leadIn: { actor: GoalCell | null; period: GoalCell | null } | null = null;
    /** A lead-in ("We will:") was seen in this section: its headings that follow are objectives. */
    let sectionLedIn = false;
    /** The paragraph before announced limitations, requirements or risks: the list after it holds no goals. */
    // A heading that leads into its list ("Every day, we:", "... supported by our core values:") may announce no goals.
    let notGoalsNext = section.heading !== null && endsWithColon(section.heading.text) && announcesNotGoals(section.heading.text);
    for (let blockIndex = section.blocksFrom; blockIndex < section.blocksTo; blockIndex++) {
      const block = blocks[blockIndex];
      // Items are read where the block was first extracted and only goals moved: most blocks did not change.
      const origin = originOf(block);
      if (notGoalsNext && origin.items) {
        notGoalsNext = false;
        continue;
      }
      notGoalsNext = block.type === 'paragraph' && blockIndex + 1 < section.blocksTo && originOf(blocks[blockIndex + 1]).items !== undefined && announcesNotGoals(block.masked);
      const afterLeadIn = leadIn !== null;
      const leadInActor = leadIn?.actor ?? null;
      const leadInPeriod = leadIn?.period ?? null;
      leadIn = null;
      if (origin.items) {
        const delta = movedBy(block);
        const place = (r: TextRange): TextRange => (delta === 0 ? r : { start: r.start + delta, end: r.end + delta });
        const mode: ListMode = objective !== null ? 'key-results' : inGoals || afterLeadIn ? 'goals' : 'fields';
        /** A top-level item is led in by the paragraph before the list: its actor owns the goal, its period dates it. */
        const takeLeadIn = (goal: Goal): void => {
          if (leadInActor) goal.attributes.owner = leadInActor;
          if (leadInPeriod) goal.inheritedText.push({ text: leadInPeriod.text, range: leadInPeriod.range, from: 'section' });
        };
        const visit = (item: ListItemInfo, itemMode: ListMode, parent: number | null, level: number, lead: GoalCell | null = null): void => {
          const own = place(item.ownRange);
          const raw = text.slice(own.start, own.end);
          const masked = maskedSlice(origin, item.ownRange);
          const walkChildren = (childMode: ListMode, childParent: number | null, childLead: GoalCell | null = lead) => {
            for (const child of item.children) visit(child, childMode, childParent, level + 1, childLead);
          };
          if (masked.trim() === '' || isStruckThrough(raw) || isItalicOnly(raw) || isPlaceholderText(masked)) return;
          const field = readField(masked);
          if (item.children.length > 0 && endsWithColon(masked) && (field === null || (field.kind === 'other' && field.value === ''))) {
            // "FY24 benchmarks were:", "Government Digital Service will:" as an item: its items are the goals, in its period and with its actor.
            const leadIn = announcesGoals(masked, inValues);
            if (leadIn || itemMode !== 'fields') {
              const actorAt = leadIn?.actor ? masked.indexOf(leadIn.actor) : -1;
              const cell: GoalCell = actorAt >= 0 ? { text: leadIn!.actor, range: { start: own.start + actorAt, end: own.start + actorAt + leadIn!.actor.length }, header: 'actor' } : { text: collapse(masked), range: own, header: 'lead-in' };
              walkChildren(itemMode === 'key-results' ? 'key-results' : 'goals', parent, cell);
            }
            return;
          }
          if (field && field.kind !== 'other') {
            const owner = parent ?? objective;
            if ((field.kind === 'objective' || field.kind === 'goal' || field.kind === 'key-result') && isLabelledStatement(field.value)) {
              const isResult = field.kind === 'key-result';
              const goalParent = isResult ? (parent ?? objective) : level > 0 ? parent : null;
              const goal = addGoal('list', isResult ? 'key-result' : field.kind === 'objective' ? 'objective' : 'goal', own, section.index, goalParent, masked);
              if (level === 0) takeLeadIn(goal);
              if (!isResult && level === 0) objective = goal.index;
              walkChildren('key-results', goal.index);
              return;
            }
            if (field.kind === 'key-results') {
              // "Key Results: Martin, Bedeho": the names deliver the key results listed under it.
              if (field.value && !isStatement(field.value.replace(/\b(and|u\.n\.o\.?)\b/g, ''))) {
                attach({ ...field, kind: 'owner' }, cellOf(field, own.start, own.end), owner, section.index);
              }
              walkChildren('key-results', owner);
              return;
            }
            attach(field, cellOf(field, own.start, own.end), owner, section.index);
            return; // records, metadata and attributes: what is under them is not a goal either
          }
          const bold = boldLead(raw);
          // "**TTSC Customer Listening Tour.** Beginning in FY24, ... interviewed ...": a described item, not a goal (after "the following outcomes:", a named outcome).
          const named =
            /^\s*(\*\*|__)[^*_\n]{2,80}?[.:]\1\s+\S/.test(raw) &&
            masked.replace(/^\s*[^.:]{2,80}[.:]\s*/, '').trim() !== '' &&
            !opensWithImperative(masked) &&
            // A number could be its target; digits inside a name or period ("18F", "FY24") are not.
            !/\bwill\b|(?<![\w.])\d+(?:[.,]\d+)*%?(?!\w)/i.test(masked) &&
            !opensWithImperative(masked.replace(/^\s*[^.:]{2,80}[.:]\s*/, ''));
          // "**FEVS** is an organizational climate survey ...", "**Pulse surveys** have been conducted ...": a thing defined or reported.
          const defined = /^\s*(\*\*|__)[^*_\n]{2,80}\1\s+(?:(?:have|has|had) been|was|were|(?:is|are) (?:an?|the))\s/i.test(raw);
          if (((named && !afterLeadIn) || defined) && itemMode !== 'key-results' && !GOAL_LABEL.test(masked)) {
            for (const child of item.children) visit(child, itemMode, parent, level + 1, lead);
            return;
          }
          const listLabel = bold !== null && bold.label.split(/\s+/).length <= 5 && GOAL_LIST_LABEL.test(bold.label);
          if (bold && !bold.rest && item.children.length > 0 && (RECORD_LABEL.test(bold.label) || listLabel || !isStatement(bold.label))) {
            // "**Grading Notes**" over a list of notes; "**Key Results**", "**Measures of success**" over a list of them.
            if (!RECORD_LABEL.test(bold.label) && GOAL_LIST_LABEL.test(bold.label)) walkChildren('key-results', parent ?? objective);
            return;
          }
          if (isLinkOnly(raw)) {
            const link = linkOnlyTarget(raw);
            const labelled = link !== null && GOAL_LABEL.test(link.text);
            // "[Project 2019 Q2 OKRs](...)", "[Planning Thread](...)": a link named by its title points to the goals elsewhere.
            if (!labelled && (itemMode === 'fields' || !link || link.inPage || !isStatement(link.text) || level > 0 || !statesAnAct(link.text))) return;
          }
          if (isQuestion(masked)) return;
          // "- Robustness" over "- [ ] Handles 5 users for an hour": a category groups the key results under it, at its own level.
          if (itemMode !== 'fields' && item.children.length > 0 && !field && isCategory(masked)) {
            for (const child of item.children) visit(child, itemMode, parent, level, lead);
            return;
          }
          if (itemMode === 'fields') {
            const labelled = GOAL_LABEL.exec(masked);
            const commitment = readCommitment(masked.replace(/\s+/g, ' ').trim(), true, inValues);
            if (labelled && isLabelledGoal(masked)) {
              const isResult = /^\s*(kr|key result)/i.test(masked);
              const goal = addGoal('line', isResult ? 'key-result' : 'objective', own, section.index, isResult ? objective : null, masked);
              if (!isResult) objective = goal.index;
              walkChildren('key-results', goal.index);
            } else if (commitment && level === 0) {
              addGoal('list', 'commitment', own, section.index, null, masked);
            }
            return;
          }
          if (!isStatement(field?.value ?? masked) || holdsPlaceholder(field?.value ?? masked) || isTopic(masked) || isTitleCaseName(masked) || (afterLeadIn && opensWithStateVerb(masked)) || STATUS_NOTE.test(field?.value ?? masked)) return;
          if (namesOnlyAMeasure(masked)) return;
          // Under a goal, a short phrase without a verb or a number is a detail of it ("announcement blog post"), and options are examples of it.
          if (level > 0 && (!looksLikeResult(masked) || listsOptions(masked))) return;
          const isResult = itemMode === 'key-results';
          const goalParent = isResult ? (parent ?? objective) : parent;
          const role: GoalRole = isResult ? 'key-result' : item.children.length > 0 && level === 0 ? 'objective' : afterLeadIn ? 'commitment' : 'goal';
          const goal = addGoal('list', role, own, section.index, goalParent, masked);
          if (level === 0) takeLeadIn(goal);
          if (lead?.header === 'actor') goal.attributes.owner ??= lead;
          else if (lead) goal.inheritedText.push({ text: lead.text, range: lead.range, from: 'section' });
          // Deeper items are the goal's key results, or details; a label ("Owner: ...") is an attribute.
          if (level < 2) walkChildren('key-results', goal.index);
          else for (const child of item.children) readDetails(child, goal.index);
        };
        const readDetails = (item: ListItemInfo, goal: number): void => {
          const own = place(item.ownRange);
          const field = readField(maskedSlice(origin, item.ownRange));
          if (field) attach(field, cellOf(field, own.start, own.end), goal, section.index);
        };
        // "These Service Managers will: be experienced leaders, be accountable for ..., have ...": a role described, not work planned.
        const describesRole = afterLeadIn && origin.items.filter((item) => opensWithStateVerb(maskedSlice(origin, item.ownRange))).length * 2 >= origin.items.length;
        if (!describesRole) for (const item of origin.items) visit(item, mode, null, 0);
      } else if (block.table) {
        if (!readMetadataTable(block, section.index)) extractTableGoals(block, section.index, objective, inGoals || afterLeadIn || objective !== null);
      } else if (block.paragraphs.length > 0 || block.type === 'paragraph') {
        const paragraphs = block.paragraphs.length > 0 ? block.paragraphs : [block.range];
        for (const paragraph of paragraphs) {
          const maskedParagraph = maskedSlice(block, paragraph);
          // "... three strategic goals:" then the goals one per line (a quote with line breaks): each line is a goal.
          if (afterLeadIn && paragraphs.length === 1 && readGoalLines(paragraph, maskedParagraph, section.index)) continue;
          const lead = announcesGoals(maskedParagraph, inValues);
          const period = lead ? null : readPeriodLead(maskedParagraph);
          if (lead) {
            const at = lead.actor ? maskedParagraph.lastIndexOf(lead.actor) : -1;
            // "The OKRs guiding the framework to the end of 2025 are:": the lead-in's period is the goals' period.
            const sentence = lastSentence(maskedParagraph.trimEnd());
            const sentenceAt = maskedParagraph.lastIndexOf(sentence);
            const leadPeriod: GoalCell | null = PERIOD_HINT.test(sentence) ? { text: sentence, range: { start: paragraph.start + sentenceAt, end: paragraph.start + sentenceAt + sentence.length }, header: 'period' } : null;
            leadIn = { actor: at >= 0 ? { text: lead.actor, range: { start: paragraph.start + at, end: paragraph.start + at + lead.actor.length }, header: 'actor' } : null, period: leadPeriod };
          } else if (period) {
            const at = maskedParagraph.indexOf(period);
            leadIn = { actor: null, period: { text: period, range: { start: paragraph.start + at, end: paragraph.start + at + period.length }, header: 'period' } };
          }
          if (lead) sectionLedIn = true;
          // "Alpha release of Squad Chess (7/10)" as its own line under "### Q1 2020", its key results listed below it.
          if (inGoals && !lead && !period && !inValues && section.heading && (isPlanPeriod(section.heading.text) || BARE_YEAR.test(section.heading.text)) && isPlainGoalLine(paragraph, maskedParagraph)) {
            objective = addGoal('line', 'objective', trimRange(text, paragraph), section.index, null, maskedParagraph).index;
            continue;
          }
          const taken = readParagraphLines(block, paragraph, maskedParagraph, section, inGoals, (next) => (objective = next), () => objective, sectionLedIn);
          // A quotation ("> ... will have the same reaction") is someone else's words, not the plan's commitment.
          if (block.type !== 'blockquote' && !isItalicOnly(text.slice(paragraph.start, paragraph.end))) readCommitments(paragraph, maskedParagraph, section, taken, objective, inValues);
        }
      }
    }
  }

  /** Each line of a paragraph of two or more short statements, after a lead-in; false (and nothing added) otherwise. */
  function readGoalLines(paragraph: TextRange, maskedParagraph: string, section: number): boolean {
    const lines: { range: TextRange; text: string }[] = [];
    let lineStart = paragraph.start;
    for (const maskedLine of maskedParagraph.split('\n')) {
      const line = maskedLine.replace(/\\\s*$/, '').trim();
      const at = lineStart + maskedLine.indexOf(line);
      lineStart += maskedLine.length + 1;
      if (line === '') continue;
      if (!isStatement(line) || endsWithColon(line) || line.split(/\s+/).length > 30) return false;
      lines.push({ range: { start: at, end: at + line.length }, text: line });
    }
    if (lines.length < 2) return false;
    for (const line of lines) addGoal('line', 'goal', line.range, section, null, line.text);
    return true;
  }

  /** A short line of its own, no sentence, label, lead-in or link: how plain OKR pages write an objective. */
  function isPlainGoalLine(paragraph: TextRange, maskedParagraph: string): boolean {
    const line = maskedParagraph.trim();
    if (line.includes('\n') || /[.:;?,]$/.test(line) || !isStatement(line) || GOAL_LABEL.test(line) || mayCommit(line) || NOT_A_PLAIN_GOAL.test(line) || readField(line) || isPlaceholderText(line)) return false;
    const words = line.split(/\s+/).length;
    const raw = text.slice(paragraph.start, paragraph.end).trim();
    return words >= 2 && words <= 12 && /^[\p{L}\p{N}]/u.test(raw) && !isLinkOnly(raw);
  }

  /** Labelled lines, bold objectives and field lines of one paragraph; returns the line ranges taken as goals. */
  function readParagraphLines(
    block: BlockInfo,
    paragraph: TextRange,
    maskedParagraph: string,
    section: Section,
    inGoals: boolean,
    setObjective: (goal: number) => void,
    currentObjective: () => number | null,
    ledIn: boolean,
  ): TextRange[] {
    const taken: TextRange[] = [];
    let lineStart = paragraph.start;
    // A one-line paragraph with no label, colon or heading marks is a sentence: nothing here to read.
    if (!maskedParagraph.includes('\n') && !/[:#]/.test(maskedParagraph) && !GOAL_LABEL.test(maskedParagraph) && !(inGoals && isBoldObjective(text.slice(paragraph.start, paragraph.end), maskedParagraph))) return taken;
    for (const maskedLine of maskedParagraph.split('\n')) {
      const range = { start: lineStart, end: lineStart + maskedLine.replace(/\s+$/, '').length };
      lineStart += maskedLine.length + 1;
      const raw = text.slice(range.start, range.end);
      // "####Improve departmental digital leadership": a heading without its space, as older Markdown dialects wrote them.
      const hashes = /^#{1,6}(?=[^\s#])/.exec(maskedLine);
      const line = hashes ? ' '.repeat(hashes[0].length) + maskedLine.slice(hashes[0].length) : maskedLine;
      if (hashes) {
        const heading = line.trim();
        const labelledHeading = GOAL_LABEL.exec(heading);
        if ((labelledHeading && isLabelledStatement(heading.slice(labelledHeading[0].length))) || ((ledIn || inGoals) && isHeadingStatement(heading) && opensWithImperative(heading))) {
          setObjective(addGoal('line', 'objective', range, section.index, null, line).index);
        }
        taken.push(range);
        continue;
      }
      const field = readField(line);
      if (field && field.kind !== 'other' && !((field.kind === 'objective' || field.kind === 'key-result' || field.kind === 'goal') && isLabelledStatement(field.value))) {
        if (field.kind === 'owner' || FIELD_COLUMNS[field.kind]) attach(field, cellOf(field, range.start, range.end), currentObjective(), section.index);
        continue;
      }
      const labelled = GOAL_LABEL.exec(line);
      if (!labelled && inGoals && isBoldObjective(raw, line)) {
        // "**Make onboarding effortless**" above a list: an objective whose items are its key results.
        setObjective(addGoal('line', 'objective', range, section.index, null, line).index);
        taken.push(range);
        continue;
      }
      // "_Objectives: Qualitative, inspiring statement_": a term explained in italics, not an objective.
      if (labelled && isLabelledGoal(line) && !(isItalicOnly(text.slice(range.start, range.start + maskedLine.length)) && /^[\W_]*(?:goals|objectives|okrs|key results|krs)\b/i.test(line))) {
        const isKeyResult = /^\s*(kr|key result)/i.test(line);
        const goal = addGoal('line', isKeyResult ? 'key-result' : 'objective', range, section.index, isKeyResult ? currentObjective() : null, line);
        if (!isKeyResult) setObjective(goal.index);
        taken.push(range);
      }
    }
    return taken;
  }

  /** Commitments stated in a paragraph's sentences ("Departments will publish ... by December 2012."). */
  function readCommitments(paragraph: TextRange, maskedParagraph: string, section: Section, taken: readonly TextRange[], objective: number | null, inValues: boolean): void {
    if (!mayCommit(maskedParagraph)) return;
    // "TODO Group Steering Committee aims to ..." as the first sentence under a heading: the named body owns the goals of its subsections.
    const introduces = section.heading !== null && section.children.length > 0 && blocks[section.blocksFrom]?.range.start === paragraph.start;
    const sentences = paragraphSentences[inValues ? 1 : 0](maskedParagraph);
    const sentenceCell = (i: number, header: string): GoalCell => ({ text: sentences[i].sentence, range: { start: paragraph.start + sentences[i].span.start, end: paragraph.start + sentences[i].span.end }, header });
    let previousGoal = -1;
    sentences.forEach(({ span, sentence, commitment }, i) => {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      if (taken.some((r) => r.start <= start && start < r.end)) return;
      if (!commitment) return;
      const next = sentences[i + 1];
      const goal = addGoal('prose', 'commitment', { start, end }, section.index, objective, sentence);
      if (!commitment.actorIsAuthor && commitment.actor) {
        goal.attributes.owner = { text: commitment.actor, range: { start, end: start + commitment.actor.length }, header: 'actor' };
        if (introduces && i === 0 && /^[A-Z]/.test(commitment.actor) && !sectionOwner.has(section.index)) sectionOwner.set(section.index, { ...goal.attributes.owner, header: INTRO_ACTOR });
      }
      // "... will agree 3 exemplars. These will be published in December 2012.": the sentence that goes on about it dates it.
      if (next && BACK_REFERENCE_START.test(next.sentence)) goal.attributes.deadline = sentenceCell(i + 1, NEIGHBOUR_SENTENCE);
      // "The government will publish plans by December 2012. Departmental strategies will also reflect these plans.": due with them.
      else if (i > 0 && previousGoal === i - 1 && BACK_REFERENCE.test(sentence)) goal.attributes.deadline = sentenceCell(i - 1, NEIGHBOUR_SENTENCE);
      previousGoal = i;
    });
  }

  /** Whether the section's own list holds an "Objective: ..." field: then the heading is the OKR's title, not its goal. */
  function hasObjectiveField(section: Section): boolean {
    for (let i = section.blocksFrom; i < section.blocksTo; i++) {
      const block = blocks[i];
      const origin = originOf(block);
      for (const item of origin.items ?? []) {
        const field = readField(maskedSlice(origin, item.ownRange));
        if (field?.kind === 'objective' && isStatement(field.value)) return true;
      }
    }
    return false;
  }

  /**
   * Whether a heading states a goal: labelled ("Objective: ...", "Action 01: ..."), led by an
   * owner ("1. CEO: Grow Net ARR"), or an objective whose key results follow (a "Key results"
   * subsection, or a flat list of results under a statement heading in a goals section).
   */
  function readHeadingGoal(section: Section, inGoals: boolean): boolean {
    const heading = section.heading!.text;
    if (GOAL_LABEL.test(heading)) return isLabelledStatement(heading.replace(GOAL_LABEL, ''));
    if (!inGoals || section.depth === 1) return false;
    const unnumbered = withoutMarkers(heading.replace(ENUMERATION, ''));
    // "These goals will improve our core services. Every day, we:": a heading that leads into a list is no objective.
    if (endsWithColon(unnumbered) && unnumbered.trim().split(/\s+/).length > 3) return false;
    const field = readField(unnumbered);
    if (field && field.kind === 'other' && ROLE_WORDS.test(field.label) && isStatement(field.value)) return true;
    // "Key performance indicators" labels measures; it is no objective itself.
    if (!isHeadingStatement(unnumbered) || KEY_RESULTS_HEADING.test(unnumbered) || section.role !== 'other' || TEAM_HEADING.test(heading) || PERSON_HEADING.test(heading)) return false;
    // "A greener district", "A fairer economy": the name of a theme, not an objective.
    if (/^(?:a|an|the)\s+[a-z]+er\s+[a-z]+$/i.test(unnumbered.trim())) return false;
    // Led in by "We will:" or "... five key opportunities:": an action ("Build ...") or a state to reach ("Telemetry should be easy").
    if (ledIn.has(section.index)) return opensWithImperative(unnumbered) || /^[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:should|must|will)\s+(?:be|become|have)\b/.test(unnumbered);
    if (/^["“'‘].*["”'’]$/.test(unnumbered.trim())) return false; // a quoted name ("Unblocking dormant traits") titles a theme
    if (section.children.some((child) => KEY_RESULTS_HEADING.test(sections[child].heading?.text ?? ''))) return true;
    // "Establish a touchpoint committee" under a plan's year: an objective, whatever is written under it.
    if (opensWithImperative(unnumbered) && section.children.length === 0) return true;
    // A flat list of statements right under it: its key results.
    for (let i = section.blocksFrom; i < section.blocksTo; i++) {
      const items = originOf(blocks[i]).items;
      if (!items) continue;
      return items.length > 0 && items.every((item) => item.children.length === 0);
    }
    return false;
  }

  /** A two-column table of labels and values ("Point of contact | @x", "Status | Accepted"): the section's fields. */
  function readMetadataTable(block: BlockInfo, section: number): boolean {
    const table = block.table!;
    const rows = [table.header, ...table.rows];
    if (table.header.cells.length !== 2) return false;
    const fields = rows.map((row) => (row.cells.length === 2 ? readField(`${row.cells[0].text}: ${row.cells[1].text}`) : null));
    const known = fields.filter((f) => f && f.kind !== 'other' && f.kind !== 'goal' && f.kind !== 'objective' && f.kind !== 'key-result').length;
    if (known < 2) return false;
    rows.forEach((row, i) => {
      const field = fields[i];
      if (field && field.value && !isEmptyCell(field.value)) attach(field, { text: field.value, range: row.cells[1].range, header: field.label }, null, section);
    });
    return true;
  }

  function extractTableGoals(block: BlockInfo, section: number, objective: number | null, inGoals: boolean): void {
    const table = block.table!;
    const headers = table.header.cells.map((cell) => cell.text);
    const rows = table.rows.map((row) => row.cells.map((c) => c.text));
    let columns = columnsFor(JSON.stringify([referenceYear, ...headers]));
    if (!columns && inGoals) columns = milestoneColumns(headers, rows) ?? ownedColumns(headers, rows) ?? itemColumns(headers, rows);
    // A column of numbers, dates or priority levels ("P2") cannot hold goals: a score sheet, a schedule, or goals beside an Owner column.
    else if (columns && !holdsText(rows, columns.indexOf('goal'))) columns = labelledColumns(columns, rows) ?? (inGoals ? ownedColumns(headers, rows) : null);
    if (!columns) return;
    const goalColumn = columns.indexOf('goal');
    // "| **2 The community is informed of news** | | |" then rows of key results: a bold row alone in its table row is their objective.
    let rowObjective: number | null = null;
    for (const row of table.rows) {
      const goalCell = row.cells[goalColumn];
      if (!goalCell || isEmptyCell(goalCell.text)) continue;
      const cells: GoalCell[] = row.cells.map((cell, i) => ({ text: cell.text, range: cell.range, header: headers[i] ?? '' }));
      if (objective === null && row.cells.every((cell, i) => i === goalColumn || isEmptyCell(cell.text)) && isBoldObjective(text.slice(goalCell.range.start, goalCell.range.end).replace(/^\s*\|/, ''), goalCell.text)) {
        rowObjective = addGoal('table', 'objective', trimRange(text, row.range), section, null, maskedSlice(block, goalCell.range), goalCell.range.start).index;
        goals[rowObjective].row = { range: row.range, cells };
        continue;
      }
      const parent = objective ?? rowObjective;
      const goal = addGoal('table', parent !== null ? 'key-result' : 'goal', trimRange(text, row.range), section, parent, maskedSlice(block, goalCell.range), goalCell.range.start);
      goal.row = { range: row.range, cells };
      columns.forEach((column, i) => {
        if (column && column !== 'goal' && cells[i] && !isEmptyCell(cells[i].text)) goal.attributes[column] ??= cells[i];
      });
      // A header such as "2027 target" dates every row.
      headers.forEach((header, i) => {
        if (columns![i] === 'target' && YEAR_HEADER.test(header)) goal.inheritedText.push({ text: header, range: table.header.cells[i].range, from: 'column' });
      });
    }
  }

  // A goals section written as prose ("## Goals" then a sentence) states its goal in that paragraph.
  const sectionsWithGoals = new Set(goals.map((g) => g.section));
  for (const section of chunk) {
    if (!section.heading || section.depth === 1 || section.neutral || !PLAIN_GOALS_HEADING.test(section.heading.text)) continue;
    if (sectionsWithGoals.has(section.index) || section.children.some((child) => sectionsWithGoals.has(child))) continue;
    const paragraphs: BlockInfo[] = [];
    for (let i = section.blocksFrom; i < section.blocksTo; i++) if (blocks[i].type === 'paragraph') paragraphs.push(blocks[i]);
    if (paragraphs.length === 0 || paragraphs.length > 3) continue;
    // Under "### Objective" one statement is the objective; the paragraph after it explains it ("Own the core brain of ...").
    const single = SINGLE_GOAL_HEADING.test(section.heading.text);
    for (const block of paragraphs) {
      const words = originOf(block).tokens.length;
      if (words >= 4 && words <= 80 && isStatement(block.masked)) {
        addGoal('line', 'goal', trimRange(text, block.range), section.index, null, block.masked);
        if (single) break;
      }
    }
  }

  // Headings above a goal can name its period ("2027 Q1 goals"); section owners apply to goals below them.
  // Both depend only on the goal's section (a heading goal skips its own heading), so goals share them.
  const bySection = new Map<string, { inherited: Goal['inheritedText']; owner: GoalCell | undefined; fields: Partial<Record<GoalColumn, GoalCell>> }>();
  const fromAncestors = (section: number, skipOwnHeading: boolean) => {
    const key = `${section}:${skipOwnHeading}`;
    let found = bySection.get(key);
    if (!found) {
      found = { inherited: [], owner: undefined, fields: {} };
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
        const named = ancestor.index < first ? ownerBefore(ancestor.index) : sectionOwner.get(ancestor.index);
        // An actor introducing a section owns its subsections' goals, not the goals beside it (those name their own).
        const owner = (named?.header === INTRO_ACTOR && ancestor.index === section ? undefined : named) ?? headingOwner(ancestor, sections);
        if (owner && !found.owner) found.owner = { ...owner, header: 'section owner' };
        const fields = ancestor.index >= first ? sectionFields.get(ancestor.index) : undefined;
        if (fields) for (const [column, cell] of Object.entries(fields) as [GoalColumn, GoalCell][]) if (column !== 'owner') found.fields[column] ??= cell;
      }
      bySection.set(key, found);
    }
    return found;
  };
  for (const goal of goals) {
    const { inherited, owner, fields } = fromAncestors(goal.section, goal.source === 'heading');
    // Table goals already hold their column headers; the rest share their section's list.
    goal.inheritedText = goal.inheritedText.length > 0 ? [...goal.inheritedText, ...inherited] : inherited;
    // The section's fields belong to its objective; its key results take them through it.
    if (goal.parent === null) for (const [column, cell] of Object.entries(fields) as [GoalColumn, GoalCell][]) goal.attributes[column] ??= cell;
    if (owner && !goal.attributes.owner) goal.attributes.owner = owner;
  }
  return { goals, owners: sectionOwner };
}

/** A sentence of a paragraph, where it lies in the paragraph, and the commitment it makes (see `readSentences`). */
interface SentenceReading {
  span: { start: number; end: number };
  sentence: string;
  commitment: Commitment | null;
}

/**
 * A paragraph's sentences and their commitments, read once per paragraph text, outside values
 * sections and in them (index 1): a goal chunk read again after an edit holds mostly the same paragraphs.
 */
const paragraphSentences = [false, true].map((inValues) => memoByText((masked) => readSentences(masked, inValues)));

function readSentences(masked: string, inValues: boolean): SentenceReading[] {
  const spans = sentenceSpans(masked);
  return spans.map((span, i) => {
    const next = spans[i + 1];
    const nextSentence = next ? masked.slice(next.start, next.end) : '';
    const sentence = masked.slice(span.start, span.end);
    // "... we must put people first and work together. These are our guiding principles.": principles named, not work promised.
    const commitment = NAMED_AS_PRINCIPLES.test(nextSentence) ? null : readCommitment(sentence.replace(/\s+/g, ' '), false, inValues);
    return { span, sentence, commitment };
  });
}

/** `classifyColumns` per reference year and headers (as JSON): a plan's tables mostly share their headers. */
const columnsFor = memoByText((key) => {
  const [referenceYear, ...headers] = JSON.parse(key) as [number, ...string[]];
  return classifyColumns(headers, referenceYear);
});

/** The cells of one column that are not empty. */
function filledCells(rows: readonly string[][], column: number): string[] {
  return rows.map((row) => row[column] ?? '').filter((cell) => !isEmptyCell(cell));
}

/** Whether a column holds words, not only numbers, dates and levels. */
function holdsText(rows: readonly string[][], column: number): boolean {
  const cells = filledCells(rows, column);
  return cells.length === 0 || cells.some((t) => /[a-z]{3}/i.test(t.replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi, '')));
}

/** Lines that announce or point rather than state: "Our goals for this quarter", "See the roadmap", "Last updated April 2026". */
const NOT_A_PLAIN_GOAL = /\b(?:goals?|objectives?|okrs?|key results?|see|updated|note|notes|example|examples|e\.g|below|above|following|tbd|todo|relates?|related|issues?)\b|https?:|\||^(?:this|that|it|these|those|there|here)\b/i;

/** "AI: Pushed unfinished tasks to Q2", "(b) Parked. May revisit in Q3.", "None. Project deferred": how a goal went, not a goal. */
const STATUS_NOTE = /^[\s(]*(?:[a-z]\)\s*)?(?:parked|deferred|postponed|dropped|cancell?ed|pushed|moved|carried over|rolled over|done|completed|none|n\/a)\b/i;

/** "Objective", "Our goal": a heading over one statement. */
const SINGLE_GOAL_HEADING = /^\s*(?:our|the|team|key)?\s*(?:goal|objective|aim)\s*:?\s*$/i;

/** "KR 1", "O2", "#3", "1.1": a column of labels only names the goals beside it. */
const LABEL_CELL = /^\W*(?:(?:kr|krs|o|okr|objective|key result|goal|target)\s*)?#?\d{1,3}(?:\.\d{1,3})*\W*$/i;

/** "| KR | Target |" with rows "| **KR 1** | Validate at least 500 entries ... |": the statements beside the labels are the goals. */
function labelledColumns(columns: readonly (GoalColumn | null)[], rows: readonly string[][]): (GoalColumn | null)[] | null {
  const labels = columns.indexOf('goal');
  const cells = filledCells(rows, labels);
  if (cells.length === 0 || !cells.every((cell) => LABEL_CELL.test(cell))) return null;
  for (let column = labels + 1; column < columns.length; column++) {
    const texts = filledCells(rows, column);
    if (texts.length > 0 && texts.filter((cell) => isStatement(cell) && cell.split(/\s+/).length >= 4).length * 2 > texts.length) {
      return columns.map((kind, i) => (i === column ? 'goal' : i === labels ? null : kind));
    }
  }
  return null;
}

/** Who does what ("Role | Owner", "Area | Lead"): a table of responsibilities, not of goals. */
const RESPONSIBILITY_HEADER = /^\W*(?:roles?|areas?|names?|members?|people|persons?|teams?|responsibilit(?:y|ies)|functions?|components?|contacts?|workstreams?)\W*$/i;

/** An OKR table with an Owner column and no Goal header ("IPFS Project Operations | Priority | Owner | ..."): its first column of statements holds the goals. */
function ownedColumns(headers: readonly string[], rows: readonly string[][]): (GoalColumn | null)[] | null {
  const owner = headers.findIndex((h) => /^\W*(?:owners?|dri|assignees?|lead)\W*$/i.test(h));
  if (owner < 0) return null;
  for (let column = 0; column < headers.length; column++) {
    if (column === owner || RESPONSIBILITY_HEADER.test(headers[column])) continue;
    const cells = filledCells(rows, column);
    if (cells.length >= 2 && cells.filter((cell) => isStatement(cell) && /[a-z]{3,}/i.test(cell)).length * 2 > cells.length) {
      return headers.map((_, i) => (i === column ? 'goal' : i === owner ? 'owner' : null));
    }
  }
  return null;
}

/** "Item | Tracking | RFC" after "Top priority items are as follows:": a column of items, named as such, holds the goals announced. */
function itemColumns(headers: readonly string[], rows: readonly string[][]): (GoalColumn | null)[] | null {
  const items = headers.findIndex((h) => /^\W*(?:(?:work |action |priority )?items?|tasks?|features?|projects?|changes?)\W*$/i.test(h));
  if (items < 0) return null;
  const cells = filledCells(rows, items);
  const texts = cells.filter((cell) => /[a-z]{3,}/i.test(cell) && !/https?:/i.test(cell));
  return cells.length >= 2 && texts.length * 2 > cells.length ? headers.map((_, i) => (i === items ? 'goal' : null)) : null;
}

/**
 * A table of dated milestones in a goals section ("Date | Version | Edition stage"): its last
 * column of words holds the milestones. Null when no column is dated or none holds words.
 */
function milestoneColumns(headers: readonly string[], rows: readonly string[][]): (GoalColumn | null)[] | null {
  const dated = headers.findIndex((h) => /\b(date|when|due|deadline|quarter|target date)\b/i.test(h));
  if (dated < 0) return null;
  for (let column = headers.length - 1; column >= 0; column--) {
    if (column === dated) continue;
    const cells = filledCells(rows, column);
    if (cells.length > 0 && cells.every((cell) => /[a-z]{3,}/i.test(cell) && cell.split(/\s+/).length >= 2)) {
      return headers.map((_, i) => (i === column ? 'goal' : i === dated ? 'deadline' : null));
    }
  }
  return null;
}

function trimRange(text: SourceText, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(charAt(text, start))) start++;
  while (end > start && /\s/.test(charAt(text, end - 1))) end--;
  return { start, end };
}

/**
 * A paragraph that announces limitations, requirements, risks or principles rather than goals:
 * short, or ending with such a lead-in ("... issued to civil servants based on 6 principles – that
 * government should:").
 */
function announcesNotGoals(masked: string): boolean {
  const text = masked.trim();
  // "Every day, we:", "We always:": standing services, not goals.
  if (endsWithColon(text) && ONGOING_LEAD.test(lastSentence(text))) return true;
  const lead = text.length <= 200 ? text : endsWithColon(text) ? lastSentence(text) : '';
  return lead.length <= 200 && NOT_GOALS_LEAD.test(lead) && !/\b(?:goals?|objectives?|priorities|milestones|deliverables|targets)\b/i.test(lead);
}

/** A lead-in that starts goals; among values, only someone committing ("We will:") does, not a noun ("approaches and commitments:"). */
function announcesGoals(masked: string, inValues: boolean): LeadIn | null {
  const leadIn = readLeadIn(masked);
  return leadIn && (leadIn.committed || !inValues) ? leadIn : null;
}

/** A link text that states a goal rather than naming a page: it opens with a verb, has one, or runs on ("Ship the new importer"). */
function statesAnAct(text: string): boolean {
  return opensWithImperative(text) || /\b(?:is|are|has|have|will|can|be)\b/i.test(text) || text.trim().split(/\s+/).length >= 6;
}

/** A short label over a group of items ("Features", "Runtime Support", "UI/UX"): one to three words, not an act. */
function isCategory(masked: string): boolean {
  const text = withoutMarkers(masked).trim().replace(/[:.]$/, '');
  return /^[A-Za-z][\w/&+-]*(?:\s+[A-Za-z][\w/&+-]*){0,2}$/.test(text) && !opensWithImperative(text);
}
