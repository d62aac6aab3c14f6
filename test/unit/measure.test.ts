import assert from 'node:assert/strict';
import { findAbsolutes, findMeasure, isImplausibleJump, type MeasureMatch, type NumericSpan, type Span } from '../../src/core/analysis/measure';
import { findDeadline } from '../../src/core/analysis/time';

const REF = new Date('2026-11-25T00:00:00Z');

/** findMeasure with the goal's deadline excluded, as the rules call it; checks every offset. */
function measure(text: string): MeasureMatch {
  const deadline = findDeadline(text, REF);
  const m = findMeasure(text, deadline ? [deadline] : []);
  const spans: (Span | null)[] = [m.metric, m.target, m.baseline, ...m.placeholders, ...m.durationTargets];
  for (const s of spans) if (s) assert.equal(text.slice(s.start, s.end), s.text, 'offsets index the input exactly');
  return m;
}

function num(n: NumericSpan | null): [string, number, string | undefined] | null {
  return n ? [n.text, n.value, n.unit] : null;
}

describe('measure: the SMART examples', () => {
  it("reads 'Raise NPS from 32 to 45 by Q3 2027' as NPS from 32 to 45, ignoring the year", () => {
    const m = measure('Raise NPS from 32 to 45 by Q3 2027');
    assert.equal(m.metric?.text, 'NPS');
    assert.deepEqual(num(m.baseline), ['32', 32, 'nps']);
    assert.deepEqual(num(m.target), ['45', 45, 'nps']);
    assert.equal(m.direction, 'up');
  });
  it("finds the year is not a target even without an exclude range", () => {
    const m = findMeasure('Raise NPS from 32 to 45 by Q3 2027');
    assert.equal(m.target?.value, 45);
  });
  it("reads 'Reduce churn to 3% by FY27' as churn down to 3%", () => {
    const m = measure('Reduce churn to 3% by FY27');
    assert.equal(m.metric?.text, 'churn');
    assert.deepEqual(num(m.target), ['3%', 3, '%']);
    assert.equal(m.baseline, null);
    assert.equal(m.direction, 'down');
  });
  it("reads 'Increase first-contact resolution from 68% to 80%'", () => {
    const m = measure('Increase first-contact resolution from 68% to 80%');
    assert.equal(m.metric?.text, 'first-contact resolution');
    assert.deepEqual(num(m.baseline), ['68%', 68, '%']);
    assert.deepEqual(num(m.target), ['80%', 80, '%']);
  });
  it("reads 'CSAT ≥ 4.5/5' as a score on a five-point scale", () => {
    const m = measure('CSAT ≥ 4.5/5');
    assert.equal(m.metric?.text, 'CSAT');
    assert.deepEqual(num(m.target), ['4.5/5', 4.5, '/5']);
  });
  it("reads 'at least 90% of tickets answered within 4 hours' as 90% with a 4-hour service level", () => {
    const m = measure('at least 90% of tickets answered within 4 hours');
    assert.deepEqual(num(m.target), ['90%', 90, '%']);
    assert.deepEqual(m.durationTargets.map(num), [['4 hours', 4, 'hours']]);
    assert.equal(m.metric?.text, '% of tickets answered');
  });
  it("reads 'Cut average wait to under 2 minutes' with the duration as the target", () => {
    const m = measure('Cut average wait to under 2 minutes');
    assert.equal(m.metric?.text, 'average wait');
    assert.deepEqual(num(m.target), ['2 minutes', 2, 'minutes']);
    assert.deepEqual(m.durationTargets.map(num), [['2 minutes', 2, 'minutes']]);
    assert.equal(m.direction, 'down');
  });
  it("reads 'Grow revenue by £2m' as a change of 2,000,000 in currency", () => {
    const m = measure('Grow revenue by £2m');
    assert.equal(m.metric?.text, 'revenue');
    assert.deepEqual(num(m.target), ['£2m', 2_000_000, 'currency']);
    assert.equal(m.target?.change, true);
  });
  it("reads 'Improve NPS by 10 points' as a change of 10 points", () => {
    const m = measure('Improve NPS by 10 points');
    assert.deepEqual(num(m.target), ['10 points', 10, 'points']);
    assert.equal(m.target?.change, true);
    assert.equal(m.direction, 'up');
  });
  it("reads 'Hold 5-7 briefings with key publications' as a range of a count, done at its upper bound; 'pages 1-3 of the plan' is no target", () => {
    assert.deepEqual(num(measure('Hold 5-7 briefings with key publications').target), ['5-7', 7, undefined]);
    assert.deepEqual(num(measure('Identify 1–3 donors for the new library').target), ['1–3', 3, undefined]);
    assert.equal(measure('Summarise pages 1-3 of the plan').target?.value === 3, false);
  });
  it("reads 'Increase X from X to Y' as placeholders and no target", () => {
    const m = measure('Increase X from X to Y');
    assert.equal(m.target, null);
    assert.equal(m.baseline, null);
    assert.deepEqual(m.placeholders.map((p) => p.text), ['X', 'X', 'Y']);
  });
  it("reads 'Target: TBD' as a placeholder", () => {
    const m = measure('Target: TBD');
    assert.equal(m.target, null);
    assert.deepEqual(m.placeholders.map((p) => p.text), ['TBD']);
  });
  it("reads 'tbd whether ...' as a choice still open, not a placeholder", () => {
    assert.deepEqual(measure("Create a forum (tbd whether it's Slack or a mailing list) for volunteers").placeholders, []);
    assert.deepEqual(measure('Launch date: TBD').placeholders.map((p) => p.text), ['TBD']);
  });
  it("reads 'Reach 95% uptime (2025: 91%)' as 95% with a 2025 baseline of 91%", () => {
    const m = measure('Reach 95% uptime (2025: 91%)');
    assert.equal(m.metric?.text, 'uptime');
    assert.deepEqual(num(m.target), ['95%', 95, '%']);
    assert.deepEqual(num(m.baseline), ['91%', 91, '%']);
  });
  it("reads 'Onboard 50 new partners' as a count of new partners", () => {
    const m = measure('Onboard 50 new partners');
    assert.deepEqual(num(m.target), ['50', 50, undefined]);
    assert.equal(m.metric?.text, 'new partners');
  });
  it("reads 'Serve 2,000 more patients a year' as 2000 (a count, not a year)", () => {
    const m = measure('Serve 2,000 more patients a year');
    assert.deepEqual(num(m.target), ['2,000', 2000, undefined]);
    assert.equal(m.metric?.text, 'patients');
    assert.equal(m.direction, 'up');
  });
  it("reads 'Ship 5 releases' as a count: only a number with a point before 'release' or 'series' is a version", () => assert.equal(measure('Ship 5 releases this year').target?.value, 5));
  it("reads 'Serve 2000 customers' as a count too", () => assert.equal(measure('Serve 2000 customers').target?.value, 2000));
  it("finds no target in 'Launch v2.0'", () => {
    const m = measure('Launch v2.0');
    assert.equal(m.target, null);
  });
  it("reads 'top 3 in the industry ranking' as a rank target", () => {
    const m = measure('Be top 3 in the industry ranking');
    assert.deepEqual(num(m.target), ['top 3', 3, 'rank']);
    assert.equal(m.metric?.text, 'industry ranking');
  });
  it("reads '#1' and '1st place' as ranks", () => {
    assert.deepEqual(num(measure('Be #1 for service').target), ['#1', 1, 'rank']);
    assert.equal(measure('Finish in 1st place').target?.unit, 'rank');
  });
  it("reads 'Achieve Level 2 accreditation' as a level target (verifiable)", () => {
    const m = measure('Achieve Level 2 accreditation');
    assert.deepEqual(num(m.target), ['Level 2', 2, 'level']);
  });
});

