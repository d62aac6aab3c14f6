import { originOf, type BlockInfo } from '../markdown/blocks';
import type { Finding, Fix, RelatedLocation, Severity, TextRange } from '../types';
import { MovedAnalysis } from './smart';
import type { Goal, GoalAnalysis, GoalCell, InheritedPeriod } from './types';
import type { GoalCounts } from './kind';

/**
 * The goals of one goal chunk (see `planGoalChunks`) as found when the chunk started at `start`
 * and its first section had the index `firstSection`: after an edit elsewhere they are reused,
 * moved, instead of found, analysed and checked again.
 */
export interface GoalChunk {
  start: number;
  /** Where the headings and owners above the chunk that its goals cite started (see `chunkMove`). */
  anchors: number[];
  firstSection: number;
  /** Indexed from 0 within the chunk; analysed in place when `analysisKey` says what they were analysed for. */
  goals: Goal[];
  /** Owners named in the chunk's sections, for the goals of the chunks below. */
  owners: ReadonlyMap<number, GoalCell>;
  /** Goals written as labelled lines or headings, which tell a goals document from an essay. */
  goalLines: number;
  analysisKey: string | null;
  /** The periods its goals inherit, as analysed. */
  periods: InheritedPeriod[];
  /** Its goals' SMART scores added up, as analysed. */
  smartTotal: number;
  /** The goal rules' findings, computed when the chunk started at `findingsStart` (its anchors at `findingsAnchors`), for the document context `findingsKey`. */
  findings: Finding[];
  findingsStart: number;
  findingsAnchors: number[];
  findingsKey: string | null;
  /** Its goals as `decideKind` counts them: worked out when first asked. */
  goalCounts?: GoalCounts;
  /** The sections its goals lie in, each once, as found: worked out when first asked. */
  goalSections?: number[];
  /** Its goals and findings as last placed, reused while the chunk lies where it did (see `placementOf`). */
  placement?: Placement;
}

/** A goal chunk as it lies in the current text: moved (null when it did not), its sections and goals renumbered. */
export interface PlacedChunk {
  chunk: GoalChunk;
  range: TextRange;
  anchors: number[];
  move: Move | null;
  sectionBy: number;
  /** Index of its first goal in the document's goals. */
  goalBase: number;
}

/** Where a chunk lay when its goals and findings were last placed, with them. */
export interface Placement {
  start: number;
  anchors: readonly number[];
  goalBase: number;
  sectionBy: number;
  goals?: Goal[];
  findings?: Finding[];
}

/** The chunk's placement, kept while it lies where it did: same place, same anchors, same numbering. */
export function placementOf(placed: PlacedChunk): Placement {
  const { chunk, range, anchors, goalBase, sectionBy } = placed;
  const kept = chunk.placement;
  const same =
    kept !== undefined &&
    kept.start === range.start &&
    kept.goalBase === goalBase &&
    kept.sectionBy === sectionBy &&
    kept.anchors.length === anchors.length &&
    kept.anchors.every((anchor, i) => anchor === anchors[i]);
  return same ? kept : (chunk.placement = { start: range.start, anchors, goalBase, sectionBy });
}

/**
 * The goal chunks of one document across edits, each kept under its first block: a chunk whose
 * blocks (the same blocks as extracted, at the same places within it) and what reaches into it
 * from above are unchanged keeps its goals, analyses and findings. Chunks no lint used since the
 * previous one are dropped.
 */
export class GoalChunkCache {
  private readonly chunks = new Map<BlockInfo, KeptChunk>();
  /** Numbers for what lies above the chunks (see placeGoalChunks). */
  readonly aboveKeys = new AboveKeys();
  private generation = 0;
  private found = 0;
  /** Chunks the last lint found anew rather than kept. */
  foundInLastLint = 0;

  /** The chunk kept for blocks `from` to `to` (exclusive), starting at `start`, if they and what lies above are as they were. */
  kept(blocks: readonly BlockInfo[], from: number, to: number, start: number, above: number): GoalChunk | undefined {
    if (from === to) return undefined; // no block to keep it under (a document that starts with a heading)
    const kept = this.chunks.get(originOf(blocks[from]));
    if (!kept || kept.above !== above || !holdsBlocks(kept, blocks, from, to, start)) return undefined;
    kept.lastUsed = this.generation;
    return kept.chunk;
  }

