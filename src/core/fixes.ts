import type { Finding, Fix, FixEdit, TextRange } from './types';

/**
 * Applies edits to a text. Edits are applied from the end so earlier offsets stay valid; an
 * edit that overlaps one already taken is skipped (reported back), never merged, so no text
 * outside an edit's range can change.
 */
export function applyEdits(text: string, edits: readonly PlainEdit[]): { text: string; applied: number; skipped: number } {
  const usable = nonOverlapping(edits, text.length);
  let result = text;
  for (const edit of usable) result = result.slice(0, edit.range.start) + edit.text + result.slice(edit.range.end);
  return { text: result, applied: usable.length, skipped: edits.length - usable.length };
}

export interface PlainEdit {
  range: TextRange;
  text: string;
}

/**
 * The edits that can be applied together, last first: out-of-range edits and any edit
 * overlapping one already taken (or inserting at the same point) are left out.
 */
export function nonOverlapping(edits: readonly PlainEdit[], length: number): PlainEdit[] {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  const taken: PlainEdit[] = [];
  let limit = Infinity;
  for (const edit of sorted) {
    const { start, end } = edit.range;
    if (start < 0 || end > length || start > end || end > limit || (end === limit && start === limit)) continue;
    taken.push(edit);
    limit = start;
  }
  return taken;
}

/** Plain-text edits of fixes (the CLI's form). */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; skipped: number } {
  return applyEdits(text, fixes.flatMap((fix) => fix.edits.map((edit: FixEdit) => ({ range: edit.range, text: edit.text }))));
}

/** The first fix of each finding that needs no input: what fix-all and `--fix` apply. */
export function autoFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => {
    const fix = finding.fixes.find((f) => !f.needsInput);
    return fix ? [fix] : [];
  });
}

/** The plain edits of every no-input fix that can be applied together, last first. */
export function autoFixEdits(findings: readonly Finding[], length: number): PlainEdit[] {
  return nonOverlapping(
    autoFixes(findings).flatMap((fix) => fix.edits.map((edit: FixEdit) => ({ range: edit.range, text: edit.text }))),
    length,
  );
}