describe('measure: numbers that are not targets', () => {
  for (const text of [
    'Launch v2.0 of the portal',
    'Deliver Phase 2 of the programme',
    'Goal 3: improve the service',
    'Goal #3: improve the service',
    'Call us on 0800 123 4567',
    'Ring +44 20 7946 0958',
    'Open at 9am every day',
    'Meet at 14:30',
    'Support customers 24/7',
    'Complete by 30 June 2027',
    'Complete by June 30',
    'Pass the ISO 9001 audit',
    'Roll out 5G coverage',
    'Finish in the 2nd round',
    'Launch the app by 2027',
    'Recover from COVID-19',
    'Refactor the code added in the 0.3 series of releases',
    'Ship the plugin API in the 2.0 release',
    'Stabilise async rendering during 0.4.x',
  ]) {
    it(`finds no target in '${text}'`, () => assert.equal(measure(text).target, null, JSON.stringify(measure(text).target)));
  }
  it("reads a Target cell that is only '2000' as a value, and 'Q3 2027' or 'June 2027' as no value", () => {
    assert.equal(findMeasure('2000').target?.value, 2000);
    assert.equal(findMeasure('Q3 2027').target, null);
    assert.equal(findMeasure('June 2027').target, null);
    assert.equal(findMeasure('FY 2027').target, null);
  });
  it('skips a leading list number', () => assert.equal(measure('1. Raise retention to 85% within 6 months').target?.value, 85));
  it('skips numbers inside the excluded deadline range', () => {
    const text = 'Open 4 stores within 6 months';
    const d = findDeadline(text, REF)!;
    assert.equal(d.text, 'within 6 months');
    const m = findMeasure(text, [d]);
    assert.equal(m.target?.value, 4);
  });
  it("treats '90-day retention' as part of the metric", () => assert.equal(measure('Grow 90-day retention to 70%').target?.value, 70));
});

