// Validates a configuration node tree by hand: each problem names the key path (and, for text, the offset); bad entries are dropped.
import type { ConfigProblem, DocumentKind, Severity, SeveritySetting, SectionRole } from '../types';
import type {
  ConfigInput,
  GoalColumnsRule,
  HouseRules,
  RequiredSectionsRule,
  RuleSettingInput,
  WordRule,
} from './types';
import { SECTION_ROLES } from './defaults';
import { severityFromValue, SEVERITY_HELP } from './severity';
import { didYouMean } from './suggest';
import type { CNode, MapEntry } from './tree';

/** Rule ids (built-in and house): letters, digits and `-_./`, starting with a letter or digit. */
export const RULE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,99}$/;

type PathPart = string | number;

function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

function describe(node: CNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  const v = node.value;
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `a ${typeof v}`;
}

const TOP_LEVEL_KEYS = [
  '$schema',
  'extends',
  'rules',
  'personas',
  'vagueWords',
  'jargon',
  'headingSynonyms',
  'templates',
  'lint',
  'requireDisableReason',
  'maxFileSizeKb',
  'fiscalYearStart',
  'ignore',
  'houseRules',
] as const;

const HOUSE_RULE_KINDS = ['words', 'requiredSections', 'goalColumns'] as const;
type HouseRuleKind = (typeof HOUSE_RULE_KINDS)[number];

const DOCUMENT_KINDS: readonly DocumentKind[] = ['vision', 'values', 'goals', 'strategy', 'none'];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ExtendsEntry {
  path: string;
  line?: number;
  column?: number;
  key: string;
}

export interface ParseOptions {
  /** The engine's rule ids: house rules may not reuse them. */
  knownRuleIds: ReadonlySet<string>;
  /** More ids `rules` may configure (house rules defined by files this one extends). */
  extraRuleIds?: ReadonlySet<string>;
  /** Whether `extends` is allowed (true for files, false for settings objects). */
  allowExtends?: boolean;
}

