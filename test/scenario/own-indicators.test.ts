import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/scenario/parse';
import { errorText, fileVoice } from '../../src/scenario/error-text';
import { renameActivityId } from '../../src/scenario/programme-edits';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const baseline = (): Doc => JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
const L = { da: 'Navn', en: 'Name' };

/** The errors of the baseline with these states and indicators, as path → code. */
function errorsOf(indicators: unknown[], states?: unknown[]): [string, string | undefined][] {
  const doc = baseline();
  doc.indicators = indicators;
  if (states) doc.outcomes.states = states;
  const r = validateScenario(doc);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
}

describe('the scenario’s own indicators: each broken rule named at its field', () => {
  it('a rule of no kind there is, and a code that is not one', () => {
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'count' } }])).toEqual([['indicators.a.rule.kind', 'oneOf']]);
    expect(errorsOf([{ id: 'a', label: L, code: '04', rule: { kind: 'state', state: 'newToFirm' } }])).toEqual([['indicators.a.code', 'indicatorCode']]);
  });

  it('ids that clash with each other or with a built-in indicator', () => {
    const rule = { kind: 'companies', activities: ['B'] };
    expect(errorsOf([{ id: 'x', label: L, rule }, { id: 'x', label: L, rule }])).toEqual([['indicators.x.id', 'duplicateId']]);
    expect(errorsOf([{ id: 'growthCompanies', label: L, rule }])).toEqual([['indicators.growthCompanies.id', 'duplicateId']]);
  });

  it('activities, states and indicators the programme does not have', () => {
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'companies', activities: ['B', 'Z'] } }])).toEqual([['indicators.a.rule.activities.1', 'unknownActivity']]);
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'state', state: 'exports' } }])).toEqual([['indicators.a.rule.state', 'unknownState']]);
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'sum', of: ['newJobsFte', 'jobs'] } }])).toEqual([['indicators.a.rule.of.1', 'unknownRuleIndicator']]);
    expect(errorsOf([], [{ id: 's', name: L, activities: ['Q'], probability: 0.5, lagYears: 1 }])).toEqual([['outcomes.states.s.activities.0', 'unknownActivity']]);
  });

  it('a subset naming an activity its parent does not count, or a parent that counts no set of activities', () => {
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'companies', activities: ['B', 'A1'], subsetOf: 'supportedCompanies' } }])).toEqual([['indicators.a.rule.activities', 'notInParent']]);
    expect(errorsOf([
      { id: 'p', label: L, rule: { kind: 'companies', activities: ['B', 'C'] } },
      { id: 'a', label: L, rule: { kind: 'companies', activities: ['D'], subsetOf: 'p' } },
    ])).toEqual([['indicators.a.rule.activities', 'notInParent']]);
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'companies', activities: ['B'], subsetOf: 'newJobsFte' } }])).toEqual([['indicators.a.rule.subsetOf', 'parentNotCompanies']]);
    // F's companies are the innovation group's: a subset of supportedCompaniesF, not of supportedCompanies.
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'companies', activities: ['F'], subsetOf: 'supportedCompaniesF' } }])).toEqual([]);
  });

  it('sums across units, and sums or ratios of sums and ratios', () => {
    expect(errorsOf([{ id: 'a', label: L, rule: { kind: 'sum', of: ['newJobsFte', 'growthCompanies'] } }])).toEqual([['indicators.a.rule.of', 'mixedUnits']]);
    expect(errorsOf([
      { id: 's', label: L, rule: { kind: 'sum', of: ['newJobsFte'] } },
      { id: 'r', label: L, rule: { kind: 'ratio', numerator: 's', denominator: 'growthCompanies' } },
      { id: 't', label: L, rule: { kind: 'sum', of: ['r'] } },
    ])).toEqual([['indicators.t.rule.of.0', 'ruleOperand'], ['indicators.r.rule.numerator', 'ruleOperand']]);
  });

  it('an outcome whose random draws would be an activity’s: with an activity called “state”, no outcome called after one of its draw sites', () => {
    const doc = renameActivityId(baseline(), 'F', 'state') as Doc;
    const outcome = (id: string) => ({ id, name: L, activities: ['state'], probability: 0.5, lagYears: 1 });
    doc.outcomes.states = [outcome('members'), outcome('exports')];
    const r = validateScenario(doc);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['outcomes.states.members.id', 'drawSiteClash']]);
    if (!r.ok) expect(errorText(r.errors[0], fileVoice('en'))).toContain('an outcome may not be called entry, routes, members, growth');
    doc.outcomes.states = [outcome('members')];
    expect(validateScenario(renameActivityId(doc, 'state', 'F')).ok).toBe(true);
  });

  it('more different sets of activities than the flow follows', () => {
    const sets = [['A1'], ['A2'], ['B'], ['C'], ['D'], ['E1'], ['E2']];
    expect(errorsOf(sets.map((activities, i) => ({ id: `s${i}`, label: L, rule: { kind: 'companies', activities } })))).toEqual([['indicators', 'tooManySets']]);
    // The same set named twice is one set.
    expect(errorsOf([...sets.slice(0, 6), ['A1']].map((activities, i) => ({ id: `s${i}`, label: L, rule: { kind: 'companies', activities } })))).toEqual([]);
  });

  it('messages name the rule in both languages', () => {
    const doc = baseline();
    doc.indicators = [{ id: 'a', label: L, rule: { kind: 'companies', activities: ['A1'], subsetOf: 'supportedCompanies' } }];
    const r = validateScenario(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorText(r.errors[0], fileVoice('en'))).toContain('a subset counts only companies its parent counts');
    expect(errorText(r.errors[0], fileVoice('da'))).toContain('en delmængde tæller kun virksomheder');
  });
});

