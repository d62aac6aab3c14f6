import { parse as parseYaml } from 'yaml';
import type { BlockInfo, HeadingInfo } from '../markdown/blocks';
import { BlockAnswers, cleanHeading, collapse, keepOrigins, maskedSlice, originOf, perOrigin, type BlockFinding } from '../markdown/blocks';
import { parseDocumentDate } from '../analysis/time';
import { PhraseMatcher } from '../text/words';
import { lastKeyKeeper, memoByText } from '../text/memo';
import { baseName, countGoals, decideKind } from './kind';
import { isPlaceholderText, readCommitment, readField } from './reading';
import { areaOwnership, endsWithLeadIn, isAreaHeading, isEmptyCell, planGoalChunks } from './goalSigns';
import { RoleClassifier } from './roles';
import { buildSections, fromHeadings, ownBlocks } from './sections';
import { chunkMove, moveCell, placeGoal, placementOf, type AboveKeys, type GoalChunk, type GoalChunkCache, type PlacedChunk } from './chunks';
import { extractGoals } from './goals';
import { extractValues, valuesInProse } from './values';
import { analyseGoals, AnalysisCache, HEDGES, inheritedPeriods, type DatedDeliverable } from './smart';
import type { DocumentModel, Goal, GoalCell, InheritedPeriod, Section } from './types';
import type { SourceText } from '../text/source';
import type { TextRange } from '../types';

export interface ModelOptions {
  path?: string;
  today: Date;
  roles: RoleClassifier;
  personas: PhraseMatcher;
  /** Vague words: the built-in ones and the configured ones. */
  vague: PhraseMatcher;
  lintAlways: boolean;
  fiscalYearStartMonth?: number;
  cache: AnalysisCache;
  /** Goal chunks kept from the document's previous lint (an editing session), reused where unchanged. */
  goalChunks?: GoalChunkCache;
}

/**
 * Builds the document model from extracted blocks: cheap next to parsing, so it is rebuilt after
 * every edit; goals come from goal chunks, which an editing session reuses where nothing changed.
 */
