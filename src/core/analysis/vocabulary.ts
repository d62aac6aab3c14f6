/** The words for years, months, seasons, quarters and numbers that deadlines and targets both read. */

// ---------------------------------------------------------------------------------------------
// Years

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function yearOk(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}
/** Two- or four-digit year text to a year ("27" → 2027, "'27" → 2027). */
export function toYear(s: string): number {
  const digits = s.replace(/^['’]/, '');
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

// ---------------------------------------------------------------------------------------------
// Months

/** Month names and abbreviations to the month, 0-based. */
const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4,
  jun: 5, june: 5, jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8,
  oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};
/** The keys of MONTHS as a regex alternation. */
export const MONTH_SRC =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/**
 * The months as a target's date check reads them (a number next to one is a date, not a target):
 * MONTH_SRC plus the misspelling "sepember", which that check's own pattern (`sept?(?:ember)?`)
 * has always matched and deadlines never read. Kept apart so that merging the lists changed no result.
 */
export const TARGET_MONTH_SRC = `${MONTH_SRC}|sepember`;

/** The month (0-based) a name or abbreviation stands for, with or without a final dot; -1 if none. */
export function monthIndex(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? -1;
}

// ---------------------------------------------------------------------------------------------
// Seasons, quarters and halves

/** Northern-hemisphere meteorological seasons to their first month, 0-based. */
export const SEASONS: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
export const SEASON_SRC = 'spring|summer|autumn|fall|winter';

/** Ordinals that number a quarter or half ("the third quarter", "2nd half"). */
export const PART_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/** PART_ORDINALS plus "final" and "last", which name the last quarter or half. */
export const PART_ORDINAL_SRC = 'first|second|third|fourth|final|last|1st|2nd|3rd|4th';

// ---------------------------------------------------------------------------------------------
// Numbers written as words

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, 'twenty four': 24,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, 'a hundred': 100, 'one hundred': 100,
};

/**
 * The value of a number written in digits or as a word ("12", "twelve", "twenty-four",
 * "a hundred"); NaN if it is neither.
 */
export function numberValue(s: string): number {
  const w = s.toLowerCase().replace(/[\s-]+/g, ' ');
  return NUMBER_WORDS[w] ?? (/^\d+$/.test(w) ? Number(w) : NaN);
}

// Which of the words each reader accepts. The two lists differ, and are kept apart so that
// sharing one table of values changed no result: durations take "one", "eighteen",
// "twenty-four", "sixty" and "ninety" ("within eighteen months", "ninety days"), counts do not
// ("one" is rarely a count: "one of our ..."); counts take "forty", "fifty" and "a hundred"
// ("open fifty new stores"), durations do not.

/** Number words of a duration or horizon: "within six months", "a ten-year plan". */
export const DURATION_NUMBER_WORD_SRC =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty[- ]four|twenty|thirty|sixty|ninety';
/** Number words of a count target: "open three new stores". */
export const COUNT_NUMBER_WORD_SRC =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|(?:a|one)\\s+hundred';
