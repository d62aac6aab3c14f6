import { memoByText } from '../text/memo';
/**
 * How a reader tells the lines of a strategy document apart: a field ("Owner: Priya", "Timeframe:
 * by 2022-07-31"), a statement that can be a goal, a commitment in prose ("We will publish ..."),
 * and the lines that are none of these (template instructions, questions, struck-through text,
 * links to elsewhere). Every pattern here is bounded, so no line can make it slow.
 */

/** What a field's label says its value is. */
export type FieldKind =
  | 'objective'
  | 'key-result'
  | 'goal'
  /** "Key Results:" over a list of them, sometimes naming who delivers them ("Key Results: Martin"). */
  | 'key-results'
  | 'owner'
  | 'deadline'
  | 'start'
  | 'metric'
  | 'baseline'
  | 'target'
  | 'why'
  /** Scores, grades, tracking and notes: a record of progress, never a goal. */
  | 'record'
  /** Everything else a tracker or template holds: status, scope, labels, links, channels. */
  | 'meta'
  /** A label the vocabulary does not know ("CEO", "Sales (Closing Deals)", "In the case of a Veteran"). */
  | 'other';

export interface Field {
  kind: FieldKind;
  /** The label as written, collapsed. */
  label: string;
  /** The value after the colon, collapsed; empty for a label over a list. */
  value: string;
  /** Where the value starts in the text the field was read from. */
  valueStart: number;
}

