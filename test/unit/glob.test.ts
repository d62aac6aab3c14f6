/**
 * The `ignore` setting's own glob matcher (src/core/config/glob.ts), which replaced picomatch in
 * the extension bundle: examples of each piece of syntax, then properties that compare it with
 * picomatch (`{ dot: true }`, and `basename: true` for globs without a slash) on generated globs
 * and paths. VISIONLINT_FUZZ_SEED / VISIONLINT_FUZZ_RUNS replay another seed or run longer.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { globToRegExp } from '../../src/core/config/glob';
import { ignoreMatcher, ignoredWithFolders } from '../../src/core/config/ignore';

const SEED = Number(process.env.VISIONLINT_FUZZ_SEED ?? 20261125);
const RUNS = Math.max(1, Number(process.env.VISIONLINT_FUZZ_RUNS ?? 1500));

/** Asserts which of `paths` the glob matches, and that it rejects the rest. */
function expectMatches(glob: string, matching: string[], notMatching: string[]): void {
  const re = globToRegExp(glob);
  for (const path of matching) assert.ok(re.test(path), `${glob} should match ${path} (${re.source})`);
  for (const path of notMatching) assert.ok(!re.test(path), `${glob} should not match ${path} (${re.source})`);
}

describe('glob: the syntax of ignore globs', () => {
  it('`*` matches any characters within one path segment, dotfiles included', () => {
    expectMatches('*.md', ['goals.md', '.md', '.draft.md'], ['docs/goals.md', 'goals.mdx']);
    expectMatches('docs/*', ['docs/a.md', 'docs/.hidden'], ['docs/a/b.md', 'docs']);
    expectMatches('a*b', ['ab', 'axxb'], ['a/b']);
  });

  it('`?` matches exactly one character, never a slash', () => {
    expectMatches('v?.md', ['v1.md', 'v..md'], ['v.md', 'v10.md', 'v/.md']);
  });

  it('`**` as a whole segment matches zero or more folders: `a/**/b`, `**/x`, `x/**`', () => {
    expectMatches('a/**/b', ['a/b', 'a/x/b', 'a/x/y/b'], ['a/xb', 'ab', 'x/a/b']);
    expectMatches('**/old.md', ['old.md', 'docs/old.md', 'docs/2019/old.md'], ['docs/bold.md']);
    expectMatches('archive/**', ['archive', 'archive/a.md', 'archive/2019/a.md'], ['archived', 'docs/archive/a.md']);
    expectMatches('**', ['a', 'a/b/c', '.git/config'], []);
    expectMatches('a/**/**/b', ['a/b', 'a/x/y/b'], []);
  });

  it('`**` inside a segment is an ordinary star', () => {
    expectMatches('a**', ['a', 'abc'], ['a/b']);
    expectMatches('docs/**.md', ['docs/a.md'], ['docs/x/a.md']);
  });

  it('character classes: sets, ranges, and negation with `!` or `^`, which never matches a slash', () => {
    expectMatches('v[12].md', ['v1.md', 'v2.md'], ['v3.md', 'v12.md']);
    expectMatches('[a-c]x', ['ax', 'cx'], ['dx', 'Ax']);
    expectMatches('[!a]x', ['bx', '.x'], ['ax', '/x']);
    expectMatches('[^a]x', ['bx'], ['ax', '/x']);
    expectMatches('[]a]', [']', 'a'], ['b']);
    expectMatches('[a-]', ['a', '-'], ['b']);
    expectMatches('[\\]]', [']'], ['\\']);
  });

  it('braces list alternatives, which may nest, hold globs and span slashes', () => {
    expectMatches('{drafts,notes}/*.md', ['drafts/a.md', 'notes/b.md'], ['docs/a.md']);
    expectMatches('a.{md,{mark,txt}down}', ['a.md', 'a.markdown', 'a.txtdown'], ['a.mark']);
    expectMatches('{old/*,*.bak}', ['old/a', 'x.bak'], ['old/a/b']);
    expectMatches('x{,-copy}.md', ['x.md', 'x-copy.md'], ['x-.md']);
  });

  it('numeric ranges `{1..12}` (zero-padded when written so) and one-character ranges `{a..e}`', () => {
    expectMatches('q{1..4}.md', ['q1.md', 'q4.md'], ['q0.md', 'q5.md', 'q01.md']);
    expectMatches('{1..12}', ['1', '9', '10', '12'], ['0', '13', '01']);
    expectMatches('2019-{01..12}', ['2019-01', '2019-12'], ['2019-1', '2019-13']);
    expectMatches('{e..a}', ['a', 'c', 'e'], ['f']);
  });

  it('a backslash takes the next character literally', () => {
    expectMatches('a\\*b', ['a*b'], ['axb']);
    expectMatches('\\{a,b\\}', ['{a,b}'], ['a']);
    expectMatches('what\\?', ['what?'], ['whats']);
    expectMatches('\\[x]', ['[x]'], ['x']);
  });

  it('everything else is literal: regex specials, a lone `[` or `{`, `!`, parentheses', () => {
    expectMatches('a.b', ['a.b'], ['axb']);
    expectMatches('notes (old)+$^|x.md', ['notes (old)+$^|x.md'], ['notes old.md']);
    expectMatches('a[b', ['a[b'], ['ab']);
    expectMatches('{a,b', ['{a,b'], ['a']);
    expectMatches('{a}', ['{a}'], ['a']);
    expectMatches('!keep.md', ['!keep.md'], ['other.md']);
  });

  it('a glob whose class cannot compile (`[z-a]`) matches nothing, as in picomatch', () => {
    expectMatches('[z-a]', [], ['a', 'z', '[z-a]']);
  });
});

