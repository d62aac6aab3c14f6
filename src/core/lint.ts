import { DEFAULT_CONFIG } from './config/defaults';
import type { ResolvedConfig } from './config/types';
import { readDirectives, Suppressions } from './directives';
import { lintingOnce, type BlockInfo } from './markdown/blocks';
import { remarkBlocks } from './markdown/mdast';
import { blockBoundaries, definedLabels, definitionsFor, documentDefinitions, planParse, type Definition, type ParsePlan } from './markdown/pieces';
import { plainBlocks } from './markdown/plain';
import { buildModel } from './model/build';
import { chunkMove, placeFinding, placeGoal, placementOf, type GoalChunkCache, type PlacedChunk } from './model/chunks';
import { RoleClassifier } from './model/roles';
import { AnalysisCache, VAGUE_TERMS } from './model/smart';
import type { DocumentModel } from './model/types';
import { BUILTIN_RULES } from './rules';
import { FixBuilder } from './rules/fixes';
import { houseRulesFrom } from './rules/house';
import type { Rule, RuleCategory, RuleContext } from './rules/rule';
import { scoreDocument, type DocumentScore, type GoalScores } from './score';
import { BUILTIN_TEMPLATES } from './templates/builtin';
import type { TemplateSet } from './templates/load';
import { LineIndex, lineEndAt, nextLineStart } from './text/lines';
import type { SourceText } from './text/source';
import { PhraseMatcher } from './text/words';
import { lastKeyKeeper } from './text/memo';
import { SEVERITIES, type Finding, type Severity, type SeveritySetting } from './types';

export interface LintResult {
  path?: string;
  kind: DocumentModel['kind'];
  findings: Finding[];
  /** Null when the document was skipped. */
  model: DocumentModel | null;
  score: DocumentScore | null;
  /** Why the document was not linted (too large, binary), in words for people. */
  skipped?: string;
  lines: LineIndex;
}

export const BUILTIN_TEMPLATE_SET: TemplateSet = Object.fromEntries(
  Object.entries(BUILTIN_TEMPLATES).map(([id, t]) => [id, { body: t.body, source: 'builtin', description: t.description }]),
);

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * Parses Markdown into independent top-level blocks, at the offsets of `text` plus `offset`. A long
 * document is parsed in pieces (see `planParse`): the same blocks, in linear time.
 */
export function extractBlocks(text: string, offset = 0, { cuts, definitions }: ParsePlan = planParse(text)): BlockInfo[] {
  const blocks: BlockInfo[] = [];
  let start = 0;
  for (const end of [...cuts, text.length]) {
    // A piece after the first is parsed after a line break, so its first line cannot read as the
    // start of a document: a leading "---" is no front matter there, nor U+FEFF a byte-order mark.
    if (start === 0) extractPiece(text.slice(0, end), definitions, offset, blocks);
    else extractPiece(`\n${text.slice(start, end)}`, definitions, offset + start - 1, blocks);
    start = end;
  }
  return blocks;
}

/**
 * One piece's blocks: read by the line reader when it can, else cut block by block (`blockBoundaries`)
 * so that only the runs of blocks it cannot read, with the definitions they mention, go to remark.
 * Without `definitions` the piece is the whole text, with its own.
 */
function extractPiece(piece: string, given: readonly Definition[] | null, offset: number, into: BlockInfo[]): void {
  const definitions = given ?? (piece.includes(']:') ? documentDefinitions(piece) : []);
  if (definitions === null) {
    // Definitions that cannot be copied to a part: remark reads the whole text.
    for (const block of remarkBlocks(piece, offset)) into.push(block);
    return;
  }
  const labels = definedLabels(definitions);
  const plain = plainBlocks(piece, offset, labels);
  if (plain) {
    for (const block of plain) into.push(block);
    return;
  }
  /** Where the run of parts left to remark starts, or -1. */
  let pending = -1;
  const flush = (end: number) => {
    if (pending < 0) return;
    // A part after the first is parsed after a line break, as pieces are (see `extractBlocks`).
    const part = pending === 0 ? piece.slice(0, end) : `\n${piece.slice(pending, end)}`;
    const lines = definitionsFor(part, definitions);
    for (const block of remarkBlocks(lines ? `${part}\n\n${lines}` : part, offset + Math.max(0, pending - 1), part.length)) into.push(block);
    pending = -1;
  };
  let start = 0;
  for (const end of [...blockBoundaries(piece).filter((cut) => cut > 0), piece.length]) {
    const part = start === 0 ? piece.slice(0, end) : `\n${piece.slice(start, end)}`;
    const read = plainBlocks(part, offset + Math.max(0, start - 1), labels);
    if (read) {
      flush(start);
      for (const block of read) into.push(block);
    } else if (pending < 0) {
      pending = start;
    }
    start = end;
  }
  flush(piece.length);
}

