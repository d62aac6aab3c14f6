import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Event, Extension, ParseContext, Token } from 'micromark-util-types';
import type { TextRange } from '../types';
import { tokenize } from '../text/words';
import { blank, cleanHeading, collapse, findComments, type BlockInfo, type CellInfo, type ListItemInfo, type RowInfo } from './blocks';
import { frontMatterEnd } from './frontMatter';
import { plainBlocks } from './plain';

/**
 * Markdown to blocks, straight from micromark's events.
 *
 * micromark is the tokenizer inside remark-parse, with the syntax extensions remark-gfm and
 * remark-frontmatter add (here only the GFM parts the model reads: tables, task lists, footnotes).
 * remark-parse then builds an mdast tree from the events, which cost as much time again as the
 * tokenizing and was thrown away as soon as the blocks were read from it. This compiler reads the
 * same events once and builds the blocks directly, following mdast-util-from-markdown's rules for
 * what becomes a node and where it starts and ends, so the blocks are exactly those read from
 * remark-parse's tree (a property test holds the two equal).
 */

/**
 * A micromark parser for one set of syntax extensions, made once: making one combines every
 * construct of every extension, which cost as much as reading a small block (an editing session
 * reads one or two blocks per keystroke). What a parser learns from a document (definitions, lazy
 * lines, and whatever an extension keeps on it, as the footnote extension does) is forgotten
 * before the next document.
 */
class Parser {
  private readonly context: ParseContext;
  private readonly ownKeys: ReadonlySet<string>;

  constructor(extensions: Extension[]) {
    this.context = parse({ extensions });
    this.ownKeys = new Set(Object.keys(this.context));
  }

  events(text: string): Event[] {
    const context = this.context as ParseContext & Record<string, unknown>;
    for (const key of Object.keys(context)) if (!this.ownKeys.has(key)) context[key] = undefined;
    context.defined = [];
    context.lazy = {};
    return postprocess(context.document().write(preprocess()(text, undefined, true)));
  }
}

const parsers = new Map<number, Parser>();
const TABLE = 1;
const TASK_LIST = 2;
const FOOTNOTE = 4;
const FRONT_MATTER = 8;

/**
 * micromark's events for a text: CommonMark, GFM tables, task lists and footnotes, YAML front matter.
 * An extension a text cannot use is left out, as what it looks for is not there (a table's delimiter
 * row holds "|", or a colon beside a dash; a task "[ ]" or "[x]"; a footnote "[^"): each tries its
 * constructs wherever they could start, which for the table extension is every line.
 */
export function markdownEvents(text: string): Event[] {
  let parts = 0;
  if (text.includes('|') || text.includes(':-') || text.includes('-:')) parts |= TABLE;
  if (TASK_BOX.test(text)) parts |= TASK_LIST;
  if (text.includes('[^')) parts |= FOOTNOTE;
  // A front matter fence that is never closed leaves micromark unable to open a list or a block quote
  // anywhere in the rest of the document (micromark/micromark-extension-frontmatter#5), so a text
  // that does not start with a closed front matter block is parsed without the extension.
  if (frontMatterEnd(text) !== null) parts |= FRONT_MATTER;
  let parser = parsers.get(parts);
  if (!parser) {
    const extensions: Extension[] = [];
    if (parts & TABLE) extensions.push(gfmTable());
    if (parts & TASK_LIST) extensions.push(gfmTaskListItem());
    if (parts & FOOTNOTE) extensions.push(gfmFootnote());
    if (parts & FRONT_MATTER) extensions.push(frontmatter(['yaml']));
    parsers.set(parts, (parser = new Parser(extensions)));
  }
  return parser.events(text);
}

const TASK_BOX = /\[[ \txX]\]/;

/**
 * The top-level blocks of `text`, with every offset moved by `delta`; blocks starting at or after
 * `end` are left out (the definitions a piece is parsed with). Plain Markdown is read by the plain
 * reader, at a fraction of micromark's cost; everything else by micromark.
 */
export function compileBlocks(text: string, delta = 0, end = text.length): BlockInfo[] {
  return (end === text.length ? plainBlocks(text, delta) : null) ?? micromarkBlocks(text, delta, end);
}

