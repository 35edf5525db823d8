import { describe, expect, it } from 'vitest';
import { coherenceChecks } from '../../src/scenario/checks';
import {
  DANISH_GROWTH_COMPANY, EUROSTAT_HIGH_GROWTH, definitionName, floorFormula, fteFloor, growthDefinition,
} from '../../src/scenario/growth-definition';
import { validateScenario as parseScenario } from '../../src/scenario/parse';
import { baselineDoc, valid } from '../engine/scenario-fixture';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const withDefinition = (d: unknown) => {
  const doc = baselineDoc();
  (doc.outcomes.growth as Record<string, unknown>).definition = d;
  return doc;
};
const ids = (doc: ReturnType<typeof baselineDoc>) => coherenceChecks(valid(doc)).map((c) => c.id);

describe('the growth-company definition and its floor', () => {
  it('the floor is minimum employees × ((1 + rate)^years − 1): 3.64 for the Danish definition, 3.31 for Eurostat’s', () => {
    // Closed forms: 5 × 0.728 and 10 × 0.331.
    expect(fteFloor(DANISH_GROWTH_COMPANY)).toBeCloseTo(3.64, 12);
    expect(fteFloor(EUROSTAT_HIGH_GROWTH)).toBeCloseTo(3.31, 12);
    expect(fteFloor({ growthPercentPerYear: 100, years: 1, minEmployees: 7 })).toBeCloseTo(7, 12);
    expect(fteFloor({ growthPercentPerYear: 15, years: 4, minEmployees: 20 })).toBeCloseTo(20 * (1.15 ** 4 - 1), 12);
  });

  it('the formula reads as a planner checks it, in each language', () => {
    expect(floorFormula(DANISH_GROWTH_COMPANY, 'en')).toBe('5 × (1.2³ − 1) ≈ 3.64');
    expect(floorFormula(DANISH_GROWTH_COMPANY, 'da')).toBe('5 × (1,2³ − 1) ≈ 3,64');
    expect(floorFormula({ growthPercentPerYear: 12.5, years: 10, minEmployees: 50 }, 'en')).toBe(`50 × (1.125¹⁰ − 1) ≈ ${(50 * (1.125 ** 10 - 1)).toFixed(2)}`);
  });

  it('a file without a definition uses the Danish one and says it did not state it; one with it is used as written', () => {
    expect(growthDefinition(baselineDoc() as never)).toEqual({ definition: DANISH_GROWTH_COMPANY, stated: false });
    expect(growthDefinition(withDefinition({ ...EUROSTAT_HIGH_GROWTH }) as never)).toEqual({ definition: EUROSTAT_HIGH_GROWTH, stated: true });
    expect(definitionName(EUROSTAT_HIGH_GROWTH)).toBe('eurostat');
    expect(definitionName({ ...EUROSTAT_HIGH_GROWTH, years: 4 })).toBeNull();
  });
});