/**
 * Limits past which Markdown parsing slows down sharply (nesting, brackets, nested images and
 * emphasis cost quadratic time or worse in micromark; a line of a few thousand list markers even
 * overflows the call stack). Brackets, images and emphasis are counted per paragraph: per run of
 * lines without a blank line, restarted at a list item or a heading, which always begin a new one.
 */
export const STRUCTURE_LIMITS = {
  lineLength: 200_000,
  nesting: 64,
  bracketsPerParagraph: 1_500,
  imagesPerParagraph: 500,
  /** Runs of *, _ or ~ ("**" is one): a table of 1,500 bold cells still passes. */
  emphasisPerParagraph: 3_000,
  cellsPerRow: 500,
  lines: 50_000,
};

/**
 * Why a text cannot be linted, or null. One linear pass before parsing, so hostile input (a huge
 * file, binary data, thousand-deep nesting, a paragraph of brackets) is turned away in bounded time.
 */
export function skipReason(text: string, maxFileSizeKb: number): string | null {
  return contentProblem(text, maxFileSizeKb) ?? structureProblem(text);
}

/** How much of the start of a text `contentProblem` reads for signs of binary data. */
export const BINARY_SAMPLE_LENGTH = 8192;

/**
 * The guards that depend on the whole text yet stay cheap enough to run after every edit: size,
 * binary content, and the number of lines (parsing costs time and memory per line, so a few
 * hundred thousand short lines would take minutes and gigabytes even within the size limit).
 */
export function contentProblem(text: string, maxFileSizeKb: number): string | null {
  if (text.length > maxFileSizeKb * 1024) {
    return `skipped: larger than ${maxFileSizeKb} KB (raise maxFileSizeKb to lint it)`;
  }
  const sample = text.slice(0, BINARY_SAMPLE_LENGTH);
  if (sample.includes('\u0000')) return 'skipped: looks like a binary file (it contains NUL bytes)';
  const replacement = sample.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 16 && replacement > sample.length / 50) return 'skipped: not valid UTF-8 text';
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) lines++;
  if (lines > STRUCTURE_LIMITS.lines) return `skipped: more than ${STRUCTURE_LIMITS.lines.toLocaleString('en')} lines`;
  return null;
}

