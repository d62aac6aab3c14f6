/**
 * One `setUpLinter` per configuration, shared by every file it applies to.
 *
 * The nearest config file of each folder is looked up once (and remembered per folder), then
 * the linter is built once per config file: a tree of 500 folders under one `.visionlintrc.yaml`
 * builds one linter, not 500. `setUpLinter` itself does the discovery again for the first file
 * of each configuration, so the CLI and the extension share exactly the same path.
 */
import { CONFIG_FILE_NAMES } from '../core/config/load';
import type { ConfigHost, ConfigInput } from '../core/config/types';
import { setUpLinter, type LinterSetup } from '../core/setup';
import type { ConfigProblem } from '../core/types';
import { dirnameOf } from './paths';

export interface SetupOptions {
  host: ConfigHost;
  /** Absolute path of --config: every file uses it. */
  configFile?: string;
  overrides?: ConfigInput;
}

export class SetupCache {
  private readonly nearest = new Map<string, Promise<string | undefined>>();
  private readonly setups = new Map<string, Promise<LinterSetup>>();
  private readonly delivered = new Set<string>();

  constructor(private readonly options: SetupOptions) {}

  /** The nearest config file at or above `dir`, or undefined. */
  nearestConfig(dir: string): Promise<string | undefined> {
    let found = this.nearest.get(dir);
    if (!found) {
      found = this.lookUp(dir);
      this.nearest.set(dir, found);
    }
    return found;
  }

  private async lookUp(dir: string): Promise<string | undefined> {
    const candidates = CONFIG_FILE_NAMES.map((name) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`));
    const texts = await Promise.all(candidates.map((path) => this.options.host.readFile(path).catch(() => undefined)));
    const at = texts.findIndex((text) => text !== undefined);
    if (at >= 0) return candidates[at];
    const parent = dirnameOf(dir);
    return parent === dir ? undefined : this.nearestConfig(parent);
  }

  /** The key of the configuration that applies in `dir`. */
  async keyFor(dir: string): Promise<string> {
    return this.options.configFile ?? (await this.nearestConfig(dir)) ?? '';
  }

  /** The linter for documents in the folder `dir`. */
  async forDir(dir: string): Promise<LinterSetup> {
    const key = await this.keyFor(dir);
    let setup = this.setups.get(key);
    if (!setup) {
      setup = setUpLinter({
        documentPath: `${dir.endsWith('/') ? dir : `${dir}/`}.visionlint-probe.md`,
        host: this.options.host,
        configFile: this.options.configFile,
        overrides: this.options.overrides,
        overridesSource: '--rule',
      });
      this.setups.set(key, setup);
    }
    return setup;
  }

  forFile(path: string): Promise<LinterSetup> {
    return this.forDir(dirnameOf(path));
  }

  /** The problems of the configuration in `dir`, only the first time they are asked for. */
  async takeProblems(dir: string): Promise<ConfigProblem[]> {
    const key = await this.keyFor(dir);
    if (this.delivered.has(key)) return [];
    this.delivered.add(key);
    return (await this.forDir(dir)).problems;
  }
}