export function buildModel(text: SourceText, blocks: readonly BlockInfo[], options: ModelOptions): { model: DocumentModel; goalChunks: PlacedChunk[] } {
  const first = blocks[0];
  const { frontMatter, frontMatterProblem } = first?.frontMatter !== undefined ? readFrontMatter(first) : NO_FRONT_MATTER;
  // After the front matter, or after a byte-order mark, which is no part of the writer's text.
  const bodyStart = first?.frontMatter !== undefined ? first.range.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const frontMatterTitle = typeof frontMatter?.title === 'string' ? frontMatter.title : null;
  const topHeading = titleHeading(blocks);
  const headingTitle = topHeading?.text ?? null;
  const title = frontMatterTitle ?? headingTitle;
  // An OKR page or a goals page ("FY21-Q1 OKRs", okrs/2024-q2.md): every section holds goals unless it says otherwise.
  const sections = buildSections(blocks, text, options.roles, isGoalsDocument(title, headingTitle, options.path) ? 'goals' : isValuesDocument(title, options.path) ? 'values' : 'other');
  const firstHeading = sections.find((s) => s.heading)?.heading ?? null;
  // The period a whole document covers: front matter, its title, a subtitle right under the title ("## Q1 2018"), or its folder or file name ("2024h2/").
  const periodKey = ['period', 'horizon', 'deadline', 'due', 'timeframe'].find((key) => frontMatter?.[key] != null);
  const documentPeriods = [
    periodKey ? String(frontMatter![periodKey]) : null,
    frontMatterTitle,
    headingTitle,
    subtitle(sections, blocks, text),
    ...pathPeriods(options.path),
    ...introPeriods(blocks, sections),
  ].filter(
    (p): p is string => p !== null,
  );
  const documentDate = parseDocumentDate(frontMatter?.date) ?? parseDocumentDate(frontMatter?.review) ?? null;
  // Without a date, "by March" in a Q1 2018 plan means March 2018: resolve against the start of the document's period.
  const referenceDate = documentDate ?? periodStartOf([...documentPeriods, title ?? ''], options) ?? options.today;

  const goalChunks = placeGoalChunks(text, blocks, sections, referenceDate.getUTCFullYear(), options.goalChunks);
  // Who the whole plan belongs to, named in a metadata table or a team section ("Point of contact: @x", "PM: Jane").
  const owner = documentOwner(blocks, sections);
  const visionSections = sections.filter((s) => s.role === 'vision' || s.role === 'mission').map((s) => s.index);
  const statement = visionStatement(blocks, sections, visionSections);
  // On a page called values ("values.md", "# Our Values") with no values heading, its headings or items are its values.
  const valuesPage = isValuesDocument(title, options.path);
  const origins = blocks.map(originOf);
  const valuesUnderHeadings = extractValues(text, blocks, origins, sections, valuesPage);
  // Goals and periods are gathered only when the front matter does not say what the document is.
  const decision = decideKind({
    path: options.path,
    frontMatter,
    // A page's title is its front matter's or its top heading; a first "## Goals" is a section, already counted as one.
    title: frontMatterTitle ?? (topHeading?.depth === 1 ? topHeading.text : null),
    sections,
    blocks,
    get goals() {
      const counts = { structured: 0, planned: 0, commitments: 0 };
      for (const { chunk } of goalChunks) {
        const own = (chunk.goalCounts ??= countGoals(chunk.goals));
        counts.structured += own.structured;
        counts.planned += own.planned;
        counts.commitments += own.commitments;
      }
      return counts;
    },
    values: valuesUnderHeadings.length,
    hasVisionStatement: statement !== null,
    get hasPeriod() {
      return documentPeriods.some((p) => options.cache.deadline(p, options.today, options.fiscalYearStartMonth) !== null) || goalChunks.some((placed) => placed.chunk.goals.some(namesAPeriod));
    },
    lintAlways: options.lintAlways,
  });
  const { kind } = decision;
  const found = kind === 'none' ? [] : kind === 'values' && !valuesPage ? extractValues(text, blocks, origins, sections, true) : valuesUnderHeadings;
  const inProse = kind === 'none' ? [] : valuesInProse(blocks, origins, sections);
  const values = inProse.length === 0 ? found : [...found, ...inProse].sort((a, b) => a.nameRange.start - b.nameRange.start);

  const valueNames = values.map((v) => v.name).filter((name) => name.length > 2 && name.length < 40);
  const valueNamesKey = valueNames.join('\u0002');
  const deliverables = kind === 'none' ? [] : datedDeliverables(blocks, origins);
  const analysis = {
    referenceDate,
    fiscalYearStartMonth: options.fiscalYearStartMonth,
    documentPeriods,
    documentOwner: owner,
    datedDeliverables: deliverables,
    personas: options.personas,
    vague: options.vague,
    hedges: HEDGE_MATCHER,
    valueNames: valueNameMatcher(valueNames, valueNamesKey),
    valueNamesKey,
    cache: options.cache,
  };
  // A chunk's goals are analysed again only when what the whole document lends them changed.
  const analysisKey = sameAnalysisKey([referenceDate.getTime(), options.fiscalYearStartMonth, valueNamesKey, owner ?? '', ...documentPeriods, ...deliverables.map((d) => `${d.phrase}\u0002${d.due}\u0002${d.range.start}`)].join('\u0001'));
  const periods = new Map<number, InheritedPeriod>();
  // Indexed loops: this one runs over every chunk and period on every edit, and an iterator allocates as it goes.
  for (let i = 0; i < goalChunks.length; i++) {
    const { chunk, move } = goalChunks[i];
    if (chunk.analysisKey !== analysisKey) {
      analyseGoals(chunk.goals, analysis);
      chunk.periods = inheritedPeriods(chunk.goals);
      chunk.smartTotal = chunk.goals.reduce((sum, goal) => sum + goal.analysis.score, 0);
      chunk.analysisKey = analysisKey;
      chunk.findingsKey = null;
      chunk.placement = undefined;
    }
    for (let p = 0; p < chunk.periods.length; p++) {
      const period = chunk.periods[p];
      // A heading's period is keyed by where its heading lies now; the document's is one entry (key 0), placed where first met.
      const headingRange = period.source === 'heading' ? placedRange(period.range, move) : null;
      const key = headingRange ? headingRange.start + 1 : 0;
      const seen = periods.get(key);
      if (seen) seen.goals += period.goals;
      else periods.set(key, { ...period, range: headingRange ?? placedRange(period.range, move) });
    }
  }

  let placedGoals: Goal[] | undefined;

  const firstBody = blocks[first?.frontMatter !== undefined ? 1 : 0]?.range ?? { start: bodyStart, end: bodyStart };
  const model: DocumentModel = {
    text,
    kind,
    kindSource: decision.source,
    kindReasons: decision.reasons,
    kindClose: decision.close,
    frontMatter,
    frontMatterProblem,
    bodyStart,
    titleRange: firstHeading ? firstHeading.range : firstLine(text, firstBody.start),
    blocks: blocks as BlockInfo[],
    sections,
    // Placed when read: rules read goals chunk by chunk, so an edit need not place every goal.
    get goals(): Goal[] {
      return (placedGoals ??= placeGoals(goalChunks));
    },
    periods: [...periods.values()],
    values,
    vision: { statement, sections: visionSections },
    referenceDate,
    today: options.today,
  };
  placedChunksOf.set(model, goalChunks);
  keepOrigins(model, origins);
  return { model, goalChunks };
}

