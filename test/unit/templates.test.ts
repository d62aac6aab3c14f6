import * as assert from 'node:assert/strict';
import type { ConfigHost } from '../../src/core/config/types';
import {
  allowedTemplateVariables,
  BUILTIN_TEMPLATES,
  commonTemplateVariables,
  TEMPLATE_IDS,
} from '../../src/core/templates/builtin';
import { loadTemplates } from '../../src/core/templates/load';
import {
  escapeSnippet,
  fillVariables,
  findSnippetError,
  hasPlaceholders,
  snippetToPlain,
  unknownVariables,
  validateSnippet,
} from '../../src/core/templates/snippet';

/** Files in memory. With `folders`, the host can also list a folder's entries. */
class MemoryHost implements ConfigHost {
  constructor(
    readonly files: Map<string, string>,
    withListing: boolean,
  ) {
    if (!withListing) this.listDirectory = undefined;
  }
  static of(files: Record<string, string>, withListing = true): MemoryHost {
    return new MemoryHost(new Map(Object.entries(files)), withListing);
  }
  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }
  listDirectory?: (path: string) => Promise<string[] | undefined> = async (path) => {
    const prefix = path.endsWith('/') ? path : path + '/';
    const names = [...this.files.keys()].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]);
    return names.length > 0 ? [...new Set(names)] : undefined;
  };
}

const FOLDER = '/work/acme/.visionlint/templates';
const vars = { ...commonTemplateVariables(new Date(2026, 4, 17)), goal: 'Improve customer service', title: 'Acme CX vision' };

