/** Helpers for the packaging tests: a consumer project that installs the packed tarball with no network, and git. */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(__dirname, '..', '..');

/** A new empty folder in the system's temporary folder, by its real path (git and npm print real paths). */
export function scratchFolder(name: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), `visionlint-${name}-`)));
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  [key: string]: unknown;
}

/**
 * A lockfile for a project whose one dependency is the tarball at `tarball` (relative to the
 * project): the package's own entry, and its dependency tree exactly as this repository's lockfile
 * pins it (every entry that is not a devDependency). `npm ci --offline` then installs from the
 * tarball and npm's cache alone, as a team's CI installs from its own lockfile.
 */
export function consumerLockfile(root: string, tarball: string): object {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const runtime = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && entry.dev !== true);
  return {
    name: 'consumer',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'consumer', dependencies: { [manifest.name as string]: `file:${tarball}` } },
      [`node_modules/${manifest.name as string}`]: {
        version: manifest.version,
        resolved: `file:${tarball}`,
        license: manifest.license,
        dependencies: manifest.dependencies,
        bin: manifest.bin,
        engines: manifest.engines,
      },
      ...Object.fromEntries(runtime),
    },
  };
}

/** Runs git in `cwd` and returns its trimmed output; fails the test when git does. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The output of a command that must succeed; fails the test with both streams when it does not. */
export function ok(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
