/**
 * House templates: `<templatesFolder>/<template-id>.md` replaces the built-in template with
 * that id. Files are text; nothing in them is executed.
 *
 * - A house template replaces a built-in only if its snippet syntax is valid and it uses only
 *   the `{{variables}}` the built-in allows; otherwise a problem names the file and the
 *   built-in stays.
 * - With a host that can list folders, any other `<id>.md` is loaded too (a consultant's own
 *   document templates); it may use the common and document variables (`title`).
 * - A leading front matter block is stripped only when it has `visionlint-template:` metadata
 *   (a description string, or a mapping with `description`). Other front matter (a document
 *   template's `kind:`) is part of the template.
 * - Line endings become `\n`; the file's final newline is dropped (block templates are inserted
 *   with blank lines around them by the caller).
 */
import { readSafely } from '../config/load';
import { parseDocument } from 'yaml';
import type { ConfigProblem } from '../types';
import type { ConfigHost } from '../config/types';
import { basename, joinPath } from '../config/paths';
import { allowedTemplateVariables, BUILTIN_TEMPLATES, isBuiltinTemplateId, TEMPLATE_IDS } from './builtin';
import { findSnippetError, unknownVariables } from './snippet';

export interface LoadedTemplate {
  body: string;
  /** `builtin`, or the path of the house template file. */
  source: 'builtin' | string;
  description?: string;
}

/** Templates by id (built-in ids always present). */
export type TemplateSet = Record<string, LoadedTemplate>;

export interface LoadTemplatesOptions {
  /** The house templates folder (absolute), or null for built-ins only. */
  folder: string | null;
  host: ConfigHost;
  /** The config file that named the folder: a missing folder is then reported against it. */
  configFile?: string;
}

/** House template ids: lower-case letters, digits and '-', like the built-in ones. */
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** House templates larger than this are not loaded (a template is a few lines). */
export const MAX_TEMPLATE_KB = 256;

interface Stripped {
  body: string;
  description?: string;
  /** Lines removed from the top, to report problems at the file's own line numbers. */
  lineOffset: number;
}

function stripMetadata(text: string, file: string, problems: ConfigProblem[]): Stripped {
  const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { body: text, lineOffset: 0 };
  const yamlText = m[1] ?? '';
  if (!/^visionlint-template[ \t]*:/m.test(yamlText)) return { body: text, lineOffset: 0 };
  const doc = parseDocument(yamlText, { prettyErrors: false });
  let description: string | undefined;
  if (doc.errors.length > 0) {
    problems.push({ file, line: 2, message: `The visionlint-template front matter is not valid YAML (${doc.errors[0].message}); it was removed anyway.`, severity: 'warning' });
  } else {
    const data: unknown = doc.toJS({ maxAliasCount: 10 });
    const meta = data && typeof data === 'object' ? (data as Record<string, unknown>)['visionlint-template'] : undefined;
    if (typeof meta === 'string') description = meta;
    else if (meta && typeof meta === 'object' && typeof (meta as Record<string, unknown>).description === 'string') {
      description = (meta as Record<string, unknown>).description as string;
    }
  }
  const lineOffset = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  return { body: text.slice(m[0].length), description, lineOffset };
}

function builtinRecord(): TemplateSet {
  const out: TemplateSet = {};
  for (const id of TEMPLATE_IDS) out[id] = { body: BUILTIN_TEMPLATES[id].body, source: 'builtin', description: BUILTIN_TEMPLATES[id].description };
  return out;
}

/** Checks one house template; returns the template or undefined (after adding a problem). */
function checkHouseTemplate(id: string, file: string, raw: string, problems: ConfigProblem[]): LoadedTemplate | undefined {
  const keep = isBuiltinTemplateId(id) ? ' The built-in template is used instead.' : ' It was not loaded.';
  if (raw.length > MAX_TEMPLATE_KB * 1024) {
    problems.push({ file, message: `House template ${id} is larger than ${MAX_TEMPLATE_KB} KB.${keep}`, severity: 'error' });
    return undefined;
  }
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { body: stripped, description, lineOffset } = stripMetadata(text, file, problems);
  const body = stripped.endsWith('\n') ? stripped.slice(0, -1) : stripped;
  const error = findSnippetError(body);
  if (error) {
    problems.push({
      file,
      line: error.line + lineOffset,
      column: error.column,
      message: `House template ${id}: ${error.message}.${keep}`,
      severity: 'error',
    });
    return undefined;
  }
  const allowed = allowedTemplateVariables(id);
  const unknown = unknownVariables(body, allowed);
  if (unknown.length > 0) {
    problems.push({
      file,
      message: `House template ${id} uses ${unknown.map((n) => `{{${n}}}`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not available to it (available: ${allowed.map((n) => `{{${n}}}`).join(', ')}).${keep}`,
      severity: 'error',
    });
    return undefined;
  }
  const out: LoadedTemplate = { body, source: file };
  const desc = description ?? (isBuiltinTemplateId(id) ? BUILTIN_TEMPLATES[id].description : undefined);
  if (desc !== undefined) out.description = desc;
  return out;
}

/**
 * The templates quick fixes use: every built-in, replaced or extended by valid house
 * templates from `folder`. Never throws; problems name the template file.
 */
export async function loadTemplates(options: LoadTemplatesOptions): Promise<{ templates: TemplateSet; problems: ConfigProblem[] }> {
  const { folder, host, configFile } = options;
  const templates = builtinRecord();
  const problems: ConfigProblem[] = [];
  if (folder === null || folder.trim() === '') return { templates, problems };

  let files: Array<{ id: string; file: string }>;
  if (host.listDirectory) {
    let entries: string[] | undefined;
    try {
      entries = await host.listDirectory(folder);
    } catch (e) {
      problems.push({ file: folder, message: `Cannot list ${folder}: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' });
      entries = undefined;
    }
    if (entries === undefined) {
      if (configFile !== undefined) {
        problems.push({ file: configFile, key: 'templates', message: `The template folder ${folder} does not exist.`, severity: 'error' });
      }
      return { templates, problems };
    }
    files = [];
    for (const entry of entries) {
      const name = basename(entry);
      if (!/\.md$/i.test(name)) continue;
      const id = name.slice(0, -3);
      if (!TEMPLATE_ID.test(id)) {
        problems.push({ file: joinPath(folder, name), message: `"${name}" is not a template name: use lower-case letters, digits and '-' (like smart-goal.md). It was not loaded.`, severity: 'warning' });
        continue;
      }
      if (!files.some((f) => f.id === id)) files.push({ id, file: joinPath(folder, name) });
    }
  } else {
    files = TEMPLATE_IDS.map((id) => ({ id, file: joinPath(folder, `${id}.md`) }));
  }

  const texts = await Promise.all(files.map(({ file }) => readSafely(host, file, problems)));
  files.forEach(({ id, file }, i) => {
    const raw = texts[i];
    if (raw === undefined) return;
    const t = checkHouseTemplate(id, file, raw, problems);
    if (t) templates[id] = t;
  });
  return { templates, problems };
}
