#!/usr/bin/env node
// Checks syntaxes/visionlint.injection.tmLanguage.json the way VS Code runs it: VS Code's own
// Markdown grammar (plus every grammar the built-in extensions contribute: HTML, YAML, the
// markdown-math injections, ...) is loaded into vscode-textmate with our grammar injected into
// text.html.markdown, a sample strategy document is tokenised, and
//   - every expectation in SAMPLE below holds (scope present, exact extent, or no scope at all);
//   - Markdown's own scopes are the same, character by character, as without our grammar;
//   - nothing is highlighted in front matter or code blocks; every regex compiles;
//   - pathological lines (backtracking bait) tokenise in well under a second each.
// It prints "N passed, M failed" and exits 1 on any failure.
//
//   node scripts/check-grammar.mjs            tokenise, assert, print failures; exit 1 on a mismatch
//   node scripts/check-grammar.mjs --print    also print every token that carries a visionlint scope
//   node scripts/check-grammar.mjs --themes   also report which scopes the built-in themes colour
//   node scripts/check-grammar.mjs --timing   also print how long each pathological line takes
//   node scripts/check-grammar.mjs --require  exit 2 (not 0) when the dependencies are missing
//
// Dependencies, none of them in package.json (the script skips, exit 0, when it cannot find them):
//   vscode-textmate + vscode-oniguruma: $VISIONLINT_GRAMMAR_DEPS (a folder holding node_modules/,
//     or a node_modules folder), else ./node_modules, else the code-server copy under
//     .vscode-test/ (scripts/install-vscode-offline.sh), else /tmp/grammar-check. To make one:
//     mkdir -p /tmp/grammar-check && cd /tmp/grammar-check && npm init -y &&
//     npm i vscode-textmate@9.2.0 vscode-oniguruma@1.7.0   (the versions VS Code 1.99 ships)
//   VS Code's built-in extensions folder (markdown-basics/syntaxes/markdown.tmLanguage.json):
//     $VISIONLINT_VSCODE_EXTENSIONS, else .vscode-test/code-server/.../lib/vscode/extensions,
//     else the npm package tm-grammars beside vscode-textmate (it ships VS Code's Markdown, HTML
//     and YAML grammars as JSON; --tm-grammars uses it even when the folder is there).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'visionlint.injection.tmLanguage.json');
const CODE_SERVER_VSCODE = path.join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode');
const args = new Set(process.argv.slice(2));

// ---- the sample and what it must look like ----------------------------------------------------

const DATE = 'constant.other.date.visionlint';
const DEADLINE = 'keyword.other.deadline.visionlint';
const TARGET = 'constant.numeric.target.visionlint';
const METRIC = 'support.constant.metric.visionlint';
const OWNER = 'entity.name.owner.visionlint';
const OWNER_LABEL = 'keyword.other.owner.visionlint';
const GOAL_LABEL = 'keyword.other.goal-label.visionlint';
const ATTRIBUTE = 'keyword.other.attribute-label.visionlint';
const COMPARISON = 'keyword.operator.comparison.visionlint';
const NONE = null; // no visionlint scope at all

