/**
 * The GitHub Action (action.yml) as a runner runs it from a release tag: the release tree
 * (scripts/release-tree.mjs) is the action's folder, and the lint step of its action.yml, with
 * `${{ inputs.* }}` filled in as the runner would (the inputs given, else their defaults), runs by
 * bash in a fixture repository with a base and a head commit, with what a runner provides: the
 * event payload file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, RUNNER_TEMP.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, ROOT, scratchFolder } from './support';
import { parse } from 'yaml';


interface ActionYaml {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: { id?: string; run?: string; shell?: string; env?: Record<string, string>; uses?: string; if?: string; with?: Record<string, string> }[] };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;
/** The action's folder on the runner: a release tree, made in `before`. */
let actionPath = '';

const CONFIG = 'rules:\n  goal-time-bound: error\n';
const BASE_GOALS = `# Support team goals

Owner: Priya Shah, Head of Support

## Goals

- Reduce the median first-response time for customer tickets from 9 hours to 4 hours, owned by Priya Shah.
- Raise the customer satisfaction score on closed tickets from 78% to 85% by 31 March 2027, owned by Priya Shah.
`;
/** The head commit keeps the base's goal without a deadline (line 7) and adds another (line 9). */
const HEAD_GOALS = `${BASE_GOALS}- Cut repeat contacts about billing from 12% of tickets to 8%, owned by the Billing Operations lead.
`;


