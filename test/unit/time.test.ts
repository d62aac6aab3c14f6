import assert from 'node:assert/strict';
import { findDeadline, findDeadlines, isoDay, isServiceDuration, looksLikeYear, parseDocumentDate, type DeadlineMatch } from '../../src/core/analysis/time';

const REF = new Date('2026-11-25T00:00:00Z'); // a Wednesday in Q4 2026, H2 2026
const UK = { fiscalYearStartMonth: 4 };

/** The single deadline in `text`, checked for exact offsets. */
function only(text: string, options?: { fiscalYearStartMonth?: number }): DeadlineMatch {
  const all = findDeadlines(text, REF, options);
  assert.equal(all.length, 1, `expected one deadline in ${JSON.stringify(text)}, got ${JSON.stringify(all.map((d) => d.text))}`);
  const d = all[0]!;
  assert.equal(text.slice(d.start, d.end), d.text, 'offsets index the input exactly');
  return d;
}

function expectDue(text: string, matched: string, due: string, precision: DeadlineMatch['precision'], relative: boolean, options?: { fiscalYearStartMonth?: number }): void {
  const d = only(text, options);
  assert.equal(d.text, matched);
  assert.equal(d.due, due);
  assert.equal(d.precision, precision);
  assert.equal(d.relative, relative);
}

describe('time: explicit dates', () => {
  it("reads '30 June 2027' as the day 2027-06-30", () => expectDue('Launch by 30 June 2027', '30 June 2027', '2027-06-30', 'day', false));
  it("reads 'June 30, 2027' (US order) as 2027-06-30", () => expectDue('Launch by June 30, 2027.', 'June 30, 2027', '2027-06-30', 'day', false));
  it("reads 'the 30th of June 2027' as 2027-06-30", () => expectDue('by the 30th of June 2027', 'the 30th of June 2027', '2027-06-30', 'day', false));
  it("reads '30/06/2027' as 2027-06-30", () => expectDue('due 30/06/2027', '30/06/2027', '2027-06-30', 'day', false));
  it("reads ambiguous '03/04/2027' day-first, as 3 April 2027", () => expectDue('by 03/04/2027', '03/04/2027', '2027-04-03', 'day', false));
  it("reads '06/30/2027' month-first because 30 cannot be a month", () => expectDue('by 06/30/2027', '06/30/2027', '2027-06-30', 'day', false));
  it("reads '30.06.2027' (European dots) as 2027-06-30", () => expectDue('bis 30.06.2027', '30.06.2027', '2027-06-30', 'day', false));
  it("reads ISO '2027-06-30' as 2027-06-30", () => expectDue('Deadline: 2027-06-30', '2027-06-30', '2027-06-30', 'day', false));
  it("rejects impossible days such as '31/02/2027'", () => assert.deepEqual(findDeadlines('by 31/02/2027', REF), []));
  it("reads a dotted two-digit-year date 'dd.mm.yy' day-first ('02.07.19', '16.07.19')", () => {
    expectDue('KR Measurement Deadline: 02.07.19', '02.07.19', '2019-07-02', 'day', false);
    assert.equal(only('KR Measurement Deadline: 02.07.19').cue, 'deadline');
    expectDue('Review on 16.07.19', '16.07.19', '2019-07-16', 'day', false);
  });
  for (const text of ['v1.2.19', 'version 2.07.19', 'version 12.07.19', 'Release 12.07.19', 'v12.07.19', '1.2.3', '10.0.0.1', '192.168.10.10', '12.07.19.3', '12.25.19', '02.13.19', '32.01.19', '00.01.19']) {
    it(`reads no date in the version or address-like '${text}'`, () => assert.deepEqual(findDeadlines(text, REF).map((d) => d.text), []));
  }
  it("reads an ISO date past the month's end ('By 2022-11-31') as the end of that month, precision month", () => {
    expectDue('By 2022-11-31', '2022-11-31', '2022-11-30', 'month', false);
    assert.equal(only('By 2022-11-31').cue, 'by');
    expectDue('due 2023-02-29', '2023-02-29', '2023-02-28', 'month', false);
    expectDue('due 2024-02-30', '2024-02-30', '2024-02-29', 'month', false);
  });
  it("still rejects other impossible dates ('2022-11-32', '31.11.2022', '30/02/2027')", () => {
    assert.deepEqual(findDeadlines('by 2022-11-32', REF), []);
    assert.deepEqual(findDeadlines('by 31.11.2022', REF), []);
    assert.deepEqual(findDeadlines('by 30/02/2027', REF), []);
  });
  it("reads 'June 2027' as the end of June 2027", () => expectDue('by June 2027', 'June 2027', '2027-06-30', 'month', false));
  it("reads \"Jun '27\" as the end of June 2027", () => expectDue("live by Jun '27", "Jun '27", '2027-06-30', 'month', false));
  it("reads 'Sept. 2027' with an abbreviation and a dot", () => expectDue('by Sept. 2027', 'Sept. 2027', '2027-09-30', 'month', false));
  it("reads spreadsheet forms 'Mar-27', '30-Jun-2027' and '30-Jun-27'", () => {
    expectDue('Mar-27', 'Mar-27', '2027-03-31', 'month', false);
    expectDue('30-Jun-2027', '30-Jun-2027', '2027-06-30', 'day', false);
    expectDue('30-Jun-27', '30-Jun-27', '2027-06-30', 'day', false);
  });
  it("reads '2027-06' as the month of June 2027", () => expectDue('target 2027-06', '2027-06', '2027-06-30', 'month', false));
  it("reads 'by Wednesday 4 March 2027' including the weekday", () => {
    const d = only('by Wednesday 4 March 2027');
    assert.equal(d.text, 'Wednesday 4 March 2027');
    assert.equal(d.due, '2027-03-04');
    assert.equal(d.cue, 'by');
  });
  it("reads 'Go live on Tue 3 March' including the short weekday", () => expectDue('Go live on Tue 3 March', 'Tue 3 March', '2027-03-03', 'day', true));
  it("reads 'Launch 1 April' without a cue: a day and a month are clearly a date", () => expectDue('Launch 1 April', '1 April', '2027-04-01', 'day', true));
  it("reads 'by 30 June' without a year as the next 30 June", () => expectDue('by 30 June', '30 June', '2027-06-30', 'day', true));
  it("reads 'by December' as the coming December", () => expectDue('By December', 'December', '2026-12-31', 'month', true));
  it("reads 'in June' as June next year when June has passed", () => expectDue('Go live in June', 'June', '2027-06-30', 'month', true));
  it("reads 'next March' as March 2027", () => expectDue('next March', 'next March', '2027-03-31', 'month', true));
  it("reads 'June of next year' as June 2027", () => expectDue('by June of next year', 'June of next year', '2027-06-30', 'month', true));
  it("leaves a bare month name without a cue alone ('June presented the plan')", () => assert.deepEqual(findDeadlines('June presented the plan', REF), []));
  it("leaves 'May' the verb alone ('May we help?')", () => assert.deepEqual(findDeadlines('May we help?', REF), []));
  it("leaves 'march' the verb alone", () => assert.deepEqual(findDeadlines('we march forward together', REF), []));
});