describe('glob: the ignore setting built on it', () => {
  it('a glob without a slash matches the last segment at any depth; one with a slash is anchored', () => {
    const matches = ignoreMatcher(['*.draft.md', 'drafts', 'docs/old.md']);
    assert.ok(matches('a/b/plan.draft.md'));
    assert.ok(matches('team/drafts'));
    assert.ok(!matches('team/drafts/goals.md'), 'the folder itself matches; ignoredWithFolders covers its contents');
    assert.ok(ignoredWithFolders(matches, 'team/drafts/goals.md'));
    assert.ok(matches('docs/old.md'));
    assert.ok(!matches('team/docs/old.md'));
  });

  it('tolerates `./`, trailing slashes, Windows separators and empty globs', () => {
    const matches = ignoreMatcher(['./archive/2019/', 'notes\\old', '', '/']);
    assert.ok(matches('archive/2019'));
    assert.ok(matches('notes/old'));
    assert.ok(!matches('other.md'));
    assert.ok(!matches(''));
  });

  it('a path spelled exactly like a glob matches it, so names with brackets need no escaping', () => {
    const matches = ignoreMatcher(['notes[1].md', 'docs/plan{v2}.md']);
    assert.ok(matches('notes[1].md'));
    assert.ok(matches('deep/notes[1].md'));
    assert.ok(matches('notes1.md'), 'still a glob');
    assert.ok(matches('docs/plan{v2}.md'));
  });
});

// ---------------------------------------------------------------------------------------------
// Generated globs, each with an arbitrary of paths built to (nearly) match it, compared with
// picomatch. The generator avoids syntax where we knowingly differ (listed in glob.ts):
// `[!...]`, extglobs, `!`-negation, quotes, `|`, unbalanced braces, multi-digit ranges, `..`
// inside braces, brackets in paths, and paths with empty, `.` or `..` segments; picomatchQuirk
// filters the rest.

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'star' }
  | { kind: 'qmark' }
  | { kind: 'class'; glob: string; members: string[] }
  | { kind: 'escape'; char: string }
  | { kind: 'slash' }
  | { kind: 'brace'; alternatives: Token[][] }
  | { kind: 'range'; glob: string; values: string[] };
type Segment = Token[] | 'globstar';

const PATH_CHARS = ['a', 'b', 'c', 'x', '1', '2', '.', '-', 'm', 'd', '*', '?', '{', '}', ','];
const CLASSES: [string, string[]][] = [
  ['[ab]', ['a', 'b']],
  ['[a-c]', ['a', 'b', 'c']],
  ['[^a]', PATH_CHARS.filter((c) => c !== 'a')],
  ['[^.]', PATH_CHARS.filter((c) => c !== '.')],
  ['[1-2]', ['1', '2']],
  ['[.a]', ['.', 'a']],
  ['[a-]', ['a', '-']],
];
const RANGES: [string, string[]][] = [
  ['{1..2}', ['1', '2']],
  ['{1..3}', ['1', '2', '3']],
  ['{a..c}', ['a', 'b', 'c']],
  ['{c..a}', ['a', 'b', 'c']],
];