/** The structural guards alone: they depend only on lines and paragraphs, so a part of a document can be checked. */
export function structureProblem(text: string): string | null {
  const limits = STRUCTURE_LIMITS;
  let brackets = 0;
  let images = 0;
  let emphasis = 0;
  let previousLineBlank = true;
  // In a table each row's cells are parsed on their own, so a long table of bold cells is not one
  // costly paragraph; the cost grows with the square of the marks in a row, and the rows add up.
  let inTable = false;
  let tableCost = 0;
  // Where the next character that counts ([ * _ ~ |) is: found by a pattern, which skips the words
  // between them far faster than a loop over every character.
  let counted = -1;
  for (let lineStart = 0; lineStart <= text.length; ) {
    // A CR not followed by LF ends a line too, as it does for the Markdown parser.
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 13)) first++;
    const blank = first === lineEnd;
    if (!blank) {
      const start = lineStartOf(text, lineStart);
      if (start.depth / 2 > limits.nesting) return `skipped: nesting deeper than ${limits.nesting} levels`;
      if (inTable && (start.newParagraph || !continuesTable(text, lineStart))) inTable = false;
      else if (previousLineBlank && startsTable(text, lineStart)) {
        inTable = true;
        tableCost = 0;
      }
      if (start.newParagraph || inTable) brackets = images = emphasis = 0;
      let pipesInLine = 0;
      for (let i = first; ; i++) {
        if (counted < i) {
          COUNTED_MARK.lastIndex = i;
          counted = COUNTED_MARK.test(text) ? COUNTED_MARK.lastIndex - 1 : text.length;
        }
        if (counted >= lineEnd) break;
        i = counted;
        const code = text.charCodeAt(i);
        if (code === 91 /* [ */) {
          if (++brackets > limits.bracketsPerParagraph) return `skipped: a paragraph with more than ${limits.bracketsPerParagraph} brackets is too costly to parse`;
          if (text.charCodeAt(i - 1) === 33 /* ! */ && ++images > limits.imagesPerParagraph) {
            return `skipped: a paragraph with more than ${limits.imagesPerParagraph} images is too costly to parse`;
          }
        } else if (code === 124 /* | */) {
          if (++pipesInLine > limits.cellsPerRow) return `skipped: a table row with more than ${limits.cellsPerRow} cells is too costly to parse`;
        } else if (text.charCodeAt(i - 1) !== code && ++emphasis > limits.emphasisPerParagraph) {
          return `skipped: a paragraph with more than ${limits.emphasisPerParagraph.toLocaleString('en')} emphasis marks (*, _, ~) is too costly to parse`;
        }
      }
    }
    if (lineEnd - lineStart > limits.lineLength) return `skipped: a line longer than ${limits.lineLength.toLocaleString('en')} characters`;
    if (inTable) {
      tableCost += brackets * brackets + emphasis * emphasis;
      if (tableCost > limits.bracketsPerParagraph ** 2 + limits.emphasisPerParagraph ** 2) return 'skipped: a table with this many brackets and emphasis marks is too costly to parse';
    }
    if (blank) {
      brackets = images = emphasis = 0;
      inTable = false;
    }
    previousLineBlank = blank;
    lineStart = lineEnd + 1;
  }
  return null;
}

const LINE_BREAK = /\n|\r(?!\n)/g;
const COUNTED_MARK = /[[*_~|]/g;

/** A header row then a delimiter row with as many cells, after a blank line: micromark surely reads a table. */
function startsTable(text: string, lineStart: number): boolean {
  const headerEnd = lineEndAt(text, lineStart);
  const next = nextLineStart(text, headerEnd);
  if (next >= text.length) return false;
  const header = text.slice(lineStart, headerEnd);
  const delimiter = text.slice(next, lineEndAt(text, next));
  if (!/^ {0,3}\S/.test(header) || !header.includes('|') || !delimiter.includes('|')) return false;
  if (!/^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(delimiter)) return false;
  const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).length;
  return cells(header) === cells(delimiter);
}

/** A table row goes on: a line with a pipe that starts no quote or numbered list (bullets and headings end it too). */
function continuesTable(text: string, lineStart: number): boolean {
  const line = text.slice(lineStart, lineEndAt(text, lineStart));
  return line.includes('|') && !/^ {0,3}(?:>|\d{1,9}[.)](?:[ \t]|$))/.test(line);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9;
const isLineEnd = (c: number) => c === 10 || c === 13 || Number.isNaN(c);

/**
 * The start of a line: its container depth (quote markers, indentation, and list markers, which
 * nest too: "- - - x" is three lists deep) and whether it surely begins a new paragraph (a list
 * item or an ATX heading within three spaces of the margin interrupts any paragraph).
 */