export class Validator {
  readonly problems: ConfigProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly linePos: ((offset: number) => { line: number; column: number }) | null,
    private readonly options: ParseOptions,
  ) {}

  report(offset: number, path: readonly PathPart[], message: string, severity: 'error' | 'warning' = 'error'): void {
    const problem: ConfigProblem = { file: this.file, message, severity };
    if (offset >= 0 && this.linePos) {
      const { line, column } = this.linePos(offset);
      problem.line = line;
      problem.column = column;
    }
    if (path.length > 0) problem.key = formatPath(path);
    this.problems.push(problem);
  }

  private where(path: readonly PathPart[]): string {
    return path.length > 0 ? `${formatPath(path)}: ` : '';
  }

  // --- primitive readers: return undefined (after reporting) when invalid

  string(node: CNode, path: PathPart[], what = 'a string'): string | undefined {
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim();
    this.report(node.offset, path, `${this.where(path)}expected ${what}, found ${describe(node)}; ignored.`);
    return undefined;
  }

  stringList(node: CNode, path: PathPart[]): string[] | undefined {
    if (node.kind !== 'seq') {
      this.report(node.offset, path, `${this.where(path)}expected a list of strings, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const out: string[] = [];
    node.items.forEach((item, i) => {
      if (item.kind === 'scalar' && typeof item.value === 'string' && item.value.trim() !== '') {
        out.push(item.value.trim());
      } else {
        this.report(item.offset, [...path, i], `${this.where([...path, i])}expected a non-empty string, found ${describe(item)}; dropped.`);
      }
    });
    return out;
  }

  severity(node: CNode, path: PathPart[], allowOff: boolean): SeveritySetting | undefined {
    const sev = node.kind === 'scalar' ? severityFromValue(node.value) : undefined;
    if (sev === undefined) {
      const guess = node.kind === 'scalar' && typeof node.value === 'string' ? didYouMean(node.value, ['off', 'hint', 'info', 'warning', 'error']) : '';
      this.report(node.offset, path, `${this.where(path)}${describe(node)} is not a severity; ${SEVERITY_HELP}.${guess}`);
      return undefined;
    }
    if (sev === 'off' && !allowOff) {
      this.report(node.offset, path, `${this.where(path)}a house rule's severity cannot be off; turn it off under rules instead.`);
      return undefined;
    }
    return sev;
  }

  /** Options objects are kept as plain data (strings, numbers, booleans, null, lists, objects). */
  plainData(node: CNode, path: PathPart[]): unknown {
    if (node.kind === 'seq') return node.items.map((item, i) => this.plainData(item, [...path, i]));
    if (node.kind === 'map') {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) {
        if (FORBIDDEN_KEYS.has(e.key)) {
          this.report(e.keyOffset, [...path, e.key], `${this.where([...path, e.key])}this key name is not allowed; dropped.`);
          continue;
        }
        out[e.key] = this.plainData(e.value, [...path, e.key]);
      }
      return out;
    }
    const v = node.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'bigint') return Number(v);
    this.report(node.offset, path, `${this.where(path)}unsupported value (${typeof v}); replaced by null.`);
    return null;
  }

  // --- the configuration

  root(node: CNode | null): { input: ConfigInput; extendsEntries: ExtendsEntry[]; houseRuleIds: string[] } {
    const input: ConfigInput = {};
    const extendsEntries: ExtendsEntry[] = [];
    if (node === null || (node.kind === 'scalar' && node.value === null)) return { input, extendsEntries, houseRuleIds: [] };
    if (node.kind !== 'map') {
      this.report(node.offset, [], `The configuration must be a mapping of keys to values, found ${describe(node)}; the file was ignored.`);
      return { input, extendsEntries, houseRuleIds: [] };
    }
    const byKey = new Map<string, MapEntry>();
    for (const e of node.entries) {
      if ((TOP_LEVEL_KEYS as readonly string[]).includes(e.key)) {
        byKey.set(e.key, e);
      } else {
        this.report(e.keyOffset, [e.key], `Unknown setting "${e.key}"; ignored.${didYouMean(e.key, TOP_LEVEL_KEYS.filter((k) => k !== '$schema'))}`, 'warning');
      }
    }

    // House rules first: `rules` may configure the ids they define.
    let houseRuleIds: string[] = [];
    const house = byKey.get('houseRules');
    if (house) {
      const result = this.houseRules(house.value, ['houseRules']);
      if (result) {
        input.houseRules = result;
        houseRuleIds = HOUSE_RULE_KINDS.flatMap((k) => (result[k] ?? []).map((r) => r.id));
      }
    }

    for (const [key, entry] of byKey) {
      const v = entry.value;
      const path = [key];
      switch (key) {
        case '$schema':
        case 'houseRules':
          break;
        case 'extends': {
          if (this.options.allowExtends === false) {
            this.report(entry.keyOffset, path, 'extends is only supported in configuration files; ignored.');
            break;
          }
          const items = v.kind === 'seq' ? v.items.map((item, i) => [item, [...path, i]] as const) : [[v, path] as const];
          if (v.kind === 'map') {
            this.report(v.offset, path, 'extends: expected a file path or a list of file paths; ignored.');
            break;
          }
          const list: string[] = [];
          for (const [item, itemPath] of items) {
            const s = this.string(item, [...itemPath], 'a file path');
            if (s === undefined) continue;
            list.push(s);
            const entryOut: ExtendsEntry = { path: s, key: formatPath(itemPath) };
            if (item.offset >= 0 && this.linePos) {
              const lp = this.linePos(item.offset);
              entryOut.line = lp.line;
              entryOut.column = lp.column;
            }
            extendsEntries.push(entryOut);
          }
          if (list.length > 0) input.extends = v.kind === 'seq' ? list : list[0];
          break;
        }
        case 'rules': {
          const rules = this.rules(v, path, new Set(houseRuleIds));
          if (rules) input.rules = rules;
          break;
        }
        case 'personas':
        case 'vagueWords':
        case 'jargon':
        case 'ignore': {
          const list = this.stringList(v, path);
          if (list) input[key] = list;
          break;
        }
        case 'headingSynonyms': {
          const syn = this.headingSynonyms(v, path);
          if (syn) input.headingSynonyms = syn;
          break;
        }
        case 'templates': {
          const s = this.string(v, path, 'a folder path');
          if (s !== undefined) input.templates = s;
          break;
        }
        case 'lint': {
          if (v.kind === 'scalar' && (v.value === 'auto' || v.value === 'always')) input.lint = v.value;
          else this.report(v.offset, path, `lint: expected auto or always, found ${describe(v)}; ignored.`);
          break;
        }
        case 'requireDisableReason': {
          if (v.kind === 'scalar' && typeof v.value === 'boolean') input.requireDisableReason = v.value;
          else this.report(v.offset, path, `requireDisableReason: expected true or false, found ${describe(v)}; ignored.`);
          break;
        }
        case 'maxFileSizeKb': {
          if (v.kind === 'scalar' && typeof v.value === 'number' && Number.isFinite(v.value) && v.value > 0) input.maxFileSizeKb = v.value;
          else this.report(v.offset, path, `maxFileSizeKb: expected a positive number of kilobytes, found ${describe(v)}; ignored.`);
          break;
        }
        case 'fiscalYearStart': {
          if (v.kind === 'scalar' && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1 && v.value <= 12) input.fiscalYearStart = v.value;
          else this.report(v.offset, path, `fiscalYearStart: expected the month number the fiscal year starts in (1-12), found ${describe(v)}; ignored.`);
          break;
        }
      }
    }
    return { input, extendsEntries, houseRuleIds };
  }

  private rules(node: CNode, path: PathPart[], houseIds: ReadonlySet<string>): Record<string, RuleSettingInput> | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `rules: expected a mapping of rule ids to severities, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const known = (id: string) => this.options.knownRuleIds.has(id) || houseIds.has(id) || (this.options.extraRuleIds?.has(id) ?? false);
    const out: Record<string, RuleSettingInput> = {};
    for (const e of node.entries) {
      const p = [...path, e.key];
      if (!known(e.key)) {
        const candidates = [...this.options.knownRuleIds, ...houseIds, ...(this.options.extraRuleIds ?? [])];
        this.report(e.keyOffset, p, `Unknown rule "${e.key}"; ignored.${didYouMean(e.key, candidates)}`, 'warning');
        continue;
      }
      const v = e.value;
      if (v.kind === 'scalar') {
        const sev = this.severity(v, p, true);
        if (sev !== undefined) out[e.key] = sev;
      } else if (v.kind === 'seq') {
        if (v.items.length < 1 || v.items.length > 2) {
          this.report(v.offset, p, `${formatPath(p)}: expected [severity] or [severity, { options }], found a list of ${v.items.length}; ignored.`);
          continue;
        }
        const sev = this.severity(v.items[0], [...p, 0], true);
        if (sev === undefined) continue;
        if (v.items.length === 1) {
          out[e.key] = sev;
          continue;
        }
        const opts = v.items[1];
        if (opts.kind !== 'map') {
          this.report(opts.offset, [...p, 1], `${formatPath([...p, 1])}: rule options must be a mapping, found ${describe(opts)}; the rule was left as configured before.`);
          continue;
        }
        out[e.key] = [sev, this.plainData(opts, [...p, 1]) as Record<string, unknown>];
      } else {
        this.report(v.offset, p, `${formatPath(p)}: expected a severity or [severity, { options }], found a mapping; ignored.`);
      }
    }
    return out;
  }

  private headingSynonyms(node: CNode, path: PathPart[]): Partial<Record<SectionRole, string[]>> | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `headingSynonyms: expected a mapping of section roles to lists of headings, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const out: Partial<Record<SectionRole, string[]>> = {};
    for (const e of node.entries) {
      const p = [...path, e.key];
      if (!(SECTION_ROLES as readonly string[]).includes(e.key)) {
        this.report(e.keyOffset, p, `Unknown section role "${e.key}"; use one of ${SECTION_ROLES.join(', ')}.${didYouMean(e.key, SECTION_ROLES)}`);
        continue;
      }
      const list = this.stringList(e.value, p);
      if (list) out[e.key as SectionRole] = list;
    }
    return out;
  }

  private houseRules(node: CNode, path: PathPart[]): Partial<HouseRules> | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `houseRules: expected a mapping with words, requiredSections or goalColumns, found ${describe(node)}; ignored.`);
      return undefined;
    }
    const out: Partial<HouseRules> = {};
    const seen = new Map<string, string>(); // id -> formatted path of its definition
    for (const e of node.entries) {
      const p = [...path, e.key];
      if (!(HOUSE_RULE_KINDS as readonly string[]).includes(e.key)) {
        this.report(e.keyOffset, p, `Unknown house rule kind "${e.key}"; use words, requiredSections or goalColumns.${didYouMean(e.key, HOUSE_RULE_KINDS)}`, 'warning');
        continue;
      }
      const kind = e.key as HouseRuleKind;
      if (e.value.kind !== 'seq') {
        this.report(e.value.offset, p, `${formatPath(p)}: expected a list of rules, found ${describe(e.value)}; ignored.`);
        continue;
      }
      const list: Array<WordRule | RequiredSectionsRule | GoalColumnsRule> = [];
      e.value.items.forEach((item, i) => {
        const rule = this.houseRule(kind, item, [...p, i]);
        if (!rule) return;
        const earlier = seen.get(rule.id);
        if (earlier) {
          this.report(item.offset, [...p, i, 'id'], `House rule "${rule.id}" is defined twice (also at ${earlier}); this one was dropped.`);
          return;
        }
        seen.set(rule.id, formatPath([...p, i]));
        list.push(rule);
      });
      (out as Record<HouseRuleKind, unknown[]>)[kind] = list;
    }
    return out;
  }

  private houseRule(kind: HouseRuleKind, node: CNode, path: PathPart[]): WordRule | RequiredSectionsRule | GoalColumnsRule | undefined {
    if (node.kind !== 'map') {
      this.report(node.offset, path, `${formatPath(path)}: expected a house rule (a mapping with an id), found ${describe(node)}; dropped.`);
      return undefined;
    }
    const listKey = kind === 'words' ? 'words' : kind === 'requiredSections' ? 'headings' : 'columns';
    const allowed = ['id', listKey, 'message', 'severity', 'link', ...(kind === 'words' ? ['replaceWith'] : []), ...(kind === 'requiredSections' ? ['kinds'] : [])];
    const fields = new Map(node.entries.map((e) => [e.key, e] as const));
    for (const e of node.entries) {
      if (!allowed.includes(e.key)) {
        this.report(e.keyOffset, [...path, e.key], `Unknown house rule field "${e.key}"; ignored.${didYouMean(e.key, allowed)}`, 'warning');
      }
    }
    const idEntry = fields.get('id');
    if (!idEntry) {
      this.report(node.offset, path, `${formatPath(path)}: a house rule needs an id; dropped.`);
      return undefined;
    }
    const id = this.string(idEntry.value, [...path, 'id'], 'a rule id');
    if (id === undefined) return undefined;
    if (!RULE_ID_PATTERN.test(id)) {
      this.report(idEntry.value.offset, [...path, 'id'], `House rule id "${id}" may use only letters, digits and - _ . / (up to 100 characters); dropped.`);
      return undefined;
    }
    if (this.options.knownRuleIds.has(id)) {
      this.report(idEntry.value.offset, [...path, 'id'], `House rule id "${id}" is the id of a built-in rule; choose another id. Dropped.`);
      return undefined;
    }
    const listEntry = fields.get(listKey);
    if (!listEntry) {
      this.report(node.offset, path, `House rule "${id}" needs ${listKey} (a list of strings); dropped.`);
      return undefined;
    }
    const list = this.stringList(listEntry.value, [...path, listKey]);
    if (!list || list.length === 0) {
      if (list) this.report(listEntry.value.offset, [...path, listKey], `House rule "${id}": ${listKey} is empty; dropped.`);
      return undefined;
    }
    const rule: Record<string, unknown> = { id, [listKey]: list };
    const optionalString = (key: string) => {
      const f = fields.get(key);
      if (!f) return;
      const s = this.string(f.value, [...path, key]);
      if (s !== undefined) rule[key] = key === 'replaceWith' ? stringValue(f.value) : s;
    };
    optionalString('message');
    if (kind === 'words') optionalString('replaceWith');
    const link = fields.get('link');
    if (link) {
      const s = this.string(link.value, [...path, 'link'], 'a URL');
      if (s !== undefined) {
        if (/^https?:\/\/\S+$/i.test(s)) rule.link = s;
        else this.report(link.value.offset, [...path, 'link'], `${formatPath([...path, 'link'])}: expected an http(s) URL, found "${s}"; ignored.`);
      }
    }
    const sev = fields.get('severity');
    if (sev) {
      const s = this.severity(sev.value, [...path, 'severity'], false);
      if (s !== undefined) rule.severity = s as Severity;
    }
    if (kind === 'requiredSections') {
      const kinds = fields.get('kinds');
      if (kinds) {
        const list = this.stringList(kinds.value, [...path, 'kinds']);
        if (list) {
          const ok: DocumentKind[] = [];
          list.forEach((k, i) => {
            if ((DOCUMENT_KINDS as readonly string[]).includes(k)) ok.push(k as DocumentKind);
            else this.report(kinds.value.kind === 'seq' ? kinds.value.items[i].offset : kinds.value.offset, [...path, 'kinds', i], `Unknown document kind "${k}"; use ${DOCUMENT_KINDS.join(', ')}. Dropped.${didYouMean(k, DOCUMENT_KINDS)}`);
          });
          if (ok.length > 0) rule.kinds = ok;
        }
      }
    }
    return rule as unknown as WordRule | RequiredSectionsRule | GoalColumnsRule;
  }
}

/** A string value as written (not trimmed): a replacement may deliberately carry spaces. */
function stringValue(node: CNode): string {
  return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : '';
}
