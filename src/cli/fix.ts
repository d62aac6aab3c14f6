/**
 * `--fix`: applies the fixes that need no input, then writes the file atomically.
 *
 * - Only no-input fixes (`autoFixEdits`): a template with placeholders is never written.
 * - A file the linter skipped (too large, binary) or whose front matter it could not read is
 *   left alone: its model may not be what the writer meant.
 * - The new text goes to a temporary file in the same folder, which then replaces the original
 *   by rename: a crash leaves either the old file or the new one, never half of each.
 * - A symbolic link is never written through, and a file that changed since it was read is left
 *   alone.
 * - Line endings and a byte-order mark are kept: inserted text uses the document's line ending.
 */
import { randomBytes } from 'node:crypto';
import { chown, lstat, open, rename, unlink } from 'node:fs/promises';
import { applyEdits, autoFixes, nonOverlapping, type PlainEdit } from '../core/fixes';
import type { Linter, LintResult } from '../core/lint';
import { basenameOf, dirnameOf } from './paths';

/** How many times fixes are applied and the text linted again (a fix may enable another). */
const MAX_PASSES = 10;

export interface FixedText {
  text: string;
  applied: number;
  result: LintResult;
}

/** Why `--fix` must leave this document alone, or null. */
export function cannotFix(result: LintResult): string | null {
  if (result.skipped) return result.skipped;
  if (result.model?.frontMatterProblem) return `not fixed: the ${result.model.frontMatterProblem}`;
  return null;
}

/** Applies no-input fixes until none is left (at most MAX_PASSES times). */
export function fixText(linter: Linter, text: string, path: string, today: Date, first: LintResult): FixedText {
  let current = text;
  let result = first;
  let applied = 0;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (cannotFix(result)) break;
    const { edits, fixes } = wholeFixes(result, current.length);
    if (fixes === 0) break;
    const next = applyEdits(current, matchLineEndings(edits, eol));
    if (next.skipped > 0 || next.text === current) break;
    applied += fixes;
    current = next.text;
    result = linter.lint(current, path, today);
  }
  return { text: current, applied, result };
}

/**
 * The no-input fixes (one per finding, like `autoFixEdits`) that can be applied together, each
 * whole: a fix whose edits overlap one already taken waits for the next pass rather than being
 * half applied.
 */
function wholeFixes(result: LintResult, length: number): { edits: PlainEdit[]; fixes: number } {
  const taken: PlainEdit[] = [];
  let fixes = 0;
  for (const fix of autoFixes(result.findings)) {
    const edits = fix.edits.map((edit) => ({ range: edit.range, text: edit.text }));
    const together = [...taken, ...edits];
    if (edits.length === 0 || nonOverlapping(together, length).length !== together.length) continue;
    taken.push(...edits);
    fixes++;
  }
  return { edits: taken, fixes };
}

/** Inserted text uses the document's line ending. */
export function matchLineEndings(edits: PlainEdit[], eol: string): PlainEdit[] {
  return eol === '\n' ? edits : edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, eol) }));
}

export class FixRefused extends Error {}

export interface ReadStamp {
  mtimeMs: number;
  size: number;
}

/**
 * Replaces `path` with `text` (plus a BOM when the original had one) through a temporary file in
 * the same folder. Throws `FixRefused` for a symlink, something that is not a file, or a file
 * that changed since `stamp`.
 */
export async function writeAtomically(path: string, text: string, options: { bom: boolean; stamp?: ReadStamp }): Promise<void> {
  const info = await lstat(path);
  if (info.isSymbolicLink()) throw new FixRefused('not fixed: it is a symbolic link (fix the file it points to instead)');
  if (!info.isFile()) throw new FixRefused('not fixed: it is not a regular file');
  if (options.stamp && (info.mtimeMs !== options.stamp.mtimeMs || info.size !== options.stamp.size)) {
    throw new FixRefused('not fixed: the file changed while visionlint was reading it; run --fix again');
  }
  const temp = `${dirnameOf(path)}/.${basenameOf(path)}.${process.pid}.${randomBytes(4).toString('hex')}.visionlint-tmp`;
  const handle = await open(temp, 'wx', info.mode & 0o7777);
  try {
    try {
      await handle.writeFile((options.bom ? '\uFEFF' : '') + text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (typeof process.getuid === 'function' && process.getuid() === 0 && (info.uid !== 0 || info.gid !== 0)) {
      await chown(temp, info.uid, info.gid).catch(() => undefined);
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
