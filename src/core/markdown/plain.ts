import type { TextRange } from '../types';
import { tokenize } from '../text/words';
import { blank, cleanHeading, collapse, findComments, type BlockInfo, type CellInfo, type CommentInfo, type ListItemInfo, type RowInfo } from './blocks';
import { frontMatterEnd } from './frontMatter';
import { definedLabels, documentDefinitions } from './pieces';
import { countSpaces, InlineReader, quoteContentStart, RETURN, SPACE, TAG, trimEnd, unsupported, UNSUPPORTED } from './plainInline';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';

/**
 * Blocks of plain Markdown, read without remark-parse.
 *
 * Most strategy documents use a small part of Markdown: headings, paragraphs, lists and task lists,
 * pipe tables, quoted paragraphs, fenced code, rules, comments, bold and italic words, links,
 * images and code spans, link and footnote references and one-line definitions. micromark reads
 * that part as it reads everything, building an event for every construct it tries, which made it
 * the larger half of the CLI's time. This reader knows only that part: at the first thing it is not
 * certain of (indented code, HTML, a tab, a lazy line, an ambiguous emphasis run ...) it gives up
 * and the text is read by remark-parse (`readBlocks`). What it does read is exactly what remark's
 * tree gives, block for block (tests compare the two on every Markdown file at hand and on
 * thousands of mutated documents).
 *
 * One job, in one file a little over 600 lines: the block structure of the text (the inline part is in
 * `plainInline.ts`); its block readers share the line tables and the open-block state.
 *
 * `labels` are the labels the whole document defines (`definedLabels`), as "[text][label]" and
 * "[^1]" read as references only if defined; null when one cannot be told (a label with a
 * backslash), and then only text without possible references is read. Without them, the text is
 * the whole document.
 */
