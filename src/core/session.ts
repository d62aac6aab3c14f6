import { firstBlockFrom, shiftBlock, type BlockInfo } from './markdown/blocks';
import { BINARY_SAMPLE_LENGTH, contentProblem, extractBlocks, skipReason, structureProblem, STRUCTURE_LIMITS, type Linter, type LintResult } from './lint';
import { documentDefinitions, mayDefine, type Definition } from './markdown/pieces';
import { frontMatterEnd } from './markdown/frontMatter';
import { GoalChunkCache } from './model/chunks';
import { retypedBlock } from './markdown/retype';
import { LineIndex, lineBreaksIn, lineEndAt, lineStartAt, nextLineStart } from './text/lines';
import { PieceText, type SourceText } from './text/source';

/** One edit as VS Code reports it: replace `rangeLength` characters at `rangeOffset` with `text`. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Holds one document's analysis and takes edits. An edit inside a word is worked into its block
 * without parsing (`retypedBlock`); any other re-parses only the top-level blocks it touched, with
 * the block before or after when the edit could join them or the window could run on into the next
 * block, and the window grows until the re-parsed blocks end where the old ones did, so an unclosed
 * code fence or a new table still reads right. Everything after is reused, shifted. The model and
 * rules then run on the blocks, which costs a fraction of a parse, so the result equals a full lint
 * of the new text.
 */
export class LintSession {
  private text: PieceText;
  private blocks: BlockInfo[] | null;
  /** How many lines the text has, and how many of its line breaks are CRLF: kept up to date from each edit. */
  private lineCount: number;
  private crlfCount: number;
  /**
   * The document's link and footnote definitions, which a block read again is parsed with
   * ("[text][label]" reads as a link only if "[label]: ..." is defined anywhere); null when they
   * cannot be copied safely, and every edit then reads the whole document again. Valid while blocks are kept.
   */
  private definitions: readonly Definition[] | null = [];
  private lastResult: LintResult | null;
  /** Goals, analyses and findings of the goal chunks an edit did not touch, kept from the previous lint. */
  private readonly goalChunks = new GoalChunkCache();
  /** Blocks re-parsed by the last update, for tests and the benchmark. */
  lastReparsedBlocks = 0;

  /** Goal chunks whose goals the last update found anew (the others it kept), for tests and the benchmark. */
  get lastFoundGoalChunks(): number {
    return this.goalChunks.foundInLastLint;
  }

  constructor(
    private readonly linter: Linter,
    text: string,
    private readonly path?: string,
    private readonly today: () => Date = () => new Date(),
  ) {
    this.text = PieceText.from(text);
    this.blocks = null;
    this.lineCount = 1 + lineBreaksIn(text, 0, text.length);
    this.crlfCount = crlfPairsIn(text, 0, text.length);
    this.lastResult = this.lintAll();
  }

  get result(): LintResult {
    return (this.lastResult ??= this.lint());
  }

  /** The whole text, made into one string when asked for (an edit does not make it). */
  get currentText(): string {
    return this.text.toString();
  }

  get currentLength(): number {
    return this.text.length;
  }

  /** Applies changes in order (each relative to the text the previous one produced) and lints. */
  update(changes: readonly TextChange[]): LintResult {
    // The session lets go of the last result first: what a lint makes then dies young (a result it
    // held through the next parse would be promoted, and V8 would start making results in the old
    // generation, where collecting them costs a full collection).
    this.lastResult = null;
    for (const change of changes) this.apply(change);
    return (this.lastResult = this.lint());
  }

  private lint(): LintResult {
    return this.blocks === null ? this.lintAll() : this.linter.lintBlocks(this.text, this.blocks, this.path, this.today(), this.lines(), this.goalChunks);
  }

  private lines(): LineIndex {
    // Where lines start is worked out only if asked: the editor asks once per analysis, not per keystroke.
    return new LineIndex(this.text, this.crlfCount > 0 ? '\r\n' : '\n');
  }

  private lintAll(): LintResult {
    const text = this.text.toString();
    if (skipReason(text, this.linter.config.maxFileSizeKb)) {
      this.blocks = null;
      return this.linter.lint(text, this.path, this.today());
    }
    this.blocks = extractBlocks(text);
    this.lastReparsedBlocks = this.blocks.length;
    this.definitions = text.includes(']:') ? documentDefinitions(text) : [];
    return this.linter.lintBlocks(this.text, this.blocks, this.path, this.today(), this.lines(), this.goalChunks);
  }