describe('a subset’s targets against its parent’s', () => {
  it('a subset’s target above its parent’s at a total is an error of the targets; at or below it, none', async () => {
    const { coherenceChecks } = await import('../../src/scenario/checks');
    const doc = baseline();
    doc.indicators = [
      { id: 'RCO01', label: L, code: 'RCO01', rule: { kind: 'companies', activities: ['B', 'C', 'D', 'E1', 'E2', 'F'] } },
      { id: 'RCO04', label: L, code: 'RCO04', rule: { kind: 'companies', activities: ['B', 'C'], subsetOf: 'RCO01' } },
    ];
    doc.targets.RCO01 = { projectTotal: 200 };
    doc.targets.RCO04 = { projectTotal: 250 };
    const checks = (d: Doc) => {
      const r = validateScenario(d);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return coherenceChecks(r.value).filter((c) => c.id.startsWith('targets.subset.'));
    };
    const found = checks(doc);
    expect(found.map((c) => [c.id, c.severity, c.numbers])).toEqual([['targets.subset.RCO04.projectTotal', 'error', { subset: 250, parent: 200 }]]);
    expect(found[0].message.en).toContain('no outcome can meet both');
    doc.targets.RCO04 = { projectTotal: 200 };
    expect(checks(doc)).toEqual([]);
  });
});

