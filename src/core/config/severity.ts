// Severities as written in configuration and on the command line (`warning`, `Warn`, `2` ...).
import type { SeveritySetting } from '../types';

const SEVERITY_NAMES: Record<string, SeveritySetting> = {
  off: 'off',
  hint: 'hint',
  info: 'info',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
};
const SEVERITY_NUMBERS: Record<number, SeveritySetting> = { 0: 'off', 1: 'warning', 2: 'error' };

/**
 * A severity as written (`warning`, `Warn`, `2`...) to its canonical name, or undefined.
 * Aliases (ESLint style), accepted wherever a severity is written: `warn` = warning, `0` = off,
 * `1` = warning, `2` = error; names are case-insensitive.
 */
export function severityFromValue(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'string') {
    const key = value.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(SEVERITY_NAMES, key) ? SEVERITY_NAMES[key] : undefined;
  }
  if (typeof value === 'number' && Object.prototype.hasOwnProperty.call(SEVERITY_NUMBERS, value)) {
    return SEVERITY_NUMBERS[value];
  }
  return undefined;
}

export const SEVERITY_HELP = 'use off, hint, info, warning or error (or warn, 0, 1, 2)';