describe('time: quarters and halves', () => {
  it("reads 'Q3 2027' as ending 2027-09-30", () => expectDue('Raise NPS by Q3 2027', 'Q3 2027', '2027-09-30', 'quarter', false));
  it("reads '2027 Q1' as ending 2027-03-31", () => expectDue('by 2027 Q1', '2027 Q1', '2027-03-31', 'quarter', false));
  it("reads 'Q3 FY27' as a calendar quarter when the fiscal year is the calendar year", () => expectDue('by Q3 FY27', 'Q3 FY27', '2027-09-30', 'quarter', false));
  it("reads 'Q3 FY27' as Oct–Dec 2026 with an April fiscal year", () => expectDue('by Q3 FY27', 'Q3 FY27', '2026-12-31', 'quarter', false, UK));
  it("reads 'Q3FY27' and 'FY27 Q3' the same way", () => {
    assert.equal(only('Q3FY27', UK).due, '2026-12-31');
    assert.equal(only('FY27 Q3', UK).due, '2026-12-31');
  });
  it("reads \"Q3 '27\" and 'Q3/2027' as Q3 2027", () => {
    assert.equal(only("Q3 '27").due, '2027-09-30');
    assert.equal(only('Q3/2027').due, '2027-09-30');
  });
  it("reads 'Q3-27' and 'H1-26' with a two-digit year after a dash", () => {
    expectDue('Q3-27', 'Q3-27', '2027-09-30', 'quarter', false);
    expectDue('H1-26', 'H1-26', '2026-06-30', 'half', false);
  });
  it("reads a bare 'Q3' as the next Q3 on or after the reference quarter (2027)", () => expectDue('Ship it by Q3', 'Q3', '2027-09-30', 'quarter', true));
  it("reads a bare 'Q4' in Q4 as the current quarter", () => expectDue('by Q4', 'Q4', '2026-12-31', 'quarter', true));
  it("reads 'Q1–Q3 2027' as one period ending with Q3", () => expectDue('in Q1–Q3 2027', 'Q1–Q3 2027', '2027-09-30', 'quarter', false));
  it("reads 'the third quarter of 2027' in words", () => expectDue('by the third quarter of 2027', 'the third quarter of 2027', '2027-09-30', 'quarter', false));
  it("reads 'H1 2026' as ending 2026-06-30", () => expectDue('by H1 2026', 'H1 2026', '2026-06-30', 'half', false));
  it("reads '1H26' as H1 2026", () => expectDue('in 1H26', '1H26', '2026-06-30', 'half', false));
  it("reads 'H1 FY27' with an April fiscal year as ending 2026-09-30", () => expectDue('H1 FY27', 'H1 FY27', '2026-09-30', 'half', false, UK));
  it("reads 'by H2' as the current second half (2026)", () => expectDue('by H2', 'H2', '2026-12-31', 'half', true));
  it("reads 'second half of next year' as H2 2027", () => expectDue('in the second half of next year', 'the second half of next year', '2027-12-31', 'half', true));
  it("reads 'first half of 2027' as H1 2027", () => expectDue('first half of 2027', 'first half of 2027', '2027-06-30', 'half', false));
  it("reads a bare 'H2' that stands alone ('H2: launch the app')", () => expectDue('H2: launch the app', 'H2', '2026-12-31', 'half', true));
  it("leaves 'H2' without a cue alone (hydrogen, headings)", () => assert.deepEqual(findDeadlines('Scale up H2 production', REF), []));
  it("leaves a survey 'Q3 score' alone", () => assert.deepEqual(findDeadlines('Improve the Q3 score', REF), []));
  it("reads periods joined by an underscore, as in file names ('2021_q1', 'fy22_q1', '2024_h2')", () => {
    expectDue('2021_q1', '2021_q1', '2021-03-31', 'quarter', false);
    expectDue('fy22_q1', 'fy22_q1', '2022-03-31', 'quarter', false);
    expectDue('fy22_q1', 'fy22_q1', '2021-06-30', 'quarter', false, UK);
    expectDue('2024_h2', '2024_h2', '2024-12-31', 'half', false);
    expectDue('okrs/team_2021_q1_final.md', '2021_q1', '2021-03-31', 'quarter', false);
  });
  it("reads the underscore forms 'q1_2021', 'h2_fy27', '2022_annual' and 'fy27_annual'", () => {
    expectDue('okrs_q1_2021.md', 'q1_2021', '2021-03-31', 'quarter', false);
    expectDue('h2_fy27', 'h2_fy27', '2027-03-31', 'half', false, UK);
    expectDue('2022_annual', '2022_annual', '2022-12-31', 'year', false);
    expectDue('fy27_annual', 'fy27_annual', '2027-03-31', 'year', false, UK);
  });
  for (const text of ['okrs_22_q1', 'x2021_q1', '2024_h3', 'q5_2021', 'q1_12', 'q1_okrs.md']) {
    it(`reads no period in the underscored '${text}'`, () => assert.deepEqual(findDeadlines(text, REF).map((d) => d.text), []));
  }
});