  /** Keeps a chunk just found for blocks `from` to `to`, starting at `start`. */
  keep(blocks: readonly BlockInfo[], from: number, to: number, start: number, above: number, chunk: GoalChunk): void {
    if (from === to) return;
    this.found++;
    const origins: BlockInfo[] = [];
    const offsets: number[] = [];
    for (let i = from; i < to; i++) {
      origins.push(originOf(blocks[i]));
      offsets.push(blocks[i].range.start - start);
    }
    this.chunks.set(originOf(blocks[from]), { chunk, above, origins, offsets, lastUsed: this.generation });
  }

  /** Ends one lint: forgets the chunks it did not use. */
  sweep(): void {
    for (const kept of this.chunks.values()) if (kept.lastUsed !== this.generation) this.chunks.delete(kept.origins[0]);
    this.generation++;
    this.foundInLastLint = this.found;
    this.found = 0;
  }
}

/**
 * Numbers for keys built of a parent's number and a text: the same parent and text always get the
 * same number, so a long chain of headings is compared as one number. Numbers are never reused, so
 * forgetting them all (when there are too many) only makes the chunks that used them new.
 */
export class AboveKeys {
  private readonly byParent = new Map<number, Map<string, number>>();
  private count = 0;
  private next = 1;

  id(parent: number, text: string): number {
    let id = this.byParent.get(parent)?.get(text);
    if (id === undefined) {
      if (++this.count > 50_000) {
        this.byParent.clear();
        this.count = 1;
      }
      let ids = this.byParent.get(parent);
      if (!ids) this.byParent.set(parent, (ids = new Map()));
      ids.set(text, (id = this.next++));
    }
    return id;
  }
}

interface KeptChunk {
  chunk: GoalChunk;
  above: number;
  origins: BlockInfo[];
  /** Where each block starts within the chunk. */
  offsets: number[];
  lastUsed: number;
}

function holdsBlocks(kept: KeptChunk, blocks: readonly BlockInfo[], from: number, to: number, start: number): boolean {
  if (kept.origins.length !== to - from) return false;
  for (let i = from; i < to; i++) {
    if (originOf(blocks[i]) !== kept.origins[i - from] || blocks[i].range.start - start !== kept.offsets[i - from]) return false;
  }
  return true;
}

/** Moves a range from where it was to where it is now. */
export type Move = (range: TextRange) => TextRange;

/**
 * How ranges move between two placements of a chunk: those inside it with the chunk, those of
 * its anchors (headings and owners above it, which the chunk's goals cite) each with its anchor;
 * null when nothing moved. Anchors are listed in the same order in both placements.
 */
export function chunkMove(fromStart: number, fromAnchors: readonly number[], toStart: number, toAnchors: readonly number[]): Move | null {
  const by = toStart - fromStart;
  if (by === 0 && fromAnchors.every((anchor, i) => anchor === toAnchors[i])) return null;
  return (range) => {
    let delta = by;
    if (range.start < fromStart) {
      const anchor = fromAnchors.indexOf(range.start);
      delta = anchor < 0 ? 0 : toAnchors[anchor] - fromAnchors[anchor];
    }
    return delta === 0 ? range : { start: range.start + delta, end: range.end + delta };
  };
}

export function moveCell(cell: GoalCell, move: Move | null): GoalCell {
  if (!move) return cell;
  const range = move(cell.range);
  return range === cell.range ? cell : { ...cell, range };
}

/** A goal of a chunk in its current place, or the goal itself when the chunk did not move. */
export function placeGoal(goal: Goal, move: Move | null, indexBy: number, sectionBy: number): Goal {
  return !move && indexBy === 0 && sectionBy === 0 ? goal : new MovedGoal(goal, move, indexBy, sectionBy);
}

/**
 * A goal of a moved chunk. Its fields are moved when read, so an edit costs one small object per
 * goal below it; the rules that run again read only a few of them.
 */
class MovedGoal implements Goal {
  private movedAnalysis: GoalAnalysis | undefined;
  private movedAttributes: Goal['attributes'] | undefined;
  private movedRow: Goal['row'] | null | undefined;
  private movedInherited: Goal['inheritedText'] | undefined;

