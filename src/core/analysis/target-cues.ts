/** The words just before or after a number that make it a target, a change, a baseline or a threshold. */
import { endsWithAny, lastIndexSkipping, phrases, words, type Tail } from './tail';

const BASE_DROP = words(': = of at around about approx approximately c ca circa ~ ≈ is');
const BASE_LAST = words('from baseline current currently today now was were vs versus against previously');
const BASE_PHRASES = phrases(
  'up from|down from|compared to|compared with|starting point|starting value|last year|currently sits|currently stands|' +
    'currently running|sits|stands',
);
export const BASE_AFTER = /^\s*\)?\s*(?:today|currently|now|at\s+present|at\s+the\s+moment|last\s+year|baseline)\b/i;

const DETERMINERS = words('a an the');
const TARGET_WORDS = words(
  'to reach reaches reaching hit hitting achieve achieves achieving minimum min above over exceed exceeds exceeding ' +
    'below under max maximum target targeted targeting goal maintain maintaining keep keeping sustain sustaining stay ' +
    'staying remain remaining ≥ ≤ > < =',
);
const TARGET_PHRASES = phrases(
  'at least|a minimum of|minimum of|no less than|not less than|no fewer than|not fewer than|more than|greater than|' +
    'at or above|at or below|less than|fewer than|at most|no more than|not more than|maximum of|max of|target of|' +
    'target is|goal of|goal is',
);
export const CHANGE_PHRASES = phrases('by|by a|by an|by another|by a further|by at least|by over|by more than|by up to|by around|by about');
export const THRESHOLD_PHRASES = phrases('more than|longer than|over|beyond|exceeding|in excess of|at least|greater than');
export const DURATION_VALUE_LAST = words('from to under below of target average median mean max maximum : ≤ < =');
export const DURATION_VALUE_PHRASES = phrases('less than|fewer than|at most|no more than|not more than|no longer than');

/** True when the tail names a starting value ("from", "up from", "currently", "(2025:"). */
export function isBaselineTail(t: Tail): { yes: boolean; last: string } {
  const toks = t.low;
  let k = toks.length - 1;
  let sawColon = false;
  while (k >= 0) {
    const w = toks[k]!;
    if (BASE_DROP.has(w)) {
      if (w === ':' || w === '=') sawColon = true;
      k--;
    } else if (w === '.' && k > 0 && /^(?:approx|c|ca|vs)$/.test(toks[k - 1]!)) k--;
    else break;
  }
  if (k < 0) return { yes: false, last: '' };
  const last = toks[k]!;
  if (BASE_LAST.has(last) || endsWithAny(toks, k, BASE_PHRASES)) return { yes: true, last };
  // "(2025: 41%)", "2025 baseline: 41%"
  if (sawColon) {
    let y = k;
    if (/^(?:baseline|actual|actuals|value|result|figure|level)$/.test(last) && y > 0) y--;
    const w = toks[y]!;
    if (/^(?:(?:19|20)\d{2}|fy\d{2}|fy\d{4}|q[1-4]|h[12])$/.test(w)) return { yes: true, last: w };
    // "(2025/26: 41%)", "(2025-26: 41%)"
    if (/^\d{2}$/.test(w) && y >= 2 && /^[-/–]$/.test(toks[y - 1]!) && /^(?:19|20)\d{2}$/.test(toks[y - 2]!)) return { yes: true, last: w };
  }
  return { yes: false, last };
}

/** Score of the target cue just before a number: 3 for "to / at least / ≥ ...", 1 for "of / at / :", 0 for none. */
export function targetCueScore(t: Tail): number {
  const toks = t.low;
  let k = lastIndexSkipping(toks, DETERMINERS);
  let colon = false;
  while (k >= 0 && (toks[k] === ':' || toks[k] === '=')) {
    if (toks[k] === '=') return 3;
    colon = true;
    k--;
  }
  k = lastIndexSkipping(toks, DETERMINERS, k);
  if (k < 0) return colon ? 1 : 0;
  if (endsWithAny(toks, k, TARGET_PHRASES)) return 3;
  if (TARGET_WORDS.has(toks[k]!)) return 3;
  if (colon || toks[k] === 'of' || toks[k] === 'at') return 1;
  return 0;
}