/** compileBlocks, always through micromark's events. */
export function micromarkBlocks(text: string, delta = 0, end = text.length): BlockInfo[] {
  const events = markdownEvents(text);
  // micromark drops one leading byte-order mark without counting it: its offsets are into the text after it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return new BlockCompiler(bom ? text.slice(1) : text, delta + bom, end - bom).run(events);
}

/** What a token does to the tree being built, as mdast-util-from-markdown's handlers decide. */
const enum Act {
  /** A node whose children are read: paragraphs, headings, lists, emphasis ... */
  Open,
  /** A node none of whose insides are visible (code, HTML, images, definitions ...): its events are skipped. */
  Opaque,
  /** Part of a node that mdast keeps out of the tree (a link's destination, a footnote's label): skipped. */
  Skip,
  /** Visible text: becomes part of a text node, or starts one. */
  Text,
  ListItemPrefix,
  /** The label of a link: its text becomes the link's (in mdast, a fragment whose children move into the link). */
  Label,
  HardBreak,
  LineEnding,
  AtxSequence,
  SetextText,
  SetextSequence,
  TaskChecked,
  TaskUnchecked,
}

const enum Kind {
  Root,
  Paragraph,
  Heading,
  Blockquote,
  List,
  ListItem,
  Table,
  Row,
  Cell,
  Emphasis,
  Strong,
  Link,
  Fragment,
  FootnoteDefinition,
}

/** mdast's node types for the top-level blocks. */
const TYPE_OF: Record<string, BlockInfo['type']> = {
  paragraph: 'paragraph',
  atxHeading: 'heading',
  setextHeading: 'heading',
  blockQuote: 'blockquote',
  listOrdered: 'list',
  listUnordered: 'list',
  table: 'table',
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  thematicBreak: 'thematicBreak',
  definition: 'definition',
  gfmFootnoteDefinition: 'footnoteDefinition',
  yaml: 'yaml',
};

const OPEN: Record<string, Kind> = {
  paragraph: Kind.Paragraph,
  atxHeading: Kind.Heading,
  setextHeading: Kind.Heading,
  blockQuote: Kind.Blockquote,
  listOrdered: Kind.List,
  listUnordered: Kind.List,
  table: Kind.Table,
  tableRow: Kind.Row,
  tableHeader: Kind.Cell,
  tableData: Kind.Cell,
  emphasis: Kind.Emphasis,
  strong: Kind.Strong,
  link: Kind.Link,
  autolink: Kind.Link,
  gfmFootnoteDefinition: Kind.FootnoteDefinition,
};

const ACT = new Map<string, Act>();
for (const type of Object.keys(OPEN)) ACT.set(type, Act.Open);
// Nodes without visible text, and the parts of nodes that mdast keeps out of the tree (a link's
// destination and title, a footnote definition's label): their events are skipped whole.
for (const type of ['codeFenced', 'codeIndented', 'codeText', 'htmlFlow', 'htmlText', 'image', 'definition', 'thematicBreak', 'gfmFootnoteCall', 'yaml']) {
  ACT.set(type, Act.Opaque);
}
for (const type of ['resource', 'reference', 'gfmFootnoteDefinitionLabelString']) ACT.set(type, Act.Skip);
for (const type of ['data', 'characterEscape', 'characterReference', 'autolinkProtocol', 'autolinkEmail']) ACT.set(type, Act.Text);
ACT.set('listItemPrefix', Act.ListItemPrefix);
ACT.set('label', Act.Label);
ACT.set('hardBreakEscape', Act.HardBreak);
ACT.set('hardBreakTrailing', Act.HardBreak);
ACT.set('lineEnding', Act.LineEnding);
ACT.set('atxHeadingSequence', Act.AtxSequence);
ACT.set('setextHeadingText', Act.SetextText);
ACT.set('setextHeadingLineSequence', Act.SetextSequence);
ACT.set('taskListCheckValueChecked', Act.TaskChecked);
ACT.set('taskListCheckValueUnchecked', Act.TaskUnchecked);

/** Tokens a list item's end moves back over, to before the line endings that close it (mdast's prepareList). */
const ITEM_TRAILERS = new Set(['linePrefix', 'blockQuotePrefix', 'blockQuotePrefixWhitespace', 'blockQuoteMarker', 'listItemIndent']);

