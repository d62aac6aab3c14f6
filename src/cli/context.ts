/** The per-thread state for linting: one config host and one linter cache, shared by every file. */
import type { LintContext } from './lintFile';
import { nodeHost } from './nodeHost';
import { SetupCache } from './setups';
import type { LintSettings } from './types';

export function createLintContext(settings: LintSettings, existing?: SetupCache): LintContext {
  const setups = existing ?? new SetupCache({ host: nodeHost(), configFile: settings.configFile, overrides: settings.overrides });
  return { settings, setups, today: new Date(settings.today) };
}