/** Globs as segments of tokens; `escapes` is off for ignoreMatcher, which reads `\` as a Windows separator. */
function globSegments(escapes: boolean): fc.Arbitrary<Segment[]> {
  const common = [
    fc.constant<Token>({ kind: 'star' }),
    fc.constant<Token>({ kind: 'qmark' }),
    fc.constantFrom(...CLASSES).map(([glob, members]): Token => ({ kind: 'class', glob, members })),
    fc.constantFrom(...RANGES).map(([glob, values]): Token => ({ kind: 'range', glob, values })),
    ...(escapes ? [fc.constantFrom('*', '?', '{', '}', ',', '[', 'a').map((char): Token => ({ kind: 'escape', char }))] : []),
  ];
  const { inBrace } = fc.letrec<{ inBrace: Token; brace: Token }>((tie) => ({
    // No `.` inside braces: picomatch reads `..` there as a range.
    inBrace: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('a', 'b', 'x', '1', 'ab', 'md').map((text): Token => ({ kind: 'text', text })),
      fc.constant<Token>({ kind: 'slash' }),
      ...common,
      tie('brace'),
    ),
    brace: fc
      .array(fc.array(tie('inBrace'), { maxLength: 2 }), { minLength: 2, maxLength: 3 })
      .map((alternatives): Token => ({ kind: 'brace', alternatives })),
  }));
  const topToken: fc.Arbitrary<Token> = fc.oneof(
    fc.constantFrom('a', 'b', 'x', '.', 'md', '.a', 'a.md', '-').map((text): Token => ({ kind: 'text', text })),
    ...common,
    fc.array(fc.array(inBrace, { maxLength: 2 }), { minLength: 2, maxLength: 3 }).map((alternatives): Token => ({ kind: 'brace', alternatives })),
  );
  const segment: fc.Arbitrary<Segment> = fc.oneof(
    { arbitrary: fc.array(topToken, { minLength: 1, maxLength: 3 }), weight: 4 },
    { arbitrary: fc.constant<Segment>('globstar'), weight: 1 },
  );
  return fc.array(segment, { minLength: 1, maxLength: 4 }).filter((segments) => !picomatchQuirk(renderGlob(segments)));
}

/**
 * Globs where picomatch does something we knowingly do not: `**` touching a brace (`**{a,b}`,
 * `{a,**}`) spans folders there, a globstar segment followed by a brace that can be empty
 * (`a/` + `**` + `/{,b}`) also matches `a`, after a range (`{1..3}`) later literal dots
 * match any character, and its shortcut for the whole globs `*.*` and `**` + `/*.*` wants a
 * character after the dot (`a/*.*` does not); `***` is a star that may match an empty segment.
 */