const FIELD_WORDS: [FieldKind, RegExp][] = [
  ['key-results', /^(key results|krs)( \(krs\))?$/],
  ['key-result', /^(kr|key result|kr ?#? ?\d{1,2}(\.\d{1,2})?|key result ?\d{1,2})$/],
  ['objective', /^(objective|obj|o\d{1,2}|objective ?#? ?\d{1,2})$/],
  ['goal', /^(goal|goal ?#? ?\d{1,2}|aim|outcome|desired outcome|milestone|deliverable|commitment|okr)$/],
  ['owner', /^(owners?|owner\(s\)|dri|directly responsible individual|leads?|led by|accountable|responsible|sponsors?|assignees?|assigned to|point of contact|poc|contact|tracking manager|manager|driver|champions?|owners? or teams?|owner\(s\) or team\(s\))$/],
  ['deadline', /(^|\s)(deadline|due|due date|by when|timeline|time ?frame|target date|end date|launch date|target launch date|completion date|when|period|quarter|horizon)$/],
  ['start', /^(active from|start|start date|started|starting|since|kick-?off)$/],
  ['record', /(^|\s)(score|scores|grade|grades|grading|grading notes|tracking|tracking notes|notes?|comments?|progress|results|updates?|retrospective|learnings|calibration numbers|status update|final score|actual|actuals|achieved|outcome so far)$/],
  ['metric', /^(metrics?|kpis?|measures?|measured by|indicators?|how we measure|measurement)$/],
  ['baseline', /^(baseline|current|current value|starting point|start value|today)$/],
  ['target', /^(targets?|target value|goal value)$/],
  ['why', /^(why|rationale|purpose|impact|customer outcome|customer impact|benefit|benefits|value)$/],
  [
    'meta',
    /^(status|state|scope|github label|labels?|tags?|initiatives?|tracking issue|issues?|epic|links?|zulip channel|slack channel|channel|team name|team|teams|stakeholders?|priority|effort|confidence|weight|tracked|cadence|frequency|review|last updated|updated|version|type|category|area|flagship|see|see also|dashboard|dashboard link|related|references?|source|department|product pocs?|pm|engineering|research\/design|depo lead)$/,
  ],
];

/** "Owner: x", "**Tracking Manager:** x", "Key Results:" at the start of masked text (markup already blanked). */
const FIELD = /^[ \t]*[`'"]?([A-Za-z][A-Za-z0-9 .&/()'’#+-]{0,48}?)[`'"]?[ \t]*[:：][ \t]*/;

/** The field at the start of a line or item, or null: the label is one to six words. */
export function readField(masked: string): Field | null {
  // A label is at most 50 characters long: without a colon that early there is none.
  const colon = masked.search(/[:：]/);
  return colon < 0 || colon > 60 ? null : fieldReadings(masked);
}

/** `readFieldUncached` per text: a goal chunk read again after an edit holds mostly the same lines. */
const fieldReadings = memoByText(readFieldUncached);

function readFieldUncached(masked: string): Field | null {
  const match = FIELD.exec(masked);
  if (!match) return null;
  const label = match[1].replace(/\s+/g, ' ').trim();
  const words = label.split(' ').length;
  // "https://..." and times ("10:30") are no labels; a label has no full stop inside.
  if (words > 6 || /^https?$/i.test(label) || /\.\s/.test(label)) return null;
  const lower = label.toLowerCase().replace(/[’']/g, "'");
  const value = collapseSpaces(masked.slice(match[0].length));
  let kind: FieldKind = 'other';
  for (const [fieldKind, pattern] of FIELD_WORDS) {
    if (pattern.test(lower)) {
      kind = fieldKind;
      break;
    }
  }
  return { kind, label, value, valueStart: match[0].length };
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-case words of a text (letters and digits). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9'’-]*/g) ?? [];
}

/**
 * Text that can state a goal: three words or more, or a number with a word ("NPS 45"). Labels,
 * names and one-word headings cannot.
 */
export function isStatement(text: string): boolean {
  // Most goals have three words with letters early on: counted without splitting the whole text.
  if (THREE_WORDS.test(text)) return true;
  const words = wordsOf(text);
  const letters = words.filter((w) => /[a-z]/.test(w));
  if (letters.length >= 3) return true;
  return letters.length >= 1 && /\d/.test(text) && words.length >= 2;
}

const THREE_WORDS = /^[^A-Za-z]{0,40}?[A-Za-z][\w'’-]*[^A-Za-z]+?[A-Za-z][\w'’-]*[^A-Za-z]+?[A-Za-z]/;

/** A question ("Are our partners happy with our work?") asks; it commits to nothing. */
export function isQuestion(text: string): boolean {
  // The pattern tries every position of the text: most texts have no question mark to find.
  return text.includes('?') && /\?\s*\)?\s*$/.test(text.trim());
}

/** A line wholly in italics ("*What data will you look at ...*"): a template's instruction or a caption. */
export function isItalicOnly(raw: string): boolean {
  const text = raw.trim();
  // Every italic line opens with "*" or "_": most lines are answered without the patterns.
  if (text.charCodeAt(0) !== 42 && text.charCodeAt(0) !== 95) return false;
  // Bold inside italics counts too, even with a stray marker at the end ("_**Limit 5-6 KPIs per product**__").
  return /^(\*|_)(?!\1)[^*_]{3,}\1[.:]?$/.test(text) || /^(\*\*\*|___)[^*_]{3,}(\*\*\*|___)$/.test(text) || /^[*_](\*\*|__)[^*_]{3,}\1[*_]{1,2}[.:]?$/.test(text);
}

/** Struck-through text ("~~Maintain a single source~~") is withdrawn. */
export function isStruckThrough(raw: string): boolean {
  return /^\s*~{1,2}[^~]/.test(raw) && /~{1,2}[^~]{0,200}$/.test(raw.trim().slice(-210));
}

/** Only a link, perhaps in bold ("[What is an OKR?](...)", "See: [Airtable](...)"): it points elsewhere. */
const LINK_ONLY = /^\s*(?:(?:see|read|more|details|link)\s*[:-]?\s*)?(?:\*\*|__)?(?:\[[^\]]{0,300}\]\([^)]{0,500}\)|\[[^\]]{0,300}\]\[[^\]]{0,100}\]|<[^>\s]{1,500}>|https?:\/\/\S{1,500})(?:\*\*|__)?\s*[.,;]?\s*$/i;

/** A few words leading into a link ("Issues for [0.4.0](...)", "Notes from [the offsite](...)"): the item points elsewhere. */
const LINK_WITH_LEAD = /^\s*(?:[\w'’-]+\s+){1,3}(?:for|in|at|on|of|to|from|about|see)\s*:?\s*(?:\[[^\]]{0,300}\]\([^)]{0,500}\)|\[[^\]]{0,300}\]\[[^\]]{0,100}\])\s*[.,;]?\s*$/i;

/** A name and its address ("Docs — https://nodejs.org/en/docs/", "Download: <https://...>"): a link listed, not a goal. */
const NAMED_ADDRESS = /^\s*(?:\*\*|__)?[\w'’&/.+-]+(?:\s+[\w'’&/.+-]+){0,2}(?:\*\*|__)?\s*[—–:-]\s*(?:<\S{1,500}>|https?:\/\/\S{1,500})\s*[.,;]?\s*$/i;

export function isLinkOnly(raw: string): boolean {
  // Every link these patterns read has a bracket, an angle bracket or "://": most lines have none.
  if (!raw.includes('[') && !raw.includes('<') && !raw.includes('://')) return false;
  return LINK_ONLY.test(raw) || LINK_WITH_LEAD.test(raw) || NAMED_ADDRESS.test(raw);
}

/** The text of the only link of a link-only line, and whether it points within the page (a table of contents). */
export function linkOnlyTarget(raw: string): { text: string; inPage: boolean } | null {
  const match = /^\s*(?:\*\*|__)?\[([^\]]{0,300})\]\(([^)]{0,500})\)/.exec(raw);
  if (!match) return null;
  return { text: match[1], inPage: match[2].trim().startsWith('#') };
}

/** Bold text alone on the first line of an item or paragraph ("**Final Score**", "**Enjoying Work**"). */
export function boldLead(raw: string): { label: string; rest: string } | null {
  const match = /^\s*(\*\*|__)([^*_\n]{1,120}?)\1[ \t]*:?[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(raw);
  return match ? { label: match[2].trim(), rest: match[3].trim() } : null;
}

/** Words that say a heading or bold label is about the record of a goal, not the goal: scores, grades, tracking. */
export const RECORD_LABEL = /\b(score|scores|scoring|grading|grade|grades|tracking|notes|retro|retrospective|calibration|status|progress|results so far|update|updates)\b/i;

/** Verbs that open a commitment or a key result that describes work rather than a state ("Be", "Have" describe a role). */
const STATE_OPENERS = /^(be|have|has|is|are|was|were)\b/i;

export function opensWithStateVerb(text: string): boolean {
  return STATE_OPENERS.test(text.trim());
}

/**
 * "We will", "Cabinet Office will", "Our goal for 2024 H2 is to", "we aim to", "It is GitLab's
 * mission to": the sentence commits someone to something. Predictions ("This will help"),
 * conditions ("if ..."), hedged forecasts ("may", "might", "could") and reported history are not
 * commitments.
 */
const COMMITMENT_VERB =
  /^((?:(?:in|by|over|during|for|from|within|this|next|starting|after|between|until|before|at)\b[^,;:]{1,40}|(?:to|in order to)\s+[a-z][^,;:]{0,120}|as such),\s+)?((?:[A-Za-z0-9][\w&'’.,-]*\s+){0,9}?)(will|shall|are going to|is going to|plan to|plans to|intend to|intends to|aim to|aims to|commit to|commits to|are committed to|is committed to|strive to|strives to|want to|wants to|would like to|propose to|seek to|(?:are\s+|['’]re\s+)?(?:also\s+)?planning (?:on|to)|are working on|are working to|are working towards|are tasked with|will continue to|must)\s+(?:also\s+|not\s+|now\s+|then\s+|continue to\s+|always\s+|further\s+)?([a-z][a-z'’-]+)/i;

const GOAL_NOUN_SENTENCE =
  /^(?:(?:in|by|over|for)\b[^,;:]{1,40},\s+)?(?:it is\s+[\w’'.-]{1,40}\s+|(?:our|the|their|[A-Z][\w’'.-]{0,40}[’']s)\s+(?:[\w-]{1,20}\s+){0,3}?)(goal|goals|aim|objective|ambition|intent|intention|target)\b[^.;:]{0,60}?\b(?:is|are|will be|remains)\s+(?:to\b|that\b|for\b|we\b)/i;

/** Whether a text ends with a colon, whitespace aside: read from the end, as a pattern would scan the whole text. */
export function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && (text.charCodeAt(i) === 58 || text.charCodeAt(i) === 0xff1a);
}

/** Whether a text has a word every commitment or goal sentence has; most paragraphs have none. */
export function mayCommit(text: string): boolean {
  return COMMITMENT_WORD.test(text);
}

const COMMITMENT_WORD = /\b(?:will|shall|going to|plans? to|planning (?:on|to)|intends? to|aims?|commit(?:s|ted)?|strives? to|wants? to|would like|propose|seek|working|tasked|must|(?:important|vital|essential|critical|crucial|imperative) that|goals?|objective|ambition|intent|intention|target)\b/i;

/** Who may commit: "we", "our team", a named body ("Cabinet Office", "Departments", "Each team"). */
const NOT_AN_ACTOR = /^(it|this|that|these|those|there|which|what|who|you|i|he|she|they|one|anyone|everything|something|nothing|people|users|this work|the result|the outcome|doing so|that work|if|when|once|as|while|because|although|though|so|then|otherwise|some|many|most|none|both|either|neither|the majority|the approach|the benefits|the results|the plan|this approach|these changes|the changes|the strategy|this strategy|the document|this document|this page|the page|companies|organisations|organizations)$/i;
/** Subjects that describe rather than commit: "The majority of the benefits will be achieved ...", "Both of these methods will ...". */
const DESCRIBING_SUBJECT = /^(?:the majority|both|either|neither|the (?:approach|benefits?|results?|plan|strategy|changes?|effect|impact|cost|savings?)|this (?:approach|strategy|plan|document|page|work)|these (?:changes|actions|measures)|companies|organi[sz]ations|people)\b/i;

/** Words that show the sentence is a forecast or a condition, not a promise. */
const HEDGED = /\b(if|unless|whether|may|might|could|would|likely|probably|perhaps|hopefully|possibly|estimate|(?:expect|anticipate|believe|think|hope|predict) that|predict)\b/i;

export interface Commitment {
  /** Who commits, as written ("we", "Cabinet Office"); null for "our goal is" sentences. */
  actor: string | null;
  /** Whether the actor is the organisation as a whole ("we", "our", the author): then it names no owner. */
  actorIsAuthor: boolean;
}

/** "It is important that we ...", read as "we will ...". */
const NECESSARY_THAT = /^(?:[^,;:]{0,120},\s+so\s+)?it is (?:therefore |also |(?:equally )?)?(?:important|vital|essential|critical|crucial|imperative) that (we|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}|(?:all\s+)?departments)\s+(?=(?!(?:are|is|have|has|be|were|was|do|don't|can)\b)[a-z]+\b)/i;

/** Reads one sentence as a commitment, or null. A list item may start in lower case ("departments will publish ..."). */
export function readCommitment(sentence: string, listItem = false, strict = false): Commitment | null {
  return commitmentReadings[(listItem ? 2 : 0) + (strict ? 1 : 0)](sentence);
}

/** `readCommitmentUncached` per sentence, one memo per way of reading it: a goal chunk read again after an edit holds mostly the same sentences. */
const commitmentReadings = [false, true].flatMap((listItem) => [false, true].map((strict) => memoByText((sentence) => readCommitmentUncached(sentence, listItem, strict))));

function readCommitmentUncached(sentence: string, listItem: boolean, strict: boolean): Commitment | null {
  // "It is therefore important that we ensure ...", "..., so it is vital that we offer ...": what we must do, said as a necessity.
  const text = sentence.trim().replace(NECESSARY_THAT, '$1 will ');
  if (text.length < 12 || isQuestion(text) || !COMMITMENT_WORD.test(text)) return null;
  const noun = GOAL_NOUN_SENTENCE.exec(text);
  // "The highest goal of any human is to ...": a goal of everyone is a belief, not this plan's.
  if (noun) return /\b(?:of|for) (?:any|every|all|each)\b/i.test(noun[0]) ? null : { actor: null, actorIsAuthor: true };
  const match = COMMITMENT_VERB.exec(text);
  if (!match) return null;
  const lead = match[1] ?? '';
  const subject = match[2].trim();
  const verb = match[4].toLowerCase();
  if (subject === '' || NOT_AN_ACTOR.test(subject.split(/\s+/)[0]) || NOT_AN_ACTOR.test(subject) || DESCRIBING_SUBJECT.test(subject)) return null;
  // "Older savers value being known and want to ...": a second predicate, not a subject; others' wants are not our commitments.
  if (/\b(?:and|or|but)$/i.test(subject) || (/^(?:want|wants|would like) to$/i.test(match[3]) && !/^(?:we|our)\b/i.test(subject))) return null;
  // "Focusing on flow will ensure ...", "Not everyone will see ...": a clause or a negation, not someone committing.
  if (/^[A-Za-z]+ing\b/.test(subject) && !/^(?:during|starting|beginning)\b/i.test(subject)) return null;
  if (/^not\s/i.test(subject)) return null;
  // "Our vision captures what we want to deliver": the commitment sits in a clause describing something else.
  if (/\b(?:what|how|why|where|which)\s+(?:we|they|you|i)$/i.test(subject)) return null;
  // "Every dollar will have to be earned back": an obligation described, not an act promised.
  if (verb === 'have' && /^have\s+to\b/i.test(text.slice(match.index + match[0].length - 4))) return null;
  // "We commit to continuous learning", "We are committed to excellence": a commitment to a quality, not to an act.
  if (/commit/i.test(match[3]) && /(?:ous|al|ive|ful|ence|ance|ity|ness|ment|ion|ship|ism|ic)$/.test(verb)) return null;
  // "Performance overhead must be minimized": a requirement on something, with nobody acting.
  if (/^must$/i.test(match[3]) && verb === 'be') return null;
  // "Government Digital Service will continue to:" announces a list; the list holds the commitments.
  if (/:\s*$/.test(text)) return null;
  // A subject starts with a capital ("We", "Cabinet Office", "Departments") or is "we" after a lead-in.
  // After a lead ("By December 2012, each department will ..."), a named body may start in lower case.
  if (!/^[A-Z]/.test(subject) && !/^we\b/i.test(subject) && !(listItem && subject.split(/\s+/).length <= 4) && !(lead && namesAnActor(subject))) return null;
  // A subject longer than a few words must read as a noun phrase, not a clause ("the way we work will ...").
  if (subject.split(/\s+/).length > 5 && /\b(?:we|you|they|is|are|was|were|has|have|had|that|which|if|when)\b/i.test(subject)) return null;
  // "will be in GitLab", "will be determined by", "will be able to": where or how something is, not what anyone will do.
  if (/^(be|been|being)$/.test(verb) && /\bwill (?:not )?be\s+(?:a|an|the|more|less|very|much|hard|easy|difficult|important|necessary|needed|required|possible|available|in|at|on|behind|under|within|based|determined|expected|likely|unable|visible|free|essential|key|critical|part|subject|used|seen|treated|considered|made|given|asked)\b/i.test(text)) return null;
  // Among values, only a plan to act is a goal ("GitLab plans to maintain ..."), not how "we strive to be".
  // "We aim to keep this list limited to 3 goals", "We will update this page monthly": how the page is kept, not a goal.
  if (/^[a-z]+\s+(?:this|these|the)\s+(?:list|lists|page|pages|document|section|table|okrs|goals list)\b/i.test(text.slice(match.index + match[0].length - verb.length))) return null;
  // "The goals will be routinely revisited and updated for each year": the page's upkeep, said of the page itself.
  if (PAGE_UPKEEP.test(text)) return null;
  // "We will only succeed if we create value": a condition for an outcome, not an act promised.
  if (/\bwill\s+(?:only\s+)?(?:succeed|thrive|win|fail|flourish)\s+(?:if|when|unless|because|by)\b/i.test(text)) return null;
  // "We will always encourage growth": a standing practice described, not a plan.
  if (strict && (!/^(?:will|shall|plans? to|aims? to|intends? to|commits? to|are going to|is going to|strives? to|wants? to)$/i.test(match[3]) || /^(?:be|become|remain|stay|feel)$/.test(verb) || /\b(?:will|shall)\s+always\b/i.test(match[0]) || !/^(?:we|our \w+|(?:[A-Z][\w’'.-]*\s*)+)(?:\s+(?:also|now|further|then|too))?$/i.test(subject) || !/^(?:we|our|[A-Z])/.test(subject))) return null;
  // "We are going to be customer-obsessed.": a slogan about being, too short to commit to anything.
  if (/^(be|become)$/.test(verb) && text.split(/\s+/).length <= 7) return null;
  const before = text.slice(0, match.index + match[0].length);
  // "Where guidelines do not yet exist, the group will follow ...": a rule for a case; "Where possible, we will ..." stays a (hedged) promise.
  // "We would like to find more markets": a wish of the author's is still its plan; "would" elsewhere hedges.
  if (HEDGED.test(before.replace(/\b(?:we|I)\s+would like to\b/i, '')) || /^(?:if|when|whenever|once|as(?!\s+such\b)|while|unless|although|wherever|where(?!\s+(?:possible|appropriate|feasible|practical|practicable|relevant|needed|necessary|applicable)\b))\b/i.test(text)) return null;
  // "Over the next year we will ...": a time phrase without its comma is no part of who commits.
  const actor = subject.replace(CONNECTIVE, '').replace(/^(?:in|by|over|during|within|this|next|starting)\b[^,;:]{0,40}?\s+(?=(?:we|we['’]re)$)/i, '');
  const actorIsAuthor = /^(we|our|us)\b/i.test(actor) || /^(the )?(company|organi[sz]ation|team|government)$/i.test(actor);
  // "Service performance will be measured", "A number of new techniques will be introduced": a thing acted on, not someone acting.
  if (verb === 'be' && PASSIVE.test(text.slice(match.index + match[0].length).trimStart())) {
    // "... will be published by the Cabinet Office": the agent after "by" acts.
    const agent = /\bby\s+((?:(?:a|an|the)\s+)?[^.;:()]{1,80}?)(?=\s+(?:by|from|in|on|at|to|for|with|before|after|within)\b|[.;:()]|$)/.exec(text.slice(match.index + match[0].length));
    const agentName = agent?.[1].replace(/^(?:(?:a|an|the)\s+)?(?:[a-z-]+,?\s+(?=.*\s))*/, '').trim() ?? '';
    return { actor: agentName && namesAnActor(agentName) ? agentName : null, actorIsAuthor: false };
  }
  if (namesAnActor(actor)) return { actor, actorIsAuthor };
  // "Closer alignment will unlock synergy", "A member's experience will only ever be as good as ...": a forecast about a thing.
  const after = text.slice(match.index + match[0].length - verb.length);
  if (NO_ACTOR_FORECAST.test(verb) && !/^(?:\w+\s+){0,2}?be\s+(?:\w+\s+)?(?:[a-z][a-z-]*ed|built|made|run|held|done|taken|set|put|kept|written)\b/.test(after)) return null;
  return { actor: null, actorIsAuthor };
}

const PAGE_UPKEEP = /^(?:the|these|this|our)\s+(?:goals|okrs|objectives|list|page|document|plan|strategy|roadmap)\s+will\s+be\s+(?:\w+ly\s+)?(?:revisited|updated|reviewed|revised|refreshed|maintained|kept)\b/i;

/** Verbs that, after a thing rather than someone, forecast or describe instead of promising. */
const NO_ACTOR_FORECAST = /^(?:be|become|unlock|help|mean|allow|enable|lead|result|depend|cost|remain|stay|only|ever|always|still)$/;

/** "And we", "Therefore we", "Additionally, we": the connective is no part of who commits. */
const CONNECTIVE = /^(?:and|but|so|therefore|additionally|also|however|thus|instead|finally|then|now|today|first|second|third|in addition|as a result)\b,?\s*/i;

/** A past participle after "will be": "measured", "built", "introduced", "fed". */
const PASSIVE = /^(?:\w+ly\s+)?(?:[a-z][a-z-]*ed|built|made|found|given|run|held|done|taken|shown|known|seen|set|put|met|led|kept|sent|paid|brought|written|spent|fed|drawn|grown|chosen|begun|sought|taught|told|won|bound)\b/;

/** Who can answer for a goal: a named body or role ("Cabinet Office", "The IT Reform Group", "Departments", "@dana", "CTO"), not a thing ("Service performance"). */
const ACTOR_NOUN = /\b(?:teams?|office|departments?|committee|group|board|council|managers?|leads?|leaders?|staff|officers?|units?|agency|agencies|ministry|directorate|division|squad|guild|maintainers|owners?|chairs?|directors?|heads?|secretary|executives?|engineers?|designers?|developers|researchers|experts|specialists|analysts|members|partners|volunteers|contributors|reviewers|trustees|governors|commissioners|authorities|bodies|providers|employees|colleagues|people team|sig|wg|working group|steering)\b/i;

function namesAnActor(subject: string): boolean {
  if (/^(?:we|our|us)\b/i.test(subject) || /^@[\w-]/.test(subject) || /\b[A-Z]{2,6}s?\b/.test(subject) || ACTOR_NOUN.test(subject)) return true;
  // A proper name: every word of it capitalised ("Cabinet Office", "Government Digital Service", "Civil Service Learning").
  const words = subject.replace(/^the\s+/i, '').split(/\s+/).filter((w) => !/^(?:of|and|for|the|&)$/i.test(w));
  return words.length >= 2 && words.every((w) => /^[A-Z]/.test(w));
}

/** Sentence spans of a masked paragraph: split after ".", "!" or "?" followed by space, not after "e.g." or "i.e.". */
export function sentenceSpans(masked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const end = /[.!?]+(?=\s|$)/g;
  let start = 0;
  for (let m = end.exec(masked); m; m = end.exec(masked)) {
    const before = masked.slice(Math.max(0, m.index - 5), m.index + 1).toLowerCase();
    if (/\b(e\.g|i\.e|etc|vs|no|approx|inc|ltd|dr|mr|ms|st)\.$/.test(before) || /\b[a-z]\.$/.test(before)) continue;
    spans.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (masked.slice(start).trim()) spans.push({ start, end: masked.length });
  return spans
    .map((s) => {
      let { start: from, end: to } = s;
      while (from < to && /\s/.test(masked[from])) from++;
      while (to > from && /\s/.test(masked[to - 1])) to--;
      return { start: from, end: to };
    })
    .filter((s) => s.end > s.start);
}

/**
 * A lead-in that announces a list of goals: "We will:", "Government Digital Service will:", "Top
 * priority items are as follows:", "Our goals for 2025:".
 */
export function isGoalLeadIn(masked: string): boolean {
  return readLeadIn(masked) !== null;
}

/** "Quarter 1 of 2025: Governance", "Q3 2026:", "2025 H2 -": a short line that opens a period's list. */
const PERIOD_LEAD = /^(?:(?:quarter|q)\s?[1-4](?:\s+(?:of\s+)?(?:fy\s?)?\d{2,4})?|(?:half|h)\s?[12](?:\s+(?:of\s+)?(?:fy\s?)?\d{2,4})?|(?:fy\s?)?(?:19|20)\d\d(?:\s?[-/]\s?\d{2,4})?(?:\s?(?:q[1-4]|h[12]))?)\s*[:–—-]/i;

/** A period lead-in paragraph ("Quarter 1 of 2025: Governance and Foundations"): its period, or null. */
export function readPeriodLead(masked: string): string | null {
  if (masked.length > 400 || !/^\s*(?:q|h|quarter|half|fy|\d)/i.test(masked)) return null;
  const text = masked.replace(/\s+/g, ' ').trim();
  if (text.length > 100) return null;
  const match = PERIOD_LEAD.exec(text);
  return match ? match[0].replace(/\s*[:–—-]$/, '') : null;
}

/**
 * A lead-in: who it commits ("Government Digital Service will:", "The Steering Committee is committed to:"; "" for none or
 * "we"), and whether someone commits ("We will:") or a noun only announces ("Our commitments:").
 */
export interface LeadIn {
  actor: string;
  committed: boolean;
}

export function readLeadIn(masked: string): LeadIn | null {
  return endsWithColon(masked) ? leadInOf(masked) : null;
}

const leadInOf = memoByText(readLeadInUncached);

function readLeadInUncached(masked: string): LeadIn | null {
  const text = masked.replace(/\s+/g, ' ').trim();
  if (!/:$/.test(text)) return null;
  // A long paragraph can end with a short lead-in ("... These Service Managers will:").
  const last = lastSentence(text);
  if (last.length > 300) return null;
  if (/\b(example|examples|e\.g|for instance|such as|includes?|including|defined as|means|following terms|definitions?)\b/i.test(last)) return null;
  const committed = /^(.{0,80}?)\s*\b(?:(?:will|shall)(?:\s+(?:also|now|continue|continue to|work to|focus on))?|aims? to|plans? to|commits? to|(?:is|are) committed to|(?:is|are) going to|(?:is|are) responsible for|(?:have|'ve|’ve) started to|(?:is|are) (?:now |currently )?working (?:on|to))\s*:$/i.exec(last);
  if (committed) {
    const actor = committed[1].replace(/^(?:in \d{4}|this year|next year|to do this|to get there|therefore|so|and|then),?\s*/i, '').trim();
    return { actor: /^(we|our|us|i)$/i.test(actor) || !/^[A-Z]/.test(actor) || actor.split(' ').length > 6 ? '' : actor, committed: true };
  }
  // A noun that announces goals ("Our goals for 2025:") counts only in a short paragraph; in a long one it is prose ("... the following steps to articulate our plan:").
  // Naming what follows as the goals themselves ("we have set the following three priorities ...:") announces them in any paragraph.
  if (FOLLOWING_GOALS_LEAD.test(last)) return { actor: '', committed: false };
  return text.length <= 300 && (/\b(goals?|objectives?|priorities|priority items|key results|okrs?|kpis|commitments|targets|milestones|deliverables|outcomes|aims|ambitions|plans?|benchmarks|opportunities)\b[^:]{0,60}:$/i.test(last) || TACTICS_LEAD.test(last) || MEANS_LEAD.test(last)) ? { actor: '', committed: false } : null;
}

/** "... the following three high-level priorities to guide us:", "... specifically by tackling the following:": the goals follow. */
const FOLLOWING_GOALS_LEAD = /\bthe following (?:[\w-]+\s+){0,3}(?:goals|objectives|priorities|commitments|outcomes|aims|milestones|deliverables)\b[^:]{0,60}:$|\b(?:by|through) (?:tackling|addressing|delivering|pursuing) the following\s*:$/i;

/** "Delivering services that meet user needs, through:", "We will get there by:": the steps of an aim follow. */
const MEANS_LEAD = /(?:^|\s)[A-Z][^:#]{10,200},?\s+(?:through|by)\s*:$/;

/** "Tactical steps in 2018:", "Tactically:", "Key actions:", "Metrics for 2025:": the steps of a plan (steps and metrics alone are often instructions). */
const TACTICS_LEAD = /^(?:[\w-]+\s+){0,3}?(?:tactical(?:ly)?\b[^:]{0,40}|tactics\b[^:]{0,40}|(?:key|priority|planned)\s+actions\b[^:]{0,40}|(?:steps|actions|metrics)\b[^:]{0,30}\b(?:in|for|during|by)\s+(?:(?:19|20)\d\d|q[1-4]\b[^:]{0,10}|this year|next year))\s*:$/i;

/** A sentence that names the one before it as principles or values: "These are our guiding principles". */
export const NAMED_AS_PRINCIPLES = /^\s*(?:these|those|they) are (?:our|the) (?:[\w-]+ ){0,2}(?:values|principles|beliefs|tenets)\b/i;

/** The last sentence of a text (all of it when it has one). */
export function lastSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+/).pop() ?? text;
}

/** What a template leaves where a goal will go: "Coming soon", "TBD", "To be defined", "WIP". */
export function isPlaceholderText(text: string): boolean {
  return /^\s*(?:coming soon|tbd|tbc|tk|to be (?:defined|determined|decided|confirmed|added|announced)|wip|work in progress|pending|n\/a|none yet|todo|placeholder|\.\.\.|…)\b/i.test(text);
}

/** Markers before the words: list numbers ("1.", "2)"), arrows and emoji ("➡️", "📌"), bracketed labels ("[Objective]", not a link's text). */
const MARKERS = /^(?:\s*(?:\d{1,2}[.)]\s+|\[\p{L}[\p{L} ]{0,23}\](?=\s)|[^\p{L}\p{N}\s"'“‘(`]+\s*))+/u;

/** The text without its leading markers, so readings anchored at its first word see that word. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

const FIRST_WORD = /^\s*(\S*)/;

/** Whether text opens with an imperative verb ("Improve ...", "Build a Global Community"). */
export function opensWithImperative(text: string): boolean {
  // The first word alone, without splitting the whole text into words.
  const first = FIRST_WORD.exec(text)![1];
  return IMPERATIVE.test(first.replace(/[^A-Za-z]/g, ''));
}

/**
 * Whether a heading opens with a verb that acts on something ("Build team + culture", "Grow a
 * culture of learning") rather than naming it: in "Design principles" the word after the verb-like
 * one is what `names` picks out, so the heading is a label.
 */
export function actsOnNamed(text: string, names: (word: string) => boolean): boolean {
  return opensWithImperative(text) && !names(text.trim().split(/\s+/)[1] ?? '');
}

/** Verbs that open an imperative goal even when written in title case ("Build a Global Community"). */
const IMPERATIVE = /^(?:redesign|rethink|rebuild|reduce|broaden|widen|base|tackle|harness|embed|put|set|give|bring|let|work|transition|move|shift|open|offer|share|teach|listen|respond|answer|reach|serve|support|use|apply|invest|lead|own|commit|focus|prioriti[sz]e|enhance|improve|increase|build|deepen|expand|develop|create|launch|implement|deliver|grow|cut|make|provide|introduce|refine|foster|update|establish|help|drive|ship|publish|hire|achieve|get|win|become|define|design|run|hold|host|add|remove|migrate|integrate|automate|scale|strengthen|accelerate|enable|ensure|lower|raise|boost|adopt|complete|finish|start|begin|close|sign|secure|streamline|simplify|modernise|modernize|standardise|standardize|consolidate|transform|double|triple|halve|maintain|keep|protect|prevent|eliminate|retire|replace|upgrade|train|recruit|onboard|engage|connect|partner|unify|align|measure|track|report|document|review|assess|audit|evaluate|test|pilot|prototype|explore|research|fund|promote|market|sell|acquire|retain|attract|educate|empower|celebrate|recognise|recognize)$/i;

/** A name in title case ("Developer Experience", "Operational Qualities"): a list of names, not of goals. */
export function isTitleCaseName(text: string): boolean {
  // A name has no digits: most goals do, and are answered before their words are split.
  if (text.length > 90 || /\d/.test(text)) return false;
  const words = text.trim().replace(/[.:]$/, '').split(/\s+/);
  // Longer names carry their abbreviation ("Department for Work and Pensions (DWP)").
  if ((words.length > 4 && !/\([A-Z]{2,8}\)$/.test(words[words.length - 1])) || IMPERATIVE.test(words[0].replace(/,$/, ''))) return false;
  // Commas separate the parts of one name ("Department for Business, Innovation and Skills (BIS)").
  return words.every((w) => /^[A-Z(&"“'‘][\w'’.&)"”-]*,?$/.test(w) || /^(?:of|and|for|the|to|in|on|a|an|&)$/.test(w));
}

/** An item that names a topic rather than a goal: "How organisations adopt ...", "What we learned". */
export function isTopic(text: string): boolean {
  return /^\s*(how|what|why|when|where|who|which|whether)\b/i.test(text);
}