function placedRange(range: TextRange, move: PlacedChunk['move']): TextRange {
  return move ? move(range) : range;
}

/** The analysis key as every chunk compares it (see `lastKeyKeeper`). */
const sameAnalysisKey = lastKeyKeeper();

/** Each model's goal chunks, for what can be answered from them without placing every goal. */
const placedChunksOf = new WeakMap<DocumentModel, readonly PlacedChunk[]>();

/** The sections that hold goals, each once (in no set order): read from the chunks, so no goal is moved. */
export function goalSectionsOf(model: DocumentModel): number[] {
  const chunks = placedChunksOf.get(model);
  if (!chunks) return model.goals.map((goal) => goal.section);
  const sections: number[] = [];
  for (const { chunk, sectionBy } of chunks) {
    chunk.goalSections ??= [...new Set(chunk.goals.map((goal) => goal.section))];
    for (const section of chunk.goalSections) sections.push(section + sectionBy);
  }
  return sections;
}

/** Per chunk and test: the starts of its goals that pass, as analysed (`analysisKey`), where the chunk was found. */
const passingStarts = new WeakMap<GoalChunk, Map<(goal: Goal) => boolean, { analysisKey: string | null; starts: number[] }>>();

/**
 * Where the goals that `passes` accepts start (in no set order): read from the chunks, each chunk's
 * answer kept while its analysis is, so an edit places no goal. `passes` reads only a goal's text and
 * analysis, and is one function for the life of the program (it keys what is kept).
 */
export function goalStartsWhere(model: DocumentModel, passes: (goal: Goal) => boolean): number[] {
  const chunks = placedChunksOf.get(model);
  if (!chunks) return model.goals.filter(passes).map((goal) => goal.range.start);
  const starts: number[] = [];
  for (const { chunk, range } of chunks) {
    let byTest = passingStarts.get(chunk);
    if (!byTest) passingStarts.set(chunk, (byTest = new Map()));
    let kept = byTest.get(passes);
    if (kept?.analysisKey !== chunk.analysisKey) {
      kept = { analysisKey: chunk.analysisKey, starts: chunk.goals.filter(passes).map((goal) => goal.range.start) };
      byTest.set(passes, kept);
    }
    // A chunk's goals lie inside it, so they moved as far as its start.
    const by = range.start - chunk.start;
    for (const start of kept.starts) starts.push(start + by);
  }
  return starts;
}

/**
 * The document's goal chunks in order, each found again only when its blocks or what reaches into
 * it from above (headings, owners named above, the reference year) changed since the last lint.
 */
function placeGoalChunks(text: SourceText, blocks: readonly BlockInfo[], sections: readonly Section[], referenceYear: number, cache: GoalChunkCache | undefined): PlacedChunk[] {
  // Owners named in the sections read so far, where they are now: the chunks below inherit them.
  const owners = new Map<number, GoalCell>();
  const placed: PlacedChunk[] = [];
  // What lies above each section's subsections, worked out once per section: its subsections share it.
  const aboveOf = new Array<Above | undefined>(sections.length);
  const keys = cache?.aboveKeys;
  // The text before the first heading takes its role from the title or path ("OKRs Q1 2027"), read outside its chunk.
  const top: Above = { key: keys ? keys.id(0, `${referenceYear}\u0002${sections[0]?.effectiveRole ?? ''}`) : 0, anchors: [] };
  const above = (index: number | null): Above =>
    index === null ? top : (aboveOf[index] ??= sectionAbove(sections[index], sections, blocks, above(sections[index].parent), owners, keys));
  let goalBase = 0;
  for (const { first, last } of goalChunkPlan(sections, blocks)) {
    const start = sections[first].range.start;
    const end = last + 1 < sections.length ? sections[last + 1].range.start : text.length;
    const { anchors, key: aboveKey } = above(sections[first].parent);
    // Whether the chunk's own heading owns its goals may turn on headings outside it (see areaOwnership).
    const key = keys && headingKeyOf(sections[first], blocks)?.area ? keys.id(aboveKey, areaOwnership(sections[first], sections)) : aboveKey;
    const from = sections[first].firstBlock;
    const to = last + 1 < sections.length ? sections[last + 1].firstBlock : blocks.length;
    let chunk = cache?.kept(blocks, from, to, start, key);
    if (!chunk) {
      chunk = findChunk(text, blocks, sections, referenceYear, first, last, owners, start, anchors);
      cache?.keep(blocks, from, to, start, key, chunk);
    }
    const move = chunkMove(chunk.start, chunk.anchors, start, anchors);
    const sectionBy = first - chunk.firstSection;
    if (chunk.owners.size > 0) for (const [index, cell] of chunk.owners) owners.set(index + sectionBy, moveCell(cell, move));
    if (chunk.goals.length === 0) continue; // it only named owners, if anything
    placed.push({ chunk, range: { start, end }, anchors, move, sectionBy, goalBase });
    goalBase += chunk.goals.length;
  }
  return placed;
}

