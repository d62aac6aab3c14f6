/**
 * A reading of a short text (a heading, a lead-in line) kept across lints: an edit leaves almost
 * every heading and paragraph as it was, so each is read once. The memo empties itself when large.
 */
export function memoByText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      if (memo.size >= limit) memo.clear();
      value = read(text);
      memo.set(text, value);
    }
    return value as T;
  };
}

/**
 * Gives back a key equal to the last one it was given as that very string: the many objects that
 * keep the key then compare it by identity at once, not character by character.
 */
export function lastKeyKeeper(): (key: string) => string {
  let last = '';
  return (key) => (key === last ? last : (last = key));
}