describe('time: fiscal years (named by the year they end in)', () => {
  it("reads 'FY27' as 2027-12-31 by default", () => expectDue('by FY27', 'FY27', '2027-12-31', 'year', false));
  it("reads 'FY27' as ending 2027-03-31 with an April start (UK)", () => expectDue('by FY27', 'FY27', '2027-03-31', 'year', false, UK));
  it("reads 'FY2027' like FY27", () => expectDue('in FY2027', 'FY2027', '2027-03-31', 'year', false, UK));
  it("reads 'FY 2026/27' as the year ending March 2027", () => expectDue('during FY 2026/27', 'FY 2026/27', '2027-03-31', 'year', false, UK));
  it("reads 'FY26-27' as the year ending March 2027", () => expectDue('FY26-27', 'FY26-27', '2027-03-31', 'year', false, UK));
  it("reads 'financial year 2026/27' and 'fiscal 2027'", () => {
    assert.equal(only('in financial year 2026/27', UK).due, '2027-03-31');
    assert.equal(only('fiscal 2027', UK).due, '2027-03-31');
  });
  it("reads a bare '2026/27' as a financial year with an April start", () => expectDue('by 2026/27', '2026/27', '2027-03-31', 'year', false, UK));
  it("reads a bare '2026/27' as 2027 with a January start", () => expectDue('by 2026/27', '2026/27', '2027-12-31', 'year', false));
  it("reads 'this financial year' and 'next financial year' against the reference", () => {
    assert.equal(only('this financial year', UK).due, '2027-03-31');
    assert.equal(only('next financial year', UK).due, '2028-03-31');
  });
  it("reads 'EOFY' as the end of the current fiscal year", () => expectDue('by EOFY', 'EOFY', '2027-03-31', 'year', true, UK));
  it("reads 'FY27' with a US October start as ending 2027-09-30", () => assert.equal(only('FY27', { fiscalYearStartMonth: 10 }).due, '2027-09-30'));
});

