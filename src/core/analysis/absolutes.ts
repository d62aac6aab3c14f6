/** Absolutes that make a goal unachievable as written: "100%", "zero complaints", "every customer", "always". */
import type { Span } from './spans';
import { lowerBound } from './tail';

const ABSOLUTE_RE = new RegExp(
  [
    '(?<![\\d.,])100\\s?(?:%|per\\s?cent\\b|percent\\b)',
    'one\\s+hundred\\s+per\\s?cent',
    '\\bzero(?:[-\\s]+)(?!hours?\\b|based\\b|tolerance\\b|emissions?\\b|carbon\\b|waste\\b|in\\b|to\\b|and\\b|or\\b|out\\s+of\\b)[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*',
    '(?<![\\d.,])0\\s+(?!to\\b|and\\b|or\\b|of\\b|per\\b|out\\b|in\\b)[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*s\\b',
    '\\bno\\s+(?:(?:more|further|new|avoidable|unresolved|repeat|missed|open|serious|major|customer)\\s+)?(?:complaints|defects|errors|failures|incidents|outages|breaches|mistakes|delays|downtime|backlog|escalations|accidents|injuries|harm|bugs|faults|issues|problems|exceptions|missed\\s+\\w+|waiting|waits|queues|cancellations|churn|surprises|data\\s+loss)\\b',
    '\\beach\\s+and\\s+every\\b(?:\\s+[A-Za-z\\u00C0-\\u024F]+)?',
    '\\bevery\\s+(?:single\\s+)?(?!year|month|week|day|quarter|morning|evening|night|time\\s+we\\s+review|other|few|now|\\d)[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F-]*',
    '\\ball\\s+(?:of\\s+)?(?:our\\s+|the\\s+|their\\s+)?(?:customers|clients|patients|users|staff|employees|colleagues|people|calls|tickets|complaints|enquiries|inquiries|requests|cases|members|residents|students|pupils|orders|contacts|queries|visitors|guests|partners|teams|stores|sites|services|products|suppliers|tenants|citizens|learners|children|families|households|businesses)\\b',
    '\\b(?:always|never|perfect(?:ly|ion)?|flawless(?:ly)?|without\\s+exception|error[-\\s]free|defect[-\\s]free|fault[-\\s]free|zero[-\\s]defects?|all\\s+the\\s+time|at\\s+all\\s+times|guaranteed?\\s+100)\\b',
  ].join('|'),
  'gi',
);

const ABSOLUTE_HINT = /100|hundred|zero|\b0\s|\bno\s|every|\ball\s|always|never|perfect|flawless|exception|free\b|guarantee/i;

/** Absolutes that make a goal unachievable as written ("100%", "zero complaints", "every customer", "always"). */
export function findAbsolutes(text: string): Span[] {
  const out: Span[] = [];
  if (!text) return out;
  if (!ABSOLUTE_HINT.test(text)) return out;
  let m: RegExpExecArray | null;
  ABSOLUTE_RE.lastIndex = 0;
  while ((m = ABSOLUTE_RE.exec(text))) {
    const t = m[0];
    if (t.length === 0) {
      ABSOLUTE_RE.lastIndex++;
      continue;
    }
    // "net zero" is a goal, not an absolute.
    if (/^zero/i.test(t) && /\bnet[-\s]$/i.test(lowerBound(text, m.index, 4))) continue;
    // "100% of the time" is an absolute; "100% renewable" too – both stay.
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}
