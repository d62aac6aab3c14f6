/**
 * `--format github`: GitHub Actions workflow commands, which annotate the lines of a pull request.
 * `::warning file=docs/goals.md,line=3,col=5,endLine=3,endColumn=40,title=goal-time-bound::message`;
 * info and hint findings become `::notice`. Values are escaped as GitHub documents: `%`, CR and
 * LF everywhere, and `:` and `,` in properties too.
 */
import type { Severity } from '../../core/types';
import type { Formatter, Report } from './report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (report: Report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