describe('time: years, ranges and named periods', () => {
  it("reads 'by 2030' as 2030-12-31", () => {
    const d = only('Be carbon neutral by 2030');
    assert.equal(d.due, '2030-12-31');
    assert.equal(d.precision, 'year');
    assert.equal(d.cue, 'by');
  });
  it("reads 'in 2027'", () => expectDue('Open two hubs in 2027', '2027', '2027-12-31', 'year', false));
  it("reads 'by end of 2027' including 'end of'", () => expectDue('by end of 2027', 'end of 2027', '2027-12-31', 'year', false));
  it("reads 'by the end of 2027' including 'the end of'", () => expectDue('by the end of 2027', 'the end of 2027', '2027-12-31', 'year', false));
  it("reads 'by the start of 2027' as due on 1 January", () => expectDue('by the start of 2027', 'the start of 2027', '2027-01-01', 'year', false));
  it("reads a parenthesised '(2027)' as a year", () => expectDue('Launch the app (2027)', '2027', '2027-12-31', 'year', false));
  it("reads 'Vision 2030' in a title as a real period", () => expectDue('Vision 2030', '2030', '2030-12-31', 'year', false));
  it("reads 'our strategy to 2030' as a period", () => expectDue('Our strategy to 2030', '2030', '2030-12-31', 'year', false));
  it("reads the range '2025-2027' as due at the end of 2027", () => expectDue('Strategy 2025-2027', '2025-2027', '2027-12-31', 'year', false));
  it("reads the range '2025–28' as due at the end of 2028", () => expectDue('Plan 2025–28', '2025–28', '2028-12-31', 'year', false));
  it("reads 'from 2025 to 2027' and 'between 2025 and 2027' as ranges", () => {
    assert.equal(only('from 2025 to 2027').due, '2027-12-31');
    assert.equal(only('between 2025 and 2027').due, '2027-12-31');
  });
  it("reads 'early / mid / late 2027' as Jan–Apr / May–Aug / Sep–Dec", () => {
    assert.equal(only('by early 2027').due, '2027-04-30');
    assert.equal(only('by mid-2027').due, '2027-08-31');
    assert.equal(only('by late 2027').due, '2027-12-31');
  });
  it("reads 'year-end 2027' and 'by year end'", () => {
    assert.equal(only('by year-end 2027').due, '2027-12-31');
    expectDue('by year end', 'year end', '2026-12-31', 'year', true);
  });
  it('accepts years from 1990 to 2100 only', () => {
    assert.deepEqual(findDeadlines('by 1989', REF), []);
    assert.deepEqual(findDeadlines('by 2101', REF), []);
    assert.equal(only('by 2100').due, '2100-12-31');
  });
});

describe('time: seasons (northern meteorological)', () => {
  it("reads 'by spring 2027' as ending 2027-05-31", () => expectDue('by spring 2027', 'spring 2027', '2027-05-31', 'quarter', false));
  it("reads 'summer 2027' as ending 2027-08-31 and 'autumn 2027' as 2027-11-30", () => {
    assert.equal(only('summer 2027').due, '2027-08-31');
    assert.equal(only('autumn 2027').due, '2027-11-30');
    assert.equal(only('in fall 2027').due, '2027-11-30');
  });
  it("reads 'winter 2027' as December 2027 – February 2028", () => assert.equal(only('winter 2027').due, '2028-02-29'));
  it("reads 'winter 2026/27' as December 2026 – February 2027", () => assert.equal(only('winter 2026/27').due, '2027-02-28'));
  it("reads 'next spring' relative to the reference", () => expectDue('next spring', 'next spring', '2027-05-31', 'quarter', true));
  it("leaves 'fall' the verb alone", () => assert.deepEqual(findDeadlines('churn to fall below 3%', REF), []));
});