  constructor(
    private readonly base: Goal,
    private readonly move: Move | null,
    private readonly indexBy: number,
    private readonly sectionBy: number,
  ) {}

  private place(range: TextRange): TextRange {
    return this.move ? this.move(range) : range;
  }

  get index(): number {
    return this.base.index + this.indexBy;
  }
  get source(): Goal['source'] {
    return this.base.source;
  }
  get role(): Goal['role'] {
    return this.base.role;
  }
  get range(): TextRange {
    return this.place(this.base.range);
  }
  get text(): string {
    return this.base.text;
  }
  get textRange(): TextRange {
    return this.place(this.base.textRange);
  }
  get masked(): string {
    return this.base.masked;
  }
  get section(): number {
    return this.base.section + this.sectionBy;
  }
  get parent(): number | null {
    return this.base.parent === null ? null : this.base.parent + this.indexBy;
  }
  get children(): number[] {
    return this.indexBy === 0 ? this.base.children : this.base.children.map((child) => child + this.indexBy);
  }
  get attributes(): Goal['attributes'] {
    return (this.movedAttributes ??= Object.fromEntries(Object.entries(this.base.attributes).map(([column, cell]) => [column, moveCell(cell, this.move)])));
  }
  get row(): Goal['row'] {
    if (this.movedRow === undefined) {
      const row = this.base.row;
      this.movedRow = row ? { range: this.place(row.range), cells: row.cells.map((cell) => moveCell(cell, this.move)) } : null;
    }
    return this.movedRow ?? undefined;
  }
  get inheritedText(): Goal['inheritedText'] {
    return (this.movedInherited ??= this.base.inheritedText.map((inherited) => {
      const range = this.place(inherited.range);
      return range === inherited.range ? inherited : { ...inherited, range };
    }));
  }
  get analysis(): GoalAnalysis {
    return (this.movedAnalysis ??= this.move ? new MovedAnalysis(this.base.analysis, this.move, false) : this.base.analysis);
  }

  /** Serialised as the goal it stands for. */
  toJSON(): Goal {
    const { index, source, role, range, text, textRange, masked, section, parent, children, attributes, row, inheritedText, analysis } = this;
    return { index, source, role, range, text, textRange, masked, section, parent, children, attributes, ...(row ? { row } : {}), inheritedText, analysis };
  }
}

/** A finding of a moved chunk in its current place, or the finding itself when the chunk did not move. */
export function placeFinding(finding: Finding, move: Move | null, indexBy: number): Finding {
  return !move && indexBy === 0 ? finding : new MovedFinding(finding, move, indexBy);
}

/**
 * A finding of a moved chunk. Its ranges are moved when read: an edit costs one small object per
 * finding below it, and the editor reads a finding's fixes only when asked for them.
 */
class MovedFinding implements Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly goalIndex: number | undefined;
  private movedRange: TextRange | undefined;
  private movedRelated: RelatedLocation[] | null | undefined;
  private movedFixes: Fix[] | undefined;

  constructor(
    private readonly base: Finding,
    private readonly move: Move | null,
    indexBy: number,
  ) {
    this.ruleId = base.ruleId;
    this.severity = base.severity;
    this.message = base.message;
    this.goalIndex = base.goalIndex === undefined ? undefined : base.goalIndex + indexBy;
  }

  private place(range: TextRange): TextRange {
    return this.move ? this.move(range) : range;
  }

  get range(): TextRange {
    return (this.movedRange ??= this.place(this.base.range));
  }

  get related(): RelatedLocation[] | undefined {
    if (this.movedRelated === undefined) this.movedRelated = this.base.related?.map((related) => ({ ...related, range: this.place(related.range) })) ?? null;
    return this.movedRelated ?? undefined;
  }

  get fixes(): Fix[] {
    return (this.movedFixes ??= this.base.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: this.place(edit.range) })) })));
  }

  /** Serialised as the finding it stands for. */
  toJSON(): Finding {
    const { ruleId, severity, message, range, related, fixes, goalIndex } = this;
    return { ruleId, severity, message, range, related, fixes, goalIndex };
  }
}
