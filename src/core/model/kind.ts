import type { DocumentKind, SectionRole } from '../types';
import type { Section } from './types';

const KINDS: DocumentKind[] = ['vision', 'values', 'goals', 'strategy'];

/** Files a code repository has for other purposes: never strategy documents unless front matter says so. */
const NEVER_STRATEGY = /^(changelog|changes|history|contributing|license|licence|code[-_]of[-_]conduct|security|authors|notice|support|funding|codeowners|pull_request_template|issue_template)$/i;

const NAME_KINDS: [RegExp, DocumentKind][] = [
  [/(^|[-_. ])(cx[-_. ]?)?strateg(y|ies|ic)([-_. ]|$)|(^|[-_. ])(manifesto|charter|customer[-_. ]experience)([-_. ]|$)/i, 'strategy'],
  [/(^|[-_. ])(vision|north[-_. ]?star|mission)([-_. ]|$)/i, 'vision'],
  [/(^|[-_. ])(values|principles|culture|behaviou?rs)([-_. ]|$)/i, 'values'],
  [/(^|[-_. ])(goals|okrs?|objectives|kpis|targets)([-_. ]|$)/i, 'goals'],
];

const TITLE_WORDS = /\b(vision|mission|values|principles|culture|goals|okrs?|objectives|key results|strategy|strategic plan|kpis|cx|customer experience|north star)\b/i;

export function kindFromFrontMatter(frontMatter: Record<string, unknown> | null): DocumentKind | null {
  const value = frontMatter?.kind;
  return typeof value === 'string' && (KINDS as string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as DocumentKind) : null;
}

export function baseName(path: string | undefined): string {
  if (!path) return '';
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return name.replace(/\.(md|markdown|mdx|mdown|mkd|txt)$/i, '');
}

function kindFromRoles(roles: Set<SectionRole>): DocumentKind | null {
  const vision = roles.has('vision') || roles.has('mission');
  const values = roles.has('values');
  const goals = roles.has('goals');
  const count = [vision, values, goals].filter(Boolean).length;
  if (count >= 2) return 'strategy';
  if (vision) return 'vision';
  if (values) return 'values';
  if (goals) return 'goals';
  return null;
}

/**
 * Decides what a Markdown file is. Evidence from headings must be strong, because a code
 * repository is full of READMEs with "Goals" and "Values" sections that are not strategy.
 */
export function detectKind(options: {
  path?: string;
  frontMatter: Record<string, unknown> | null;
  sections: readonly Section[];
  /** Front matter `title`, else the first heading. */
  title: string | null;
  goalLines: number;
  /** All goals found: a "goals" document without any is an API page about goals, not a plan. */
  goalCount: number;
  lintAlways: boolean;
}): { kind: DocumentKind; source: 'front-matter' | 'file-name' | 'headings' | 'configuration' | 'none' } {
  const declared = kindFromFrontMatter(options.frontMatter);
  if (declared) return { kind: declared, source: 'front-matter' };

  const name = baseName(options.path);
  const roles = new Set<SectionRole>();
  for (const section of options.sections) if (section.heading && section.role !== 'other') roles.add(section.role);
  const strategyRoles = ['vision', 'mission', 'values', 'goals', 'customers', 'journey'].filter((r) => roles.has(r as SectionRole));
  const titleSays = TITLE_WORDS.test(options.title ?? '');

  if (!NEVER_STRATEGY.test(name)) {
    for (const [pattern, kind] of NAME_KINDS) {
      // The name alone is not enough: "values.md" in API docs is about return values.
      if (pattern.test(name) && (strategyRoles.length > 0 || titleSays || options.goalLines > 0)) {
        return { kind: kind === 'vision' && roles.has('goals') && roles.has('values') ? 'strategy' : kind, source: 'file-name' };
      }
    }
    const isReadme = /^(readme|index)$/i.test(name);
    const fromRoles = kindFromRoles(roles);
    const needed = isReadme ? 3 : 2;
    const substantive = fromRoles !== 'goals' || options.goalCount > 0;
    if (fromRoles && substantive && (strategyRoles.length >= needed || (titleSays && strategyRoles.length >= 1 && !isReadme))) {
      return { kind: fromRoles, source: 'headings' };
    }
    if (titleSays && !isReadme && options.goalLines >= 2) return { kind: 'goals', source: 'headings' };
  }
  if (options.lintAlways) return { kind: 'strategy', source: 'configuration' };
  return { kind: 'none', source: 'none' };
}
