/**
 * The VS Code extension's package: `npm run package` packs visionlint.vsix from a staging folder
 * (package.json's `files` is the npm package's list), and the .vsix holds the extension's bundles,
 * the rule pages' examples, icon, grammar, snippets, schema and documents, with the manifest VS Code reads.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, scratchFolder } from './support';


describe('the .vsix', function () {
  let folder: string;
  before(() => {
    folder = scratchFolder('vsix');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('packs the extension with what it runs and shows, and nothing else', () => {
    const vsix = join(folder, 'visionlint.vsix');
    const packing = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-vsix.mjs'), vsix], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(packing.status, 0, `${packing.stdout}\n${packing.stderr}`);
    const listing = spawnSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))', vsix], { encoding: 'utf8' });
    assert.equal(listing.status, 0, listing.stderr);
    assert.deepEqual(listing.stdout.trim().split('\n'), [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/dist/extension.js',
      'extension/dist/web/extension.js',
      'extension/docs/rule-examples.json',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/visionlintrc.schema.json',
      'extension/snippets/markdown.code-snippets',
      'extension/syntaxes/visionlint.injection.tmLanguage.json',
    ]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'out', 'vsix', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.scripts, undefined);
    assert.ok(statSync(vsix).size < 700_000, 'the .vsix stays small');
  });
});
