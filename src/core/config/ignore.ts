import { globToRegExp } from './glob';

/**
 * The configuration's `ignore` globs, with one meaning in the CLI and the editor: relative to the
 * folder of the config file, dotfiles included, and a glob without a slash (`CHANGELOG.md`,
 * `*.draft.md`, `drafts`) matches that name at any depth, as in .gitignore.
 */
export function ignoreMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const patterns = globs.map((glob) => glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')).filter((glob) => glob !== '');
  const anchored = patterns.filter((glob) => glob.includes('/')).map(globToRegExp);
  const anywhere = patterns.filter((glob) => !glob.includes('/')).map(globToRegExp);
  // A path (or, for a glob without a slash, a name) spelled exactly like the glob matches it, so `notes[1].md` needs no escaping.
  const literal = new Set(patterns);
  return (path) => {
    if (path === '') return false;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return literal.has(path) || literal.has(name) || anchored.some((re) => re.test(path)) || anywhere.some((re) => re.test(name));
  };
}

/** Whether a file, or a folder it is in, matches: ignoring `drafts` ignores everything under it. */
export function ignoredWithFolders(matches: (relativePath: string) => boolean, relativePath: string): boolean {
  const parts = relativePath.split('/');
  for (let i = parts.length; i > 0; i--) if (matches(parts.slice(0, i).join('/'))) return true;
  return false;
}
