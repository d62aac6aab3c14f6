import { DEFAULT_CONFIG } from './config/defaults';
import { loadConfig, resolveTemplatesFolder, type LoadConfigOptions } from './config/load';
import type { ResolvedConfig } from './config/types';
import { Linter } from './lint';
import { BUILTIN_RULE_IDS } from './rules';
import { loadTemplates } from './templates/load';
import type { ConfigProblem } from './types';

export interface LinterSetup {
  linter: Linter;
  config: ResolvedConfig;
  /** Config and template problems: report them, then lint with what loaded. */
  problems: ConfigProblem[];
}

/**
 * Finds the configuration that applies to a document, loads its house templates and builds a
 * linter: the one path the CLI and the extension share, so a document gets the same findings in both.
 * In an untrusted workspace (`useWorkspaceConfig: false`) only built-in defaults and templates apply.
 */
export async function setUpLinter(options: Omit<LoadConfigOptions, 'knownRuleIds'>): Promise<LinterSetup> {
  const config = await loadConfig({ ...options, knownRuleIds: BUILTIN_RULE_IDS });
  const problems = [...config.problems];
  if (options.useWorkspaceConfig === false) return { linter: new Linter(config), config, problems };
  const folder = resolveTemplatesFolder(config);
  const { templates, problems: templateProblems } = await loadTemplates({
    folder,
    host: options.host,
    configFile: config.files.length > 0 && config.templates !== DEFAULT_CONFIG.templates ? config.files[0] : undefined,
  });
  problems.push(...templateProblems);
  return { linter: new Linter(config, templates), config, problems };
}

/** Configuration problems without repeats: a file read for several documents reports each once. */
export function uniqueProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.line ?? ''}\u0000${p.column ?? ''}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
