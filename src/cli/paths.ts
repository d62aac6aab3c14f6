/** Path helpers for the CLI: everything is handled as `/`-separated absolute paths, as the core expects. */
import { posix } from 'node:path';

/** Backslashes to `/`, no trailing slash (except a root). */
export function toPosix(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.length > 1 && p.endsWith('/') && !/^[A-Za-z]:\/$/.test(p) ? p.slice(0, -1) : p;
}

/** `target` against the folder `base` (both `/`-separated); an absolute target stays itself. */
export function resolveFrom(base: string, target: string): string {
  const t = toPosix(target);
  if (posix.isAbsolute(t) || /^[A-Za-z]:\//.test(t)) return posix.normalize(t);
  return posix.normalize(posix.join(base, t));
}

/** How a path is shown: relative to the working folder, `/`-separated. */
export function displayPath(cwd: string, absPath: string): string {
  const rel = posix.relative(cwd, absPath);
  return rel === '' ? '.' : rel;
}

/** True when `child` is `parent` or inside it. */
export function isInsideDir(child: string, parent: string): boolean {
  if (child === parent) return true;
  const prefix = parent.endsWith('/') ? parent : `${parent}/`;
  return child.startsWith(prefix);
}

export const dirnameOf = (path: string): string => posix.dirname(path);
export const basenameOf = (path: string): string => posix.basename(path);
export const relativeTo = (from: string, to: string): string => posix.relative(from, to);

export const MARKDOWN_EXTENSIONS = /\.(md|markdown)$/i;