describe('the checks follow the scenario’s definition', () => {
  it('the jobs floor: 30 growth companies and 66 jobs contradict the Danish and Eurostat definitions, not a 10 % one from 5 employees', () => {
    expect(ids(baselineDoc())).toContain('growth.jobsFloor.period2');
    const eurostat = coherenceChecks(valid(withDefinition({ ...EUROSTAT_HIGH_GROWTH }))).find((c) => c.id === 'growth.jobsFloor.period2')!;
    // 30 × 3.31 = 99.3 jobs at least (not rounded up: FTE come in fractions).
    expect(eurostat.numbers.minimumJobs).toBeCloseTo(99.3, 9);
    expect(eurostat.message.en).toContain('add at least 99.3 full-time jobs');
    expect(eurostat.numbers.definitionFloor).toBeCloseTo(3.31, 12);
    expect(nbsp(eurostat.message.en)).toContain('(10 × (1.1³ − 1) ≈ 3.31 each)');
    expect(nbsp(eurostat.message.da)).toContain('(10 × (1,1³ − 1) ≈ 3,31 hver)');
    // 30 × 5 × (1.1³ − 1) = 49.65 ≤ 66.
    expect(ids(withDefinition({ growthPercentPerYear: 10, years: 3, minEmployees: 5 }))).not.toContain('growth.jobsFloor.period2');
  });

  it('FTE per growth company is judged against the definition’s floor, in the check and in the evidence range', () => {
    const doc = withDefinition({ growthPercentPerYear: 10, years: 3, minEmployees: 5 });
    // The baseline's 2.2 FTE (median) is below 3.64 but above 1.655.
    expect(ids(baselineDoc())).toEqual(expect.arrayContaining(['growth.fteBelowDefinition', 'evidence.outcomes.growth.ftePerGrowthCompany.mean']));
    expect(ids(doc)).not.toContain('growth.fteBelowDefinition');
    expect(ids(doc)).not.toContain('evidence.outcomes.growth.ftePerGrowthCompany.mean');
    const high = withDefinition({ growthPercentPerYear: 30, years: 3, minEmployees: 10 });
    (high.outcomes.growth.ftePerGrowthCompany as Record<string, unknown>).mean = 10;
    const c = coherenceChecks(valid(high)).find((x) => x.id === 'growth.fteBelowDefinition')!;
    expect(c.numbers.definitionFloor).toBeCloseTo(10 * (1.3 ** 3 - 1), 12);
    expect(nbsp(c.message.en)).toContain('a growth company has at least 10 employees, growing at least 30 % a year for 3 years, so it adds at least 10 × (1.3³ − 1) ≈ 11.97 full-time jobs');
    const range = coherenceChecks(valid(high)).find((x) => x.id === 'evidence.outcomes.growth.ftePerGrowthCompany.mean')!;
    expect(range.numbers.evidenceMin).toBeCloseTo(11.97, 12);
  });

  it('the years of growth: a two-year definition accepts the baseline’s two-year lag; a five-year one flags period 2 (ending 4 years in)', () => {
    expect(ids(baselineDoc())).toContain('growth.lagShorterThanDefinition');
    expect(ids(withDefinition({ growthPercentPerYear: 20, years: 2, minEmployees: 5 }))).not.toContain('growth.lagShorterThanDefinition');
    const five = coherenceChecks(valid(withDefinition({ growthPercentPerYear: 20, years: 5, minEmployees: 5 })));
    const time = five.find((c) => c.id === 'growth.definitionTime.period2')!;
    expect(time.numbers.definitionYears).toBe(5);
    expect(nbsp(time.message.en)).toContain('growth-company status needs 5 years of growth');
    expect(five.find((c) => c.id === 'growth.lagShorterThanDefinition')!.message.en).toContain("definition's 5 years of growth");
  });
});

describe('a definition that breaks a rule is refused at its field', () => {
  const errorsOf = (d: unknown) => {
    const r = parseScenario(withDefinition(d));
    return r.ok ? [] : r.errors.map((e) => e.path);
  };
  it('no growth, fractional years or employees, and missing fields are named', () => {
    expect(errorsOf({ growthPercentPerYear: 0, years: 3, minEmployees: 5 })).toEqual(['outcomes.growth.definition.growthPercentPerYear']);
    expect(errorsOf({ growthPercentPerYear: 20, years: 2.5, minEmployees: 5 })).toEqual(['outcomes.growth.definition.years']);
    expect(errorsOf({ growthPercentPerYear: 20, years: 3, minEmployees: 0 })).toEqual(['outcomes.growth.definition.minEmployees']);
    expect(errorsOf({ growthPercentPerYear: 20, years: 3 })).toEqual(['outcomes.growth.definition.minEmployees']);
    expect(errorsOf({ ...DANISH_GROWTH_COMPANY })).toEqual([]);
  });
});

describe('the assumptions text states a definition the scenario states', () => {
  it('Eurostat’s, with its floor, in both languages; none where the scenario states none', async () => {
    const { assumptionsText } = await import('../../src/report/assumptions-text');
    const effects = (doc: ReturnType<typeof baselineDoc>, lang: 'da' | 'en') => nbsp(assumptionsText(valid(doc), lang).find((p) => p.id === 'effects')!.text);
    const doc = withDefinition({ ...EUROSTAT_HIGH_GROWTH });
    expect(effects(doc, 'en')).toMatch(/^A growth company has at least 10 employees, growing at least 10 % a year for 3 years, and so creates at least 10 × \(1\.1³ − 1\) ≈ 3\.31 full-time jobs\. Growth-company status/);
    expect(effects(doc, 'da')).toMatch(/^En vækstvirksomhed har mindst 10 ansatte og vækst på mindst 10 % om året i 3 år og skaber dermed mindst 10 × \(1,1³ − 1\) ≈ 3,31 fuldtidsjob\. Status/);
    expect(effects(baselineDoc(), 'en')).toMatch(/^Growth-company status/);
  });
});
