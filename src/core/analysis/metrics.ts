/** Which metric a goal names ("NPS", "first contact resolution", "percentage of calls answered") and which way it wants it to move. */
import type { Span } from './spans';
import { lowerBound, tailBefore } from './tail';

const NAMED_METRIC_RE = new RegExp(
  [
    'employee\\s+net\\s+promoter\\s+score',
    'net\\s+promoter\\s+score',
    'e?NPS\\b',
    'customer\\s+satisfaction(?:\\s+(?:score|rating|index))?',
    'CSAT\\b',
    'customer\\s+effort\\s+score',
    'effort\\s+score',
    'CES\\b',
    'first[-\\s](?:contact|call|time)\\s+resolution(?:\\s+rate)?',
    'FCR\\b',
    '(?:average\\s+|mean\\s+|median\\s+)?time\\s+to\\s+(?:resolve|resolution|respond|first\\s+response|answer|hire|value|market|close)',
    '(?:average\\s+|mean\\s+|median\\s+)?(?:first\\s+)?(?:response|resolution|handling|handle|wait(?:ing)?|hold|queue|turnaround|lead|cycle|delivery|call\\s+wait|processing|decision)\\s+times?',
    'average\\s+(?:handling|handle)\\s+time',
    'AHT\\b',
    'average\\s+speed\\s+(?:of|to)\\s+answer',
    'average\\s+wait',
    '(?:customer\\s+|staff\\s+|employee\\s+|logo\\s+|revenue\\s+)?churn(?:\\s+rate)?',
    '(?:customer\\s+|staff\\s+|employee\\s+|net\\s+revenue\\s+|gross\\s+revenue\\s+)?retention(?:\\s+rate)?',
    '(?:staff\\s+|employee\\s+)?attrition(?:\\s+rate)?',
    '(?:staff|employee)\\s+turnover',
    '(?:renewal|repeat\\s+purchase|conversion|abandonment|abandon|bounce|click[-\\s]through|open|response|resolution|completion|pass|participation|adoption|error|defect|complaint|escalation|referral|occupancy|utili[sz]ation|absence|sickness\\s+absence|vacancy|win|take[-\\s]up|uptake|default|arrears|satisfaction)\\s+rates?',
    'conversion',
    'uptime',
    'availability',
    'SLA\\s+(?:compliance|attainment|performance|adherence)',
    '(?:call\\s+)?abandonment(?:\\s+rate)?',
    'on[-\\s]time\\s+(?:delivery|performance|in\\s+full)',
    'OTIF\\b',
    '(?:annual\\s+)?(?:recurring\\s+)?revenue',
    'ARR\\b',
    'MRR\\b',
    'ARPU\\b',
    '(?:customer\\s+)?lifetime\\s+value',
    'C?LTV\\b',
    'CLV\\b',
    'EBITDA\\b',
    '(?:gross\\s+|net\\s+|operating\\s+)?(?:profit|margin)s?',
    'sales',
    'market\\s+share',
    'share\\s+of\\s+wallet',
    'cost\\s+(?:to\\s+serve|per\\s+(?:contact|call|ticket|case|hire|acquisition))',
    'complaints?',
    'defects?',
    'incidents?',
    'outages?',
    'escalations?',
    'backlog',
    '(?:employee\\s+|staff\\s+)?engagement(?:\\s+score)?',
    '(?:employee|staff)\\s+satisfaction',
    '(?:trustpilot|google|app\\s+store|glassdoor|feefo|star|review)\\s+(?:score|rating)s?',
    'active\\s+users',
    'DAU\\b',
    'MAU\\b',
    'sign[-\\s]?ups',
    'registrations',
    'subscribers',
    'downloads',
    'footfall',
    'referrals',
    'emissions',
    'carbon\\s+footprint',
    'representation',
    'productivity',
    'accuracy',
    '(?:quality|health|wellbeing|pulse|trust|loyalty|reputation|brand)\\s+(?:score|index)',
    '(?:industry\\s+|league\\s+)?(?:ranking|league\\s+table)',
  ].join('|'),
  'gi',
);
export const LOWER_IS_BETTER =
  /churn|attrition|turnover|wait|hold|queue|response|resolution\s+time|resolve|handl|AHT|time\s+to|complaint|defect|error|cost|abandon|bounce|backlog|emission|absence|incident|outage|escalation|effort|CES|arrears|default|vacanc|lead\s+time|cycle\s+time|turnaround/i;

const METRIC_HEAD_RE = /\b(?:(?:percentage|proportion|share|number|count|volume|amount|level|rate|ratio)\s+of|%\s*of|per\s?cent\s+of|percent\s+of)\s+/gi;
const PCT_OF_RE = /(?:%|per\s?cent|percent)\s+of\s+/gi;
const GENERIC_TAIL_RE = /\b(?:rate|score|index|ratio|rating|ranking)s?\b/gi;

export const STOP_WORDS = new Set(
  (
    'within by in before to from for under over than at on and or but with during until via through per across ' +
    'into onto up down is are was were will be being been has have had should must can could would may might ' +
    'increase increasing raise raising grow growing improve improving reduce reducing cut cutting lower lowering ' +
    'decrease decreasing boost achieve reach hit maintain keep deliver make get the a an our their its this that these ' +
    'those each every all less fewer least most no not so as if when where while'
  ).split(' '),
);
const SKIP_THROUGH = new Set('the our all their its your my of'.split(' '));
const REL_WORDS = new Set('who that which whose whom'.split(' '));