describe('time: relative deadlines', () => {
  it("reads 'next year' as 2027-12-31", () => expectDue('Double sales next year', 'next year', '2027-12-31', 'year', true));
  it("reads 'this year' as 2026-12-31", () => expectDue('this year', 'this year', '2026-12-31', 'year', true));
  it("reads 'next quarter' as Q1 2027", () => expectDue('by next quarter', 'next quarter', '2027-03-31', 'quarter', true));
  it("reads 'end of this quarter' as 2026-12-31", () => expectDue('by the end of this quarter', 'the end of this quarter', '2026-12-31', 'quarter', true));
  it("reads 'end of year' and 'EOY' as 2026-12-31", () => {
    expectDue('by end of year', 'end of year', '2026-12-31', 'year', true);
    expectDue('EOY', 'EOY', '2026-12-31', 'year', true);
  });
  it("reads 'EOQ' as the end of the current quarter", () => expectDue('EOQ', 'EOQ', '2026-12-31', 'quarter', true));
  it("reads 'next month' as December 2026", () => expectDue('next month', 'next month', '2026-12-31', 'month', true));
  it("reads 'within 6 months' as the reference plus six months", () => expectDue('Roll out the app, within 6 months', 'within 6 months', '2027-05-25', 'month', true));
  it("reads 'in the next 18 months'", () => expectDue('in the next 18 months', 'in the next 18 months', '2028-05-25', 'month', true));
  it("reads 'over the next three years' with a number word", () => expectDue('over the next three years', 'over the next three years', '2029-11-25', 'year', true));
  it("reads 'within 90 days' as a deadline when no service verb precedes it", () => expectDue('Launch the pilot within 90 days', 'within 90 days', '2027-02-23', 'day', true));
  it("reads 'within a year', 'in 2 years' time' and 'a year from now'", () => {
    assert.equal(only('within a year').due, '2027-11-25');
    assert.equal(only("in 2 years' time").due, '2028-11-25');
    assert.equal(only('a year from now').due, '2027-11-25');
  });
  it("reads 'over a five-year period'", () => assert.equal(only('over a five-year period').due, '2031-11-25'));
  it("reads a heading that names a horizon without a preposition ('The next 6 months', 'Next 12 months')", () => {
    expectDue('The next 6 months', 'The next 6 months', '2027-05-25', 'month', true);
    expectDue('The next six months', 'The next six months', '2027-05-25', 'month', true);
    expectDue('Next 12 months', 'Next 12 months', '2027-11-25', 'month', true);
    expectDue('Next 3 months: hire 5 engineers', 'Next 3 months', '2027-02-25', 'month', true);
    expectDue('Roadmap – the next 3 years', 'the next 3 years', '2029-11-25', 'year', true);
  });
  it("reads 'over the coming year' and 'within the next month' as one unit from the reference date", () => {
    expectDue('Grow the team over the coming year', 'over the coming year', '2027-11-25', 'year', true);
    expectDue('Launch within the next month', 'within the next month', '2026-12-25', 'month', true);
  });
  it("still reads 'in the coming year' and 'the next year's budget' as the next calendar year", () => {
    expectDue('Open a hub in the coming year', 'the coming year', '2027-12-31', 'year', true);
    expectDue("within the next year's budget", 'the next year', '2027-12-31', 'year', true);
  });
  it("reads 'Five-year vision', '5-year plan', 'ten-year vision', '3-year strategy' as a horizon from the reference date", () => {
    expectDue('Five-year vision', 'Five-year vision', '2031-11-25', 'year', true);
    expectDue('Our 5-year plan', '5-year plan', '2031-11-25', 'year', true);
    expectDue('A ten-year vision for the city', 'ten-year vision', '2036-11-25', 'year', true);
    expectDue('3-year strategy', '3-year strategy', '2029-11-25', 'year', true);
    expectDue('Our 5 year strategic plan', '5 year strategic plan', '2031-11-25', 'year', true);
    expectDue('Ten-year-vision', 'Ten-year-vision', '2036-11-25', 'year', true);
  });
  it('prefers an explicit period to a horizon in the same text', () => {
    assert.deepEqual(findDeadlines('Vision 2030: our ten-year plan', REF).map((d) => d.text), ['2030']);
    assert.deepEqual(findDeadlines('Five-year strategy 2020-2025', REF).map((d) => d.text), ['2020-2025']);
    // A baseline year is not an explicit deadline: the horizon stays.
    assert.equal(findDeadline('Five-year strategy (2019 baseline)', REF)?.text, 'Five-year strategy');
  });
  for (const text of [
    'She has a five-year-old daughter',
    'Five-year-old children',
    'Sales fell five years ago',
    'Customers for five years',
    'Hire people with 5 years of experience',
    'Our previous five-year plan',
    'the last 5-year strategy',
    'Celebrate our 10-year anniversary',
    'Improve the 5-year survival rate',
    'after the next 6 months',
    'beyond the next 5 years',
    'in the last 12 months',
    'the past 6 months',
    'resolve tickets the next 3 days',
  ]) {
    it(`reads no horizon in '${text}'`, () => assert.deepEqual(findDeadlines(text, REF).map((d) => d.text), []));
  }
  it("reads 'by the end of the decade' as 2029-12-31", () => {
    const d = only('by the end of the decade');
    assert.equal(d.due, '2029-12-31');
    assert.equal(d.cue, 'by');
  });
  it("reads 'by next Friday' through chrono as a relative day", () => expectDue('by next Friday', 'next Friday', '2026-12-04', 'day', true));
  it("reads 'by the 3rd of March' without a year as the next 3 March", () => expectDue('by the 3rd of March', 'the 3rd of March', '2027-03-03', 'day', true));
  it("reads a weekday alone only after a deadline cue ('by Friday')", () => {
    expectDue('Reply by Friday', 'Friday', '2026-11-27', 'day', true);
    assert.deepEqual(findDeadlines('Review every Monday', REF), []);
    assert.deepEqual(findDeadlines('Open Monday to Friday 9am-5pm', REF), []);
    assert.deepEqual(findDeadlines('Increase Black Friday sales by 20%', REF), []);
  });
  it('resolves against the reference date it is given', () => {
    const d = findDeadline('next year', new Date('2030-01-15T00:00:00Z'));
    assert.equal(d?.due, '2030-12-31'.replace('2030', '2031'));
  });
});