function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A');
  git(cwd, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

interface StepRun {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  annotations: string[];
}

/** Runs action.yml's lint step as a runner would: inputs from `with`, else action.yml's defaults. */
function runLintStep(workspace: string, event: { name: string; payload: object }, withInputs: Record<string, string> = {}): StepRun {
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const runner = mkdtempSync(join(tmpdir(), 'visionlint-runner-'));
  const inputValue = (name: string) => withInputs[name] ?? action.inputs[name]?.default ?? '';
  const expression = (value: string) => value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputValue(name));
  const files = { event: join(runner, 'event.json'), output: join(runner, 'output'), summary: join(runner, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(event.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expression(value)])),
  };
  assert.equal(step.shell, 'bash');
  const result = spawnSync('bash', ['-e', '-c', expression(step.run!)], { cwd: workspace, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const run = {
    status: result.status,
    stdout: result.stdout + result.stderr,
    summary: readFileSync(files.summary, 'utf8'),
    outputs,
    annotations: result.stdout.split('\n').filter((line) => /^::(error|warning|notice) file=/.test(line)),
  };
  if (withInputs.sarif !== 'true') rmSync(runner, { recursive: true, force: true });
  return run;
}

describe('the GitHub Action', function () {
  this.timeout(120_000);
  let folder: string;
  let repo: string;
  let base: string;
  let head: string;
  const pullRequest = () => ({ name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } });

  before(() => {
    folder = scratchFolder('action');
    actionPath = join(folder, 'release');
    const release = spawnSync(process.execPath, [join(ROOT, 'scripts', 'release-tree.mjs'), actionPath], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(release.status, 0, release.stderr);
    assert.equal(readFileSync(join(actionPath, 'action.yml'), 'utf8'), readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    repo = join(folder, 'repo');
    mkdirSync(join(repo, 'docs'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(join(repo, '.visionlintrc.yaml'), CONFIG);
    writeFileSync(join(repo, 'README.md'), '# Handbook\n\nHow we work. Goals live in docs/.\n');
    writeFileSync(join(repo, 'docs', 'goals.md'), BASE_GOALS);
    base = commitAll(repo, 'Support goals');
    writeFileSync(join(repo, 'docs', 'goals.md'), HEAD_GOALS);
    head = commitAll(repo, 'A goal on repeat contacts');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is a composite action whose lint step runs the bundle of the release, and uploads SARIF only when asked', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['changed-only', 'config', 'fail-on', 'paths', 'sarif', 'summary']);
    const [lint, upload] = action.runs.steps;
    assert.match(lint.run!, /^node "\$GITHUB_ACTION_PATH\/dist\/action\.js"$/m);
    assert.match(upload.uses!, /^github\/codeql-action\/upload-sarif@/);
    assert.match(upload.if!, /inputs\.sarif == 'true'/);
    assert.match(upload.if!, /!cancelled\(\)/);
  });

  it('says to use a release when the action runs from a branch, which has no built code', () => {
    const branch = actionPath;
    // A branch checkout: action.yml without the bundle, which only release tags carry.
    actionPath = join(folder, 'branch');
    mkdirSync(actionPath);
    writeFileSync(join(actionPath, 'action.yml'), readFileSync(join(ROOT, 'action.yml')));
    try {
      const run = runLintStep(repo, pullRequest());
      assert.equal(run.status, 2);
      assert.match(run.stdout, /::error title=visionlint::Use a release of the action, such as visionlint\/visionlint@v0\.1\.0/);
    } finally {
      actionPath = branch;
    }
  });

  it('in a pull request, annotates and fails on the new error only, and writes the scorecard of the changed document', () => {
    const run = runLintStep(repo, pullRequest());
    assert.equal(run.status, 1, run.stdout);
    const errors = run.annotations.filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0], /^::error file=docs\/goals\.md,line=9,col=3,.*title=goal-time-bound::Goal has no deadline/);
    assert.ok(!run.annotations.some((line) => /line=7,/.test(line)), 'the base commit\'s goal is not annotated');
    assert.match(run.stdout, /::error title=visionlint::1 finding at or above error on lines changed since [0-9a-f]{12} \(fail-on: error\)\./);
    assert.equal(run.outputs.errors, '1');
    assert.equal(run.outputs.documents, '1');
    assert.match(run.summary, /^## visionlint/m);
    assert.match(run.summary, /1 changed document/);
    assert.match(run.summary, /docs\/goals\.md/);
    assert.doesNotMatch(run.summary, /README\.md/);
  });

  it('passes when the pull request adds no new error, even though an old one remains', () => {
    const run = runLintStep(repo, { name: 'pull_request', payload: { pull_request: { base: { sha: head }, head: { sha: head } } } });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(run.annotations, []);
    assert.equal(run.outputs.errors, '0');
    assert.match(run.stdout, /visionlint: 0 documents linted|visionlint: 1 document linted; 0 errors/);
    assert.match(run.summary, /No vision, values, goals or strategy document changed\./);
  });

  it('counts every line with changed-only: false, and fails on warnings with fail-on: warning', () => {
    const everyLine = runLintStep(repo, pullRequest(), { 'changed-only': 'false' });
    assert.equal(everyLine.status, 1);
    assert.equal(everyLine.annotations.filter((line) => line.startsWith('::error')).length, 2);
    const never = runLintStep(repo, pullRequest(), { 'fail-on': 'never', summary: 'false' });
    assert.equal(never.status, 0, never.stdout);
    assert.equal(never.annotations.filter((line) => line.startsWith('::error')).length, 1, 'annotations still show');
    assert.equal(never.summary, '');
    writeFileSync(join(folder, 'warnings.yaml'), 'rules:\n  goal-time-bound: warning\n');
    const warnings = runLintStep(repo, pullRequest(), { config: join(folder, 'warnings.yaml') });
    assert.equal(warnings.status, 0, warnings.stdout);
    assert.ok(warnings.annotations.some((line) => line.startsWith('::warning file=docs/goals.md,line=9,')));
    const strict = runLintStep(repo, pullRequest(), { config: join(folder, 'warnings.yaml'), 'fail-on': 'warning' });
    assert.equal(strict.status, 1, strict.stdout);
  });

  it('lints only the paths given', () => {
    const run = runLintStep(repo, pullRequest(), { paths: 'README.md' });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.outputs.documents, '0');
  });

  it('writes SARIF with every finding, for code scanning, and names the file in its outputs', () => {
    const run = runLintStep(repo, pullRequest(), { sarif: 'true' });
    const sarifFile = run.outputs['sarif-file'];
    assert.ok(sarifFile?.endsWith('visionlint.sarif'), run.stdout);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const deadlines = sarif.runs[0].results.filter((r) => r.ruleId === 'goal-time-bound').map((r) => r.locations[0].physicalLocation.region.startLine);
    assert.deepEqual(deadlines.sort(), [7, 9]);
    rmSync(join(sarifFile, '..'), { recursive: true, force: true });
  });

  it('fetches the base commit into a shallow checkout, as actions/checkout leaves it', () => {
    const checkout = join(folder, 'checkout');
    git(folder, 'clone', '-q', '--depth=1', `file://${repo}`, checkout);
    assert.throws(() => git(checkout, 'cat-file', '-e', `${base}^{commit}`));
    const run = runLintStep(checkout, pullRequest());
    assert.equal(run.status, 1, run.stdout);
    assert.equal(run.annotations.filter((line) => line.startsWith('::error')).length, 1);
  });

  it('measures a push from the commit the branch moved from, and a new branch from nothing', () => {
    const push = runLintStep(repo, { name: 'push', payload: { before: base, after: head } });
    assert.equal(push.status, 1);
    assert.equal(push.annotations.filter((line) => line.startsWith('::error')).length, 1);
    const newBranch = runLintStep(repo, { name: 'push', payload: { before: '0'.repeat(40), after: head } });
    assert.match(newBranch.stdout, /no base commit for a push event; every line of every document counts/);
    assert.equal(newBranch.annotations.filter((line) => line.startsWith('::error')).length, 2);
  });

  it('reports bad inputs and a missing base commit as one clear error', () => {
    const badLevel = runLintStep(repo, pullRequest(), { 'fail-on': 'sometimes' });
    assert.equal(badLevel.status, 2);
    assert.match(badLevel.stdout, /::error title=visionlint::Input fail-on must be error, warning, info, hint or never, not "sometimes"\./);
    const missing = runLintStep(repo, { name: 'pull_request', payload: { pull_request: { base: { sha: 'f'.repeat(40) } } } });
    assert.equal(missing.status, 2);
    assert.match(missing.stdout, /::error title=visionlint::The base commit ffffffffffff is not in the checkout and could not be fetched from origin\. Check out with fetch-depth: 0/);
    const badConfig = runLintStep(repo, pullRequest(), { config: 'missing.yaml' });
    assert.equal(badConfig.status, 2);
    assert.match(badConfig.stdout, /::error title=visionlint::visionlint could not lint the documents: visionlint: The config file missing\.yaml does not exist/);
  });
});