describe('snippets', () => {
  it('snippetToPlain renders placeholders as <name>', () => {
    assert.equal(snippetToPlain(' by ${1:30 June 2027}'), ' by <30 June 2027>');
    assert.equal(snippetToPlain('review ${1|monthly,quarterly|} with $1 and ${2}$0'), 'review <monthly> with  and ');
    assert.equal(snippetToPlain('${1:from ${2:baseline} up}'), '<from baseline up>');
    assert.equal(snippetToPlain('costs \\$5 \\} \\\\ and a $ sign'), 'costs $5 } \\ and a $ sign');
    assert.equal(snippetToPlain('${1:}'), '');
  });

  it('validateSnippet accepts good snippets and says where a broken one breaks', () => {
    assert.equal(validateSnippet('Raise ${1:metric} from ${2:baseline} to ${3|80%,90%|}$0'), null);
    assert.equal(validateSnippet('${1:{{goal}}}: by ${2:date}'), null);
    assert.equal(validateSnippet('one\ntwo\nthree ${2:metric'), 'unclosed placeholder ${2: at line 3, column 7');
    assert.match(validateSnippet('${1|a,b')!, /unclosed choice \$\{1\|/);
    assert.match(validateSnippet('Dear $TM_FILENAME')!, /snippet variable/);
    assert.match(validateSnippet('${NAME}')!, /snippet variable/);
    assert.match(validateSnippet('${1/(.*)/x/}')!, /transforms/);
    assert.match(validateSnippet('${x')!, /snippet variable/);
    assert.match(validateSnippet('${ 1}')!, /must be followed by a number/);
    assert.equal(findSnippetError('ok\n  ${1:a')?.line, 2);
  });

  it('broken or hostile snippets render without hanging', () => {
    const started = Date.now();
    assert.equal(snippetToPlain('a ${1:b'), 'a ${1:b');
    snippetToPlain('${1:'.repeat(5000));
    assert.match(validateSnippet('${1:'.repeat(5000))!, /nested/);
    assert.ok(Date.now() - started < 2000);
  });

  it('escapeSnippet makes document text literal', () => {
    const text = 'Cut costs by $5m {fast} \\ ${1:x}';
    const escaped = escapeSnippet(text);
    assert.equal(validateSnippet(escaped), null);
    assert.equal(snippetToPlain(escaped), text);
    assert.equal(hasPlaceholders(escaped), false);
  });

  it('fillVariables inserts escaped values; unknown names become empty and are reported separately', () => {
    const t = '${1:{{goal}}} by {{ nextYear }} for {{whom}}';
    const filled = fillVariables(t, { goal: 'Save $5m}', nextYear: '2027' });
    assert.equal(filled, '${1:Save \\$5m\\}} by 2027 for ');
    assert.equal(snippetToPlain(filled), '<Save $5m}> by 2027 for ');
    assert.deepEqual(unknownVariables(t, ['goal', 'nextYear']), ['whom']);
    assert.deepEqual(unknownVariables(t, allowedTemplateVariables('smart-goal')), ['whom']);
  });

  it('hasPlaceholders ignores a bare $0', () => {
    assert.equal(hasPlaceholders('Done.$0'), false);
    assert.equal(hasPlaceholders('Owner: $1'), true);
    assert.equal(hasPlaceholders('${1|a,b|}'), true);
    assert.equal(hasPlaceholders(' (owner: ${1:name or role})'), true);
  });
});

describe('built-in templates', () => {
  it('every built-in passes validateSnippet before and after filling, and uses only its variables', () => {
    assert.deepEqual(Object.keys(BUILTIN_TEMPLATES).sort(), [...TEMPLATE_IDS].sort());
    for (const id of TEMPLATE_IDS) {
      const t = BUILTIN_TEMPLATES[id];
      assert.ok(t.description.length > 10, id);
      assert.equal(validateSnippet(t.body), null, id);
      assert.deepEqual(unknownVariables(t.body, allowedTemplateVariables(id)), [], id);
      const filled = fillVariables(t.body, vars);
      assert.equal(validateSnippet(filled), null, id);
      assert.ok(!/\{\{/.test(snippetToPlain(filled)), `${id} has an unfilled variable`);
      assert.ok(!t.body.endsWith('\n'), `${id} ends without a newline`);
    }
  });

  it('the SMART goal rewrite keeps the original goal and asks for every SMART part', () => {
    const plain = snippetToPlain(fillVariables(BUILTIN_TEMPLATES['smart-goal'].body, vars));
    assert.equal(
      plain,
      '<Improve customer service>: <raise> <what we measure> from <baseline> to <target> by <30 June 2027> (owner: <name or role>), so that <customers> <can ...>',
    );
  });

  it('inline templates start with a space; the journey covers every stage', () => {
    for (const id of ['deadline', 'metric', 'owner', 'customer-outcome', 'internal-customer'] as const) {
      assert.ok(BUILTIN_TEMPLATES[id].body.startsWith(' '), id);
    }
    const journey = snippetToPlain(BUILTIN_TEMPLATES['journey-section'].body);
    for (const stage of ['Awareness', 'Consideration', 'Selection', 'Purchase', 'Satisfaction', 'Commitment', 'Advocacy']) {
      assert.ok(journey.includes(`| ${stage} |`), stage);
    }
  });

  it('document templates start with front matter naming kind, owner and review', () => {
    for (const [id, kind] of [
      ['vision-document', 'vision'],
      ['values-document', 'values'],
      ['goals-document', 'goals'],
      ['strategy-document', 'strategy'],
    ] as const) {
      const plain = snippetToPlain(fillVariables(BUILTIN_TEMPLATES[id].body, vars));
      assert.ok(plain.startsWith(`---\nkind: ${kind}\nowner: <name or role>\nreview: <2027-03-31>\n---\n\n# <Acme CX vision>\n`), id);
    }
  });
});

describe('loadTemplates', () => {
  it('without a folder, the built-ins are used', async () => {
    const { templates, problems } = await loadTemplates({ folder: null, host: MemoryHost.of({}) });
    assert.deepEqual(problems, []);
    assert.equal(templates.deadline.source, 'builtin');
    assert.equal(templates.deadline.body, BUILTIN_TEMPLATES.deadline.body);
  });

  it('a house template replaces the built-in', async () => {
    const host = MemoryHost.of({ [`${FOLDER}/deadline.md`]: ' by ${1:end of Q${2|1,2,3,4|} {{nextYear}}}\r\n' });
    const { templates, problems } = await loadTemplates({ folder: FOLDER, host });
    assert.deepEqual(problems, []);
    assert.equal(templates.deadline.source, `${FOLDER}/deadline.md`);
    assert.equal(templates.deadline.body, ' by ${1:end of Q${2|1,2,3,4|} {{nextYear}}}', 'CRLF and the final newline are dropped');
    assert.equal(templates.owner.source, 'builtin');
  });

  it('a house template with a broken placeholder is reported and the built-in is used', async () => {
    const file = `${FOLDER}/owner.md`;
    const host = MemoryHost.of({ [file]: '\n (owner: ${1:name or role)\n' });
    const { templates, problems } = await loadTemplates({ folder: FOLDER, host });
    assert.equal(templates.owner.source, 'builtin');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, file);
    assert.equal(problems[0].line, 2);
    assert.equal(problems[0].column, 10);
    assert.match(problems[0].message, /unclosed placeholder \$\{1:.*built-in template is used/);
  });

  it('a house template may only use the variables its built-in allows', async () => {
    const host = MemoryHost.of({ [`${FOLDER}/deadline.md`]: ' by ${1:{{goal}}} for {{client}}' });
    const { templates, problems } = await loadTemplates({ folder: FOLDER, host });
    assert.equal(templates.deadline.source, 'builtin');
    assert.match(problems[0].message, /\{\{goal\}\}, \{\{client\}\}/);
  });

  it('visionlint-template front matter is metadata and is removed; other front matter is content', async () => {
    const host = MemoryHost.of({
      [`${FOLDER}/owner.md`]: '---\nvisionlint-template:\n  description: Acme owner note\n---\n (accountable: ${1:name)\n',
      [`${FOLDER}/goals-document.md`]: '---\nkind: goals\nowner: ${1:name}\n---\n\n# {{title}}\n',
    });
    const { templates, problems } = await loadTemplates({ folder: FOLDER, host });
    assert.equal(problems.length, 1, 'the broken owner template is reported at its own line');
    assert.equal(problems[0].line, 5);
    assert.equal(templates.owner.source, 'builtin');
    assert.equal(templates['goals-document'].body, '---\nkind: goals\nowner: ${1:name}\n---\n\n# {{title}}');

    host.files.set(`${FOLDER}/owner.md`, '---\nvisionlint-template: Acme owner note\n---\n (accountable: ${1:name})\n');
    const again = await loadTemplates({ folder: FOLDER, host });
    assert.deepEqual(again.problems, []);
    assert.equal(again.templates.owner.body, ' (accountable: ${1:name})');
    assert.equal(again.templates.owner.description, 'Acme owner note');
  });

  it("a consultant's own templates are loaded when the host can list the folder", async () => {
    const files = {
      [`${FOLDER}/board-paper.md`]: '# {{title}}\n\n## Decision needed\n\n${1:what we ask the board to decide}\n',
      [`${FOLDER}/Bad Name.md`]: 'x',
      [`${FOLDER}/notes.txt`]: 'not a template',
    };
    const listed = await loadTemplates({ folder: FOLDER, host: MemoryHost.of(files) });
    assert.equal(listed.templates['board-paper'].source, `${FOLDER}/board-paper.md`);
    assert.equal(listed.problems.length, 1);
    assert.match(listed.problems[0].message, /not a template name/);

    const unlisted = await loadTemplates({ folder: FOLDER, host: MemoryHost.of(files, false) });
    assert.equal(unlisted.templates['board-paper'], undefined);
    assert.deepEqual(unlisted.problems, []);
  });

  it('a missing folder is only a problem when the config names it', async () => {
    const host = MemoryHost.of({});
    const quiet = await loadTemplates({ folder: FOLDER, host });
    assert.deepEqual(quiet.problems, []);
    assert.equal(quiet.templates['smart-goal'].source, 'builtin');

    const named = await loadTemplates({ folder: '/work/acme/house', host, configFile: '/work/acme/.visionlintrc.yaml' });
    assert.equal(named.problems.length, 1);
    assert.equal(named.problems[0].file, '/work/acme/.visionlintrc.yaml');
    assert.match(named.problems[0].message, /template folder \/work\/acme\/house does not exist/);
  });
});