describe('time: durations that are service levels, not deadlines', () => {
  for (const text of [
    'respond within 2 hours',
    'resolve within 3 days',
    'Respond to complaints within 5 working days',
    'ship orders in 2 days',
    'refund within 14 days',
    'call back within 1 week',
    'pages load in under 2 seconds',
    'answer in less than 5 minutes',
    'within 24 hours of contact',
    'wait no more than 10 minutes',
    'Onboard new starters within 3 months of joining',
    'within 30 days of purchase',
  ]) {
    it(`finds no deadline in '${text}'`, () => assert.deepEqual(findDeadlines(text, REF), []));
  }
  it("isServiceDuration: hours always, days after a service verb, months only before 'of <event>'", () => {
    const t = 'Resolve tickets within 3 days';
    assert.equal(isServiceDuration(t, t.indexOf('within'), t.length, 'days'), true);
    const u = 'Launch within 3 days';
    assert.equal(isServiceDuration(u, u.indexOf('within'), u.length, 'days'), false);
    assert.equal(isServiceDuration('within 2 hours', 0, 14, 'hours'), true);
    const v = 'Deliver the CRM within 6 months';
    assert.equal(isServiceDuration(v, v.indexOf('within'), v.length, 'months'), false);
  });
});

describe('time: numbers that are not dates', () => {
  for (const text of [
    'Serve 2000 customers',
    'Grow to 2,000 members',
    'in 2000 stores',
    'Serve 2030 more patients a year',
    'Grow by 2000 members',
    'Increase members from 1500 to 2000.',
    'Raise NPS to 45%',
    'Cut costs by £2030',
    'Spend 2030% more',
    'Launch v2.1 at 9am',
    'Meet at 14:30',
    'Call 0800 123 4567 or +44 20 7946 0958',
    'Phone 020 2027 1234',
    'ISO 9001 certification',
    'support 24/7',
    'CSAT 4.5/5',
    'top 3 in the ranking',
  ]) {
    it(`finds no deadline in '${text}'`, () => assert.deepEqual(findDeadlines(text, REF).map((d) => d.text), []));
  }
  it("skips a year that is part of a law's name ('Care Act 2014')", () => {
    assert.deepEqual(findDeadlines('Comply with the Care Act 2014 by 2027', REF).map((d) => d.text), ['2027']);
  });
  it('looksLikeYear tells a year from a count', () => {
    const a = 'by 2030 we will';
    assert.equal(looksLikeYear(a, 3, 7), true);
    const b = 'serve 2030 customers';
    assert.equal(looksLikeYear(b, 6, 10), false);
  });
  it("reads a year before 'OKRs', 'KPIs' or 'outcomes' as the period they belong to ('2027 OKRs ACME')", () => {
    for (const text of ['2027 OKRs ACME', '2027 KPIs', '2027 outcomes']) assert.deepEqual(findDeadlines(text, REF).map((d) => d.text), ['2027'], text);
  });
});