  private apply({ rangeOffset, rangeLength, text: inserted }: TextChange): void {
    const start = Math.max(0, Math.min(rangeOffset, this.text.length));
    const end = Math.max(start, Math.min(rangeOffset + rangeLength, this.text.length));
    const previous = this.text;
    const next = previous.replace(start, end, inserted);
    const delta = inserted.length - (end - start);
    const insertedEnd = start + inserted.length;
    this.text = next;
    // Whether a character ends a line (or starts a CRLF) depends on it and the next one, so only those
    // from the one before the edit to the last one changed can count differently.
    this.lineCount += lineBreaksIn(next, start - 1, insertedEnd) - lineBreaksIn(previous, start - 1, end);
    this.crlfCount += crlfPairsIn(next, start - 1, insertedEnd) - crlfPairsIn(previous, start - 1, end);
    const blocks = this.blocks;
    // Without blocks the next lint reads the whole text anyway.
    if (blocks === null) return;
    // A definition ("[label]: ...", which always holds "]:") changes how "[text][label]" and "[^1]"
    // read anywhere in the document: an edit to a line that holds one, or makes one, reads the whole
    // document again (and finds the definitions anew), as does a window of blocks read again in which
    // one may now read differently (`definitionsKept`). Other edits read their blocks again with the
    // document's definitions, as a full parse reads them.
    // An edit to a definition's destination, title or footnote text, on its line, leaves its label
    // defined unless it stops being a definition, which the window's re-read tells (`definitionsKept`).
    const definitions = this.definitions;
    const touchesDefinition = linesHold(previous, start, end, ']:') || linesHold(next, start, insertedEnd, ']:');
    const afterLabel = touchesDefinition && editAfterLabel(previous, start, end, inserted);
    if (definitions === null || (touchesDefinition && !afterLabel) || this.contentProblem(next, start)) {
      this.blocks = null;
      return;
    }

    // Blocks touching the edit.
    const first = firstBlockFrom(blocks, start, 'end');
    // Letters, digits and spaces typed or deleted in a word (most edits) change no Markdown: the block
    // is worked out from what it was, without parsing (see `retypedBlock`), unless a line grows too long.
    // With definitions, a word typed inside brackets may complete a label ("[fooba]" to "[foobar]"): parsed.
    const retyped =
      first < blocks.length && !afterLabel && !(definitions.length > 0 && linesHold(previous, start, end, '[')) ? retypedBlock(blocks[first], previous, start, end, inserted) : null;
    if (retyped && lineEndAt(previous, end) - lineStartAt(previous, start) + delta <= STRUCTURE_LIMITS.lineLength) {
      shiftFrom(blocks, first + 1, delta);
      blocks[first] = retyped;
      this.lastReparsedBlocks = 0;
      return;
    }
    let last = first;
    while (last < blocks.length && blocks[last].range.start <= end) last++;
    // The block before is read again with them, unless the edit left the first touched block's first
    // line and the blank line above it as they were: what came before ended at that line as it did,
    // and a block after a blank line starts the same way whatever came before.
    let low = first > 0 && first < last && lineEndAt(next, blocks[first].range.start) < start ? first : Math.max(0, first - 1);
    // The block after is read again only when the window's blocks could run on into it (`closedBefore`).
    let high = last; // exclusive
    let withNext = false;
    // Front matter reaches its closing fence, wherever that is now: an edit before that fence (even
    // one far below the opening fence that adds the closing one) re-reads from the start to the fence.
    const frontMatter = frontMatterEnd(next);
    if (frontMatter !== null && start < frontMatter) {
      low = 0;
      while (high < blocks.length && blocks[high].range.start + delta < frontMatter) high++;
    }
    // A block right after another, with no blank line between, can read differently on its own ("2) x"
    // in a quote that interrupts a paragraph is not a list; a line may be a lazy part of a paragraph):
    // a window begins and ends at a blank line, where a block starts the same way whatever came before,
    // except after indented code, which micromark still counts as open ("-" there is not an empty item).
    while (low > 0 && (blocks[low - 1].type === 'code' || !blankLineBetween(next, blocks[low - 1].range.end, blocks[low].range.start))) low--;

    for (;;) {
      // (Without the next block, `closedBefore` checks the blank line after the window's blocks as read.)
      if (withNext || high > last) {
        while (high < blocks.length && high > 0 && !blankLineBetween(next, blocks[high - 1].range.end + delta, blocks[high].range.start + delta)) high++;
      }
      // From the start of the line: a block's range begins after its indentation, which the parse needs.
      const windowStart = low === 0 ? 0 : lineStartAt(next, blocks[low].range.start);
      const windowEnd = high >= blocks.length ? next.length : blocks[high].range.start + delta;
      const windowText = next.slice(windowStart, windowEnd);
      // The structural guards are local to lines and to runs of non-blank lines (a paragraph can run
      // into the next block without a blank line), so checking the runs the window touches is enough.
      if (structureProblem(next.slice(runStart(next, windowStart), runEnd(next, windowEnd)))) {
        this.blocks = null;
        return;
      }
      // A window inside the document is parsed after a blank line, which changes nothing else but
      // keeps it from reading as a document's start: a leading "---" is not front matter there,
      // nor is a leading U+FEFF a byte-order mark.
      const plan = { cuts: [], definitions };
      const fresh = windowStart === 0 ? extractBlocks(windowText, 0, plan) : extractBlocks(`\n${windowText}`, windowStart - 1, plan);
      // Code or HTML left open at the window's end would run on into the definitions copied after it.
      if (definitions.length > 0 && fresh.length > 0 && fresh[fresh.length - 1].range.end > windowEnd) {
        this.blocks = null;
        return;
      }
      // With the next block read again, the window is right when its last block is that block, read
      // again as the same block: same type, same start and end (shifted). Only the end is not enough:
      // an edited list can swallow that block and, through it, the one after the window ("- x"
      // becoming "- 1. x").
      const lastOld = blocks[high - 1];
      const lastNew = fresh[fresh.length - 1];
      const aligned =
        high >= blocks.length ||
        (withNext
          ? lastOld !== undefined &&
            lastNew !== undefined &&
            lastNew.type === lastOld.type &&
            lastNew.range.start === lastOld.range.start + delta &&
            lastNew.range.end === lastOld.range.end + delta &&
            high - 1 >= last
          : lastNew !== undefined && closedBefore(next, lastNew, blocks[high].range.start + delta));
      if (aligned) {
        const window = blocks.slice(low, high);
        if (!definitionsKept(next, windowText, windowStart, window, fresh, start, insertedEnd, delta)) {
          this.blocks = null;
          return;
        }
        shiftFrom(blocks, high, delta);
        blocks.splice(low, high - low, ...fresh.map((block) => unchangedBlock(block, window, start, end, delta) ?? block));
        this.lastReparsedBlocks = fresh.length;
        return;
      }
      if (!withNext) {
        withNext = true;
        high = Math.min(blocks.length, Math.max(high, last) + 1);
        continue;
      }
      // Not aligned (an unclosed fence, a block that swallowed its neighbour): widen and try again.
      high = Math.min(blocks.length, high + Math.max(2, high - low));
    }
  }