describe('measure: baselines', () => {
  for (const [text, base, target] of [
    ['Raise retention to 85%, up from 78%', 78, 85],
    ['Baseline: 40. Target: 55', 40, 55],
    ['Raise CSAT to 4.5 (currently 3.1)', 3.1, 4.5],
    ['Reach 75% adoption vs 70% today', 70, 75],
    ['Grow NPS to 50 from a baseline of 38', 38, 50],
    ['Reduce cost per contact from £4.20 to £3.50', 4.2, 3.5],
    ['Reduce waiting from 18 weeks to 12 weeks', 18, 12],
  ] as const) {
    it(`reads baseline ${base} and target ${target} in '${text}'`, () => {
      const m = measure(text);
      assert.equal(m.baseline?.value, base);
      assert.equal(m.target?.value, target);
    });
  }
  it("reads '(FY25: 84%)' and '(2025/26: 52%)' as baselines", () => {
    assert.equal(measure('Customer satisfaction: 90% (FY25: 84%)').baseline?.value, 84);
    assert.equal(measure('Reach 60% (2025/26: 52%)').baseline?.value, 52);
  });
  it("reads 'from 4 minutes today' as a duration baseline", () => {
    const m = measure('Reduce average speed of answer to under 60 seconds by April 2027, from 4 minutes today');
    assert.deepEqual(num(m.target), ['60 seconds', 60, 'seconds']);
    assert.deepEqual(num(m.baseline), ['4 minutes', 4, 'minutes']);
  });
  it("gives the bare side of 'from 68 to 80%' the other side's unit", () => {
    const m = measure('Increase FCR from 68 to 80%');
    assert.equal(m.baseline?.unit, '%');
  });
});

describe('measure: units and values', () => {
  for (const [text, value, unit] of [
    ['Grow ARR to $10M', 10_000_000, 'currency'],
    ['Cut spend by 1.5 million pounds', 1_500_000, 'currency'],
    ['Raise margin by 3pp', 3, 'pp'],
    ['Raise margin by 3 percentage points', 3, 'pp'],
    ['Increase sign-ups 3x', 3, 'x'],
    ['Get 9 out of 10 customers to recommend us', 9, '/10'],
    ['Achieve a 4.8-star rating on Trustpilot', 4.8, 'stars'],
    ['Reach 85 per cent satisfaction', 85, '%'],
    ['Cut churn by 50 basis points', 0.5, 'points'],
    ['Reduce missed appointments to 1 in 20', 0.05, 'ratio'],
    ['Reach 12k members', 12_000, undefined],
  ] as const) {
    it(`reads '${text}' as ${value} ${unit ?? '(count)'}`, () => {
      const m = measure(text);
      assert.equal(m.target?.value, value);
      assert.equal(m.target?.unit, unit);
    });
  }
  it('reads number words for counts: "Open three new stores"', () => assert.equal(measure('Open three new stores').target?.value, 3));
  it('reads "Double revenue" as a 2x change', () => assert.deepEqual(num(measure('Double revenue').target), ['Double', 2, 'x']));
  it('prefers the number after "to" over a "by" change', () => assert.equal(measure('Increase revenue by 10% to £5m').target?.value, 5_000_000));
  it('reads a negative NPS: "from -10 to +20"', () => {
    const m = measure('Move NPS from -10 to +20');
    assert.equal(m.baseline?.value, -10);
    assert.equal(m.target?.value, 20);
  });
  it("reads 'by half' as a 50% change", () => {
    const m = measure('Cut the backlog of open complaints by half before the end of Q2');
    assert.deepEqual(num(m.target), ['half', 50, '%']);
    assert.equal(m.target?.change, true);
  });
  it("does not take a threshold in the metric ('waiting more than 18 weeks') as the target", () => {
    const m = measure('Reduce the number of people waiting more than 18 weeks for elective care by 2029/30');
    assert.equal(m.target, null);
    assert.equal(m.metric?.text, 'number of people waiting');
  });
  it('lists several service durations', () => {
    const m = measure('Answer calls within 20 seconds and emails within 24 hours');
    assert.deepEqual(m.durationTargets.map((d) => d.text), ['20 seconds', '24 hours']);
  });
  it('treats days after a service verb as a service level', () => {
    const m = measure('Resolve 80% of complaints within 5 working days');
    assert.equal(m.target?.value, 80);
    assert.deepEqual(m.durationTargets.map(num), [['5 working days', 5, 'days']]);
  });
});

