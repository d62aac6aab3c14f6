import picomatch from 'picomatch';

/**
 * The configuration's `ignore` globs, with one meaning in the CLI and the editor: relative to the
 * folder of the config file, dotfiles included, and a glob without a slash (`CHANGELOG.md`,
 * `*.draft.md`, `drafts`) matches that name at any depth, as in .gitignore.
 */
export function ignoreMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const patterns = globs.map((glob) => glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, ''));
  const anchored = patterns.filter((glob) => glob.includes('/'));
  const anywhere = patterns.filter((glob) => !glob.includes('/'));
  const a = anchored.length > 0 ? picomatch(anchored, { dot: true }) : null;
  const b = anywhere.length > 0 ? picomatch(anywhere, { dot: true, basename: true }) : null;
  return (path) => (a?.(path) ?? false) || (b?.(path) ?? false);
}

/** Whether a file, or a folder it is in, matches: ignoring `drafts` ignores everything under it. */
export function ignoredWithFolders(matches: (relativePath: string) => boolean, relativePath: string): boolean {
  const parts = relativePath.split('/');
  for (let i = parts.length; i > 0; i--) if (matches(parts.slice(0, i).join('/'))) return true;
  return false;
}