// A document: plain strings are context lines; [line, expectations] pairs are asserted.
// An expectation maps a substring of its line (first occurrence; "text#2" for the second) to the
// scope that exactly that text must carry: the characters just before and after it must not carry
// the same scope. A "~" before the text only asks that every character carries the scope.
// NONE asks that no character of the text carries any visionlint scope.
const SAMPLE = [
  '---',
  'kind: strategy',
  'date: 2026-01-15',
  'owner: Priya Shah',
  '---',
  '',
  ['# Customer strategy 2025-2030', { '2025-2030': DATE, 'Customer strategy': NONE }],
  '',
  ['## 2027 Q1 goals', { '2027 Q1': DATE, 'goals': NONE }],
  '',
  ['## Goal: Delight first-time patients by Q3 2027', { 'Goal:': GOAL_LABEL, 'by': DEADLINE, 'Q3 2027': DATE }],
  '',
  ['- Raise NPS from 32 to 45 by 30 June 2027 (owner: Priya Shah), so that customers feel heard.',
    { 'NPS': METRIC, '32': TARGET, '45': TARGET, 'by': DEADLINE, '30 June 2027': DATE, 'owner:': OWNER_LABEL,
      'Priya Shah': OWNER, 'Raise': NONE, 'from': NONE, ' to ': NONE, '(': NONE, ')': NONE, 'so that customers feel heard.': NONE }],
  ['- Objective 2: Make support effortless in FY27', { 'Objective 2:': GOAL_LABEL, 'FY27': DATE, 'Make support effortless in': NONE }],
  ['  - KR 1.3: Lift CSAT to ≥ 4.5/5 by June 30, 2027', { 'KR 1.3:': GOAL_LABEL, 'CSAT': METRIC, '~≥ 4.5/5': TARGET, '≥': COMPARISON, 'June 30, 2027': DATE, 'by': DEADLINE }],
  ['  - Key result: Cut churn to 3% before 2027-06-30', { 'Key result:': GOAL_LABEL, 'churn': METRIC, '3%': TARGET, 'before': DEADLINE, '2027-06-30': DATE }],
  ['  - Owner: Tom Lee', { 'Owner:': OWNER_LABEL, 'Tom Lee': OWNER }],
  ['  - DRI: @cx-team', { 'DRI:': OWNER_LABEL, '@cx-team': OWNER }],
  ['  - Target: 45% first-contact resolution within 6 months', { 'Target:': ATTRIBUTE, '45%': TARGET, 'first-contact resolution': METRIC, 'within 6 months': DATE }],
  ['  - Baseline: eNPS 12 in H1 2026', { 'Baseline:': ATTRIBUTE, 'eNPS': METRIC, '12': TARGET, 'H1 2026': DATE }],
  ['  - Deadline: Q3 FY27', { 'Deadline': DEADLINE, 'Q3 FY27': DATE }],
  ['- Goal: Answer every call within 24 hours by end of 2027', { 'Goal:': GOAL_LABEL, '24 hours': TARGET, 'within': NONE, 'by': DEADLINE, 'end of 2027': DATE }],
  ['- Grow retention by 5 pts by next year (DRI: Ana de la Cruz)', { 'retention': METRIC, '5 pts': TARGET, 'by#2': DEADLINE, 'next year': DATE, 'DRI:': OWNER_LABEL, 'Ana de la Cruz': OWNER, 'by': NONE }],
  ['- Reduce customer effort score below 2.0 in FY2026/27, owned by the Support Operations team', { 'customer effort score': METRIC, '2.0': TARGET, 'FY2026/27': DATE, 'owned by': OWNER_LABEL, 'the Support Operations team': OWNER }],
  ['1. O1: Close the loop on every complaint within two weeks, reviewed by @maria', { 'O1:': GOAL_LABEL, 'within two weeks': DATE, '@maria': OWNER }],
  '',
  ['Goal: Make every guest feel expected by December 2027.', { 'Goal:': GOAL_LABEL, 'by': DEADLINE, 'December 2027': DATE, 'Make every guest feel expected': NONE }],
  ['Everyone can see the target: CES ≤ 2 by Q3 FY27, reviewed by @ops/cx-leads.',
    { 'CES': METRIC, '~≤ 2': TARGET, 'by': DEADLINE, 'Q3 FY27': DATE, '@ops/cx-leads': OWNER, 'Everyone can see the target:': NONE }],
  '',
  ['- **Goal:** Raise NPS to 50 by Q4 2027 _by mid-2027 at the latest_', { 'Goal:': GOAL_LABEL, 'NPS': METRIC, '50': TARGET, 'Q4 2027': DATE, 'mid-2027': DATE, 'by#2': DEADLINE }],
  ['- [ ] Priority 1: Renewal rate from 81% to 88% by June (owner: the retention squad)', { 'Priority 1:': GOAL_LABEL, 'Renewal rate': METRIC, '81%': TARGET, '88%': TARGET, 'June': DATE, 'owner:': OWNER_LABEL, 'the retention squad': OWNER }],
  ['- Why: so that members feel known; review in the next 12 months, EOY 2027 or 30th of June 2027', { 'Why:': ATTRIBUTE, 'in the next 12 months': DATE, 'EOY 2027': DATE, '30th of June 2027': DATE, 'so that members feel known; review': NONE }],
  ['- Lift average handle time to under 5 minutes and CSAT from 4.1/5 to 4.5 out of 5 by Q3\'27', { 'average handle time': METRIC, '5 minutes': TARGET, '4.1/5': TARGET, '4.5 out of 5': TARGET, "Q3'27": DATE, 'to under': NONE }],
  ['- Goals: more loyal guests in 2027 than in 2026, and 3 new values', { 'Goals:': NONE, '2027': DATE, '2026': DATE, '3 new values': NONE }],
  '',
  ['Plan for FY27 Q3 and the year-end 2027 review, then H2 FY28.', { 'FY27 Q3': DATE, 'year-end 2027': DATE, 'H2 FY28': DATE }],
  '===',
  '',
  ['> By the end of 2027 our members recommend us: NPS 60 (today 41).', { 'By': DEADLINE, 'the end of 2027': DATE, 'NPS': METRIC, '60': TARGET, '41': NONE }],
  '',
  '| Goal | Metric | Baseline | Target | Due | Owner |',
  '|---|---|---|---|---|---|',
  ['| Faster answers | first response time | 14 hours | under 4 hours | 2027-03-31 | Priya Shah |',
    { 'first response time': METRIC, '4 hours#2': TARGET, '14 hours': NONE, '2027-03-31': DATE, 'Faster answers': NONE }],
  '',
  // Where nothing may fire: URLs, e-mail, inline code, links, HTML, comments, code blocks.
  ['See https://example.com/reports/nps-2027-q3?from=32&to=45 and www.example.org/Q3-2027 for details.', { 'https://example.com/reports/nps-2027-q3?from=32&to=45': NONE, 'www.example.org/Q3-2027': NONE }],
  ['Mail cx-2027@example.com or see example.com/fy27/nps, <https://example.com/2027-06-30> and [the Q3 2027 report](https://example.com/q3-2027).',
    { 'cx-2027@example.com': NONE, 'example.com/fy27/nps': NONE, '<https://example.com/2027-06-30>': NONE, '[the Q3 2027 report](https://example.com/q3-2027)': NONE }],
  ['Use `by 30 June 2027 (owner: X)` or `NPS 45%` in code, not here: NPS 45%.', { '`by 30 June 2027 (owner: X)`': NONE, '`NPS 45%`': NONE, 'NPS#2': METRIC, '45%#2': TARGET }],
  ['Raise NPS to 45 <!-- visionlint-disable-line goal-achievable -- owner: Tom, baseline in Q3 2027 -->', { 'NPS': METRIC, '45': TARGET, '<!-- visionlint-disable-line goal-achievable -- owner: Tom, baseline in Q3 2027 -->': NONE }],
  ['A <span title="Q3 2027">target</span> set by Priya.', { '<span title="Q3 2027">': NONE }],
  '',
  '```markdown',
  ['- Goal: Raise NPS from 32 to 45 by 30 June 2027 (owner: Priya Shah)', { '- Goal: Raise NPS from 32 to 45 by 30 June 2027 (owner: Priya Shah)': NONE }],
  '```',
  '',
  '    indented code: NPS 45% by Q3 2027',
  '',
  // Things that look like targets or dates and are not.
  ['We will reduce complaints by 30%, call 2000 customers and hold 3 workshops in version 2.0 of the plan.',
    { 'by': NONE, '30%': TARGET, '2000': NONE, '3 workshops': NONE, '2.0': NONE }],
  ['Visit Room 2027, or ask priya@example.com about it.', { 'priya@example.com': NONE }],
];