describe('measure: metrics', () => {
  for (const [text, metric] of [
    ['Improve customer satisfaction to 90%', 'customer satisfaction'],
    ['Cut average handling time to 6 minutes', 'average handling time'],
    ['Improve time to resolve to 2 days', 'time to resolve'],
    ['Lift conversion rate to 4%', 'conversion rate'],
    ['Reduce staff turnover to 12%', 'staff turnover'],
    ['Raise the proportion of customers who rate us 9 or 10 to 60%', 'proportion of customers who rate us'],
    ['Increase the number of active users to 10,000', 'number of active users'],
    ['Grow our digital take-up rate to 70%', 'digital take-up rate'],
    ['Achieve 95% SLA adherence for P1 tickets', 'SLA adherence'],
    ['Reduce call abandonment from 12% to 5%', 'call abandonment'],
  ] as const) {
    it(`finds the metric '${metric}'`, () => assert.equal(measure(text).metric?.text, metric));
  }
  it('has no metric when nothing is measured', () => assert.equal(measure('Be brilliant').metric, null));
});

describe('measure: placeholders', () => {
  for (const [text, found] of [
    ['Reach x% by Q3', ['x%']],
    ['Grow revenue to £Xm', ['£Xm']],
    ['Raise NPS to [target]', ['[target]']],
    ['Improve <metric> to N', ['<metric>', 'N']],
    ['Target: ??', ['??']],
    ['Baseline n/a, target TBC', ['n/a', 'TBC']],
  ] as const) {
    it(`finds ${found.join(', ')} in '${text}'`, () => assert.deepEqual(measure(text).placeholders.map((p) => p.text), found));
  }
  it("ignores 'Generation X', 'Gen Z' and task-list boxes", () => {
    assert.deepEqual(measure('Reach Generation X and Gen Z buyers').placeholders, []);
    assert.deepEqual(measure('[x] Launch the portal').placeholders, []);
  });
});

describe('measure: direction', () => {
  it('reads up words', () => assert.equal(measure('Boost engagement').direction, 'up'));
  it('reads down words', () => assert.equal(measure('Lower costs').direction, 'down'));
  it('has none without direction words', () => assert.equal(measure('Hold NPS at 50').direction, null));
  it("reads a neutral 'improve' from the numbers", () => assert.equal(measure('Improve response time from 48 hours to 24 hours').direction, 'down'));
  it("reads a neutral 'improve' from a lower-is-better metric", () => assert.equal(measure('Improve churn').direction, 'down'));
  it("reads 'bring ... down from' as down", () => assert.equal(measure('Bring median time to resolution down from 5.2 days to 2 days').direction, 'down'));
  it("does not read the season 'fall' as a direction", () => assert.equal(measure('Launch by fall 2027').direction, null));
  it("does not read 'no more than' as up", () => assert.equal(measure('wait no more than 10 minutes').direction, null));
});

describe('measure: absolutes', () => {
  for (const [text, found] of [
    ['Resolve 100% of complaints', '100%'],
    ['zero complaints', 'zero complaints'],
    ['no complaints this year', 'no complaints'],
    ['Delight every customer', 'every customer'],
    ['Call back all customers', 'all customers'],
    ['Always answer the phone', 'Always'],
    ['Never lose an order', 'Never'],
    ['each and every visitor', 'each and every visitor'],
    ['a perfect experience', 'perfect'],
    ['flawless delivery', 'flawless'],
    ['0 defects', '0 defects'],
  ] as const) {
    it(`finds '${found}' in '${text}'`, () => {
      const spans = findAbsolutes(text);
      assert.deepEqual(spans.map((s) => s.text), [found]);
      for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
    });
  }
  for (const text of ['Reach net zero by 2040', 'Survey staff every year', 'End zero-hours contracts', 'no later than 2027', 'Resolve 90% of complaints']) {
    it(`finds no absolute in '${text}'`, () => assert.deepEqual(findAbsolutes(text), []));
  }
});