function lineStartOf(text: string, lineStart: number): { depth: number; newParagraph: boolean } {
  let depth = 0;
  let ruleMarker = -1; // "- - -" and "* * *" are thematic breaks, not nested lists
  let onlyRule = true;
  let j = lineStart;
  for (; j < text.length && j - lineStart < 4 * STRUCTURE_LIMITS.nesting + 8; j++) {
    const c = text.charCodeAt(j);
    if (c === 62 /* > */) {
      depth += 2;
      onlyRule = false;
    } else if (c === 32) depth += 1;
    else if (c === 9) depth += 4;
    else if ((c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */) && isSpace(text.charCodeAt(j + 1))) {
      depth += 1;
      if (ruleMarker === -1) ruleMarker = c;
      else if (ruleMarker !== c) onlyRule = false;
    } else if (isDigit(c)) {
      let k = j;
      while (k < text.length && k - j < 9 && isDigit(text.charCodeAt(k))) k++;
      const after = text.charCodeAt(k);
      if ((after !== 46 /* . */ && after !== 41) /* ) */ || !isSpace(text.charCodeAt(k + 1))) break;
      depth += k - j + 1;
      onlyRule = false;
      j = k;
    } else break;
  }
  const rest = text.charCodeAt(j);
  const thematicBreak = ruleMarker !== -1 && onlyRule && (isLineEnd(rest) || (rest === ruleMarker && isLineEnd(text.charCodeAt(j + 1))));
  if (thematicBreak) depth = 0;

  // Within three spaces of the margin: "- x" (not empty: an empty item cannot interrupt a paragraph) or "## x".
  let k = lineStart;
  while (k < text.length && k - lineStart < 3 && text.charCodeAt(k) === 32) k++;
  const first = text.charCodeAt(k);
  let newParagraph = false;
  if ((first === 45 || first === 42 || first === 43) && isSpace(text.charCodeAt(k + 1))) {
    let m = k + 1;
    while (m < text.length && isSpace(text.charCodeAt(m))) m++;
    newParagraph = !isLineEnd(text.charCodeAt(m));
  } else if (first === 35 /* # */) {
    let m = k;
    while (m < text.length && m - k < 7 && text.charCodeAt(m) === 35) m++;
    newParagraph = m - k <= 6 && (isSpace(text.charCodeAt(m)) || isLineEnd(text.charCodeAt(m)));
  }
  return { depth, newParagraph };
}

/**
 * The linter for one configuration: compiles rules, matchers and templates once, then lints
 * any number of documents. Holds no per-document state, so one instance serves a workspace.
 */
export class Linter {
  readonly config: ResolvedConfig;
  readonly rules: readonly ActiveRule[];
  private readonly categories = new Map<string, RuleCategory>();
  private readonly roles: RoleClassifier;
  private readonly personas: PhraseMatcher;
  private readonly vague: PhraseMatcher;
  readonly templates: TemplateSet;
  readonly cache = new AnalysisCache();

  constructor(config: ResolvedConfig = DEFAULT_CONFIG, templates: TemplateSet = BUILTIN_TEMPLATE_SET) {
    this.config = config;
    this.templates = templates;
    this.roles = new RoleClassifier(config.headingSynonyms);
    this.personas = new PhraseMatcher(config.personas, { inflect: true });
    this.vague = new PhraseMatcher([...VAGUE_TERMS, ...config.vagueWords]);
    const active: ActiveRule[] = [];
    for (const rule of [...BUILTIN_RULES, ...houseRulesFrom(config.houseRules)]) {
      this.categories.set(rule.id, rule.category);
      const setting = config.rules[rule.id];
      const severity: SeveritySetting = setting?.severity ?? (rule.optIn ? 'off' : rule.defaultSeverity);
      if (severity === 'off') continue;
      active.push({ rule, severity, options: setting?.options ?? {} });
    }
    this.rules = active;
  }

  categoryOf = (ruleId: string): RuleCategory | undefined => this.categories.get(ruleId);

  lint(text: string, path?: string, today = new Date()): LintResult {
    const lines = new LineIndex(text);
    const skipped = skipReason(text, this.config.maxFileSizeKb);
    if (skipped) return { path, kind: 'none', findings: [], model: null, score: null, skipped, lines };
    return lintingOnce(() => this.lintBlocks(text, extractBlocks(text), path, today, lines));
  }

