/** The cue words before a period ("by", "no later than", "since") that say whether it is a deadline or a starting point. */

const CUE_RE =
  /(?:^|[^A-Za-z\u00C0-\u024F0-9])(by|before|until|till|til|up\s+to|through|thru|throughout|no\s+later\s+than|not\s+later\s+than|due(?:\s+(?:by|in|on|for|date))?|deadline(?:\s+(?:of|is))?|target\s+date|completion\s+date|ends?|ending|in|during|for|within|on|at|from|since|of|over|across|between|vs\.?|versus|against|than(?:\s+in)?|compared\s+(?:to|with))(?:\s+the)?\s?[:\-–—(]?\s*$/i;
export const COMMIT_CUES = /^(?:by|before|until|till|til|up\s+to|through|thru|no\s+later\s+than|not\s+later\s+than|due.*|deadline.*|target\s+date|completion\s+date|ends?|ending|within)$/i;
export const BASELINE_CUES = /^(?:since|from|vs\.?|versus|against|than(?:\s+in)?|compared\s+(?:to|with))$/i;

/** The cue word(s) just before start, lower-cased, with single spaces. */
export function cueBefore(text: string, start: number): string | undefined {
  const m = CUE_RE.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : undefined;
}
const HAS_CUE_RE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:by|before|until|till|through|in|during|for|from|since|within|no\s+later\s+than|not\s+later\s+than|due|deadline|of|end\s+of)(?:\s+the)?\s?:?\s+$/i;
/** True when a cue word comes just before start: a bare month, season or half needs one ("in June"). */
export function hasCue(text: string, start: number): boolean {
  return HAS_CUE_RE.test(text.slice(Math.max(0, start - 30), start));
}
