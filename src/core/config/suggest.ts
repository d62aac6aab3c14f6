// "Did you mean ...?": the known word closest to a misspelt setting, rule id, flag or value.

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate closest to `word` by edit distance (ignoring case, `-` and `_`), if it is
 * close enough to be a typo; else the single candidate that contains `word` as a whole
 * `-`-separated part (`owner` -> `goal-owner`).
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const w = word.toLowerCase();
  const ws = squash(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  const list = [...candidates];
  for (const c of list) {
    const limit = Math.max(1, Math.floor(Math.max(word.length, c.length) / 3));
    const d = Math.min(levenshtein(w, c.toLowerCase(), limit), levenshtein(ws, squash(c), limit));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  if (w.length < 3) return undefined;
  const containing = list.filter((c) => {
    const parts = c.toLowerCase().split(/[-_./]/);
    const wparts = w.split(/[-_./\s]/);
    for (let i = 0; i + wparts.length <= parts.length; i++) {
      if (wparts.every((p, k) => parts[i + k] === p)) return true;
    }
    return false;
  });
  return containing.length === 1 ? containing[0] : undefined;
}

/** ` Did you mean X?` for a problem message, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const s = suggestClosest(word, candidates);
  return s ? ` Did you mean ${s}?` : '';
}
