import type { Finding, Fix, FixEdit, TextRange } from './types';

/**
 * Applies edits to a text. Edits are applied from the end so earlier offsets stay valid; an
 * edit that overlaps one already taken is skipped (reported back), never merged, so no text
 * outside an edit's range can change.
 */
export function applyEdits(text: string, edits: readonly { range: TextRange; text: string }[]): { text: string; applied: number; skipped: number } {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  let limit = Infinity;
  let applied = 0;
  let skipped = 0;
  for (const edit of sorted) {
    const { start, end } = edit.range;
    if (start < 0 || end > text.length || start > end || end > limit || (end === limit && start === limit && applied > 0)) {
      skipped++;
      continue;
    }
    result = result.slice(0, start) + edit.text + result.slice(end);
    limit = start;
    applied++;
  }
  return { text: result, applied, skipped };
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