  /**
   * Lints already-extracted blocks: the incremental session re-extracts only what an edit touched,
   * and passes the goal chunks kept from its previous lint.
   */
  lintBlocks(text: SourceText, blocks: BlockInfo[], path: string | undefined, now: Date, lines = new LineIndex(text), goalChunks?: GoalChunkCache): LintResult {
    // Deadlines and templates read the day, not the hour: one "today" a day keeps kept analyses valid.
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const { model, goalChunks: placedChunks } = buildModel(text, blocks, {
      path,
      today,
      roles: this.roles,
      personas: this.personas,
      vague: this.vague,
      lintAlways: this.config.lint === 'always',
      fiscalYearStartMonth: this.config.fiscalYearStart,
      cache: this.cache,
      goalChunks,
    });
    goalChunks?.sweep();
    if (model.kind === 'none') return { path, kind: 'none', findings: [], model, score: null, lines };

    const fixes = new FixBuilder(model, this.templates, lines.eol);
    const applicable = this.rules.filter(({ rule }) => rule.kinds.includes(model.kind));
    const goalRules = applicable.filter(({ rule }) => rule.checkGoal);
    // Goal rules run per goal chunk, on the chunk's goals numbered from 0; a chunk no edit touched keeps its findings.
    const findingsKey = sameFindingsKey(`${model.kind}\u0001${today.getTime()}\u0001${fixes.eol}`);
    const placedFindings: (readonly Finding[])[] = new Array(placedChunks.length);
    let goalFindings = 0;
    for (let i = 0; i < placedChunks.length; i++) {
      const placed = placedChunks[i];
      const { chunk } = placed;
      if (chunk.findingsKey !== findingsKey) {
        const goals = chunk.goals.map((goal) => placeGoal(goal, placed.move, 0, placed.sectionBy));
        chunk.findings = [];
        // The document as a chunk's goal rules see it: the chunk's goals are its only ones.
        const chunkModel = Object.create(model, { goals: { value: goals, enumerable: true } }) as DocumentModel;
        this.runGoalRules(goalRules, chunkModel, fixes, chunk.findings);
        chunk.findingsStart = placed.range.start;
        chunk.findingsAnchors = placed.anchors;
        chunk.findingsKey = findingsKey;
        if (chunk.placement) chunk.placement.findings = undefined;
      }
      const placement = placementOf(placed);
      if (!placement.findings) {
        const move = chunkMove(chunk.findingsStart, chunk.findingsAnchors, placed.range.start, placed.anchors);
        placement.findings = chunk.findings.map((finding) => placeFinding(finding, move, placed.goalBase));
      }
      placedFindings[i] = placement.findings;
      goalFindings += placement.findings.length;
    }
    // Copied into an array of their number: pushed one by one, a thousand findings grow it ten times on every edit.
    const findings: Finding[] = new Array(goalFindings);
    let at = 0;
    for (const chunkFindings of placedFindings) for (let i = 0; i < chunkFindings.length; i++) findings[at++] = chunkFindings[i];
    this.runRules(applicable, model, fixes, findings);

    const directives = readDirectives(blocks, lines);
    this.reportEngineFindings(model, directives, findings);
    const suppressions = new Suppressions(directives, lines);
    // Without directives nothing is suppressed, and no finding's line needs finding.
    const kept = sortedByPlaceThenRule(directives.length === 0 ? findings : findings.filter((f) => !suppressions.isSuppressed(f.ruleId, lines.lineOf(f.range.start))));
    return { path, kind: model.kind, findings: kept, model, score: scoreDocument(goalScores(placedChunks), kept, this.categoryOf), lines };
  }

  /** Runs the document rules. */
  private runRules(rules: readonly ActiveRule[], model: DocumentModel, fixes: FixBuilder, findings: Finding[]): void {
    for (const active of rules) active.rule.check?.(this.ruleContext(active, model, fixes, findings));
  }

  /** Runs the goal rules on each goal of `model` (a chunk's), each finding tied to its goal's index. */
  private runGoalRules(rules: readonly ActiveRule[], model: DocumentModel, fixes: FixBuilder, findings: Finding[]): void {
    // One context per rule, its findings tied to the goal being checked: rules report while they check.
    const checking = { goalIndex: 0 };
    for (const active of rules) {
      const context = this.ruleContext(active, model, fixes, findings, checking);
      for (const goal of model.goals) {
        checking.goalIndex = goal.index;
        active.rule.checkGoal!(goal, context);
      }
    }
  }