const NO_OWNERS: ReadonlyMap<number, GoalCell> = new Map();

/** The goals of sections `first` to `last`, found anew. */
function findChunk(
  text: SourceText,
  blocks: readonly BlockInfo[],
  sections: readonly Section[],
  referenceYear: number,
  first: number,
  last: number,
  owners: ReadonlyMap<number, GoalCell>,
  start: number,
  anchors: number[],
): GoalChunk {
  const found = extractGoals({ text, blocks, sections, referenceYear, first, last, ownerBefore: (index) => owners.get(index) });
  return {
    start,
    anchors,
    firstSection: first,
    goals: found.goals,
    // Most chunks name no owner: they share one empty map, so reading it on every edit touches no memory of theirs.
    owners: found.owners.size > 0 ? found.owners : NO_OWNERS,
    goalLines: found.goals.filter((g) => g.source === 'line' || g.source === 'heading').length,
    analysisKey: null,
    periods: [],
    smartTotal: 0,
    findings: [],
    findingsStart: start,
    findingsAnchors: anchors,
    findingsKey: null,
  };
}

/**
 * `planGoalChunks`, kept while the headings are the same and no section with subsections changed
 * whether its own text ends with a lead-in: the plan reads nothing else. A section's answer is read
 * again only when its own blocks (as first extracted) changed.
 */
function goalChunkPlan(sections: readonly Section[], blocks: readonly BlockInfo[]): { first: number; last: number }[] {
  const kept = fromHeadings(sections, GOAL_CHUNK_PLAN, (): KeptPlan => ({ own: [], leadIn: [], plan: null }));
  let changed = kept.plan === null;
  for (const section of sections) {
    if (section.children.length === 0) continue;
    const own = kept.own[section.index];
    const count = section.blocksTo - section.blocksFrom;
    let same = own !== undefined && own.length === count;
    for (let b = 0; same && b < count; b++) same = originOf(blocks[section.blocksFrom + b]) === own![b];
    if (same) continue;
    kept.own[section.index] = blocks.slice(section.blocksFrom, section.blocksTo).map(originOf);
    const leadIn = endsWithLeadIn(blocks, section);
    if (leadIn !== kept.leadIn[section.index]) {
      kept.leadIn[section.index] = leadIn;
      changed = true;
    }
  }
  if (changed) kept.plan = planGoalChunks(sections, blocks);
  return kept.plan!;
}

interface KeptPlan {
  /** Own blocks of each section with subsections, by index, as last read. */
  own: (BlockInfo[] | undefined)[];
  leadIn: boolean[];
  plan: { first: number; last: number }[] | null;
}

const GOAL_CHUNK_PLAN = {};

/** Every goal of the document in its current place, numbered across chunks. */
function placeGoals(chunks: readonly PlacedChunk[]): Goal[] {
  const goals: Goal[] = [];
  for (const placed of chunks) {
    const placement = placementOf(placed);
    placement.goals ??= placed.chunk.goals.map((goal) => placeGoal(goal, placed.move, placed.goalBase, placed.sectionBy));
    for (const goal of placement.goals) goals.push(goal);
  }
  return goals;
}

/**
 * What reaches from a section and those above it into the chunks below: their roles, headings and
 * the owners they name, and the reference year, as a key without their places, which are `anchors`
 * (so an edit above them does not make the chunks below new), nearest first. An editing session
 * numbers the keys (`AboveKeys`), so a chunk's is compared as a number on every edit.
 */
interface Above {
  key: number;
  anchors: number[];
}

/** What a heading block says of the chunks below, kept per block as first extracted: it is the same on every edit. */
const headingKeys = new WeakMap<BlockInfo, HeadingKey>();

interface HeadingKey {
  role: string;
  depth: number;
  key: string;
  /** Whether it names an area, whose ownership turns on its siblings (see areaOwnership). */
  area: boolean;
}

/** A section heading's key, made once per heading block. */
function headingKeyOf(section: Section, blocks: readonly BlockInfo[]): HeadingKey | undefined {
  const { heading, effectiveRole } = section;
  if (!heading) return undefined;
  const origin = originOf(blocks[section.firstBlock]);
  let kept = headingKeys.get(origin);
  if (!kept || kept.role !== effectiveRole || kept.depth !== heading.depth) {
    kept = { role: effectiveRole, depth: heading.depth, key: `${effectiveRole}\u0002${heading.text}\u0002${heading.depth}\u0002${heading.range.end - heading.range.start}`, area: isAreaHeading(heading.text) };
    headingKeys.set(origin, kept);
  }
  return kept;
}