  /**
   * Whether `contentProblem` turns the edited text away, without reading all of it: the size, the
   * line count kept up to date, and the sample at the start it reads for binary data, which an edit
   * past the sample leaves as it was (and as it was, it passed).
   */
  private contentProblem(next: SourceText, start: number): boolean {
    const maxFileSizeKb = this.linter.config.maxFileSizeKb;
    if (next.length > maxFileSizeKb * 1024 || this.lineCount > STRUCTURE_LIMITS.lines) return true;
    return start < BINARY_SAMPLE_LENGTH && contentProblem(next.slice(0, BINARY_SAMPLE_LENGTH), maxFileSizeKb) !== null;
  }
}

/**
 * The old block a re-read one is (moved by the edit when after it): one the edit did not touch, of
 * the same type, place and visible text. Kept, it keeps what was worked out for it (its goal chunk,
 * per-block findings), so the neighbours a window re-reads cost nothing downstream.
 */
function unchangedBlock(fresh: BlockInfo, old: readonly BlockInfo[], start: number, end: number, delta: number): BlockInfo | undefined {
  for (const block of old) {
    const before = block.range.end < start;
    if (!before && block.range.start <= end) continue; // touched by the edit
    const by = before ? 0 : delta;
    if (block.range.start + by === fresh.range.start && block.range.end + by === fresh.range.end && block.type === fresh.type && block.masked === fresh.masked) {
      return shiftBlock(block, by);
    }
  }
  return undefined;
}

/** Moves the blocks from `from` on by `delta`: an edit before them moved them. */
function shiftFrom(blocks: BlockInfo[], from: number, delta: number): void {
  for (let i = from; i < blocks.length; i++) blocks[i] = shiftBlock(blocks[i], delta);
}

