/**
 * `scripts/release-tree.mjs --tag`: a release is one commit on top of HEAD whose tree is the
 * release tree (the built package, action.yml, dist/action.js, .pre-commit-hooks.yaml), tagged,
 * made without touching the work tree, the index or the branch. Run in a clone of this
 * repository's HEAD, with this checkout's node_modules and dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { git, ROOT, scratchFolder } from './support';



describe('a release tag', function () {
  this.timeout(120_000);
  let folder: string;
  before(() => {
    folder = scratchFolder('release');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is a commit on top of HEAD holding exactly the release tree, and leaves the checkout as it was', () => {
    const clone = join(folder, 'clone');
    git(folder, 'clone', '-q', ROOT, clone);
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    cpSync(join(ROOT, 'dist'), join(clone, 'dist'), { recursive: true });
    const head = git(clone, 'rev-parse', 'HEAD');
    const out = join(folder, 'tree');
    const release = spawnSync(process.execPath, [join(clone, 'scripts', 'release-tree.mjs'), out, '--no-build', '--tag', 'v9.9.9-test'], { cwd: clone, encoding: 'utf8' });
    assert.equal(release.status, 0, release.stderr);
    assert.match(release.stdout, /tagged [0-9a-f]{40} as v9\.9\.9-test/);

    assert.equal(git(clone, 'rev-parse', 'v9.9.9-test^'), head, 'its parent is HEAD');
    assert.deepEqual(git(clone, 'ls-tree', '-r', '--name-only', 'v9.9.9-test').split('\n').sort(), [
      '.pre-commit-hooks.yaml',
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'action.yml',
      'dist/action.js',
      'dist/api.d.ts',
      'dist/cli.js',
      'dist/remark.d.mts',
      'dist/remark.mjs',
      'package.json',
      'schemas/visionlintrc.schema.json',
    ]);
    const manifest = JSON.parse(git(clone, 'show', 'v9.9.9-test:package.json')) as Record<string, unknown>;
    assert.equal(manifest.scripts, undefined, 'no scripts for npm to run when pre-commit installs it from git');
    assert.equal(manifest.devDependencies, undefined);
    assert.equal(git(clone, 'show', 'v9.9.9-test:dist/cli.js'), readFileSync(join(out, 'dist', 'cli.js'), 'utf8').trimEnd());
    assert.equal(git(clone, 'rev-parse', 'HEAD'), head, 'the branch did not move');
    assert.equal(git(clone, 'status', '--porcelain', '--untracked-files=no'), '', 'work tree and index untouched');
  });
});