function sectionAbove(section: Section, sections: readonly Section[], blocks: readonly BlockInfo[], above: Above, owners: ReadonlyMap<number, GoalCell>, keys: AboveKeys | undefined): Above {
  const { heading, index, effectiveRole } = section;
  const owner = owners.get(index);
  if (!heading && !owner) return { key: keys ? keys.id(above.key, effectiveRole) : 0, anchors: above.anchors };
  let local = '';
  if (heading) {
    if (keys) {
      const kept = headingKeyOf(section, blocks)!;
      local = kept.area ? `${kept.key}\u0002${areaOwnership(section, sections)}` : kept.key;
    }
  } else {
    local = effectiveRole;
  }
  if (owner && keys) local += `\u0002${owner.text}\u0002${owner.header}\u0002${owner.range.end - owner.range.start}`;
  // Literal arrays of their final length: every edit makes one per section, and a pushed-to array starts with room for 17.
  const own = heading ? (owner ? [heading.range.start, owner.range.start] : [heading.range.start]) : [owner!.range.start];
  return { key: keys ? keys.id(above.key, local) : 0, anchors: above.anchors.length > 0 ? own.concat(above.anchors) : own };
}

interface FrontMatter {
  frontMatter: Record<string, unknown> | null;
  frontMatterProblem: string | null;
}

const NO_FRONT_MATTER: FrontMatter = { frontMatter: null, frontMatterProblem: null };
const frontMatters = new BlockAnswers<FrontMatter>();

