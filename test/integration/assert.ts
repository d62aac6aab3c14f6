/**
 * A tiny assert for the integration tests. Node's `assert` is not available in the web worker
 * extension host, so both hosts use this one. Errors carry `actual` and `expected`, which mocha's
 * reporter shows as a diff.
 */
import * as vscode from 'vscode';

export class AssertionError extends Error {
  override name = 'AssertionError';
  readonly showDiff: boolean;
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
    this.showDiff = actual !== undefined || expected !== undefined;
  }
}

const show = (value: unknown): string => {
  if (value instanceof vscode.Range) return showRange(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** `14:3-14:112`, 1-based like the editor's status bar, so a failure message can be checked by eye. */
export function showRange(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

export function ok(value: unknown, message = `expected a truthy value, got ${show(value)}`): asserts value {
  if (!value) throw new AssertionError(message);
}

export function fail(message: string): never {
  throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new AssertionError(message ?? `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}

export function notEqual<T>(actual: T, unexpected: T, message?: string): void {
  if (actual === unexpected) throw new AssertionError(message ?? `expected something other than ${show(unexpected)}`);
}

/** Structural equality of plain data (arrays, objects, strings, numbers, booleans, null). */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  const a = JSON.stringify(actual, null, 2);
  const e = JSON.stringify(expected, null, 2);
  if (a !== e) throw new AssertionError(message ?? `expected ${show(expected)}, got ${show(actual)}`, a, e);
}

export function includes(text: string, part: string, message?: string): void {
  if (!text.includes(part)) throw new AssertionError(message ?? `expected ${show(text)} to include ${show(part)}`, text, part);
}

export function notIncludes(text: string, part: string, message?: string): void {
  if (text.includes(part)) throw new AssertionError(message ?? `expected ${show(text)} not to include ${show(part)}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new AssertionError(message ?? `expected ${show(text)} to match ${pattern}`);
}

export function rangeEqual(actual: vscode.Range, expected: vscode.Range, message?: string): void {
  if (!actual.isEqual(expected)) {
    throw new AssertionError(message ?? `expected range ${showRange(expected)}, got ${showRange(actual)}`, showRange(actual), showRange(expected));
  }
}
