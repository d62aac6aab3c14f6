/** Placeholders that only look like targets: X, TBD, ??, [target], <metric>. */
import { Mask, type Span } from './spans';
import { lowerBound } from './tail';

const PLACEHOLDER_RE =
  /(?<![A-Za-z\u00C0-\u024F0-9_'’-])(?:TBD|TBC|TBA|T\.B\.[DC]\.?|tbd|tbc|tba|n\/a|N\/A|\?{2,}|_{3,}|[£$€]?(?:XX+|X(?:,XXX)+|[XYNZ]|x)(?:\.X+)?(?:%|pp|k|m|bn)?)(?![A-Za-z\u00C0-\u024F0-9_'’-]|\.A-Za-z\u00C0-\u024F)/g;
const BRACKET_PLACEHOLDER_RE =
  /[[<{]{1,2}\s?(?:target|metric|measure|number|value|baseline|date|deadline|owner|kpi|amount|percentage|x|y|n|%|tbd|insert[^\]>}\n]{0,30}|enter[^\]>}\n]{0,30}|add[^\]>}\n]{0,30}|fill[^\]>}\n]{0,30}|placeholder|goal|\.{3}|…)\s?[\]>}]{1,2}(?!\()/gi;
const PLACEHOLDER_NAME_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:gen|generation|project|plan|series|model|type|version|windows|class|phase|vitamin|factor|malcolm|brand|size|axis|point|day|d|planet|space|formerly)\s*$/i;

export function findPlaceholders(text: string): Span[] {
  const out: Span[] = [];
  let m: RegExpExecArray | null;
  // Bracketed ones first: "[X]" is kept whole instead of the bare letter inside it.
  const bracketed = new Mask(text.length);
  BRACKET_PLACEHOLDER_RE.lastIndex = 0;
  while ((m = BRACKET_PLACEHOLDER_RE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    bracketed.add(s, e);
    const taskBox = s < 12 && /^\[\s?[xX]\s?\]$/.test(m[0]) && /^\s*(?:[-*+]\s+|\d+[.)]\s+)?$/.test(text.slice(0, s));
    if (!taskBox) out.push({ start: s, end: e, text: m[0] });
  }
  PLACEHOLDER_RE.lastIndex = 0;
  while ((m = PLACEHOLDER_RE.exec(text))) {
    const t = m[0];
    const start = m.index;
    if (bracketed.hits(start, start + t.length)) continue;
    const core = t.replace(/^[£$€]/, '');
    // "a forum (tbd whether it's Slack or a mailing list)": a choice still open, not a value left out.
    if (/^(?:tbd|tbc|TBD|TBC)$/.test(core) && /^\s+(?:whether|which|if|how)\b/i.test(text.slice(start + t.length, start + t.length + 10))) continue;
    if (/^[YNZx]$/.test(core) || /^X$/.test(core)) {
      // Single letters: not after a name that takes a letter ("Generation X", "Plan B" style).
      if (PLACEHOLDER_NAME_BEFORE.test(lowerBound(text, start, 20))) continue;
      if (core === 'x' && /\d\s?$/.test(lowerBound(text, start, 2))) continue; // "3 x 4"
      if (/^\s?[=×*]/.test(text.slice(start + t.length, start + t.length + 2)) && core !== 'X') continue;
      if (/^[-\s]?(?:ray|axis|box|factor)\b/i.test(text.slice(start + t.length, start + t.length + 8))) continue;
    }
    out.push({ start, end: start + t.length, text: t });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
