import type { Fix, TextRange } from '../types';
import type { DocumentModel, Goal } from '../model/types';
import { fillVariables, hasPlaceholders as parseHasPlaceholders, snippetToPlain as parseToPlain } from '../templates/snippet';
import type { TemplateSet } from '../templates/load';
import { commonTemplateVariables } from '../templates/builtin';

interface FilledTemplate {
  snippet: string;
  text: string;
  needsInput: boolean;
}

/** Templates filled with no variables of a fix's own, per template set (see `filledTemplate`). */
const filledTemplates = new WeakMap<TemplateSet, Map<string, FilledTemplate>>();

/** Builds fixes as data: text edits carrying a snippet form for editors and a plain form for the CLI. */
export class FixBuilder {
  constructor(
    private readonly model: DocumentModel,
    private readonly templates: TemplateSet,
    /** The document's line break, which inserted templates use. */
    readonly eol: string,
  ) {}

  private fill(templateId: string, variables: Record<string, string>): string {
    return fillVariables(this.templates[templateId]?.body ?? '', { ...commonTemplateVariables(this.model.today), ...variables });
  }

  /** Inserts a template at an offset. */
  insertTemplate(title: string, offset: number, templateId: string, variables: Record<string, string> = {}, inTable = false): Fix {
    return this.replaceWithTemplate(title, { start: offset, end: offset }, templateId, variables, inTable);
  }

  /** Replaces a range with a template. */
  replaceWithTemplate(title: string, range: TextRange, templateId: string, variables: Record<string, string> = {}, inTable = false): Fix {
    const { snippet, text, needsInput } = this.filledTemplate(templateId, variables, inTable);
    return {
      title,
      templateId,
      edits: [{ range, snippet, text }],
      needsInput,
    };
  }

  /**
   * A template filled in for this document, as a snippet and as plain text. Most fixes give it no
   * variables of their own: those fillings are kept per template set, day and line break, since
   * every lint after an edit fills the same few templates again.
   */
  private filledTemplate(templateId: string, variables: Record<string, string>, inTable: boolean): FilledTemplate {
    const ownVariables = Object.keys(variables).length > 0;
    const key = `${templateId}\u0000${inTable}\u0000${this.eol}\u0000${this.model.today.getTime()}`;
    let kept = filledTemplates.get(this.templates);
    const found = ownVariables ? undefined : kept?.get(key);
    if (found) return found;
    let snippet = this.fill(templateId, variables);
    if (inTable) snippet = escapeForTableCell(snippet);
    snippet = snippet.replace(/\r?\n/g, this.eol);
    const filled = { snippet, text: snippetToPlain(snippet), needsInput: hasPlaceholders(snippet) };
    if (!ownVariables) {
      if (!kept) filledTemplates.set(this.templates, (kept = new Map()));
      if (kept.size > 1_000) kept.clear();
      kept.set(key, filled);
    }
    return filled;
  }

  /** Appends a template to the end of a goal's own text (inside its cell for a table row). */
  appendToGoal(title: string, goal: Goal, templateId: string, variables: Record<string, string> = {}): Fix {
    const end = goalTextEnd(goal);
    return this.insertTemplate(title, end, templateId, variables, goal.source === 'table');
  }

  /** Replaces a goal's own text (after its label) with a template. */
  rewriteGoal(title: string, goal: Goal, templateId: string, variables: Record<string, string> = {}): Fix {
    const end = goalTextEnd(goal);
    // A goal of blanks only (an empty list item ending in CRLF) has nothing to replace: write at its end.
    const range = { start: Math.min(end, goal.textRange.start + (goal.masked.length - goal.masked.trimStart().length)), end };
    return this.replaceWithTemplate(title, range, templateId, variables, goal.source === 'table');
  }

  /** Fills an empty table cell of a goal's row, or replaces a "TBD" in it, when the row has one for this column. */
  fillEmptyCell(title: string, goal: Goal, headerPattern: RegExp, templateId: string): Fix | null {
    const cell = goal.row?.cells.find((c) => headerPattern.test(c.header) && (c.text.trim() === '' || PLACEHOLDER_CELL.test(c.text)));
    if (!cell) return null;
    const text = this.model.text;
    if (PLACEHOLDER_CELL.test(cell.text)) {
      const at = text.slice(cell.range.start, cell.range.end).indexOf(cell.text.trim());
      const range = { start: cell.range.start + at, end: cell.range.start + at + cell.text.trim().length };
      const replaced = this.replaceWithTemplate(title, range, templateId, {}, true);
      for (const edit of replaced.edits) {
        edit.snippet = edit.snippet.trim();
        edit.text = edit.text.trim();
      }
      return replaced;
    }
    let at = cell.range.start;
    if (text.charCodeAt(at) === 124 /* | */) at++;
    if (text.charCodeAt(at) === 32) at++;
    const fix = this.insertTemplate(title, at, templateId, {}, true);
    for (const edit of fix.edits) {
      edit.snippet = `${edit.snippet.trim()} `;
      edit.text = `${edit.text.trim()} `;
    }
    return fix;
  }