// ---- locating the dependencies --------------------------------------------------------------

function findDeps() {
  const candidates = [];
  if (process.env.VISIONLINT_GRAMMAR_DEPS) {
    const d = path.resolve(process.env.VISIONLINT_GRAMMAR_DEPS);
    candidates.push(path.basename(d) === 'node_modules' ? d : path.join(d, 'node_modules'));
  }
  candidates.push(path.join(ROOT, 'node_modules'), path.join(CODE_SERVER_VSCODE, 'node_modules'), '/tmp/grammar-check/node_modules');
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'vscode-textmate', 'package.json')) && existsSync(path.join(dir, 'vscode-oniguruma', 'package.json'))) {
      return dir;
    }
  }
  return null;
}

function findExtensions() {
  const candidates = [process.env.VISIONLINT_VSCODE_EXTENSIONS, path.join(CODE_SERVER_VSCODE, 'extensions')].filter(Boolean);
  return candidates.find((d) => existsSync(path.join(d, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'))) ?? null;
}

function skip(why) {
  console.log(`check-grammar: SKIPPED: ${why}`);
  process.exit(args.has('--require') ? 2 : 0);
}

const depsDir = findDeps();
if (!depsDir) skip('vscode-textmate and vscode-oniguruma not found (see the comment at the top of this script)');
// VS Code's built-in extensions; else the tm-grammars package (VS Code's grammar files, as JSON).
const extensionsDir = args.has('--tm-grammars') ? null : findExtensions();
const tmGrammarsDir = path.join(depsDir, 'tm-grammars');
if (!extensionsDir && !existsSync(path.join(tmGrammarsDir, 'grammars', 'markdown.json'))) {
  skip("VS Code's markdown grammar not found (set VISIONLINT_VSCODE_EXTENSIONS, run scripts/install-vscode-offline.sh or install tm-grammars)");
}

const require = createRequire(path.join(depsDir, 'noop.js'));
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

// ---- the registry, as VS Code builds it --------------------------------------------------------

/** JSON with comments and trailing commas (theme files). */
function readJsonc(file) {
  const text = readFileSync(file, 'utf8');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

// Every grammar the built-in extensions contribute, by scope name, and what injects into what.
const grammarFiles = new Map();
const injections = new Map();
if (!extensionsDir) {
  // Its index lists each grammar's file name and scope; its injections (Vue, Nix) are not VS Code's.
  const { grammars } = await import(pathToFileURL(path.join(tmGrammarsDir, 'index.js')).href);
  for (const g of grammars) grammarFiles.set(g.scopeName, path.join(tmGrammarsDir, 'grammars', `${g.name}.json`));
}
for (const ext of extensionsDir ? readdirSync(extensionsDir) : []) {
  const pkgFile = path.join(extensionsDir, ext, 'package.json');
  if (!existsSync(pkgFile)) continue;
  let pkg;
  try { pkg = JSON.parse(readFileSync(pkgFile, 'utf8')); } catch { continue; }
  for (const g of pkg.contributes?.grammars ?? []) {
    if (!g.scopeName || !g.path) continue;
    grammarFiles.set(g.scopeName, path.join(extensionsDir, ext, g.path));
    for (const target of g.injectTo ?? []) {
      if (!injections.has(target)) injections.set(target, []);
      injections.get(target).push(g.scopeName);
    }
  }
}
const ours = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
grammarFiles.set(ours.scopeName, GRAMMAR_PATH);
if (!injections.has('text.html.markdown')) injections.set('text.html.markdown', []);
injections.get('text.html.markdown').push(ours.scopeName);

const wasm = readFileSync(path.join(depsDir, 'vscode-oniguruma', 'release', 'onig.wasm'));
await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
const onigLib = Promise.resolve({
  createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
  createOnigString: (s) => new oniguruma.OnigString(s),
});

const makeRegistry = (withOurs) => new vsctm.Registry({
  onigLib,
  loadGrammar: async (scopeName) => {
    const file = grammarFiles.get(scopeName);
    if (!file) return null;
    return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
  },
  getInjections: (scopeName) => (injections.get(scopeName) ?? []).filter((s) => withOurs || s !== ours.scopeName),
});
const registry = makeRegistry(true);
const markdown = await registry.loadGrammar('text.html.markdown');
const plainMarkdown = await makeRegistry(false).loadGrammar('text.html.markdown');

// Every regex in our grammar must compile. vscode-oniguruma does not throw on a bad pattern: the
// scanner then reports an empty match at the start of any string. None of our patterns matches
// "~~~~" at its start, so such a match means the pattern did not compile.
function* regexesOf(node) {
  if (!node || typeof node !== 'object') return;
  for (const key of ['match', 'begin', 'end', 'while']) if (typeof node[key] === 'string') yield node[key];
  for (const v of Object.values(node)) if (v && typeof v === 'object') yield* regexesOf(v);
}
const failures = [];
let checked = 0;
let failed = 0;
/** Counts one check; it failed if it produced messages. */
function check(messages) {
  checked++;
  if (messages.length) { failed++; failures.push(...messages); }
}
for (const re of regexesOf({ patterns: ours.patterns, repository: ours.repository })) {
  let m;
  try { m = new oniguruma.OnigScanner([re]).findNextMatchSync('~~~~', 0); } catch (e) { m = e; }
  check(m instanceof Error || m?.captureIndices[0].start === 0 ? [`regex does not compile: ${re.slice(0, 160)}`] : []);
}

// ---- tokenise and assert ----------------------------------------------------------------------

function tokenizeDocument(lines, grammar = markdown) {
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens;
  });
}

/** scopes[i] = the scope list of character i of the line. */
function scopesPerChar(line, tokens) {
  const per = new Array(line.length);
  for (const t of tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) per[i] = t.scopes;
  return per;
}

const has = (scopes, scope) => !!scopes && scopes.some((s) => s === scope || s.startsWith(scope + '.'));
// meta.*.visionlint only marks what is skipped (bare URLs); every other visionlint scope highlights.
const highlights = (s) => s.endsWith('.visionlint') && !s.startsWith('meta.');
const hasOurs = (scopes) => !!scopes && scopes.some(highlights);

const lines = SAMPLE.map((e) => (typeof e === 'string' ? e : e[0]));
tokenizeDocument(lines); // warm up: the first pass compiles every grammar it meets
const started = performance.now();
const tokenized = tokenizeDocument(lines);
const elapsed = performance.now() - started;

// The injection must leave Markdown's own scopes exactly as they were, character by character.
const plain = tokenizeDocument(lines, plainMarkdown);
lines.forEach((line, n) => {
  const a = scopesPerChar(line, tokenized[n]);
  const b = scopesPerChar(line, plain[n]);
  const messages = [];
  for (let i = 0; i < line.length && !messages.length; i++) {
    const mine = (a[i] ?? []).filter((s) => !s.endsWith('.visionlint')).join(' ');
    const theirs = (b[i] ?? []).join(' ');
    if (mine !== theirs) {
      messages.push(`line ${n + 1} ${JSON.stringify(line)}: column ${i + 1} ("${line[i]}") Markdown scopes changed\n      without us: ${theirs}\n      with us:    ${mine}`);
    }
  }
  check(messages);
});

SAMPLE.forEach((entry, n) => {
  if (typeof entry === 'string') return;
  const [line, expectations] = entry;
  const per = scopesPerChar(line, tokenized[n]);
  for (const [rawKey, scope] of Object.entries(expectations)) check(expect(n, line, per, rawKey, scope));
});

/** The messages for one expectation: none when the line meets it. */
function expect(n, line, per, rawKey, scope) {
  const loose = rawKey.startsWith('~');
  let key = loose ? rawKey.slice(1) : rawKey;
  let occurrence = 1;
  const m = /^(.*)#(\d+)$/.exec(key);
  if (m) { key = m[1]; occurrence = Number(m[2]); }
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = line.indexOf(key, at + 1);
  const where = `line ${n + 1} ${JSON.stringify(line)}\n    ${JSON.stringify(rawKey)}`;
  if (at < 0) return [`${where}: text not found in the line (fix the sample)`];
  const chars = per.slice(at, at + key.length);
  if (scope === NONE) {
    const bad = chars.findIndex(hasOurs);
    return bad < 0 ? [] : [`${where}: expected no visionlint scope, "${key[bad]}" has ${chars[bad].filter(highlights).join(' ')}`];
  }
  const bad = chars.findIndex((s) => !has(s, scope));
  if (bad >= 0) return [`${where}: expected ${scope}, "${key[bad]}" (column ${at + bad + 1}) has ${(chars[bad] ?? []).slice(1).join(' ') || '(nothing)'}`];
  const messages = [];
  if (!loose) {
    if (at > 0 && has(per[at - 1], scope)) messages.push(`${where}: ${scope} starts before the text, at "${line[at - 1]}"`);
    const after = at + key.length;
    if (after < line.length && has(per[after], scope)) messages.push(`${where}: ${scope} runs on past the text, over "${line[after]}"`);
  }
  return messages;
}

// Lines that no expectation covers must still contain no visionlint scope inside code blocks and
// front matter: checked by walking the whole document for fenced, indented and front-matter lines.
tokenized.forEach((tokens, n) => {
  const fenced = tokens.some((t) => t.scopes.some((s) => /^(markup\.fenced_code|markup\.raw\.block|meta\.embedded\.block\.frontmatter)/.test(s)));
  if (fenced) check(tokens.some((t) => hasOurs(t.scopes)) ? [`line ${n + 1} ${JSON.stringify(lines[n])}: visionlint scope inside code or front matter`] : []);
});

// Pathological input must stay fast: regexes that backtrack badly would take seconds here.
const nasty = [
  'Owner: ' + 'Aa '.repeat(3000) + '!',
  '(owner: ' + 'a '.repeat(5000),
  'x'.repeat(20000) + '@',
  'a.'.repeat(8000) + '/',
  '1'.repeat(20000) + '%',
  '1,'.repeat(8000) + '5%',
  'by ' + '30 '.repeat(5000),
  'Q3 '.repeat(5000),
  'within ' + 'the next '.repeat(3000),
  '- Goal: ' + 'NPS to 45 by Q3 2027 (owner: Priya Shah) '.repeat(300),
  'Owner: ' + 'Aa, of the '.repeat(2000),
  'https://' + 'a'.repeat(20000),
  'a-'.repeat(10000) + '.com/',
  'from ' + '1,000 '.repeat(4000),
  '≥ ' + '9'.repeat(20000) + '.',
  'end of the '.repeat(2000),
  '_' + 'by Q3 2027 '.repeat(2000) + '_',
  '**' + 'x '.repeat(10000),
];
for (const text of nasty) {
  const t0 = performance.now();
  tokenizeDocument([text]);
  const ms = performance.now() - t0;
  if (args.has("--timing")) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${JSON.stringify(text.slice(0, 30))}... (${text.length} chars)`);
  check(ms > 1500 ? [`slow: ${ms.toFixed(0)} ms to tokenise ${JSON.stringify(text.slice(0, 40))}... (${text.length} chars)`] : []);
}

// ---- reports ----------------------------------------------------------------------------------

if (args.has('--print')) {
  SAMPLE.forEach((entry, n) => {
    const line = lines[n];
    const parts = tokenized[n]
      .filter((t) => hasOurs(t.scopes))
      .map((t) => `[${line.slice(t.startIndex, t.endIndex)}] ${t.scopes.filter(highlights).join(' ')}`);
    console.log(`${String(n + 1).padStart(3)} ${line}`);
    for (const p of parts) console.log(`      ${p}`);
  });
}

if (args.has('--themes') && !extensionsDir) console.log('(--themes needs VS Code\'s built-in extensions folder: skipped)');
if (args.has('--themes') && extensionsDir) {
  const themeDirs = readdirSync(extensionsDir).filter((d) => d.startsWith('theme-'));
  const ourScopes = [DATE, DEADLINE, TARGET, METRIC, OWNER, OWNER_LABEL, GOAL_LABEL, ATTRIBUTE];
  const loadTheme = (file) => {
    const t = readJsonc(file);
    let settings = [];
    if (t.include) settings = loadTheme(path.join(path.dirname(file), t.include));
    let tc = t.tokenColors ?? t.settings ?? [];
    if (typeof tc === 'string') {
      const inc = readJsonc(path.join(path.dirname(file), tc));
      tc = inc.settings ?? inc.tokenColors ?? [];
    }
    return settings.concat(tc);
  };
  // One line per scope, in a list item paragraph, so theme rules see the real scope stack.
  const probe = {
    [DATE]: ['- x by 30 June 2027', '30 June 2027'], [DEADLINE]: ['- x by 30 June 2027', 'by'],
    [TARGET]: ['- x 45%', '45%'], [METRIC]: ['- x NPS', 'NPS'], [OWNER]: ['- x (owner: Priya Shah)', 'Priya Shah'],
    [OWNER_LABEL]: ['- x (owner: Priya Shah)', 'owner:'], [GOAL_LABEL]: ['- Goal: x', 'Goal:'], [ATTRIBUTE]: ['- Target: x', 'Target:'],
  };
  const rows = [];
  for (const dir of themeDirs) {
    const pkg = JSON.parse(readFileSync(path.join(extensionsDir, dir, 'package.json'), 'utf8'));
    for (const th of pkg.contributes?.themes ?? []) {
      const file = path.join(extensionsDir, dir, th.path);
      registry.setTheme({ name: th.id ?? th.path, settings: loadTheme(file) });
      const colorMap = registry.getColorMap();
      const g = await registry.loadGrammar('text.html.markdown');
      const colourAt = (line, text) => {
        const { tokens } = g.tokenizeLine2(line, vsctm.INITIAL);
        const at = line.indexOf(text);
        let fg = null;
        for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= at) fg = (tokens[i + 1] >>> 15) & 0x1ff;
        return colorMap[fg];
      };
      const plain = colourAt('- x plain words', 'plain');
      const row = { theme: `${path.basename(th.path, '.json')}` };
      for (const s of ourScopes) {
        const c = colourAt(...probe[s]);
        row[s.replace(/\.visionlint$/, '')] = c === plain ? '-' : c;
      }
      rows.push(row);
    }
  }
  console.log('\nForeground per scope per built-in theme ("-" = same as plain text: not coloured):');
  console.table(rows);
}

const expectations = SAMPLE.reduce((k, e) => k + (typeof e === 'string' ? 0 : Object.keys(e[1]).length), 0);
console.log(`check-grammar: ${expectations} expectations on a ${lines.length}-line sample, Markdown scopes compared line by line,`
  + ` every regex compile-checked, ${nasty.length} pathological lines timed; sample tokenised in ${elapsed.toFixed(0)} ms`
  + ` (vscode-textmate from ${path.relative(ROOT, depsDir) || depsDir}, grammars from ${extensionsDir ? path.relative(ROOT, extensionsDir) || extensionsDir : 'tm-grammars'})`);
if (failures.length) {
  console.log(`\n${failures.length} failure(s):`);
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`${checked - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
