/**
 * Which files to lint: paths, folders and globs expanded to Markdown files.
 *
 * - A folder is walked for `*.md` and `*.markdown` files; a glob (`docs/**\/*.md`) is matched
 *   against paths relative to the working folder, and `!glob` takes files out again.
 * - Skipped while walking: `node_modules` and `.git` anywhere, hidden files and folders (their
 *   names start with a dot, as glob tools do by default), the house templates folder of the
 *   configuration, `.gitignore`d paths (nested `.gitignore` files and `.git/info/exclude`
 *   included, with git's semantics via the `ignore` package), the configuration's `ignore`
 *   globs (relative to the config file's folder) and `--ignore-pattern` globs (relative to the
 *   working folder). `--no-ignore` turns off the last three.
 * - A file named explicitly is ignored by the same settings, and reported as ignored, so a
 *   pre-commit hook that passes every staged file still respects them.
 * - A symbolic link is followed only when it points inside the working folder, and each real
 *   file or folder is visited once (no loops, no duplicates).
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { ignoreMatcher } from '../core/config/ignore';
import { resolveTemplatesFolder } from '../core/config/load';
import { dirnameOf, isInsideDir, MARKDOWN_EXTENSIONS, relativeTo, resolveFrom, toPosix } from './paths';
import type { SetupCache } from './setups';

/** Folders never walked into, anywhere. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface FileSearchOptions {
  cwd: string;
  setups: SetupCache;
  /** --ignore-pattern globs, relative to cwd. */
  ignorePatterns: string[];
  /** False with --no-ignore: .gitignore, config ignore and --ignore-pattern do not apply. */
  useIgnores: boolean;
}

export interface FileSearchResult {
  /** Absolute, `/`-separated, sorted, each real file once. */
  files: string[];
  /** Files named explicitly but ignored, with the reason. */
  ignored: { path: string; reason: string }[];
  /** Paths that do not exist. */
  missing: string[];
  /** Globs that matched no file at all. */
  unmatched: string[];
}

export function isGlob(pattern: string): boolean {
  return pattern.startsWith('!') || picomatch.scan(pattern).isGlob;
}

export class FileSearch {
  private readonly cwdReal: Promise<string>;
  private readonly gitignores = new Map<string, Promise<Ignore | null>>();
  private readonly gitRoots = new Map<string, Promise<string | null>>();
  private readonly configMatchers = new Map<string, (path: string) => boolean>();
  private readonly cliMatcher: ((path: string) => boolean) | null;

  constructor(private readonly options: FileSearchOptions) {
    this.cwdReal = realpath(options.cwd).then(toPosix, () => options.cwd);
    this.cliMatcher = options.ignorePatterns.length > 0 ? ignoreMatcher(options.ignorePatterns) : null;
  }