  /** Adds a template as a new block after a section (before the next heading of its level). */
  appendSection(title: string, sectionIndex: number | null, templateId: string, variables: Record<string, string> = {}): Fix {
    return { ...this.appendBlock(title, sectionIndex, this.fill(templateId, variables)), templateId };
  }

  /** Adds snippet text as a new block at the end of a section, or of the document, with blank lines around it. */
  appendBlock(title: string, sectionIndex: number | null, snippet: string): Fix {
    const text = this.model.text;
    const end = sectionIndex === null ? text.length : this.model.sections[sectionIndex].range.end;
    const eol = this.eol;
    const before = text.slice(Math.max(0, end - 2), end);
    const prefix = end === 0 || /\n\r?\n$|^\n$/.test(before) ? '' : before.endsWith('\n') ? eol : eol + eol;
    const suffix = end < text.length ? eol + eol : eol;
    // A template's "## Heading" becomes a subsection of the section it joins, so it belongs there.
    const depth = sectionIndex === null ? 1 : this.model.sections[sectionIndex].depth;
    const body = dedent(snippet)
      .replace(/^(#{1,6}) /gm, (_, marks: string) => `${'#'.repeat(Math.min(6, Math.max(marks.length, depth + 1)))} `)
      .replace(/\r?\n/g, eol);
    return {
      title,
      edits: [{ range: { start: end, end }, snippet: prefix + body + suffix, text: prefix + snippetToPlain(body) + suffix }],
      needsInput: hasPlaceholders(body),
    };
  }

  /** Inserts a template as nested lines under a list item, indented to the item's content column. */
  insertUnderItem(title: string, contentStart: number, itemEnd: number, templateId: string, variables: Record<string, string> = {}): Fix {
    const text = this.model.text;
    let lineStart = contentStart;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    const indent = ' '.repeat(contentStart - lineStart);
    const body = dedent(this.fill(templateId, variables)).split('\n').map((line) => (line ? indent + line : line)).join(this.eol);
    return {
      title,
      templateId,
      edits: [{ range: { start: itemEnd, end: itemEnd }, snippet: this.eol + body, text: this.eol + snippetToPlain(body) }],
      needsInput: hasPlaceholders(body),
    };
  }

  /** A replacement that needs no input (house word rules), safe for fix-all and `--fix`. */
  replace(title: string, range: TextRange, replacement: string): Fix {
    return { title, edits: [{ range, snippet: replacement.replace(/[$}\\]/g, '\\$&'), text: replacement }], needsInput: false };
  }
}

/**
 * End of a goal's visible text, before trailing spaces, blanked markup and the sentence's closing
 * punctuation: what is added ("(owner: ...)") belongs to the goal's sentence, not after it.
 */
function goalTextEnd(goal: Goal): number {
  const visible = goal.masked.trimEnd();
  const closing = /[.;,!]+$/.exec(visible);
  return goal.textRange.start + visible.length - (closing && visible.length > closing[0].length ? closing[0].length : 0);
}

/** A cell that holds the place of a value still to be decided. */
const PLACEHOLDER_CELL = /^\s*(?:tbd|tbc|tk|\?+|x+|to be (?:confirmed|decided|defined))\s*$/i;

/** A table cell is one line, and a bare pipe would end it; choice placeholders keep their pipes. */
function escapeForTableCell(snippet: string): string {
  return snippet
    .replace(/\r?\n/g, ' ')
    .split(/(\$\{\d+\|[^}]*\|\})/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<!\\)\|/g, '\\|')))
    .join('');
}

/** Removes blank lines around a block template and the indentation all its lines share. */
function dedent(snippet: string): string {
  const lines = snippet.replace(/^\s*\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/** The same few template texts recur in every finding: parse each snippet once. */
const parsed = new Map<string, { plain: string; needsInput: boolean }>();

function parsedSnippet(snippet: string): { plain: string; needsInput: boolean } {
  let entry = parsed.get(snippet);
  if (!entry) {
    if (parsed.size > 5_000) parsed.clear();
    entry = { plain: parseToPlain(snippet), needsInput: parseHasPlaceholders(snippet) };
    parsed.set(snippet, entry);
  }
  return entry;
}

function snippetToPlain(snippet: string): string {
  return parsedSnippet(snippet).plain;
}

function hasPlaceholders(snippet: string): boolean {
  return parsedSnippet(snippet).needsInput;
}
