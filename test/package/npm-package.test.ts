/**
 * The npm package as a user gets it: `npm pack` (which builds, as `npm publish` would), then the
 * tarball installed into an empty project with no network (`npm ci --offline`: the tarball, and
 * its dependencies from npm's cache, pinned by a lockfile), then the installed `visionlint` on the
 * fixture documents in every format and with --fix, the API from CommonJS, ES modules and
 * TypeScript, and the remark plugin in unified.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerLockfile, ok, ROOT, scratchFolder } from './support';

const DOCUMENTS = join(ROOT, 'test', 'fixtures', 'documents');
const TODAY = '2026-11-25';
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  dependencies: Record<string, string>;
};

/** What the tarball holds: what runs, its types, the schema, and the documents npm always ships. */
const EXPECTED_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/api.d.ts', 'dist/cli.js', 'dist/remark.d.mts', 'dist/remark.mjs', 'package.json', 'schemas/visionlintrc.schema.json'];

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' } });
}

describe('the npm package', function () {
  let folder: string;
  let tarball: string;
  let project: string;
  let installedBin: string;

  before(function () {
    folder = scratchFolder('package');
    // `npm pack` runs prepack (the production build) first, so the tarball is what a publish would send.
    const packed = JSON.parse(ok(sh('npm', ['pack', '--json', '--silent', '--foreground-scripts=false', '--pack-destination', folder], ROOT), 'npm pack')) as {
      filename: string;
      size: number;
      unpackedSize: number;
      files: { path: string }[];
    }[];
    tarball = join(folder, packed[0].filename);
    const files = packed[0].files.map((f) => f.path).sort();
    assert.deepEqual(files, EXPECTED_FILES, 'the tarball holds only what runs');
    console.log(`      npm pack: ${files.length} files, ${(packed[0].size / 1024).toFixed(0)} KB packed, ${(packed[0].unpackedSize / 1024).toFixed(0)} KB unpacked`);

    project = join(folder, 'project');
    cpSync(DOCUMENTS, join(project, 'docs'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: { visionlint: `file:../${packed[0].filename}` } }, null, 2));
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify(consumerLockfile(ROOT, `../${packed[0].filename}`), null, 2));
    ok(sh('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], project), 'npm ci --offline of the tarball');
    installedBin = join(project, 'node_modules', '.bin', 'visionlint');
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('installs only the package and its declared dependencies', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'visionlint', 'package.json'), 'utf8')) as { version: string };
    assert.equal(installed.version, manifest.version);
    assert.deepEqual(readdirSync(join(project, 'node_modules', 'visionlint')).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json', 'schemas']);
    for (const name of Object.keys(manifest.dependencies)) assert.ok(readdirSync(join(project, 'node_modules')).includes(name.split('/')[0]), `${name} is installed`);
  });

  it('runs the installed visionlint: version, help and the stylish report', () => {
    assert.equal(ok(sh(installedBin, ['--version'], project), '--version').trim(), manifest.version);
    assert.match(ok(sh(installedBin, ['--help'], project), '--help'), /^Usage: visionlint/);
    const stylish = sh(installedBin, ['docs', '--today', TODAY], project);
    assert.equal(stylish.status, 0, stylish.stderr);
    assert.match(stylish.stdout, /docs\/payments-okrs\.md\n/);
    assert.match(stylish.stdout, /✖ \d+ problems \(0 errors, \d+ warnings, \d+ infos\)/);
  });

  it('prints every format exactly as the built CLI in this repository does', () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown']) {
      const args = ['docs', '--format', format, '--today', TODAY];
      const installed = sh(installedBin, args, project);
      const built = sh(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], project);
      assert.equal(installed.status, built.status, `${format}: exit codes`);
      assert.equal(installed.stdout, built.stdout, `${format}: output`);
      assert.ok(installed.stdout.length > 200, `${format}: prints the findings`);
    }
    const json = JSON.parse(sh(installedBin, ['docs', '--format', 'json', '--today', TODAY], project).stdout) as { files: { path: string; findings: unknown[] }[] };
    assert.ok(json.files.some((f) => f.path === 'docs/payments-okrs.md' && f.findings.length > 0));
    const sarif = JSON.parse(sh(installedBin, ['docs', '--format', 'sarif', '--today', TODAY], project).stdout) as { runs: { tool: { driver: { name: string; version: string } } }[] };
    assert.deepEqual(sarif.runs[0].tool.driver.name, 'visionlint');
    assert.deepEqual(sarif.runs[0].tool.driver.version, manifest.version);
  });

  it('fixes documents in place, and the fixed documents have nothing left to fix', () => {
    const before = sh(installedBin, ['docs', '--format', 'json', '--today', TODAY], project).stdout;
    const fixable = (JSON.parse(before) as { files: { findings: { fixable: boolean }[] }[] }).files.flatMap((f) => f.findings).filter((f) => f.fixable).length;
    assert.ok(fixable > 0, 'the fixtures have something --fix can do');
    const fixing = sh(installedBin, ['docs', '--fix', '--today', TODAY], project);
    assert.equal(fixing.status, 0, fixing.stderr);
    const after = JSON.parse(sh(installedBin, ['docs', '--format', 'json', '--today', TODAY], project).stdout) as { files: { findings: { fixable: boolean }[] }[] };
    assert.equal(after.files.flatMap((f) => f.findings).filter((f) => f.fixable).length, 0);
    const changed = readdirSync(join(project, 'docs')).filter((name) => readFileSync(join(project, 'docs', name), 'utf8') !== readFileSync(join(DOCUMENTS, name), 'utf8'));
    assert.ok(changed.length > 0, 'some document was rewritten');
  });

  it('exposes the API to CommonJS, ES modules and TypeScript', () => {
    const cjs = ok(
      sh(process.execPath, ['-e', "const v = require('visionlint'); v.lintDocument('# Goals\\n\\n- Improve customer satisfaction\\n', process.cwd() + '/goals.md').then((r) => console.log(r.kind, r.findings.map((f) => f.ruleId).sort().join(',')))"], project),
      'require("visionlint")',
    );
    assert.match(cjs, /^goals .*goal-measurable.*goal-time-bound/);
    const esm = ok(sh(process.execPath, ['--input-type=module', '-e', "import { BUILTIN_RULE_IDS, run } from 'visionlint'; const r = await run(['--version'], { cwd: process.cwd() }); console.log(BUILTIN_RULE_IDS.has('goal-specific'), r.stdout.trim())"], project), 'import from "visionlint"');
    assert.equal(esm.trim(), `true ${manifest.version}`);
    writeFileSync(
      join(project, 'check.mts'),
      [
        "import { lintDocument, type Finding } from 'visionlint';",
        "import visionlint, { type Options } from 'visionlint/remark';",
        'const options: Options = { today: "2026-01-01" };',
        'export async function firstRule(text: string): Promise<string | undefined> {',
        "  const findings: Finding[] = (await lintDocument(text, '/tmp/goals.md')).findings;",
        '  return findings[0]?.ruleId;',
        '}',
        'export const plugin = [visionlint, options] as const;',
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    writeFileSync(join(project, 'check.cts'), "import { Linter, DEFAULT_CONFIG } from 'visionlint';\nexport const kind: string = new Linter(DEFAULT_CONFIG).lint('# Our values\\n').kind;\n");
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', types: [] }, files: ['check.mts', 'check.cts'] }));
    ok(sh(process.execPath, [tsc, '-p', '.'], project), 'tsc on a consumer of the types');
  });

  it('runs the remark plugin in unified with the dependencies it was installed with', () => {
    const script = [
      "import { readFileSync } from 'node:fs';",
      "import { unified } from 'unified';",
      "import remarkParse from 'remark-parse';",
      "import visionlint from 'visionlint/remark';",
      "import { VFile } from 'vfile';",
      "const path = 'docs/payments-okrs.md';",
      `const file = new VFile({ path, cwd: process.cwd(), value: readFileSync(path, 'utf8') });`,
      `const processor = unified().use(remarkParse).use(visionlint, { today: '${TODAY}' });`,
      'await processor.run(processor.parse(file), file);',
      "console.log(JSON.stringify(file.messages.map((m) => [m.line, m.column, m.ruleId, m.source])));",
    ].join('\n');
    const messages = JSON.parse(ok(sh(process.execPath, ['--input-type=module', '-e', script], project), 'the remark plugin')) as [number, number, string, string][];
    const cli = JSON.parse(sh(installedBin, ['docs/payments-okrs.md', '--format', 'json', '--today', TODAY], project).stdout) as { files: { findings: { line: number; column: number; ruleId: string }[] }[] };
    assert.ok(messages.length > 0);
    assert.deepEqual(
      messages.map(([line, column, ruleId]) => `${line}:${column} ${ruleId}`).sort(),
      cli.files[0].findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`).sort(),
    );
    assert.ok(messages.every(([, , , source]) => source === 'visionlint'));
  });
});