function picomatchQuirk(glob: string): boolean {
  return /^(?:\*\*\/)?\*\.\*$|\*\*\*/.test(glob) || /\*\*[{},]|[{,]\*\*|.\/\*\*\/\{/.test(glob) || (/\.\.\w\}/.test(glob) && glob.replace(/\{\w\.\.\w\}/g, '').includes('.'));
}

function tokenGlob(t: Token): string {
  switch (t.kind) {
    case 'text': return t.text;
    case 'star': return '*';
    case 'qmark': return '?';
    case 'class': return t.glob;
    case 'escape': return `\\${t.char}`;
    case 'slash': return '/';
    case 'brace': return `{${t.alternatives.map((alt) => alt.map(tokenGlob).join('')).join(',')}}`;
    case 'range': return t.glob;
  }
}

function renderGlob(segments: Segment[]): string {
  return segments.map((s) => (s === 'globstar' ? '**' : s.map(tokenGlob).join(''))).join('/');
}

const pathChar = fc.constantFrom(...PATH_CHARS);
const name = fc.array(pathChar, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const folders = fc.array(name, { maxLength: 2 });

/** Strings the token should match (an alternative, a class member, star text, ...). */
function tokenSample(t: Token): fc.Arbitrary<string> {
  switch (t.kind) {
    case 'text': return fc.constant(t.text);
    case 'star': return fc.array(pathChar, { maxLength: 2 }).map((cs) => cs.join(''));
    case 'qmark': return pathChar;
    case 'class': return fc.constantFrom(...t.members);
    case 'escape': return fc.constant(t.char);
    case 'slash': return fc.constant('/');
    case 'brace': return fc.oneof(...t.alternatives.map(sequenceSample));
    case 'range': return fc.constantFrom(...t.values);
  }
}

function sequenceSample(tokens: Token[]): fc.Arbitrary<string> {
  return tokens.length === 0 ? fc.constant('') : fc.tuple(...tokens.map(tokenSample)).map((parts) => parts.join(''));
}

/** A path built to match the glob, sometimes mutated by one character, or an unrelated path. */
function pathFor(segments: Segment[]): fc.Arbitrary<string> {
  const sample = fc
    .tuple(...segments.map((s) => (s === 'globstar' ? folders.map((f) => f.join('/')) : sequenceSample(s))))
    .map((parts) => parts.filter((p, i) => p !== '' || segments[i] !== 'globstar').join('/'));
  const mutated = fc.tuple(sample, fc.nat(), fc.constantFrom(...PATH_CHARS, '/', ''), fc.boolean()).map(([path, at, c, replace]) => {
    const i = path.length === 0 ? 0 : at % path.length;
    return path.slice(0, i) + c + path.slice(i + (replace ? 1 : 0));
  });
  const unrelated = fc.array(name, { minLength: 1, maxLength: 4 }).map((ns) => ns.join('/'));
  return fc.oneof({ arbitrary: sample, weight: 4 }, { arbitrary: mutated, weight: 3 }, { arbitrary: unrelated, weight: 1 });
}

/** The relative paths we ever match: no empty, `.` or `..` segment, no leading or trailing slash. */
const normalised = (path: string): boolean => path !== '' && path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');

/** The matcher as it was with picomatch, kept here as the reference. */
function picomatchIgnoreMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const patterns = globs.map((glob) => glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, ''));
  const anchored = patterns.filter((glob) => glob.includes('/'));
  const anywhere = patterns.filter((glob) => !glob.includes('/'));
  const a = anchored.length > 0 ? picomatch(anchored, { dot: true }) : null;
  const b = anywhere.length > 0 ? picomatch(anywhere, { dot: true, basename: true }) : null;
  return (path) => (a?.(path) ?? false) || (b?.(path) ?? false);
}

describe('glob: agrees with picomatch on generated globs and paths', function () {
  this.timeout(120_000);

  it('globToRegExp(glob) matches exactly the paths picomatch(glob, { dot: true }) matches', () => {
    let matched = 0;
    const cases = globSegments(true).chain((segments) =>
      fc.tuple(fc.constant(renderGlob(segments)), fc.array(pathFor(segments), { minLength: 1, maxLength: 8 })),
    );
    fc.assert(
      fc.property(cases, ([glob, paths]) => {
        const ours = globToRegExp(glob);
        const theirs = picomatch(glob, { dot: true });
        for (const path of paths.filter(normalised)) {
          const expected = theirs(path);
          if (expected) matched++;
          assert.equal(ours.test(path), expected, `${JSON.stringify(glob)} on ${JSON.stringify(path)}: ours ${ours.source}, picomatch ${picomatch.makeRe(glob, { dot: true }).source}`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.ok(matched > RUNS, `the generated paths should often match (matched ${matched} in ${RUNS} runs)`);
  });

  it('ignoreMatcher decides as the picomatch version did (slash-less globs by name), also for the folders a path is in', () => {
    const globWithPaths = globSegments(false).chain((segments) => {
      const glob = renderGlob(segments);
      // picomatch throws on a glob that is empty once normalised (`./` from `.`); ours skips it, tested above.
      const spelled = fc.constantFrom(glob, `./${glob}`, `${glob}/`).filter((g) => g.replace(/^\.\//, '').replace(/\/+$/, '') !== '');
      // A slash-less glob names a file or folder at any depth; anything can also be inside a matched folder.
      const path = fc.tuple(folders, pathFor(segments), folders).map(([above, p, below]) =>
        [...(glob.includes('/') ? [] : above), p, ...below].join('/'),
      );
      return fc.tuple(spelled, fc.array(path, { minLength: 1, maxLength: 6 }));
    });
    fc.assert(
      fc.property(fc.array(globWithPaths, { minLength: 1, maxLength: 3 }), (entries) => {
        const globs = entries.map(([glob]) => glob);
        const ours = ignoreMatcher(globs);
        const theirs = picomatchIgnoreMatcher(globs);
        for (const path of entries.flatMap(([, paths]) => paths).filter(normalised)) {
          const where = `${JSON.stringify(globs)} on ${JSON.stringify(path)}`;
          assert.equal(ours(path), theirs(path), where);
          assert.equal(ignoredWithFolders(ours, path), ignoredWithFolders(theirs, path), `${where}, with folders`);
        }
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