describe('own indicators and outcomes in the checks and the actuals', () => {
  const withOwn = () => {
    const doc = baseline();
    doc.outcomes.states = [{ id: 'org', name: L, activities: ['C', 'D'], probability: { type: 'beta', alpha: 2, beta: 8 }, lagYears: 1 }];
    doc.indicators = [
      { id: 'advice', label: L, rule: { kind: 'companies', activities: ['C', 'D'] } },
      { id: 'organised', label: L, rule: { kind: 'state', state: 'org' } },
    ];
    return doc;
  };
  const seatsOf = (doc: Doc, ids: string[], periods: string[]) =>
    doc.activities.filter((a: { id: string }) => ids.includes(a.id)).reduce((k: number, a: { units: Record<string, number>; companiesPerUnit: number }) => k + periods.reduce((s, p) => s + Math.round(a.units[p] * a.companiesPerUnit), 0), 0);

  it('a target above the seats of an own indicator’s activities is unreachable; an own outcome’s, above the seats of its activities in all periods', async () => {
    const { coherenceChecks } = await import('../../src/scenario/checks');
    const doc = withOwn();
    const most = seatsOf(doc, ['C', 'D'], ['period1']);
    const all = seatsOf(doc, ['C', 'D'], ['period1', 'period2']);
    doc.targets.advice = { period1: most + 1 };
    doc.targets.organised = { total: all + 1 };
    const r = validateScenario(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const ids = coherenceChecks(r.value).map((c) => c.id);
    expect(ids.filter((id) => /advice|organised/.test(id)).sort()).toEqual(['target.unreachable.advice.period1', 'target.unreachable.organised.total']);
  });

  it('actuals: an observation of an own indicator is held to its activities’ seats, and an own outcome’s probability is a rate', async () => {
    const { parseActuals } = await import('../../src/scenario/actuals');
    const r = validateScenario(withOwn());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const a = parseActuals({ schemaVersion: 1, observations: [{ indicator: 'advice', horizon: 'period1', value: 6 }], rates: [{ input: 'outcomes.states.org.probability', successes: 3, trials: 10 }] }, r.value);
    expect(a.ok).toBe(true);
    const tooMany = parseActuals({ schemaVersion: 1, observations: [{ indicator: 'advice', horizon: 'period1', value: 10_000 }], rates: [] }, r.value);
    expect(tooMany.ok ? [] : tooMany.errors.map((e) => e.code)).toEqual(['aboveSeats']);
  });
});

describe('what a planner trying the section ran into', () => {
  it('two own indicators with one code are refused at the second; the catalogue no longer offers a code taken, nor an outcome’s amount without one', async () => {
    const { addIndicator, CATALOGUE, notOffered } = await import('../../src/scenario/indicator-catalogue');
    const rule = { kind: 'companies', activities: ['B'] };
    expect(errorsOf([{ id: 'a', label: L, code: 'RCO01', rule }, { id: 'b', label: L, code: 'RCO01', rule }])).toEqual([['indicators.b.code', 'duplicateCode']]);
    const rco01 = CATALOGUE.find((e) => e.key === 'RCO01')!;
    const amount = CATALOGUE.find((e) => e.key === 'outcomeAmount')!;
    const doc = addIndicator(baseline(), rco01).doc;
    expect(notOffered(rco01, baseline())).toBeNull();
    expect(notOffered(rco01, doc)).toBe('codeTaken');
    expect(notOffered(amount, doc)).toBe('needsAmount');
  });

  it('removing a parent leaves its subsets counting on their own, valid', async () => {
    const { addIndicator, removeIndicator, CATALOGUE } = await import('../../src/scenario/indicator-catalogue');
    const entry = (key: string) => CATALOGUE.find((e) => e.key === key)!;
    const doc = removeIndicator(addIndicator(addIndicator(baseline(), entry('RCO01')).doc, entry('RCO04')).doc, 'RCO01') as Doc;
    expect(doc.indicators.map((d: { id: string; rule: unknown }) => [d.id, d.rule])).toEqual([['RCO04', { kind: 'companies', activities: ['B', 'C', 'D', 'E1', 'E2', 'F'] }]]);
    expect(validateScenario(doc).ok).toBe(true);
  });

  it('an own code of the other programming period than the scenario’s is a warning; a missing input is named as required', async () => {
    const { coherenceChecks } = await import('../../src/scenario/checks');
    const doc = baseline();
    doc.indicators = [{ id: 'RCO04', label: L, code: 'RCO04', rule: { kind: 'companies', activities: ['B'] } }];
    const ids = (d: Doc) => {
      const r = validateScenario(d);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return coherenceChecks(r.value).map((c) => c.id);
    };
    expect(ids(doc)).toContain('codes.mixed');
    doc.indicatorCodes = '2021-2027';
    expect(ids(doc)).not.toContain('codes.mixed');
    expect(errorsOf([], [{ id: 's', name: L, activities: ['B'] }])).toEqual([['outcomes.states.s.probability', 'required'], ['outcomes.states.s.lagYears', 'required']]);
  });
});
