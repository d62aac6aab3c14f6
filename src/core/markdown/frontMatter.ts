const OPENING_FENCE = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;

/** The offset just after the closing fence of the front matter block the text starts with, or null when it has none. */
export function frontMatterEnd(text: string): number | null {
  const open = OPENING_FENCE.exec(text);
  if (!open) return null;
  CLOSING_FENCE.lastIndex = open[0].length - (open[0].endsWith('\r\n') ? 2 : 1);
  const close = CLOSING_FENCE.exec(text);
  return close ? close.index + close[0].length : null;
}
