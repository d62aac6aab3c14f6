/**
 * Tiny POSIX-style path helpers over '/'-separated strings. Pure: no Node `path`, so the
 * core runs in a browser web worker too.
 *
 * - Backslashes are turned into '/' first (`normalisePath`).
 * - A Windows drive root (`c:/`, `C:/`) counts as a filesystem root and survives every helper;
 *   its letter keeps the case it was given (comparisons ignore the drive letter's case).
 * - A UNC prefix (`//server/share`) is kept as the leading '//'.
 */

const DRIVE = /^[A-Za-z]:(?=\/|$)/;

/** The root prefix of a normalised path: '/', 'c:/', '//' or '' for a relative path. */
function rootOf(p: string): string {
  const drive = DRIVE.exec(p);
  if (drive) return drive[0] + '/';
  if (p.startsWith('//') && !p.startsWith('///')) return '//';
  if (p.startsWith('/')) return '/';
  return '';
}

/** Backslashes to '/', collapses repeated slashes, resolves '.' and '..', drops a trailing '/'. */
export function normalisePath(input: string): string {
  const p = input.replace(/\\/g, '/');
  const root = rootOf(p);
  const rest = p.slice(Math.min(root.length, p.length)); // 'c:' has no slash after the drive
  const out: string[] = [];
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!root) out.push('..'); // a relative path may climb; a root may not
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (root) return root + body;
  return body === '' ? '.' : body;
}

export function isAbsolutePath(p: string): boolean {
  return rootOf(p.replace(/\\/g, '/')) !== '';
}

/** The containing folder; the root's dirname is the root itself; a bare name's is '.'. */
export function dirname(input: string): string {
  const p = normalisePath(input);
  const root = rootOf(p);
  if (p === root || p === '.') return p;
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i < root.length) return root;
  return p.slice(0, i);
}

/** The last segment ('' for a root). */
export function basename(input: string): string {
  const p = normalisePath(input);
  if (p === rootOf(p)) return '';
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

/** Joins segments with '/' and normalises. An absolute later segment does NOT reset (use `resolvePath`). */
export function joinPath(...parts: string[]): string {
  return normalisePath(parts.filter((s) => s !== '').join('/'));
}

/** `target` if it is absolute, else `target` relative to the folder `base`. */
export function resolvePath(base: string, target: string): string {
  if (isAbsolutePath(target)) return normalisePath(target);
  return joinPath(base, target);
}

function comparable(p: string): string {
  return DRIVE.test(p) ? p[0].toLowerCase() + p.slice(1) : p;
}

/** True when `child` is `parent` or lies below it. */
export function isInside(child: string, parent: string): boolean {
  const c = comparable(normalisePath(child));
  const p = comparable(normalisePath(parent));
  if (c === p) return true;
  const prefix = p.endsWith('/') ? p : p + '/';
  return c.startsWith(prefix);
}

/** Same path after normalisation (drive letter case ignored). */
export function samePath(a: string, b: string): boolean {
  return comparable(normalisePath(a)) === comparable(normalisePath(b));
}