/** A front matter block's YAML, read once per block as first extracted: an edit below it leaves it as it was. */
function readFrontMatter(block: BlockInfo): FrontMatter {
  const origin = originOf(block);
  let read = frontMatters.get(origin);
  if (!read) {
    read = { frontMatter: plainFrontMatter(origin.frontMatter!), frontMatterProblem: null };
    if (!read.frontMatter) try {
      // logLevel 'error': a warning about the writer's YAML must not go to the process's stderr (the CLI's output).
      const parsed: unknown = parseYaml(origin.frontMatter!, { maxAliasCount: 100, logLevel: 'error' });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) read.frontMatter = parsed as Record<string, unknown>;
      else if (parsed != null) read.frontMatterProblem = 'front matter is not a set of key: value pairs';
    } catch (error) {
      read.frontMatterProblem = `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
    }
    frontMatters.set(origin, read);
  }
  return read;
}

/**
 * Front matter of `key: words` lines alone (title, owner, kind, a date), read as YAML reads it but
 * without the parser, which takes longer to warm up than most documents take to lint; null when a
 * line holds anything more (quotes, numbers, colons, comments, a repeated key): the parser reads it.
 */
function plainFrontMatter(yaml: string): Record<string, unknown> | null {
  const read: Record<string, unknown> = {};
  for (const line of yaml.split('\n')) {
    const entry = PLAIN_ENTRY.exec(line);
    if (!entry || entry[1] in read || YAML_WORD.test(entry[1]) || YAML_WORD.test(entry[2])) return null;
    read[entry[1]] = entry[2];
  }
  return read;
}

/** A key, then words that YAML's core schema reads as a string: a letter first, or an ISO date. */
const PLAIN_ENTRY = /^([A-Za-z][\w-]*): +((?:[A-Za-z]|\d{4}-\d\d-\d\d$)[ -"$-9;-~\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*?) *$/;
const YAML_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

const HEDGE_MATCHER = new PhraseMatcher(HEDGES);

let lastValueNames: { key: string; matcher: PhraseMatcher } | null = null;

/** The document's value names as a matcher, built again only when they change. */
function valueNameMatcher(names: readonly string[], key: string): PhraseMatcher {
  if (lastValueNames?.key !== key) lastValueNames = { key, matcher: new PhraseMatcher(names) };
  return lastValueNames.matcher;
}

/** Headings of the sections that list who runs a plan: its team, contacts or owners. */
const TEAM_SECTION = /\b(team|teams|team members|contacts?|communications|ownership|owners?|stakeholders|people|who|roles|responsibilit(y|ies)|metadata|poc|points? of contact)\b/i;

/**
 * The person or team a whole plan names as its owner: an owner field in a two-column metadata
 * table, or in a team or contacts section ("PM: Jane Doe", "Point of contact: @x").
 */
function documentOwner(blocks: readonly BlockInfo[], sections: readonly Section[]): string | null {
  const teamSections = fromHeadings(sections, TEAM_SECTIONS, () => sections.map((s) => s.heading !== null && isTeamHeading(s.heading.text)));
  for (const section of sections) {
    const teamSection = teamSections[section.index];
    // A page's metadata table sits near its top; a team section may sit anywhere.
    if (!teamSection && section.blocksFrom >= OWNER_TABLE_BLOCKS) continue;
    for (let i = section.blocksFrom; i < section.blocksTo; i++) {
      // Only text is read here, and the block as first read has the same text as where it moved to.
      const block = originOf(blocks[i]);
      const owner = (teamSection ? ownerInTeamBlock : ownerInBlock).get(block);
      if (owner === undefined) {
        const found = ownerIn(block, teamSection);
        (teamSection ? ownerInTeamBlock : ownerInBlock).set(block, found);
        if (found !== null) return found;
      } else if (owner !== null) {
        return owner;
      }
    }
  }
  const title = sections.find((section) => section.depth === 1 && section.heading !== null)?.heading!.text;
  return title ? teamInTitle(title) : null;
}

/** "# Team Saiyan", "# Platform Team", "# Growth team OKRs": the team a page is about owns its goals. */
const teamInTitle = memoByText((title) => {
  const text = cleanHeading(title);
  const named = /^(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){1,3}[Tt]eam)\b/.exec(text) ?? /^([Tt]eam\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})\s*$/.exec(text);
  if (!named || NOT_A_TEAM_NAME.test(named[1].replace(/^team\s+|\s+team$/i, ''))) return null;
  return named[1];
});

/** "Team Values", "Our Team", "Leadership Team Handbook": words that name the page, not a team. */
const NOT_A_TEAM_NAME = /^(?:our|the|my|your|values|goals|okrs?|objectives|handbook|charter|members|culture|principles|vision|mission|strategy|roadmap|process(?:es)?|rituals|norms|agreements|structure|overview|page|guide|health|building|meetings?|updates?|news|directory)$/i;

const OWNER_TABLE_BLOCKS = 40;
/** Key of the team sections, by index, as `fromHeadings` keeps them. */
const TEAM_SECTIONS = {};
const isTeamHeading = memoByText((heading) => TEAM_SECTION.test(heading));

/** What each block says about the page's owner, kept: an edit leaves almost every block as it was. */
const ownerInBlock = new BlockAnswers<string | null>();
const ownerInTeamBlock = new BlockAnswers<string | null>();

function ownerIn(block: BlockInfo, teamSection: boolean): string | null {
  const candidates: string[] = [];
  if (block.table && block.table.header.cells.length === 2) {
    for (const row of [block.table.header, ...block.table.rows]) if (row.cells.length === 2) candidates.push(`${row.cells[0].text}: ${row.cells[1].text}`);
  } else if (teamSection && block.items) {
    for (const item of block.items) candidates.push(maskedSlice(block, item.ownRange));
  } else if (teamSection && block.type === 'paragraph') {
    candidates.push(...block.masked.split('\n'));
  }
  for (const line of candidates) {
    const field = readField(line);
    if (field && (field.kind === 'owner' || (teamSection && /^(pm|product (manager|owner|pocs?)|team lead|lead|depo lead|tracking manager)$/i.test(field.label))) && field.value && !isPlaceholderText(field.value) && !isEmptyCell(field.value)) {
      return field.value;
    }
  }
  return null;
}

/** A goal that names or inherits a planning period: a year, a quarter, a half, a fiscal year. */
function namesAPeriod(goal: Goal): boolean {
  const period = /\b(?:19|20)\d\d\b|\bq[1-4]\b|\bh[12]\b|\bfy ?\d/i;
  return period.test(goal.masked) || goal.inheritedText.some((t) => period.test(t.text)) || Object.values(goal.attributes).some((cell) => cell !== undefined && cell.header !== 'section owner' && period.test(cell.text));
}

/** The document's title heading: the top-level heading among its first blocks, else its first heading, if it has one. */
function titleHeading(blocks: readonly BlockInfo[]): HeadingInfo | null {
  let first: HeadingInfo | null = null;
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const heading = blocks[i].heading;
    if (!heading) continue;
    // "## This document has been archived" above "# Zcash Foundation Vision and Roadmap": the top-level heading near the top is the title.
    if (heading.depth === 1) return heading;
    first ??= heading;
  }
  if (first !== null) return first;
  for (const block of blocks) if (block.heading) return block.heading;
  return null;
}

/** Titles and file names of goal pages: "FY21-Q1 OKRs", "Objectives and Key Results for Q1 2018", okrs/fy22-q1.md, goals.md. */
const GOALS_TITLE = /\b(okrs?|objectives and key results|key results|goals|objectives|targets|milestones|success measures)\b/i;
const GOALS_PATH = /(^|[/\\])(okrs?|goals|objectives)([-_. /\\]|$)/i;

/** A values page ("Our values", values.md): its sections describe values, so what they say is not a goal. */
function isValuesDocument(title: string | null, path: string | undefined): boolean {
  return (title ? isValuesTitle(title) : false) || isValuesPath(path ?? '');
}

// The title and path are read on every edit, and rarely change: each is read once per text.
const isValuesTitle = memoByText((title) => /\b(values|principles|beliefs|culture|what we stand for)\b/i.test(title) && !/\b(vision|mission|strategy|goals|okrs?)\b/i.test(title));
const isValuesPath = memoByText((path) => /(^|[-_. ])(values|principles|beliefs)$/i.test(baseName(path)));

/** "Kubeflow 2019 roadmap", "2025 OSO Roadmap": a roadmap for a period is a plan. */
const DATED_ROADMAP = /\broadmap\b/i;
const TITLE_PERIOD = /\b(?:19|20)\d\d\b|\bq[1-4]\b|\bh[12]\b|\bfy ?\d/i;

function isGoalsDocument(title: string | null, headingTitle: string | null, path: string | undefined): boolean {
  return (title ? isGoalsTitle(title) : false) || (headingTitle ? isGoalsTitle(headingTitle) : false) || (path ? isGoalsPath(path) : false);
}

const isGoalsTitle = memoByText((text) => GOALS_TITLE.test(text) || (DATED_ROADMAP.test(text) && TITLE_PERIOD.test(text)));
const isGoalsPath = memoByText((path) => GOALS_PATH.test(path.replace(/\\/g, '/').split('/').slice(-3).join('/')));

/** Folder and file names near the document that name a planning period: "2024h2", "Q2-19", "fy22-q1", "2021_q1". */
const PATH_PERIOD = /^(?:(?:fy)?\d{2,4}[-_ ]?(?:q[1-4]|h[12])|(?:q[1-4]|h[12])[-_ ]?(?:fy)?\d{2,4}|fy[-_ ]?\d{2,4}(?:[-_ ]?(?:q[1-4]|h[12]))?|(?:19|20)\d\d|(?:vision|strategy|strategic[-_ ]plan|plan|roadmap|goals|okrs?)[-_ ]?(?:19|20)\d\d|(?:19|20)\d\d[-_ ]?(?:vision|strategy|strategic[-_ ]plan|plan|roadmap|goals|okrs?))$/i;

function pathPeriods(path: string | undefined): readonly string[] {
  return path ? periodsInPath(path) : [];
}

const periodsInPath = memoByText((path: string): readonly string[] => {
  const segments = path.replace(/\\/g, '/').replace(/\.(md|markdown|mdx|mdown|mkd|txt)$/i, '').split('/').slice(-3);
  // "Vision-2023" reads as "Vision 2023"; "Q2-19" and "2024h2" read as they are.
  return segments
    .filter((segment) => PATH_PERIOD.test(segment))
    .map((segment) => (/^[a-z]{3,}/i.test(segment) && !/^fy/i.test(segment) ? segment.replace(/[-_]/g, ' ') : segment))
    .reverse();
});

/** Sentences that name the period of a plan: "This fiscal quarter will run from 2023-05-01 to 2023-07-31." */
const PLAN_SENTENCE = /\b(?:(?:fiscal|financial) (?:year|quarter)|this (?:quarter|period|year)|runs? from|will run|covers?|covering|(?:focus on|planned for|agreed (?:to|for)) (?:during|in|for)|(?:okrs?|goals|objectives|plan|strategy|slate|list)(?: \w+){0,3} (?:are|is|for|(?:was|were) used (?:during|for|in)) (?:for )?(?:the )?(?:fiscal |financial )?(?:year|period|quarter|q[1-4]|[1-4]q|h[12]|fy|\d{4}))/i;
const PERIOD_WORD = /\b(?:19|20)\d\d\b|\bq[1-4]\b|\bh[12]\b|\bfy ?\d/i;

/** "This OKR list was used during Q3+Q4 2017": past tense that still names the plan's own period. */
const PLAN_USED = /\b(?:was|were) (?:used|set|agreed|written|planned|tracked) (?:during|for|in)\b/i;

/**
 * The opening paragraphs of a document (before its first subsection) that say which period the
 * plan covers, sentence by sentence: the goals below it are planned for that period.
 */
function introPeriods(blocks: readonly BlockInfo[], sections: readonly Section[]): string[] {
  const intro: string[] = [];
  const title = sections.find((s) => s.heading);
  const opening = [sections[0], ...(title && title.depth === 1 ? [title] : [])];
  for (const section of opening) {
    for (let i = section.blocksFrom; i < section.blocksTo && intro.length < 4; i++) {
      const block = blocks[i];
      if (block.type !== 'paragraph' && block.type !== 'blockquote') continue;
      for (const sentence of block.masked.split(/(?<=[.!?])\s+/)) {
        if (sentence.length < 400 && PLAN_SENTENCE.test(sentence) && PERIOD_WORD.test(sentence) && (!/\b(?:was|were|had|since|ago|founded|created|began|started)\b/i.test(sentence) || PLAN_USED.test(sentence)) && !readCommitment(sentence)) {
          intro.push(sentence.replace(/\s+/g, ' ').trim());
        }
      }
    }
  }
  return intro;
}

/**
 * A heading that follows the title with nothing between ("Objectives and key results - Q1 2018"), or a
 * line in bold or italics right under the title ("**Spring 2026 · Project Terrapulse**"), unless it only
 * says when the page was edited.
 */
function subtitle(sections: DocumentModel['sections'], blocks: readonly BlockInfo[], text: SourceText): string | null {
  const title = sections.find((s) => s.heading);
  if (!title || title.depth !== 1) return null;
  if (title.blocksTo > title.blocksFrom) {
    const first = blocks[title.blocksFrom];
    const line = first.type === 'paragraph' ? text.slice(first.range.start, first.range.end).trim() : '';
    return line.length <= 160 && /^(\*\*|__|\*|_)(?![*_])[^\n]+?\1$/.test(line) && !/\b(?:updated|edited|published|written|revised|last|draft|by)\b/i.test(line) ? first.masked.trim() : null;
  }
  const next = sections[title.index + 1];
  return next?.heading && next.parent === title.index ? next.heading.text : null;
}

/** First day of the first period found in these texts. */
function periodStartOf(texts: readonly string[], options: ModelOptions): Date | null {
  for (const text of texts) {
    const found = text ? options.cache.deadline(text, options.today, options.fiscalYearStartMonth) : null;
    if (found && !found.relative) return periodStart(found.due, found.precision);
  }
  return null;
}

const PRECISION_MONTHS: Record<string, number> = { day: 0, month: 1, quarter: 3, half: 6, year: 12 };

function periodStart(due: string, precision: string): Date {
  const end = new Date(`${due}T00:00:00Z`);
  const months = PRECISION_MONTHS[precision] ?? 0;
  if (months === 0) return end;
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1 - months, 1));
  return start;
}

function firstLine(text: SourceText, start: number): { start: number; end: number } {
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10) end++;
  return { start, end: text.charCodeAt(end - 1) === 13 ? end - 1 : end };
}

function visionStatement(
  blocks: readonly BlockInfo[],
  sections: DocumentModel['sections'],
  visionSections: number[],
): DocumentModel['vision']['statement'] {
  for (const index of visionSections) {
    for (const block of ownBlocks(blocks, sections[index])) {
      if (block.type === 'paragraph' || block.type === 'blockquote') {
        return { text: collapse(block.masked), range: block.range };
      }
    }
  }
  return null;
}

/**
 * "Departments will publish their own digital strategies by the end of 2012": a deliverable named
 * and dated once; other commitments that name it ("... in their departmental digital strategies")
 * are due with it. Only a named document (a strategy, plan, report, roadmap ...) of two words or more.
 */
const DATED_DELIVERABLE =
  /\b(?:will|shall)\s+(?:publish|produce|submit|deliver|release|issue|prepare|set out|agree)\s+(?:(?:their|its|our|the|a|an|new|own|first|updated|refreshed)\s+)*((?:[a-z][\w'-]*\s+){1,2}(?:strateg(?:y|ies)|plans|reports|roadmaps|frameworks|standards|policies))\b[^.;]{0,120}?\b(?:by|in|before)\s+((?:the\s+)?(?:end\s+of\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d)\b/i;

const DELIVERABLES_KEY = {};
const NONE_DATED: readonly BlockFinding[] = [];

/** The deliverable one block dates, at its offsets, with its name and its date's text joined in `phrase`. */
function datedIn(origin: BlockInfo): readonly BlockFinding[] {
  if (origin.type !== 'paragraph' && origin.type !== 'list') return NONE_DATED;
  const match = DATED_DELIVERABLE.exec(origin.masked);
  if (!match) return NONE_DATED;
  const start = origin.range.start + match.index;
  return [{ range: { start, end: start + match[0].length }, phrase: `${match[1].trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${match[2].replace(/\s+/g, ' ')}` }];
}

/** The deliverables the document dates, the first sentence for each name; each block read once (`perOrigin`). */
function datedDeliverables(blocks: readonly BlockInfo[], origins: readonly BlockInfo[]): DatedDeliverable[] {
  const found: DatedDeliverable[] = [];
  for (const { range, phrase: named } of perOrigin(blocks, origins, DELIVERABLES_KEY, datedIn)) {
    const [phrase, due] = named!.split('\u0000');
    if (!found.some((d) => d.phrase === phrase)) found.push({ phrase, due, range });
  }
  return found;
}
