import { originOf, type BlockInfo } from './markdown/blocks';
import type { LineIndex } from './text/lines';
import type { TextRange } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  ruleIds: string[];
  reason: string | null;
  range: TextRange;
  /** 0-based line the directive sits on. */
  line: number;
}

const DIRECTIVE = /^visionlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Reads `<!-- visionlint-disable rule-a, rule-b -- reason -->` comments. */
export function readDirectives(blocks: readonly BlockInfo[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (originOf(block).comments.length === 0) continue; // most blocks have none: no need to move them
    for (const comment of block.comments) {
      const match = DIRECTIVE.exec(comment.body);
      if (!match) continue;
      const [ids, ...reasonParts] = match[2].split(/\s--\s|\s--$/);
      const reason = reasonParts.join(' -- ').trim();
      directives.push({
        kind: match[1] as DirectiveKind,
        ruleIds: ids.split(/[\s,]+/).filter(Boolean),
        reason: reason.length > 0 ? reason : null,
        range: comment.range,
        line: lines.lineOf(comment.range.start),
      });
    }
  }
  return directives.sort((a, b) => a.range.start - b.range.start);
}

/** Decides whether a finding on a line is suppressed, in document order. */
export class Suppressions {
  private readonly lineRules = new Map<number, string[] | 'all'>();
  /** Disable/enable switches, sorted by line. */
  private readonly switches: { line: number; disable: boolean; ruleIds: string[] }[] = [];

  constructor(directives: readonly Directive[], lines: LineIndex) {
    for (const directive of directives) {
      if (directive.kind === 'disable' || directive.kind === 'enable') {
        this.switches.push({ line: directive.line, disable: directive.kind === 'disable', ruleIds: directive.ruleIds });
        continue;
      }
      const endLine = lines.lineOf(directive.range.end);
      const line = directive.kind === 'disable-line' ? directive.line : endLine + 1;
      const existing = this.lineRules.get(line);
      if (directive.ruleIds.length === 0 || existing === 'all') this.lineRules.set(line, 'all');
      else this.lineRules.set(line, [...(existing ?? []), ...directive.ruleIds]);
    }
  }

  isSuppressed(ruleId: string, line: number): boolean {
    const onLine = this.lineRules.get(line);
    if (onLine === 'all' || onLine?.includes(ruleId)) return true;
    let disabled = false;
    for (const change of this.switches) {
      if (change.line > line) break;
      if (change.ruleIds.length === 0 || change.ruleIds.includes(ruleId)) disabled = change.disable;
    }
    return disabled;
  }
}
