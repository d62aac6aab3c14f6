/** What every format is given: the results in file order, totals and the run's context. */
import type { ConfigProblem } from '../../core/types';
import type { ExtraRuleMeta, FileResult, FormatName, SeverityCounts } from '../types';

export interface Totals extends SeverityCounts {
  /** Reported findings that a no-input fix would remove (--fix). */
  fixable: number;
  /** Findings hidden by --baseline. */
  suppressed: number;
  /** Findings hidden by --changed-since. */
  unchanged: number;
  /** Fixes written by --fix. */
  fixed: number;
  files: number;
  /** Files read as vision, values, goals or strategy documents. */
  documents: number;
}

export interface Report {
  files: FileResult[];
  totals: Totals;
  /** Absolute working folder: paths in `files` are relative to it. */
  cwd: string;
  version: string;
  color: boolean;
  quiet: boolean;
  changedSince?: string;
  baseline?: string;
  problems: ConfigProblem[];
  extraRules: ExtraRuleMeta[];
}

export type Formatter = (report: Report) => string;

/** A format that can print each file as soon as it is linted, before the totals are known. */
export interface StreamingFormatter {
  head(): string;
  /** The file's text ('' when the format leaves it out); `first`: no file has been printed yet. */
  file(file: FileResult, first: boolean): string;
  /** `anyFile`: some file printed text. */
  tail(report: Report, anyFile: boolean): string;
}

/** The streaming form of `name`, when it has one. */
export function loadStreamingFormatter(name: FormatName): StreamingFormatter | undefined {
  return name === 'json' ? (require('./json') as typeof import('./json')).jsonStream : undefined;
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (require('./stylish') as typeof import('./stylish')).stylish;
    case 'json':
      return (require('./json') as typeof import('./json')).json;
    case 'sarif':
      return (require('./sarif') as typeof import('./sarif')).sarif;
    case 'github':
      return (require('./github') as typeof import('./github')).github;
    case 'junit':
      return (require('./junit') as typeof import('./junit')).junit;
    case 'markdown':
      return (require('./markdown') as typeof import('./markdown')).markdown;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