/** CRLF pairs whose \r lies from `from` to before `to`. */
function crlfPairsIn(text: SourceText, from: number, to: number): number {
  let pairs = 0;
  for (let i = Math.max(0, from); i < to; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) pairs++;
  return pairs;
}

/** Start of the run of non-blank lines holding `offset`: the bracket guard counts brackets per run. */
function runStart(text: SourceText, offset: number): number {
  let at = lineStartAt(text, offset);
  while (at > 0) {
    const lineBreak = at >= 2 && text.charCodeAt(at - 1) === 10 && text.charCodeAt(at - 2) === 13 ? at - 2 : at - 1;
    const previous = lineStartAt(text, lineBreak);
    if (isBlank(text, previous, lineBreak)) return at;
    at = previous;
  }
  return 0;
}

/** End of the run of non-blank lines holding `offset`: where the next blank line starts, or the end. */
function runEnd(text: SourceText, offset: number): number {
  let at = lineStartAt(text, offset);
  while (at < text.length) {
    const end = lineEndAt(text, at);
    if (isBlank(text, at, end)) return at;
    at = nextLineStart(text, end);
  }
  return text.length;
}

/**
 * Whether the block starting at `nextStart` reads as it did, whatever a window read again before it
 * now holds: a blank line lies between, the window's last block cannot run on past one (code and
 * HTML may be left open), and the next block starts in the first column with nothing a list, an
 * indented continuation or indented code could take in (a list marker, a digit, white space).
 */
function closedBefore(text: SourceText, last: BlockInfo, nextStart: number): boolean {
  if (last.type === 'code' || last.type === 'html' || !blankLineBetween(text, last.range.end, nextStart)) return false;
  if (lineStartAt(text, nextStart) !== nextStart) return false;
  const first = text.charCodeAt(nextStart);
  return !(first === 32 || first === 9 || first === 45 /* - */ || first === 43 /* + */ || first === 42 /* * */ || (first >= 48 && first <= 57));
}

/**
 * Whether every line of a re-read window that holds "]:" starts a definition both as read before the
 * edit and as read again: otherwise a definition may have come or gone (turned into a table's header,
 * a paragraph's text, code), which changes how "[label]" reads anywhere, or the blocks cannot tell.
 * A line that cannot hold a definition (`mayDefine`), under a line the edit left alone, is passed over.
 */
function definitionsKept(
  text: SourceText,
  windowText: string,
  windowStart: number,
  old: readonly BlockInfo[],
  fresh: readonly BlockInfo[],
  editStart: number,
  insertedEnd: number,
  delta: number,
): boolean {
  const startsDefinition = (block: BlockInfo, by: number, lineStart: number) =>
    (block.type === 'definition' || block.type === 'footnoteDefinition') && lineStartAt(text, block.range.start + by) === lineStart;
  for (let at = windowText.indexOf(']:'); at >= 0; at = windowText.indexOf(']:', at + 2)) {
    const lineStart = lineStartAt(text, windowStart + at);
    if (lineStart > 0) {
      const above = lineStartAt(text, lineStart - 1);
      const untouched = lineStart - 1 < editStart || above > insertedEnd;
      if (untouched && !mayDefine(text.slice(lineStart, lineEndAt(text, lineStart)), text.slice(above, lineEndAt(text, above)))) continue;
    }
    // The line is not one the edit touched (those read the whole document again), so a block starting on it moved by `delta` or not at all.
    if (!fresh.some((block) => startsDefinition(block, 0, lineStart))) return false;
    if (!old.some((block) => startsDefinition(block, block.range.start < editStart ? 0 : delta, lineStart))) return false;
  }
  return true;
}

/** Whether an edit within one line leaves that line's "[label]:" before it as it was (a label without backslashes). */
function editAfterLabel(text: SourceText, start: number, end: number, inserted: string): boolean {
  const lineStart = lineStartAt(text, start);
  if (lineEndAt(text, start) < end || /[\r\n]/.test(inserted)) return false;
  return /^ {0,3}\[[^\\[\]]+\]:/.test(text.slice(lineStart, start));
}

/** Whether the lines from the one holding `from` to the one holding `to` contain `mark`. */
function linesHold(text: SourceText, from: number, to: number, mark: string): boolean {
  return text.slice(lineStartAt(text, from), lineEndAt(text, to)).includes(mark);
}

/** Whether the text between two blocks holds a blank line (two line breaks: between blocks there is only white space). */
function blankLineBetween(text: SourceText, end: number, start: number): boolean {
  return lineBreaksIn(text, end, start) >= 2;
}

function isBlank(text: SourceText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
  return true;
}