const PREPOSITIONS = new Set('within by in before to from for under over at during until via through per across into than'.split(' '));

/** Consumes a noun phrase starting at pos (after "of "), returns its end or pos when empty. */
export function nounPhraseEnd(text: string, pos: number, maxWords: number): number {
  const word = /\s*([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)/y;
  let end = pos;
  let words = 0;
  let p = pos;
  let inRelative = false;
  while (words < maxWords) {
    word.lastIndex = p;
    const m = word.exec(text);
    if (!m) break;
    const w = m[1]!.toLowerCase();
    const leading = words === 0 && SKIP_THROUGH.has(w);
    if (REL_WORDS.has(w)) {
      inRelative = true;
    } else if (!leading && STOP_WORDS.has(w) && (!inRelative || PREPOSITIONS.has(w))) {
      break;
    } else if (words > 0 && (w === 'more' || w === 'longer' || w === 'over')) {
      break; // "people waiting more than 18 weeks"
    }
    p += m[0].length;
    if (!leading) words++;
    if (!REL_WORDS.has(w) && !leading) end = p;
  }
  return end;
}

/** Named metrics, "percentage / number of X" heads and "... rate / score" tails, in text order of each kind. */
export function collectMetrics(text: string, out: Span[]): void {
  let m: RegExpExecArray | null;
  NAMED_METRIC_RE.lastIndex = 0;
  while ((m = NAMED_METRIC_RE.exec(text))) {
    // Acronyms must be upper case to count: "ces", "arr", "sales" are fine as words, "nps" too.
    const t = m[0];
    if (/^(?:ces|fcr|aht|arr|mrr|arpu|dau|mau|otif|ltv|cltv|clv)$/.test(t)) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  METRIC_HEAD_RE.lastIndex = 0;
  while ((m = METRIC_HEAD_RE.exec(text))) {
    const headEnd = m.index + m[0].length;
    const end = nounPhraseEnd(text, headEnd, 6);
    if (end > headEnd) out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  PCT_OF_RE.lastIndex = 0;
  while ((m = PCT_OF_RE.exec(text))) {
    const headEnd = m.index + m[0].length;
    const end = nounPhraseEnd(text, headEnd, 6);
    if (end > headEnd) out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  GENERIC_TAIL_RE.lastIndex = 0;
  while ((m = GENERIC_TAIL_RE.exec(text))) {
    // Up to two words before: "industry ranking", "digital take-up rate".
    const t = tailBefore(text, m.index, 2);
    const n = t.low.length;
    if (n === 0 || !/^\p{L}/u.test(t.low[n - 1]!) || STOP_WORDS.has(t.low[n - 1]!)) continue;
    let start = t.starts[n - 1]!;
    if (n === 2 && /^\p{Ll}/u.test(t.orig[0]!) && !STOP_WORDS.has(t.low[0]!)) start = t.starts[0]!;
    const end = m.index + m[0].length;
    out.push({ start, end, text: text.slice(start, end) });
  }
}

const UP_RE =
  /\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|grow(?:s|n|ing|th)?|grew|improv(?:e|es|ed|ing|ement)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|maximi[sz](?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|gain(?:s|ed|ing)?|ris(?:e|es|ing)|rose|higher|scale\s+up|step\s+up|more)\b/gi;
const DOWN_RE =
  /\b(?:down\s+(?:from|to)|reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)|halv(?:e|es|ed|ing)|shrink(?:s|ing)?|eliminat(?:e|es|ed|ing)|drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|shorten(?:s|ed|ing)?|bring\s+down|brought\s+down|fewer|slash(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing))\b/gi;

/** The first up or down word; `neutral` when it is a mere "improve", whose direction depends on the metric. */
export function findDirection(text: string): { dir: 'up' | 'down' | null; neutral: boolean } {
  UP_RE.lastIndex = 0;
  DOWN_RE.lastIndex = 0;
  let up: RegExpExecArray | null = null;
  // "more" only counts when nothing stronger is there.
  let m: RegExpExecArray | null;
  while ((m = UP_RE.exec(text))) {
    if (/^more$/i.test(m[0]) && /\b(?:no|not|than)\s*$/i.test(lowerBound(text, m.index, 6))) continue;
    if (/^more$/i.test(m[0]) && /^\s+than\b/i.test(text.slice(m.index + 4, m.index + 10))) continue;
    up = m;
    break;
  }
  let down: RegExpExecArray | null = null;
  while ((m = DOWN_RE.exec(text))) {
    // "by fall 2027" is a season.
    if (/^fall$/i.test(m[0]) && (/^\s+(?:of\s+)?(?:19|20)\d{2}/.test(text.slice(m.index + 4, m.index + 14)) || /\b(?:by|in|this|next|the|until|before|during)\s+$/i.test(lowerBound(text, m.index, 8)))) continue;
    down = m;
    break;
  }
  if (!up && !down) return { dir: null, neutral: false };
  if (up && (!down || up.index < down.index)) {
    return { dir: 'up', neutral: /^(?:improv|enhanc|strengthen)/i.test(up[0]) };
  }
  return { dir: 'down', neutral: false };
}