/** One open node; frames are reused from a pool, so every field is reset on entry. */
class Frame {
  kind = Kind.Root;
  start = 0;
  /** The text node its last child is, as an index into the spans; -1 when the last child is no text. */
  tail = -1;
  /** For paragraphs: the text node that is the first child (-1: none, -2: the first child is no text). */
  head = -1;
  /** For paragraphs: whether it is the first paragraph of a list item. */
  firstInItem = false;
  /** For list items: whether a paragraph was entered, and the task box (null: none). */
  sawParagraph = false;
  checked: boolean | null = null;
  ownStart = -1;
  ownEnd = -1;
  /** For lists and list items: where the items go (null: a list whose items the model does not read). */
  items: ListItemInfo[] | null = null;
  ordered = false;
  /** For table rows and cells of a top-level table. */
  cells: CellInfo[] | null = null;

  reset(kind: Kind, start: number): Frame {
    this.kind = kind;
    this.start = start;
    this.tail = -1;
    this.head = -1;
    this.firstInItem = false;
    this.sawParagraph = false;
    this.checked = null;
    this.ownStart = -1;
    this.ownEnd = -1;
    this.items = null;
    this.ordered = false;
    this.cells = null;
    return this;
  }
}

/** mdast node types that take a line ending inside them as text. */
const TAKES_LINE_ENDINGS = new Set([Kind.Paragraph, Kind.Heading, Kind.Emphasis, Kind.Strong, Kind.Fragment]);

class BlockCompiler {
  private readonly blocks: BlockInfo[] = [];
  private readonly pool: Frame[] = [];
  private depth = 0;
  /** Text nodes of the current block: start, end and value length, three numbers each. */
  private spans: number[] = [];
  private block: BlockInfo | null = null;
  private topType = '';
  private rows: RowInfo[] = [];
  private atHardBreak = false;
  private slurpLineEnding = false;
  private headingDepth = 0;

  constructor(
    private readonly text: string,
    private readonly delta: number,
    private readonly end: number,
  ) {
    this.pool.push(new Frame());
  }

  run(events: Event[]): BlockInfo[] {
    for (let index = 0; index < events.length; index++) {
      const [kind, token] = events[index];
      const act = ACT.get(token.type);
      if (act === undefined) continue;
      if (kind === 'enter') index = this.enter(act, token, events, index);
      else this.exit(act, token, events, index);
    }
    return this.blocks;
  }

  private get top(): Frame {
    return this.pool[this.depth];
  }

  private push(kind: Kind, start: number): Frame {
    this.depth++;
    if (this.depth === this.pool.length) this.pool.push(new Frame());
    return this.pool[this.depth].reset(kind, start);
  }

  /** Handles an enter event; returns the index of the last event handled (an opaque node's exit). */
  private enter(act: Act, token: Token, events: Event[], index: number): number {
    const start = token.start.offset;
    switch (act) {
      case Act.Text:
        this.addText(start, token.end.offset, token.type === 'characterEscape' || token.type === 'characterReference' ? 1 : token.end.offset - start);
        return index;
      case Act.Open:
        this.openNode(OPEN[token.type], token);
        return index;
      case Act.Opaque:
        return this.opaque(token, events, index);
      case Act.Skip:
        return exitOf(token, events, index);
      case Act.Label:
        this.push(Kind.Fragment, start);
        return index;
      case Act.HardBreak:
        this.childOpened();
        return index;
      case Act.ListItemPrefix:
        if (this.top.kind === Kind.ListItem) this.closeItem(events, index);
        if (this.top.kind === Kind.List) this.openItem(start);
        return index;
      default:
        return index;
    }
  }