  async find(patterns: string[]): Promise<FileSearchResult> {
    const { cwd } = this.options;
    const found = new Map<string, string>(); // real path -> path as found
    const ignored: FileSearchResult['ignored'] = [];
    const missing: string[] = [];
    const unmatched: string[] = [];
    const positives = patterns.filter((p) => !p.startsWith('!'));
    const negatives = patterns.filter((p) => p.startsWith('!')).map((p) => stripDotSlash(p.slice(1)));
    const excluded = negatives.length > 0 ? picomatch(negatives, { dot: true }) : null;
    const add = async (path: string, knownReal?: string) => {
      if (excluded && excluded(relativeTo(cwd, path))) return;
      const real = knownReal ?? toPosix(await realpath(path).catch(() => path));
      // One path per real file; the file's own path beats a symlink to it (--fix writes files, not links).
      if (!found.has(real) || (path === real && found.get(real) !== real)) found.set(real, path);
    };

    for (const pattern of positives.length > 0 ? positives : ['.']) {
      if (isGlob(pattern)) {
        const scan = picomatch.scan(toPosix(pattern));
        const base = resolveFrom(cwd, scan.base || '.');
        const absolutePattern = resolveFrom(cwd, pattern);
        const matches = picomatch(absolutePattern, { dot: false });
        const before = found.size;
        if (await exists(base)) {
          await this.walk(base, async (file, real) => {
            if (matches(file)) await add(file, real);
          });
        }
        if (found.size === before) unmatched.push(pattern);
        continue;
      }
      const path = resolveFrom(cwd, pattern);
      const info = await stat(path).catch(() => null);
      if (!info) {
        missing.push(pattern);
      } else if (info.isDirectory()) {
        await this.walk(path, add);
      } else {
        const reason = await this.ignoredBecause(path, false, true);
        if (reason) ignored.push({ path, reason });
        else await add(path);
      }
    }
    const files = [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { files, ignored, missing, unmatched };
  }

  /** Calls `visit` with the path and real path of every Markdown file under `root` that is not ignored. */
  private async walk(root: string, visit: (file: string, real: string) => Promise<void>): Promise<void> {
    const cwdReal = await this.cwdReal;
    const seen = new Set<string>();
    const walkDir = async (dir: string): Promise<void> => {
      const real = toPosix(await realpath(dir).catch(() => dir));
      if (seen.has(real)) return;
      seen.add(real);
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const folders: string[] = [];
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith('.') || ALWAYS_SKIPPED.has(name)) continue;
        const path = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let realPath = real.endsWith('/') ? real + name : `${real}/${name}`;
        if (entry.isSymbolicLink()) {
          const target = await realpath(path).catch(() => null);
          if (!target || !isInsideDir(toPosix(target), cwdReal)) continue; // never out of the working folder
          realPath = toPosix(target);
          const info = await stat(path).catch(() => null);
          isDir = info?.isDirectory() ?? false;
          isFile = info?.isFile() ?? false;
        }
        if (isDir) {
          if (!(await this.ignoredBecause(path, true, false))) folders.push(path);
        } else if (isFile && MARKDOWN_EXTENSIONS.test(name)) {
          if (!(await this.ignoredBecause(path, false, false))) await visit(path, realPath);
        }
      }
      for (const folder of folders) await walkDir(folder);
    };
    await walkDir(root);
  }

  /**
   * Why a path is ignored, or null. `explicit`: named on the command line, so its folders were
   * not checked on the way down.
   */
  async ignoredBecause(path: string, isDir: boolean, explicit: boolean): Promise<string | null> {
    const { cwd, setups } = this.options;
    if (explicit && isInsideDir(path, cwd) && relativeTo(cwd, path).split('/').some((part) => ALWAYS_SKIPPED.has(part))) return 'inside node_modules or .git';
    // A folder is judged by the configuration of the folder that holds it, like a file.
    const setup = await setups.forDir(dirnameOf(path));
    const templates = resolveTemplatesFolder(setup.config);
    if (isDir && templates && toPosix(templates) === path) return 'the house templates folder';
    if (!this.options.useIgnores) return null;

    const checkAncestors = (base: string, test: (rel: string) => boolean): boolean => {
      if (!isInsideDir(path, base) || path === base) return false;
      const rel = relativeTo(base, path);
      if (test(rel)) return true;
      if (!explicit) return false;
      const parts = rel.split('/');
      for (let i = parts.length - 1; i > 0; i--) if (test(parts.slice(0, i).join('/'))) return true;
      return false;
    };

    if (this.cliMatcher && checkAncestors(cwd, this.cliMatcher)) return 'matched by --ignore-pattern';
    const base = setup.config.baseDir;
    if (base && setup.config.ignore.length > 0) {
      const matcher = this.configMatcher(setup.config.ignore);
      if (checkAncestors(toPosix(base), matcher)) return `matched by the ignore setting of ${relativeTo(cwd, setup.config.files[0] ?? base) || '.'}`;
    }
    if (await this.gitIgnored(path, isDir, explicit)) return 'matched by .gitignore';
    return null;
  }

  private configMatcher(globs: string[]): (path: string) => boolean {
    const key = globs.join('\n');
    let matcher = this.configMatchers.get(key);
    if (!matcher) {
      matcher = ignoreMatcher(globs);
      this.configMatchers.set(key, matcher);
    }
    return matcher;
  }

  /** git's rules: every .gitignore from the repository root down, the deeper one deciding. */
  private async gitIgnored(path: string, isDir: boolean, explicit: boolean): Promise<boolean> {
    const top = (await this.gitRoot(dirnameOf(path))) ?? this.options.cwd;
    if (!isInsideDir(path, top) || path === top) return false;
    const parts = relativeTo(top, path).split('/');
    // Walking checks each folder on the way down; a named file needs its folders checked here.
    const from = explicit ? 1 : parts.length;
    for (let depth = from; depth <= parts.length; depth++) {
      const target = parts.slice(0, depth);
      const targetIsDir = depth < parts.length || isDir;
      let ignored = false;
      for (let level = 0; level < depth; level++) {
        const dir = level === 0 ? top : `${top}/${target.slice(0, level).join('/')}`;
        const matcher = await this.gitignoreOf(dir, level === 0);
        if (!matcher) continue;
        const rel = target.slice(level).join('/') + (targetIsDir ? '/' : '');
        const verdict = matcher.test(rel);
        if (verdict.ignored) ignored = true;
        else if (verdict.unignored) ignored = false;
      }
      if (ignored) return true;
    }
    return false;
  }

  private gitignoreOf(dir: string, isTop: boolean): Promise<Ignore | null> {
    let matcher = this.gitignores.get(dir);
    if (!matcher) {
      matcher = (async () => {
        const texts = await Promise.all([
          isTop ? readFile(`${dir}/.git/info/exclude`, 'utf8').catch(() => '') : Promise.resolve(''),
          readFile(`${dir}/.gitignore`, 'utf8').catch(() => ''),
        ]);
        const text = texts.join('\n');
        return text.trim() === '' ? null : ignore().add(text);
      })();
      this.gitignores.set(dir, matcher);
    }
    return matcher;
  }

  /** The nearest folder at or above `dir` that holds `.git`. */
  private gitRoot(dir: string): Promise<string | null> {
    let root = this.gitRoots.get(dir);
    if (!root) {
      root = lstat(`${dir}/.git`).then(
        () => dir,
        () => {
          const parent = dirnameOf(dir);
          return parent === dir ? null : this.gitRoot(parent);
        },
      );
      this.gitRoots.set(dir, root);
    }
    return root;
  }
}

function stripDotSlash(pattern: string): string {
  const p = toPosix(pattern);
  return p.startsWith('./') ? p.slice(2) : p;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