describe('time: baselines and choosing the deadline', () => {
  it("marks '(2025: 41%)' as a baseline year that findDeadline never picks", () => {
    const text = 'Reach 95% uptime (2025: 91%)';
    const d = only(text);
    assert.equal(d.baseline, true);
    assert.equal(findDeadline(text, REF), null);
  });
  it("marks 'since 2019' and '2019 levels' as baselines", () => {
    assert.equal(only('up 10% since 2019').baseline, true);
    const all = findDeadlines('Cut emissions 50% below 2019 levels by 2030', REF);
    assert.deepEqual(all.map((d) => [d.text, d.baseline ?? false]), [['2019', true], ['2030', false]]);
    assert.equal(findDeadline('Cut emissions 50% below 2019 levels by 2030', REF)?.due, '2030-12-31');
  });
  it("marks '(FY25: 84%)' and 'published in 2024' as baselines", () => {
    assert.equal(only('Satisfaction 90% (FY25: 84%)', UK).baseline, true);
    const all = findDeadlines('Survey published in 2024 showed 41%; reach 60% by 2027', REF);
    assert.deepEqual(all.map((d) => [d.text, d.baseline ?? false]), [['2024', true], ['2027', false]]);
  });
  it("keeps 'from summer 2013' a baseline that findDeadline never picks", () => {
    const d = only('Customer panel running from summer 2013');
    assert.equal(d.text, 'summer 2013');
    assert.equal(d.baseline, true);
    assert.equal(findDeadline('Customer panel running from summer 2013', REF), null);
  });
  it("does not treat 'by the 2027 survey' as a baseline", () => assert.equal(findDeadline('Reach 7.2/10 by the 2027 survey', REF)?.due, '2027-12-31'));
  it("reads 'end-2027' and 'the 2026/27 financial year'", () => {
    expectDue('by end-2027', 'end-2027', '2027-12-31', 'year', false);
    expectDue('by the end of the 2026/27 financial year', 'the end of the 2026/27 financial year', '2027-03-31', 'year', false, UK);
    expectDue('in the 2027 financial year', '2027 financial year', '2027-03-31', 'year', false, UK);
  });
  it('picks the latest deadline after by/before/until/no later than', () => {
    const text = 'Pilot in Q1 2027, roll out by Q3 2027 and review in 2028';
    assert.equal(findDeadline(text, REF)?.text, 'Q3 2027');
    assert.equal(findDeadline('Complete no later than June 2027, reporting in 2028', REF)?.text, 'June 2027');
    assert.equal(findDeadline('Hire before March 2027 and train until 30 June 2027', REF)?.due, '2027-06-30');
  });
  it('falls back to the last period when nothing is committed with a cue', () => {
    assert.equal(findDeadline('In 2027 pilot, in 2028 scale', REF)?.text, '2028');
  });
  it('returns null when there is no deadline', () => {
    assert.equal(findDeadline('Delight every customer', REF), null);
    assert.equal(findDeadline('', REF), null);
  });
  it("records the cue: 'by', 'no later than', 'deadline'", () => {
    assert.equal(only('no later than 2027').cue, 'no later than');
    assert.equal(only('Deadline: 1 March 2027').cue, 'deadline');
  });
  it('finds every period in order, not overlapping', () => {
    const text = 'Raise NPS from 32 to 45 by Q3 2027, then 50 by FY28 and 55 in 2029.';
    const all = findDeadlines(text, REF);
    assert.deepEqual(all.map((d) => d.text), ['Q3 2027', 'FY28', '2029']);
    for (let i = 1; i < all.length; i++) assert.ok(all[i]!.start >= all[i - 1]!.end);
    for (const d of all) assert.equal(text.slice(d.start, d.end), d.text);
  });
  it('keeps offsets exact when Markdown was masked to runs of spaces', () => {
    const text = 'Raise NPS    to 45   by      Q3    2027';
    const d = only(text);
    assert.equal(d.text, 'Q3    2027');
    assert.equal(d.due, '2027-09-30');
    assert.equal(text.slice(d.start, d.end), d.text);
  });
});