  private exit(act: Act, token: Token, events: Event[], index: number): void {
    switch (act) {
      case Act.Open:
        // A list ends its last item first.
        if (this.top.kind === Kind.ListItem && OPEN[token.type] === Kind.List) this.closeItem(events, index);
        this.closeNode(token);
        return;
      case Act.Label: {
        // The label's children become the link's.
        const fragment = this.top;
        this.depth--;
        this.top.tail = fragment.tail;
        return;
      }
      case Act.HardBreak:
        this.atHardBreak = true;
        return;
      case Act.LineEnding:
        if (this.atHardBreak) {
          this.atHardBreak = false; // the line ending belongs to the break
          return;
        }
        if (!this.slurpLineEnding && TAKES_LINE_ENDINGS.has(this.top.kind)) this.addText(token.start.offset, token.end.offset, token.end.offset - token.start.offset);
        return;
      case Act.AtxSequence:
        if (this.headingDepth === 0) this.headingDepth = token.end.offset - token.start.offset;
        return;
      case Act.SetextText:
        this.slurpLineEnding = true;
        return;
      case Act.SetextSequence:
        this.headingDepth = this.text.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
        return;
      case Act.TaskChecked:
      case Act.TaskUnchecked: {
        const item = this.pool[this.depth - 1];
        if (item.kind === Kind.ListItem) item.checked = act === Act.TaskChecked;
        return;
      }
      default:
        return;
    }
  }

  /** Adds visible text to the open node: extends its last child when that is text, as mdast merges data. */
  private addText(start: number, end: number, length: number): void {
    const frame = this.top;
    const spans = this.spans;
    if (frame.tail >= 0) {
      spans[frame.tail + 1] = end;
      spans[frame.tail + 2] += length;
      return;
    }
    frame.tail = spans.length;
    if (frame.head === -1) frame.head = spans.length;
    spans.push(start, end, length);
  }

  /** The open node got a child that is no text: the text after it is a new text node. */
  private childOpened(): void {
    const parent = this.top;
    parent.tail = -1;
    if (parent.head === -1) parent.head = -2;
  }

  private openNode(kind: Kind, token: Token): void {
    const start = token.start.offset;
    const parent = this.top;
    this.childOpened();
    if (this.depth === 0) this.beginBlock(token);
    const frame = this.push(kind, start);
    if (kind === Kind.Heading) this.headingDepth = 0;
    else if (kind === Kind.Paragraph && parent.kind === Kind.ListItem) {
      frame.firstInItem = !parent.sawParagraph;
      parent.sawParagraph = true;
    } else if (kind === Kind.List) {
      frame.ordered = token.type === 'listOrdered';
      frame.items = parent.kind === Kind.ListItem ? parent.items : this.depth === 1 ? (this.block!.items = []) : null;
    } else if (kind === Kind.Row && this.depth === 2 && this.topType === 'table') {
      frame.cells = [];
    } else if (kind === Kind.Cell) {
      frame.cells = parent.cells;
    }
  }

  private closeNode(token: Token): void {
    const frame = this.top;
    let start = frame.start;
    const end = token.end.offset;
    switch (frame.kind) {
      case Kind.Paragraph: {
        const parent = this.pool[this.depth - 1];
        // A task list item's first paragraph starts after its box (mdast-util-gfm-task-list-item).
        if (frame.firstInItem && parent.checked !== null && frame.head >= 0) {
          const spans = this.spans;
          if (spans[frame.head + 2] === 1) spans[frame.head + 1] = spans[frame.head];
          else start = ++spans[frame.head];
        }
        if (this.depth === 1 || this.topType === 'blockquote') this.block!.paragraphs.push(this.range(start, end));
        break;
      }
      case Kind.Heading:
        this.slurpLineEnding = false;
        break;
      case Kind.Row:
        if (frame.cells) this.rows.push({ range: this.range(start, end), cells: frame.cells });
        break;
      case Kind.Cell:
        frame.cells?.push({ range: this.range(start, end), text: '' }); // the text once the block's visible text is known
        break;
    }
    this.depth--;
    this.childClosed(frame.kind, start, end);
    if (this.depth === 0) this.endBlock(end);
  }

  /** A child of the open node ended: list items keep where their own text starts and ends. */
  private childClosed(kind: Kind, start: number, end: number): void {
    const parent = this.top;
    if (parent.kind !== Kind.ListItem || kind === Kind.List) return;
    if (parent.ownStart < 0) parent.ownStart = start;
    parent.ownEnd = end;
  }