export function plainBlocks(text: string, delta: number, labels?: ReadonlySet<string> | null): BlockInfo[] | null {
  if (OUT_OF_REACH.test(text)) return null;
  if (labels === undefined) {
    const definitions = text.includes(']:') ? documentDefinitions(text) : [];
    if (definitions === null) return null;
    labels = definedLabels(definitions);
  }
  try {
    return new PlainReader(text, delta, labels).read();
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
}

/**
 * Characters this reader never reads: tabs (they count to the next multiple of four), carriage
 * returns but in CRLF line endings, NUL (micromark rewrites it) and a byte-order mark.
 */
const OUT_OF_REACH = /[\t\0\ufeff]|\r(?!\n)/;

/**
 * A definition this reader reads: on one line in the first column, with nothing after it, and a
 * label without brackets or backslashes. A link's destination has no parentheses or angle brackets,
 * its title (in double or single quotes) none of its quote; a footnote's text is read as a paragraph's.
 */
const LINK_DEFINITION = /^\[(?!\^)[^\[\]\\]*[^\s\[\]\\][^\[\]\\]*\]: *[^\0-\x20\x7f<>()\\]+(?: +(?:"[^"\\]*"|'[^'\\]*'))?$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\s\[\]\\]+\]: (?=\S)(?![-*+#>|`~<=_]|\d{1,9}[.)])/;


/** What starts a line, besides text. */
const enum Line {
  Text,
  Blank,
  Heading,
  Marker,
  /** A thematic break of "*" or "_". */
  Break,
  /** A thematic break of "-", which after a paragraph line underlines a heading instead. */
  DashBreak,
  /** An HTML comment, which starts an HTML block. */
  Comment,
  /** A block quote's marker, ">". */
  Quote,
  /** A code fence, "```" or "~~~". */
  Fence,
  /** Something this reader does not read where it stands: other HTML, a line of "=", a delimiter row ... */
  Other,
}

/** Blocks in which "]:" may stand without being a definition this reader missed. */
const DEFINITION_HOLDERS: ReadonlySet<string> = new Set(['definition', 'footnoteDefinition', 'code', 'html', 'yaml']);

/** The start of an HTML block that ends at a blank line: a block tag name (CommonMark's condition 6) ... */
const HTML_BLOCK_TAG = new RegExp(`^</?(?:${htmlBlockNames.join('|')})(?:[ >]|/>|$)`, 'i');
/** ... or a line that is one complete tag of another name (condition 7; code and raw text tags start other blocks). */
const HTML_LINE_TAG = new RegExp(`^(?!</?(?:${htmlRawNames.join('|')})[ />])${TAG} *$`, 'i');

const DELIMITER_ROW = /^\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/;
/** Lines this reader leaves to remark-parse, after up to three spaces. */
const OTHER_LINE = new RegExp(`^(?:[><]|(?:[-*_=] *)+$|${DELIMITER_ROW.source.slice(1)})`);
/** A code fence: backticks with no backtick after them, or tildes. */
const FENCE = /^(?:`{3,}(?![^]*`)|~{3,})/;
/** A setext heading's underline, under a paragraph. */
const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;
const BULLET = /^[-*+](?: +|$)/;
const ORDERED = /^(\d{1,9})([.)])(?: +|$)/;
/** An item's text that starts a block of its own: a heading, a task box, a nested list on the same line ... */
const ITEM_BLOCK_START = /^(?:[#><|=]|`{3}|~{3}|\[[ \txX]\]|[-*+](?: |$)|\d{1,9}[.)](?: |$))/;
/** A task box, followed by text that starts with plain text (markup right after the box moves where mdast starts the item's text). */
const TASK_BOX = /^\[([ xX])\] +(?=[^ *_[!<`\\&])/;

interface Marker {
  /** "-", "*" or "+" for bullets, "." or ")" for ordered lists: items of one list share it. */
  key: string;
  ordered: boolean;
  /** An ordered list starting at 1 may interrupt a paragraph; one starting elsewhere may not. */
  startsAtOne: boolean;
  /** A task item's box: checked or not; null when the item has none. */
  checked: boolean | null;
  /** Columns from the marker's start to its item's content. */
  width: number;
}

interface OpenItem {
  info: ListItemInfo;
  key: string;
  /** The column the item's content starts at: lines indented at least this far belong to it. */
  contentColumn: number;
  /** Where the item's children go. */
  siblings: ListItemInfo[];
}

interface OpenParagraph {
  start: number;
  end: number;
  item: OpenItem;
}

class PlainReader {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly blocks: BlockInfo[] = [];
  /** Visible ranges of the current block, in order: two offsets each. */
  private segments: number[] = [];
  /** Markup inside the segments (emphasis runs, link brackets and destinations, images, comments), in order per segment. */
  private hidden: number[] = [];
  private comments: CommentInfo[] = [];
  private readonly inlineReader: InlineReader;

  constructor(
    private readonly text: string,
    private readonly delta: number,
    labels: ReadonlySet<string> | null,
  ) {
    this.inlineReader = new InlineReader(text, delta, labels);
    for (let start = 0; ; ) {
      const end = text.indexOf('\n', start);
      this.starts.push(start);
      this.ends.push(end < 0 ? text.length : text.charCodeAt(end - 1) === RETURN ? end - 1 : end);
      if (end < 0) break;
      start = end + 1;
    }
  }

  read(): BlockInfo[] {
    let line = 0;
    const frontMatter = frontMatterEnd(this.text);
    if (frontMatter !== null) line = this.frontMatter(frontMatter);
    while (line < this.starts.length) {
      const kind = this.kindOf(line);
      if (kind === Line.Blank) line++;
      else if (kind === Line.Other && this.isHtmlBlockStart(line)) line = this.htmlBlock(line);
      else if (this.indent(line) >= 4 || kind === Line.Other) unsupported();
      else if (kind === Line.Heading) line = this.heading(line);
      else if (kind === Line.Break || kind === Line.DashBreak) line = this.thematicBreak(line);
      else if (kind === Line.Comment) line = this.htmlComment(line);
      else if (kind === Line.Quote) line = this.quote(line);
      else if (kind === Line.Fence) line = this.fencedCode(line);
      else if (kind === Line.Marker) line = this.list(line);
      else if (this.text.charCodeAt(this.starts[line]) === 91 /* [ */ && this.isDefinition(line)) line = this.definition(line);
      else if (this.isTableStart(line)) line = this.table(line);
      else line = this.paragraph(line);
    }
    // "]:" anywhere but in a definition, code or a comment may be a definition this reader did not read
    // (in a list item, a quote, indented, after text): left to remark-parse.
    for (let at = this.text.indexOf(']:'), block = 0; at >= 0; at = this.text.indexOf(']:', at + 2)) {
      while (block < this.blocks.length && this.blocks[block].range.end - this.delta < at) block++;
      const holder = this.blocks[block];
      if (!holder || holder.range.start - this.delta > at || !DEFINITION_HOLDERS.has(holder.type)) unsupported();
    }
    return this.blocks;
  }

  /** Whether the line is a definition this reader reads, and the line after it cannot continue it. */
  private isDefinition(line: number): boolean {
    const content = this.text.slice(this.starts[line], this.ends[line]);
    if (!LINK_DEFINITION.test(content) && !FOOTNOTE_DEFINITION.test(content)) return false;
    if (content.charCodeAt(content.length - 1) === SPACE) unsupported();
    const next = line + 1;
    // A title on the next line, a lazy line of a footnote's text (a link definition cannot interrupt
    // it), a delimiter row making a table ...
    if (next < this.starts.length && this.kindOf(next) !== Line.Blank) {
      const after = this.text.slice(this.starts[next], this.ends[next]);
      if (!FOOTNOTE_DEFINITION.test(after) && !(LINK_DEFINITION.test(after) && LINK_DEFINITION.test(content))) unsupported();
    }
    return true;
  }

  /** A one-line link definition (no visible text) or footnote definition (its text, read as a paragraph's). */
  private definition(line: number): number {
    const start = this.starts[line];
    const end = this.ends[line];
    const footnote = FOOTNOTE_DEFINITION.exec(this.text.slice(start, end));
    this.begin();
    if (footnote) this.inline(start + footnote[0].length, end);
    this.finish({ type: footnote ? 'footnoteDefinition' : 'definition', start, end });
    return line + 1;
  }

  private indent(line: number): number {
    return countSpaces(this.text, this.starts[line]);
  }

  /** What the line is, read from its first non-space character on. */
  private kindOf(line: number, indent = this.indent(line)): Line {
    return this.kindAt(this.starts[line] + indent, this.ends[line]);
  }

  private kindAt(start: number, end: number): Line {
    if (start === end) return Line.Blank;
    const code = this.text.charCodeAt(start);
    if (code === 35 /* # */) {
      let hashes = 1;
      while (hashes < 7 && this.text.charCodeAt(start + hashes) === 35) hashes++;
      const after = start + hashes;
      if (hashes <= 6 && (after === end || this.text.charCodeAt(after) === SPACE)) return Line.Heading;
      return Line.Text;
    }
    if (code === 62 /* > */) return Line.Quote;
    const content = this.text.slice(start, end);
    if (FENCE.test(content)) return Line.Fence;
    if (content.startsWith('<!--')) return Line.Comment;
    const thematicBreak = THEMATIC_BREAK.exec(content);
    if (thematicBreak) return thematicBreak[1] === '-' ? Line.DashBreak : Line.Break;
    if (OTHER_LINE.test(content)) return Line.Other;
    if (BULLET.test(content) || ORDERED.test(content)) return Line.Marker;
    return Line.Text;
  }

  private marker(line: number, indent: number): Marker {
    const content = this.text.slice(this.starts[line] + indent, this.ends[line]);
    const bullet = BULLET.exec(content);
    const ordered = bullet ? null : ORDERED.exec(content);
    const found = (bullet ?? ordered)!;
    const markerLength = bullet ? 1 : ordered![1].length + 1;
    const spaces = found[0].length - markerLength;
    // An empty item, or one whose text is indented code (five spaces or more), a task box or another block.
    const rest = content.slice(found[0].length);
    const task = TASK_BOX.exec(rest);
    if (rest.length === 0 || spaces > 4 || (!task && ITEM_BLOCK_START.test(rest)) || OTHER_LINE.test(rest)) unsupported();
    return {
      key: bullet ? content[0] : ordered![2],
      ordered: !bullet,
      startsAtOne: !bullet && Number(ordered![1]) === 1,
      checked: task ? task[1] !== ' ' : null,
      width: found[0].length,
    };
  }

  private frontMatter(end: number): number {
    let line = 0;
    while (this.starts[line + 1] < end) line++;
    const closeStart = this.starts[line];
    const value = this.text.slice(this.starts[1], closeStart).replace(/\r?\n$/, '');
    this.begin();
    this.finish({ type: 'yaml', start: 0, end: this.ends[line], frontMatter: value });
    return line + 1;
  }

  private heading(line: number): number {
    const text = this.text;
    const start = this.starts[line] + this.indent(line);
    const end = this.ends[line];
    let depth = 0;
    while (text.charCodeAt(start + depth) === 35) depth++;
    const contentStart = start + depth + countSpaces(text, start + depth);
    let contentEnd = trimEnd(text, contentStart, end);
    // A closing sequence of #s, after a space or alone, is no part of the text.
    let closing = contentEnd;
    while (closing > contentStart && text.charCodeAt(closing - 1) === 35) closing--;
    if (closing === contentStart) contentEnd = contentStart;
    else if (closing < contentEnd && text.charCodeAt(closing - 1) === SPACE) contentEnd = trimEnd(text, contentStart, closing);
    this.begin();
    this.inline(contentStart, contentEnd);
    this.finish({ type: 'heading', start, end, depth });
    return line + 1;
  }

  private thematicBreak(line: number): number {
    this.begin();
    this.finish({ type: 'thematicBreak', start: this.starts[line] + this.indent(line), end: this.ends[line] });
    return line + 1;
  }

  /** An HTML block that starts with a comment: it ends with the line the comment closes on. */
  private htmlComment(first: number): number {
    const start = this.starts[first];
    const open = start + this.indent(first);
    const close = this.text.indexOf('-->', open + 2);
    if (close < 0) unsupported(); // it would run to the end of the document
    let line = first;
    while (this.ends[line] < close) line++;
    const end = this.ends[line];
    this.begin();
    findComments(this.text.slice(start, end), start + this.delta, this.comments);
    this.finish({ type: 'html', start, end });
    return line + 1;
  }

  /** Whether the line, in the first column, starts an HTML block that ends at a blank line (conditions 6 and 7). */
  private isHtmlBlockStart(line: number): boolean {
    const content = this.text.slice(this.starts[line], this.ends[line]);
    return content.charCodeAt(0) === 60 /* < */ && (HTML_BLOCK_TAG.test(content) || HTML_LINE_TAG.test(content));
  }

  /** An HTML block that ends at a blank line (or the end of the text): all markup, its comments kept. */
  private htmlBlock(first: number): number {
    let line = first + 1;
    while (line < this.starts.length && this.kindOf(line) !== Line.Blank) line++;
    const start = this.starts[first];
    const end = this.ends[line - 1];
    this.begin();
    findComments(this.text.slice(start, end), start + this.delta, this.comments);
    this.finish({ type: 'html', start, end });
    return line;
  }

  /** A paragraph from `start` underlined by the line `underline`: a heading of `depth`. */
  private setextHeading(start: number, underline: number, depth: number): number {
    // A table's header row over a delimiter row without pipes is left to remark-parse.
    if (this.text.slice(start, this.ends[underline - 1]).includes('|')) unsupported();
    this.begin();
    this.inline(start, this.ends[underline - 1]);
    this.finish({ type: 'heading', start, end: this.ends[underline], depth });
    return underline + 1;
  }

  /** Fenced code, up to its closing fence; code left open runs to the end of the document, which is left to remark-parse. */
  private fencedCode(first: number): number {
    const text = this.text;
    const start = this.starts[first] + this.indent(first);
    let fence = 3;
    while (text.charCodeAt(start + fence) === text.charCodeAt(start)) fence++;
    const closing = new RegExp(`^ {0,3}${text[start] === '`' ? '`' : '~'}{${fence},} *$`);
    for (let line = first + 1; line < this.starts.length; line++) {
      if (!closing.test(text.slice(this.starts[line], this.ends[line]))) continue;
      this.begin();
      this.finish({ type: 'code', start, end: this.ends[line] });
      return line + 1;
    }
    return unsupported();
  }

  /**
   * A block quote of paragraphs, every line marked with ">" and a blank line after it: a line without
   * the marker would continue its last paragraph lazily, which is left to remark-parse, as is any block
   * inside the quote but a paragraph.
   */
  private quote(first: number): number {
    const text = this.text;
    const paragraphs: TextRange[] = [];
    let paragraph: TextRange | null = null;
    const closeParagraph = () => {
      if (!paragraph) return;
      this.inline(paragraph.start, paragraph.end, true);
      paragraphs.push(this.range(paragraph.start, paragraph.end));
      paragraph = null;
    };
    this.begin();
    let line = first;
    for (; line < this.starts.length; line++) {
      const marker = this.starts[line] + this.indent(line);
      if (marker - this.starts[line] > 3 || text.charCodeAt(marker) !== 62) break;
      const afterMarker = quoteContentStart(text, marker);
      const content = afterMarker + countSpaces(text, afterMarker);
      const end = this.ends[line];
      if (content === end) {
        closeParagraph();
        continue;
      }
      if (content - afterMarker >= 4 || this.kindAt(content, end) !== Line.Text) unsupported();
      if (paragraph) paragraph.end = end;
      else paragraph = { start: content, end };
    }
    if (line < this.starts.length && this.kindOf(line) !== Line.Blank) unsupported(); // a lazy line, or a block right under the quote
    closeParagraph();
    this.finish({ type: 'blockquote', start: this.starts[first] + this.indent(first), end: this.ends[line - 1], paragraphs });
    return line;
  }

  private paragraph(first: number): number {
    const start = this.starts[first] + this.indent(first);
    let line = first + 1;
    for (; line < this.starts.length; line++) {
      const indent = this.indent(line);
      const kind = this.kindOf(line, indent);
      if (kind === Line.Blank) break;
      if (indent >= 4) continue; // indented code cannot interrupt a paragraph
      if (kind === Line.Other || kind === Line.DashBreak) {
        const underline = this.text.slice(this.starts[line] + indent, this.ends[line]);
        if (!SETEXT_UNDERLINE.test(underline)) {
          if (kind === Line.DashBreak) break; // "- - -" is a thematic break
          unsupported();
        }
        return this.setextHeading(start, line, underline[0] === '=' ? 1 : 2);
      }
      if (kind !== Line.Text && kind !== Line.Marker) break; // a heading, rule, comment, quote or fence interrupts
      if (kind === Line.Marker) {
        const marker = this.marker(line, indent);
        if (!marker.ordered || marker.startsAtOne) break;
      }
    }
    const end = this.ends[line - 1];
    this.begin();
    this.inline(start, end);
    this.finish({ type: 'paragraph', start, end });
    return line;
  }

  /**
   * A list and the lists nested in it. Lines belong to the open items whose content column they
   * reach; a marker line starts an item beside the first open item it does not reach, or inside the
   * last one it does; other lines continue a paragraph (lazily, too) or start one after a blank line.
   */
  private list(first: number): number {
    const items: ListItemInfo[] = [];
    const open: OpenItem[] = [];
    let paragraph: OpenParagraph | null = null;
    let afterBlank = false;
    let line = first;
    let end = 0;
    this.begin();

    const closeParagraph = () => {
      if (!paragraph) return;
      this.inline(paragraph.start, paragraph.end);
      paragraph = null;
    };
    const openItem = (line: number, indent: number, marker: Marker, siblings: ListItemInfo[]) => {
      const start = this.starts[line] + indent;
      const contentStart = start + marker.width;
      const box = marker.checked === null ? 0 : 3;
      // A task item's own text starts one past its box, as mdast-util-gfm-task-list-item has it.
      const ownStart = box ? contentStart + box + 1 : contentStart;
      const info: ListItemInfo = { range: { start, end: 0 }, ownRange: { start: ownStart, end: 0 }, ordered: marker.ordered, checked: marker.checked, children: [] };
      siblings.push(info);
      const item = { info, key: marker.key, contentColumn: indent + marker.width, siblings };
      open.push(item);
      paragraph = { start: contentStart + box, end: this.ends[line], item };
      item.info.ownRange.end = paragraph.end;
    };
    const closeItems = (keep: number) => {
      while (open.length > keep) {
        const item = open.pop()!;
        item.info.range = this.range(item.info.range.start, item.info.range.end);
        item.info.ownRange = this.range(item.info.ownRange.start, item.info.ownRange.end);
      }
    };

    for (; line < this.starts.length; line++) {
      const indent = this.indent(line);
      const kind = this.kindOf(line, indent);
      if (kind === Line.Blank) {
        closeParagraph();
        afterBlank = true;
        continue;
      }
      let reached = 0;
      while (reached < open.length && open[reached].contentColumn <= indent) reached++;
      const relative = indent - (reached > 0 ? open[reached - 1].contentColumn : 0);
      const inParagraph: boolean = paragraph !== null && !afterBlank;

      if (kind === Line.Marker && relative <= 3) {
        const marker = this.marker(line, indent);
        // An ordered list may only interrupt a paragraph from 1; another item of an open list may.
        const continuesText = inParagraph && marker.ordered && !marker.startsAtOne;
        if (reached < open.length) {
          if (open[reached].key !== marker.key) {
            if (continuesText || reached > 0) unsupported();
            break; // another list starts
          }
          closeParagraph();
          const siblings = open[reached].siblings;
          closeItems(reached);
          openItem(line, indent, marker, siblings);
        } else {
          if (continuesText) unsupported();
          closeParagraph();
          openItem(line, indent, marker, open.length > 0 ? open[open.length - 1].info.children : items);
        }
      } else if (reached === open.length && !(afterBlank && relative >= 4)) {
        if (relative <= 3 && kind !== Line.Text) unsupported(); // a heading or other block inside an item
        if (inParagraph) paragraph!.end = this.ends[line];
        else paragraph = { start: this.starts[line] + indent, end: this.ends[line], item: open[open.length - 1] };
      } else if (inParagraph && (relative >= 4 || kind === Line.Text)) {
        paragraph!.end = this.ends[line]; // a lazy line: it continues the paragraph of the innermost item
      } else if (afterBlank && kind === Line.Text && relative <= 3) {
        if (reached === 0) break; // the list has ended
        closeItems(reached);
        paragraph = { start: this.starts[line] + indent, end: this.ends[line], item: open[open.length - 1] };
      } else if (reached === 0 && kind !== Line.Text && kind !== Line.Other) {
        break;
      } else {
        unsupported();
      }
      afterBlank = false;
      end = this.ends[line];
      for (const item of open) item.info.range.end = end;
      const current = paragraph as OpenParagraph | null;
      if (current) current.item.info.ownRange.end = current.end;
    }
    closeParagraph();
    closeItems(0);
    this.finish({ type: 'list', start: items[0].range.start - this.delta, end, items });
    return line;
  }

  private isTableStart(line: number): boolean {
    if (line + 1 >= this.starts.length || !this.text.slice(this.starts[line], this.ends[line]).includes('|')) return false;
    const delimiter = this.text.slice(this.starts[line + 1], this.ends[line + 1]);
    return delimiter.includes('|') && DELIMITER_ROW.test(delimiter);
  }

  private table(first: number): number {
    const text = this.text;
    if (this.indent(first) > 0 || this.indent(first + 1) > 0 || text.slice(this.starts[first], this.ends[first + 1]).includes('\\')) unsupported();
    this.begin();
    const header = this.row(first);
    if (header.cells.length !== this.cellStarts(first + 1).length) unsupported();
    const rows: RowInfo[] = [];
    let line = first + 2;
    for (; line < this.starts.length && this.kindOf(line) !== Line.Blank; line++) {
      const start = this.starts[line];
      if (text.charCodeAt(start) !== 124 /* | */ || text.slice(start, this.ends[line]).includes('\\')) unsupported();
      rows.push(this.row(line));
    }
    this.finish({ type: 'table', start: this.starts[first], end: this.ends[line - 1], table: { header, rows } });
    return line;
  }

  /** Where a row's cells start: at each pipe but a last one with nothing after it, and at the text before a first pipe. */
  private cellStarts(line: number): number[] {
    const text = this.text;
    const start = this.starts[line];
    const end = trimEnd(text, start, this.ends[line]);
    const starts: number[] = text.charCodeAt(start) === 124 ? [] : [start];
    for (let at = text.indexOf('|', start); at >= 0 && at < end - 1; at = text.indexOf('|', at + 1)) starts.push(at);
    if (starts.length === 0) unsupported();
    return starts;
  }

  private row(line: number): RowInfo {
    const text = this.text;
    const end = this.ends[line];
    const starts = this.cellStarts(line);
    const cells: CellInfo[] = [];
    for (let index = 0; index < starts.length; index++) {
      const cellStart = starts[index];
      const cellEnd = index + 1 < starts.length ? starts[index + 1] : end;
      const afterPipe = text.charCodeAt(cellStart) === 124 ? cellStart + 1 : cellStart;
      const contentStart = afterPipe + countSpaces(text, afterPipe);
      let contentEnd = index + 1 < starts.length ? cellEnd : trimEnd(text, contentStart, end);
      if (index + 1 === starts.length && contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 124) contentEnd--;
      contentEnd = trimEnd(text, contentStart, contentEnd);
      this.inline(contentStart, contentEnd);
      cells.push({ range: this.range(cellStart, cellEnd), text: '' });
    }
    return { range: this.range(this.starts[line], end), cells };
  }

  private begin(): void {
    this.segments = [];
    this.hidden = [];
    this.comments = [];
  }

  private finish(parts: {
    type: BlockInfo['type'];
    start: number;
    end: number;
    depth?: number;
    frontMatter?: string;
    items?: ListItemInfo[];
    table?: { header: RowInfo; rows: RowInfo[] };
    paragraphs?: TextRange[];
  }): void {
    const range = this.range(parts.start, parts.end);
    const masked = this.masked(parts.start, parts.end);
    if (parts.table) {
      for (const row of [parts.table.header, ...parts.table.rows]) {
        for (const cell of row.cells) cell.text = collapse(masked.slice(cell.range.start - range.start, cell.range.end - range.start));
      }
    }
    // Every field present, in the order of `BlockInfo` (see there).
    const block: BlockInfo = {
      type: parts.type,
      range,
      masked,
      tokens: tokenize(masked, range.start),
      heading: parts.depth !== undefined ? { depth: parts.depth, range, text: cleanHeading(collapse(masked)) } : undefined,
      items: parts.items,
      table: parts.table,
      paragraphs: parts.paragraphs ?? (parts.type === 'paragraph' ? [range] : []),
      comments: this.comments,
      frontMatter: parts.frontMatter,
    };
    this.blocks.push(block);
  }

  /** The block's text with everything but its visible text blanked, as the mdast reading makes it. */
  private masked(start: number, end: number): string {
    const text = this.text;
    const parts: string[] = [];
    let cursor = start;
    let hiddenIndex = 0;
    const hidden = this.hidden;
    const segments = this.segments;
    for (let i = 0; i < segments.length; i += 2) {
      parts.push(blank(text.slice(cursor, segments[i])));
      cursor = segments[i];
      const segmentEnd = segments[i + 1];
      while (hiddenIndex < hidden.length && hidden[hiddenIndex] < segmentEnd) {
        parts.push(text.slice(cursor, hidden[hiddenIndex]), blank(text.slice(hidden[hiddenIndex], hidden[hiddenIndex + 1])));
        cursor = hidden[hiddenIndex + 1];
        hiddenIndex += 2;
      }
      parts.push(text.slice(cursor, segmentEnd));
      cursor = segmentEnd;
    }
    parts.push(blank(text.slice(cursor, end)));
    return parts.join('');
  }

  /** Reads the inline text from `start` to `end`: visible, but for its markup. */
  private inline(start: number, end: number, quoted = false): void {
    const markup = this.inlineReader.read(start, end, quoted, this.comments);
    this.segments.push(start, end);
    for (const offset of markup) this.hidden.push(offset);
  }

  private range(start: number, end: number): TextRange {
    return { start: start + this.delta, end: end + this.delta };
  }
}