describe('time: hostile input finishes quickly', () => {
  it('a 100,000-character line of digits and spaces', () => {
    let s = '';
    let seed = 7;
    while (s.length < 100_000) {
      seed = (seed * 48271) % 2147483647;
      s += String(seed % 100000) + ' '.repeat(1 + (seed % 3));
    }
    const t0 = Date.now();
    const all = findDeadlines(s, REF);
    assert.ok(Date.now() - t0 < 2000);
    for (const d of all) assert.equal(s.slice(d.start, d.end), d.text);
  });
  it("50,000 'Q' characters", () => {
    const s = 'Q'.repeat(50_000);
    const t0 = Date.now();
    assert.deepEqual(findDeadlines(s, REF), []);
    assert.equal(findDeadline(s + ' 3', REF), null);
    assert.ok(Date.now() - t0 < 2000);
  });
  it("a line of 'by by by ...'", () => {
    const s = 'by '.repeat(30_000) + 'Q3 2027';
    const t0 = Date.now();
    const d = findDeadline(s, REF);
    assert.equal(d?.due, '2027-09-30');
    assert.equal(d?.cue, 'by');
    assert.ok(Date.now() - t0 < 2000);
  });
  it('ten thousand deadlines on one line stay linear', () => {
    const s = 'by 2027, '.repeat(10_000) + 'by Friday '.repeat(2_000);
    const t0 = Date.now();
    const all = findDeadlines(s, REF);
    assert.ok(all.length >= 10_000);
    assert.ok(Date.now() - t0 < 3000);
  });
  it('long runs of horizon, underscore and dotted-date fragments stay linear', () => {
    const t0 = Date.now();
    assert.equal(findDeadline('the next '.repeat(20_000) + '6 months', REF)?.due, '2027-05-25');
    assert.deepEqual(findDeadlines('next' + ' '.repeat(100_000) + '6', REF), []);
    assert.deepEqual(findDeadlines(('5 year' + ' '.repeat(100) + 'strategic' + ' '.repeat(100)).repeat(500), REF), []);
    assert.deepEqual(findDeadlines('q1_q1_q1_'.repeat(20_000), REF), []);
    assert.deepEqual(findDeadlines('02.07.19.'.repeat(20_000), REF), []);
    assert.ok(findDeadlines('2021_q1 '.repeat(10_000), REF).length === 10_000);
    assert.ok(Date.now() - t0 < 3000);
  });
  it('a long line of masked spaces and month names does not stall chrono', () => {
    const s = ('June' + ' '.repeat(200) + 'thing ').repeat(300);
    const t0 = Date.now();
    findDeadlines(s, REF);
    assert.ok(Date.now() - t0 < 3000);
  });
});

describe('time: helpers', () => {
  it('isoDay formats a UTC date', () => assert.equal(isoDay(new Date(Date.UTC(2027, 5, 30, 23, 59))), '2027-06-30'));
  it('parseDocumentDate reads front-matter values', () => {
    const day = (v: unknown) => {
      const d = parseDocumentDate(v);
      return d ? isoDay(d) : null;
    };
    assert.equal(day('2026-03-01'), '2026-03-01');
    assert.equal(day('2026-03-01T10:00:00Z'), '2026-03-01');
    assert.equal(day(new Date(Date.UTC(2026, 2, 1))), '2026-03-01');
    assert.equal(day('March 2026'), '2026-03-01');
    assert.equal(day('1 March 2026'), '2026-03-01');
    assert.equal(day('March 1, 2026'), '2026-03-01');
    assert.equal(day('01/03/2026'), '2026-03-01');
    assert.equal(day(2026), '2026-01-01');
    assert.equal(day('2026'), '2026-01-01');
    assert.equal(day('Q2 2026'), '2026-04-01');
    assert.equal(day('not a date'), null);
    assert.equal(day('2026-02-30'), null);
    assert.equal(day(null), null);
    assert.equal(day(3.5), null);
    assert.equal(day(new Date('nonsense')), null);
  });
});
