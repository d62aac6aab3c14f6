/**
 * A small glob matcher for the `ignore` setting, so the extension does not bundle picomatch.
 * It follows picomatch's `{ dot: true }` on the paths we give it (relative, `/`-separated, no
 * empty, `.` or `..` segments): `*` and `?` stay inside one segment and match dotfiles, `**` as a
 * whole segment spans any number of them, `[a-z]`, `[!a]` / `[^a]`, nested `{a,b}`, ranges
 * `{1..12}` / `{a..e}`, and `\` escapes; every other character is literal.
 * Where picomatch is surprising we are not: `[!a]` negates (picomatch: `!` or `a`), `{1..12}`
 * counts (picomatch: `[1-12]`), and extglobs, a leading `!`, quotes, `(a|b)` and `\d` are literal.
 */

/** The whole-path regular expression for `glob`; one that cannot compile (`[z-a]`) matches nothing, as in picomatch. */
export function globToRegExp(glob: string): RegExp {
  glob = glob.replace(/^(?:\.\/)+/, ''); // `./docs` is `docs`
  try {
    return new RegExp(`^(?:${compile(glob, 0, glob.length)})$`);
  } catch {
    return /$^/;
  }
}

/** The regular expression source for `glob.slice(from, to)`; `**` checks its neighbours in the whole glob, so `{a,**}` is just a star. */
function compile(glob: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < to) {
      out += escape(glob[++i]!);
    } else if (c === '*') {
      let end = i;
      while (glob[end + 1] === '*' && end + 1 < to) end++;
      const globstar = end === i + 1 && (i === 0 || glob[i - 1] === '/') && (end + 1 === glob.length || glob[end + 1] === '/');
      if (!globstar) {
        out += '[^/]*';
      } else {
        while (glob.startsWith('/**', end + 1) && (end + 4 === glob.length || glob[end + 4] === '/')) end += 3; // `**/**` is `**`
        if (end + 1 < glob.length) { out += '(?:.*/)?'; end++; } // `**/`: any folders, or none
        else if (i === 0) out += '.*';
        // A trailing `/**` also matches the folder itself, except after a star: `docs/*/**` is what is inside
        // docs' subfolders, not the files beside them (as in picomatch).
        else if (glob[i - 2] === '*' && glob[i - 3] !== '\\') out += '.*';
        else out = `${out.slice(0, -1)}(?:/.*)?`;
      }
      i = end;
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = classEnd(glob, i, to);
      if (close < 0) { out += '\\['; continue; }
      const negated = glob[i + 1] === '!' || glob[i + 1] === '^';
      out += `[${negated ? '^/' : ''}${classBody(glob.slice(i + (negated ? 2 : 1), close))}]`;
      i = close;
    } else if (c === '{') {
      const brace = braceParts(glob, i, to);
      if (!brace) { out += '\\{'; continue; }
      const { parts, close } = brace;
      out += parts.length > 1
        ? `(?:${parts.map(([a, b]) => compile(glob, a, b)).join('|')})`
        : (range(glob.slice(i + 1, close)) ?? `\\{${compile(glob, i + 1, close)}\\}`);
      i = close;
    } else {
      out += escape(c);
    }
  }
  return out;
}

/** The index of the `]` closing the class opened at `open`, or -1; a `]` right after `[` or `[!` is a member, as in POSIX. */
function classEnd(glob: string, open: number, to: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < to; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']') return i;
  }
  return -1;
}

/** A class's members with `-` kept as the range operator and everything else taken literally. */
function classBody(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && i + 1 < body.length) out += classChar(body[++i]!);
    else out += body[i] === '-' ? '-' : classChar(body[i]!);
  }
  return out;
}

function classChar(c: string): string {
  return c.replace(/[\\\]\[^-]/, '\\$&');
}

/** The comma-separated parts (as index pairs) of the brace group opened at `open`, and where it closes; null when unclosed. */
function braceParts(glob: string, open: number, to: number): { parts: [number, number][]; close: number } | null {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < to; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) { parts.push([start, i]); start = i + 1; }
    else if (c === '}') { parts.push([start, i]); return { parts, close: i }; }
  }
  return null;
}

/** `{1..12}` (zero-padded as written, like bash) or a one-character range `{a..e}`; undefined for anything else. */
function range(body: string): string | undefined {
  const numbers = /^(\d+)\.\.(\d+)$/.exec(body);
  if (numbers) {
    const [a, b] = [Number(numbers[1]), Number(numbers[2])];
    if (Math.abs(a - b) > 1000) return undefined; // too many to list: taken literally
    const width = /^0\d/.test(numbers[1]!) || /^0\d/.test(numbers[2]!) ? Math.max(numbers[1]!.length, numbers[2]!.length) : 0;
    const values = [];
    for (let n = Math.min(a, b); n <= Math.max(a, b); n++) values.push(String(n).padStart(width, '0'));
    return `(?:${values.join('|')})`;
  }
  const chars = /^([^\\])\.\.([^\\])$/.exec(body);
  if (!chars) return undefined;
  const [lo, hi] = [chars[1]!, chars[2]!].sort();
  return `[${classChar(lo!)}-${classChar(hi!)}]`;
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/, '\\$&');
}
