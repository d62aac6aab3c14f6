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