  /** A node whose insides mdast keeps no text of: read whole, its events skipped. */
  private opaque(token: Token, events: Event[], index: number): number {
    const start = token.start.offset;
    const end = token.end.offset;
    this.childOpened();
    if (this.depth === 0) this.beginBlock(token);
    const last = exitOf(token, events, index);
    const block = this.block!;
    switch (token.type as string) {
      case 'codeText':
        this.spans.push(start, end, 0); // inline code shows, backticks and all
        break;
      case 'htmlFlow':
      case 'htmlText':
        findComments(this.text.slice(start, end), start + this.delta, block.comments);
        break;
      case 'yaml':
        block.frontMatter = yamlValue(this.text, events, index, last);
        break;
    }
    if (this.depth === 0) this.endBlock(end);
    else this.childClosed(Kind.Root, start, end);
    return last;
  }

  private openItem(start: number): void {
    this.push(Kind.ListItem, start).items = [];
  }

  /**
   * Ends the open list item at the event at `index` (the next item's prefix or the list's end): like
   * mdast's prepareList, before the line endings (and the prefixes between them) that precede it.
   */
  private closeItem(events: Event[], index: number): void {
    const item = this.top;
    let lineIndex = -1;
    for (let at = index - 1; at >= 0; at--) {
      const [kind, token] = events[at];
      if (token.type === 'lineEnding' || token.type === 'lineEndingBlank') {
        if (kind === 'enter') lineIndex = at;
      } else if (!ITEM_TRAILERS.has(token.type)) break;
    }
    const end = lineIndex >= 0 ? events[lineIndex][1].start.offset : events[index][1].end.offset;
    this.depth--;
    const list = this.top;
    if (list.items) {
      const range = this.range(item.start, end);
      list.items.push({
        range,
        ownRange: item.ownStart < 0 ? range : this.range(item.ownStart, item.ownEnd),
        ordered: list.ordered,
        checked: item.checked,
        children: item.items!,
      });
    }
  }

  private beginBlock(token: Token): void {
    this.topType = TYPE_OF[token.type] ?? token.type;
    this.spans = [];
    this.rows = [];
    this.block = { type: this.topType as BlockInfo['type'], range: this.range(token.start.offset, token.end.offset), masked: '', tokens: [], paragraphs: [], comments: [] };
  }

  private endBlock(end: number): void {
    const block = this.block!;
    this.block = null;
    if (block.range.start - this.delta >= this.end) return; // the definitions a piece is parsed with
    block.range.end = end + this.delta;
    block.masked = this.masked(block.range.start - this.delta, end);
    tokenize(block.masked, block.range.start, block.tokens);
    if (block.type === 'heading') {
      block.heading = { depth: this.headingDepth, range: block.range, text: cleanHeading(collapse(block.masked)) };
    } else if (block.type === 'table') {
      const offset = block.range.start;
      for (const row of this.rows) for (const cell of row.cells) cell.text = collapse(block.masked.slice(cell.range.start - offset, cell.range.end - offset));
      block.table = { header: this.rows[0], rows: this.rows.slice(1) };
    }
    this.blocks.push(block);
  }

  /** The block's visible text at its source offsets, everything but its text nodes blanked to spaces. */
  private masked(start: number, end: number): string {
    const spans = this.spans;
    const text = this.text;
    const parts: string[] = [];
    let cursor = start;
    for (let i = 0; i < spans.length; i += 3) {
      const spanStart = spans[i];
      if (spanStart < cursor) continue;
      parts.push(blank(text.slice(cursor, spanStart)), text.slice(spanStart, spans[i + 1]));
      cursor = spans[i + 1];
    }
    parts.push(blank(text.slice(cursor, end)));
    return parts.join('');
  }

  private range(start: number, end: number): TextRange {
    return { start: start + this.delta, end: end + this.delta };
  }
}

/** Index of the exit event of the token entered at `index`. */
function exitOf(token: Token, events: Event[], index: number): number {
  let last = index + 1;
  while (events[last][1] !== token) last++;
  return last;
}

/** A YAML front matter block's value: its lines between the fences (mdast-util-frontmatter). */
function yamlValue(text: string, events: Event[], from: number, to: number): string {
  let value = '';
  for (let i = from + 1; i < to; i++) {
    const [kind, token] = events[i];
    if (kind === 'exit' && ((token.type as string) === 'yamlValue' || token.type === 'lineEnding')) value += text.slice(token.start.offset, token.end.offset);
  }
  return value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
}
