import type { SectionRole } from '../types';
import type { ResolvedConfig } from './types';

/** Section roles a `headingSynonyms` key may name (the runtime twin of `SectionRole`). */
export const SECTION_ROLES: readonly SectionRole[] = [
  'vision',
  'mission',
  'values',
  'goals',
  'customers',
  'journey',
  'employees',
  'feedback',
  'other',
];

/**
 * Words that name the people an organisation serves. Singular forms: the matcher handles
 * plurals ("customers", "families" is listed because its plural is irregular enough to matter).
 * Beyond buyers: the public and citizens for public services, patients and Veterans, members of
 * an association, developers and engineers for a platform or tool, partners for a service
 * organisation, and "everyone" when a mission speaks to all.
 */
export const DEFAULT_PERSONAS: readonly string[] = [
  'customer',
  'client',
  'user',
  'end user',
  'patient',
  'guest',
  'member',
  'citizen',
  'resident',
  'the public',
  'general public',
  'members of the public',
  'taxpayer',
  'constituent',
  'veteran',
  'service member',
  'caregiver',
  'carer',
  'beneficiary',
  'claimant',
  'applicant',
  'student',
  'learner',
  'pupil',
  'researcher',
  'shopper',
  'buyer',
  'consumer',
  'passenger',
  'traveller',
  'traveler',
  'subscriber',
  'visitor',
  'tenant',
  'audience',
  'reader',
  'community',
  'people we serve',
  'those who use',
  'those who create and use',
  'anyone who uses',
  'everyone who uses',
  'people we work with',
  'service user',
  'caller',
  'patron',
  'fan',
  'family',
  'families',
  'developer',
  'engineer',
  'adopter',
  'author',
  'partner',
  'everyone',
  'everybody',
  'people',
  'businesses',
  'organisations',
  'organizations',
  'companies',
  'ux',
  'other teams',
  'other functions',
  'other departments',
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The configuration before any file is read. Frozen: `mergeConfig` always returns new
 * objects, so nothing should ever write to this.
 */
export const DEFAULT_CONFIG: ResolvedConfig = deepFreeze({
  rules: {},
  personas: [...DEFAULT_PERSONAS],
  vagueWords: [],
  jargon: [],
  headingSynonyms: {},
  templates: '.visionlint/templates',
  lint: 'auto',
  requireDisableReason: false,
  maxFileSizeKb: 2048,
  fiscalYearStart: 1,
  ignore: [],
  houseRules: { words: [], requiredSections: [], goalColumns: [] },
  baseDir: null,
  files: [],
  problems: [],
});