describe('measure: implausible jumps (conservative)', () => {
  const n = (value: number, unit?: string, change?: boolean): NumericSpan => ({ start: 0, end: 0, text: '', value, ...(unit ? { unit } : {}), ...(change ? { change } : {}) });
  it('flags reaching 100% from below 80%', () => assert.equal(isImplausibleJump(n(70, '%'), n(100, '%'), 'up'), true));
  it('accepts reaching 100% from 90%', () => assert.equal(isImplausibleJump(n(90, '%'), n(100, '%'), 'up'), false));
  it('flags a percentage jump over 40 points', () => assert.equal(isImplausibleJump(n(30, '%'), n(75, '%'), 'up'), true));
  it('accepts a percentage jump of 12 points', () => assert.equal(isImplausibleJump(n(68, '%'), n(80, '%'), 'up'), false));
  it('flags an NPS jump over 30 points', () => assert.equal(isImplausibleJump(n(10, 'nps'), n(45, 'nps'), 'up'), true));
  it('accepts an NPS jump of 13 points', () => assert.equal(isImplausibleJump(n(32, 'nps'), n(45, 'nps'), 'up'), false));
  it('reads NPS from the metric when the caller passes it', () => assert.equal(isImplausibleJump(n(10), n(45), 'up', 'NPS'), true));
  it('flags more than tripling a count', () => assert.equal(isImplausibleJump(n(100), n(400), 'up'), true));
  it('accepts doubling a count', () => assert.equal(isImplausibleJump(n(100), n(200), 'up'), false));
  it('flags cutting a duration by more than 90%', () => assert.equal(isImplausibleJump(n(48, 'hours'), n(2, 'hours'), 'down'), true));
  it('compares durations across units', () => assert.equal(isImplausibleJump(n(2, 'days'), n(24, 'hours'), 'down'), false));
  it('applies a "by N points" change to the baseline', () => {
    assert.equal(isImplausibleJump(n(40, '%'), n(10, 'points', true), 'up'), false);
    assert.equal(isImplausibleJump(n(40, '%'), n(45, 'points', true), 'up'), true);
  });
  it('flags a jump over 40% of a score scale', () => assert.equal(isImplausibleJump(n(2.5, '/5'), n(4.8, '/5'), 'up'), true));
  it('never judges mismatched units', () => assert.equal(isImplausibleJump(n(10, 'currency'), n(90, '%'), 'up'), false));
  it('works on what findMeasure returns', () => {
    const m = measure('Increase FCR from 30% to 95%');
    assert.equal(isImplausibleJump(m.baseline!, m.target!, m.direction), true);
    const ok = measure('Increase first-contact resolution from 68% to 80%');
    assert.equal(isImplausibleJump(ok.baseline!, ok.target!, ok.direction), false);
  });
});

describe('measure: hostile input finishes quickly', () => {
  it('a 100,000-character line of digits and spaces', () => {
    let s = '';
    let seed = 11;
    while (s.length < 100_000) {
      seed = (seed * 48271) % 2147483647;
      s += String(seed % 100000) + ' '.repeat(1 + (seed % 3));
    }
    const t0 = Date.now();
    const m = findMeasure(s);
    assert.ok(Date.now() - t0 < 2000);
    if (m.target) assert.equal(s.slice(m.target.start, m.target.end), m.target.text);
    findAbsolutes(s);
  });
  it("50,000 'Q' characters", () => {
    const s = 'Q'.repeat(50_000);
    const t0 = Date.now();
    const m = findMeasure(s);
    assert.equal(m.target, null);
    assert.deepEqual(findAbsolutes(s), []);
    assert.ok(Date.now() - t0 < 2000);
  });
  it("a line of 'by by by ...'", () => {
    const s = 'by '.repeat(30_000) + '10 points';
    const t0 = Date.now();
    const m = findMeasure(s);
    assert.equal(m.target?.value, 10);
    assert.equal(m.target?.change, true);
    assert.ok(Date.now() - t0 < 2000);
  });
  it('ten thousand placeholders and numbers on one line stay linear', () => {
    const s = '[target] 5% X 1 '.repeat(10_000);
    const t0 = Date.now();
    const m = findMeasure(s);
    assert.ok(m.placeholders.length >= 20_000);
    assert.ok(Date.now() - t0 < 3000);
  });
  it('a long run of X and ? characters', () => {
    const s = 'X '.repeat(20_000) + '?'.repeat(20_000) + ' [' + 'a'.repeat(10_000);
    const t0 = Date.now();
    findMeasure(s);
    assert.ok(Date.now() - t0 < 2000);
  });
});