  private ruleContext({ rule, severity, options }: ActiveRule, model: DocumentModel, fixes: FixBuilder, findings: Finding[], checking?: { goalIndex: number }): RuleContext {
    return {
      model,
      options,
      config: this.config,
      customers: this.personas,
      fixes,
      report: (finding) => {
        findings.push({
          ruleId: rule.id,
          severity: finding.severityCap ? mildest(severity, finding.severityCap) : severity,
          message: finding.message,
          range: finding.range,
          related: finding.related,
          fixes: finding.fixes ?? [],
          goalIndex: checking?.goalIndex,
        });
      },
    };
  }

  private reportEngineFindings(model: DocumentModel, directives: ReturnType<typeof readDirectives>, findings: Finding[]): void {
    const severityOf = (id: string, fallback: Severity): SeveritySetting => this.config.rules[id]?.severity ?? fallback;
    const reasonSeverity = severityOf('disable-reason', 'warning');
    if (this.config.requireDisableReason && reasonSeverity !== 'off') {
      for (const directive of directives) {
        if (directive.kind === 'enable' || directive.reason) continue;
        findings.push({
          ruleId: 'disable-reason',
          severity: reasonSeverity,
          message: 'This suppression gives no reason: add one after " -- " so reviewers know why the rule does not apply.',
          range: directive.range,
          fixes: [],
        });
      }
    }
    const frontMatterSeverity = severityOf('front-matter', 'warning');
    if (model.frontMatterProblem && frontMatterSeverity !== 'off') {
      findings.push({
        ruleId: 'front-matter',
        severity: frontMatterSeverity,
        message: `The ${model.frontMatterProblem}: visionlint read the document without it.`,
        range: model.blocks[0].range,
        fixes: [],
      });
    }
  }
}

/**
 * The findings in order of start, then of rule id as `localeCompare` orders them (by rank, see
 * `ruleRanks`), the sort stable. Each finding's start and rank are read once, not at every
 * comparison: a moved finding works its range out when read.
 */
function sortedByPlaceThenRule(findings: readonly Finding[]): Finding[] {
  for (const finding of findings) {
    if (!ruleRanks.has(finding.ruleId)) {
      rankRuleIds([...ruleRanks.keys(), ...findings.map((f) => f.ruleId)]);
      break;
    }
  }
  // Typed arrays keep their numbers outside the collected heap: an edit sorts every finding again.
  const count = findings.length;
  const starts = new Float64Array(count);
  const ranks = new Uint16Array(count);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = findings[i].range.start;
    ranks[i] = ruleRanks.get(findings[i].ruleId)!;
    order[i] = i;
  }
  order.sort((a, b) => starts[a] - starts[b] || ranks[a] - ranks[b] || a - b);
  const sorted: Finding[] = new Array(count);
  for (let i = 0; i < count; i++) sorted[i] = findings[order[i]];
  return sorted;
}

/** The findings key as every goal chunk compares it (see `lastKeyKeeper`). */
const sameFindingsKey = lastKeyKeeper();

/**
 * Every rule id met so far, ranked in locale order: ranks compare any two ids as they compare
 * among the ids of one lint, so they are kept across lints and ranked again only for a new id.
 */
const ruleRanks = new Map<string, number>();

function rankRuleIds(known: readonly string[]): void {
  const ids = [...new Set(known)].sort((a, b) => a.localeCompare(b));
  ruleRanks.clear();
  // Ids the locale counts as equal share a rank.
  ids.forEach((id, i) => ruleRanks.set(id, i > 0 && id.localeCompare(ids[i - 1]) === 0 ? ruleRanks.get(ids[i - 1])! : i));
}

/** The goals' SMART scores as their chunks added them up when analysing them. */
function goalScores(chunks: readonly PlacedChunk[]): GoalScores {
  let count = 0;
  let smartTotal = 0;
  for (const { chunk } of chunks) {
    count += chunk.goals.length;
    smartTotal += chunk.smartTotal;
  }
  return { count, smartTotal };
}

function mildest(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) > SEVERITIES.indexOf(b) ? a : b;
}
