/**
 * `--changed-since REF`: which lines of each file changed since a git ref, so only new problems
 * are reported in a pull request.
 *
 * One `git diff --unified=0 REF` for the whole repository (Markdown files only) gives the added
 * and changed lines of every tracked file, compared with the working tree; files git does not
 * track yet count as changed throughout. Renamed files count only their changed lines.
 */
import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { isInsideDir, MARKDOWN_EXTENSIONS, relativeTo, toPosix } from './paths';
import type { ChangedLines } from './types';

export class GitError extends Error {}

interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

function git(args: string[], cwd: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new GitError('--changed-since needs git, and git was not found on PATH. Install git, or drop --changed-since to lint every line.')
          : new GitError(`--changed-since: could not run git: ${error.message}`),
      );
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Reads a path as git prints it: plain, or C-quoted when it holds unusual characters. */
export function unquoteGitPath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const body = path.slice(1, -1);
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next ?? '')) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses `git diff --unified=0` output: repository-relative path -> changed line ranges of the new file. */
export function parseUnifiedDiff(diff: string): Map<string, [number, number][]> {
  const files = new Map<string, [number, number][]>();
  let current: [number, number][] | null = null;
  // File headers come between `diff --git` and the first hunk; after that a `+++` line is content.
  let inHeader = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
      inHeader = true;
    } else if (inHeader && line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = null;
        continue;
      }
      const path = unquoteGitPath(target);
      const name = path.startsWith('b/') ? path.slice(2) : path;
      current = [];
      files.set(name, current);
    } else if (line.startsWith('@@')) {
      // Content lines start with a space, + or -: `@@` always opens a hunk.
      inHeader = false;
      if (!current) continue;
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!hunk) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return files;
}

/**
 * Changed lines of each of `files` (absolute paths) since `ref`. A file with no entry in the
 * diff and tracked by git has no changed lines (an empty list).
 */
export async function changedLines(cwd: string, ref: string, files: string[]): Promise<Map<string, ChangedLines>> {
  if (ref.startsWith('-')) throw new GitError(`--changed-since needs a git ref (a branch, tag or commit), not "${ref}".`);
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (top.code !== 0) {
    throw new GitError(`--changed-since needs a git repository, and ${cwd} is not inside one. Run visionlint from a clone, or drop --changed-since.`);
  }
  const root = toPosix(top.stdout.trim());
  const verify = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  if (verify.code !== 0) {
    throw new GitError(
      `--changed-since: git does not know the ref "${ref}". Check the name (git branch -a lists branches); ` +
        'in GitHub Actions, check out with fetch-depth: 0 (or git fetch the base branch) so that it exists.',
    );
  }
  const extraPaths = files.filter((f) => !MARKDOWN_EXTENSIONS.test(f) && isInsideDir(f, root)).map((f) => `:(literal)${relativeTo(root, f)}`);
  const pathspec = ['*.md', '*.markdown', '*.MD', ...extraPaths];
  const diff = await git(
    ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', verify.stdout.trim(), '--', ...pathspec],
    root,
  );
  if (diff.code !== 0) throw new GitError(`--changed-since: git diff failed: ${diff.stderr.trim() || `exit code ${diff.code}`}`);
  const changed = parseUnifiedDiff(diff.stdout);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspec], root);
  const fresh = new Set(untracked.code === 0 ? untracked.stdout.split('\0').filter(Boolean) : []);

  const out = new Map<string, ChangedLines>();
  for (const file of files) {
    const real = toPosix(await realpath(file).catch(() => file));
    if (!isInsideDir(real, root)) {
      out.set(file, 'all'); // outside the repository: nothing to compare with
      continue;
    }
    const rel = relativeTo(root, real);
    out.set(file, fresh.has(rel) ? 'all' : (changed.get(rel) ?? []));
  }
  return out;
}
