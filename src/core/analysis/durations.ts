/** Durations written with a unit ("3 working days", "24 hrs"), and whether one is a service level rather than a deadline. */
import { clauseStart } from './tail';

const SERVICE_VERB_RE =
  /\b(?:respon(?:d|ds|ded|ding|se|ses)|repl(?:y|ies|ied|ying)|resol(?:ve|ves|ved|ving|ution|utions)|answer(?:s|ed|ing)?|deliver(?:s|ed|ing|y|ies)?|ship(?:s|ped|ping)?|fix(?:es|ed|ing)?|clos(?:e|es|ed|ing|ure)|process(?:es|ed|ing)?|return(?:s|ed|ing)?|refund(?:s|ed|ing)?|call(?:s|ed|ing)?\s+back|call-?backs?|onboard(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing|ement)|dispatch(?:es|ed|ing)?|triag(?:e|es|ed|ing)|turn(?:ed)?\s*around|turnaround|contact(?:s|ed)?|follow(?:ed)?[-\s]?up|repair(?:s|ed)?|install(?:s|ed)?|paid|pay|settl(?:e|es|ed)|seen|treat(?:ed)?|wait(?:s|ed|ing)?)\b/i;

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Normalises a written unit ("hrs", "working days", "wk") to a DurationUnit, or null. */
export function durationUnit(word: string): DurationUnit | null {
  const w = word.toLowerCase().replace(/^(?:calendar|working|business)\s+/, '');
  if (/^(?:s|secs?|seconds?)$/.test(w)) return 'seconds';
  if (/^(?:mins?|minutes?)$/.test(w)) return 'minutes';
  if (/^(?:h|hrs?|hours?)$/.test(w)) return 'hours';
  if (/^(?:d|days?)$/.test(w)) return 'days';
  if (/^(?:wks?|weeks?)$/.test(w)) return 'weeks';
  if (/^(?:mths?|months?)$/.test(w)) return 'months';
  if (/^(?:yrs?|years?)$/.test(w)) return 'years';
  return null;
}

/**
 * True when the duration written at [start, end) ("within 3 days", "under 2 hours") is a
 * service level (a target to measure) rather than a deadline: seconds, minutes and hours
 * always are; days and weeks are when a service verb (respond, resolve, ship...) comes
 * earlier in the same clause or the duration is followed by "of <event>"; months and years
 * only in the "of <event>" case ("within 3 months of joining").
 */
export function isServiceDuration(text: string, start: number, end: number, unit: DurationUnit): boolean {
  if (unit === 'seconds' || unit === 'minutes' || unit === 'hours') return true;
  const after = text.slice(end, end + 40);
  if (/^\s*(?:of|from|after|following)\s+(?!now\b|today\b|the\s+(?:date|start)\b)[\p{L}]/iu.test(after)) return true;
  if (unit === 'months' || unit === 'years') return false;
  return SERVICE_VERB_RE.test(text.slice(clauseStart(text, start), start));
}
