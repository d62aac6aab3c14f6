/**
 * The default format, for people at a terminal (like ESLint's): each file's path underlined,
 * its findings aligned as `line:col  severity  message  rule-id`, the document's score, then a
 * summary line. Colour only when asked for (`report.color`).
 */
import type { Severity } from '../../core/types';
import type { FileResult } from '../types';
import { plural, type Formatter, type Report } from './report';

const codes = { reset: 0, bold: 1, dim: 2, underline: 4, red: 31, green: 32, yellow: 33, blue: 34, cyan: 36, gray: 90 } as const;
type Style = keyof typeof codes;

function painter(enabled: boolean) {
  return (text: string, ...styles: Style[]): string => {
    if (!enabled || styles.length === 0 || text === '') return text;
    const open = styles.map((s) => `\u001b[${codes[s]}m`).join('');
    return `${open}${text}\u001b[0m`;
  };
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

export const stylish: Formatter = (report: Report) => {
  const paint = painter(report.color);
  const out: string[] = [];
  for (const file of report.files) {
    const block = fileBlock(file, report, paint);
    if (block.length > 0) out.push(...block, '');
  }
  out.push(...summary(report, paint));
  return `${out.join('\n')}\n`;
};

function fileBlock(file: FileResult, report: Report, paint: ReturnType<typeof painter>): string[] {
  const isDocument = file.kind !== 'none';
  if (file.error) return [];
  if (file.findings.length === 0 && !isDocument && !file.skipped) return [];
  if (report.quiet && file.findings.length === 0) return [];
  const lines = [paint(file.path, 'underline')];
  if (file.skipped) {
    lines.push(`  ${paint(file.skipped, 'dim')}`);
    return lines;
  }
  const positions = file.findings.map((f) => `${f.line}:${f.column}`);
  const posWidth = Math.max(0, ...positions.map((p) => p.length));
  const sevWidth = Math.max(0, ...file.findings.map((f) => f.severity.length));
  const msgWidth = Math.max(0, ...file.findings.map((f) => f.message.length));
  file.findings.forEach((f, i) => {
    const position = paint(positions[i].padStart(posWidth), 'dim');
    const severity = paint(f.severity.padEnd(sevWidth), SEVERITY_STYLE[f.severity]);
    const message = f.message.padEnd(msgWidth);
    lines.push(`  ${position}  ${severity}  ${message}  ${paint(f.ruleId, 'dim')}`);
  });
  if (isDocument && file.score !== null) {
    const details = [`${file.kind} document`];
    if (file.goals.length > 0) details.push(plural(file.goals.length, 'goal'));
    if (file.findings.length === 0) details.push('no problems');
    const tone: Style = file.score >= 80 ? 'green' : file.score >= 50 ? 'yellow' : 'red';
    lines.push(`  ${paint('score', 'dim')} ${paint(`${file.score}/100`, 'bold', tone)} ${paint(`· ${details.join(' · ')}`, 'dim')}`);
  }
  if (file.fixed > 0) lines.push(`  ${paint(`fixed ${plural(file.fixed, 'problem')}`, 'green')}`);
  if (file.fixSkipped) lines.push(`  ${paint(file.fixSkipped, 'dim')}`);
  return lines;
}

function summary(report: Report, paint: ReturnType<typeof painter>): string[] {
  const t = report.totals;
  const total = t.error + t.warning + t.info + t.hint;
  const shown = report.quiet ? t.error : total;
  const lines: string[] = [];
  if (shown === 0) {
    const what = t.documents > 0 ? ` in ${plural(t.documents, 'document')}` : '';
    lines.push(paint(`✔ No ${total > 0 ? 'errors' : 'problems'}${what} (${plural(t.files, 'Markdown file')} checked).`, 'green', 'bold'));
  } else {
    const parts = [plural(t.error, 'error'), plural(t.warning, 'warning'), plural(t.info, 'info')];
    if (t.hint > 0) parts.push(plural(t.hint, 'hint'));
    lines.push(paint(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`, t.error > 0 ? 'red' : 'yellow', 'bold'));
  }
  if (report.quiet && total > t.error) lines.push(paint(`  ${plural(total - t.error, 'warning or note', 'warnings and notes')} not shown (--quiet).`, 'dim'));
  if (t.fixable > 0) lines.push(paint(`  ${plural(t.fixable, 'problem')} can be fixed with --fix.`, t.error > 0 ? 'red' : 'yellow'));
  if (t.fixed > 0) lines.push(paint(`  Fixed ${plural(t.fixed, 'problem')}.`, 'green'));
  if (t.suppressed > 0) lines.push(paint(`  ${plural(t.suppressed, 'finding')} recorded in the baseline ${t.suppressed === 1 ? 'is' : 'are'} not shown.`, 'dim'));
  if (report.changedSince && t.unchanged > 0) lines.push(paint(`  ${plural(t.unchanged, 'finding')} on lines unchanged since ${report.changedSince} ${t.unchanged === 1 ? 'is' : 'are'} not shown.`, 'dim'));
  return lines;
}
