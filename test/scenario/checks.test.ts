import { describe, expect, it } from 'vitest';
import { checksAt, checksAtSolved, totalBasisDiffers, coherenceChecks } from '../../src/scenario/checks';
import { baseline, baselineDoc, valid } from '../engine/scenario-fixture';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const message = (id: string, lang: 'da' | 'en', v = baseline()) => {
  const c = coherenceChecks(v).find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return nbsp(c.message[lang]);
};

describe('coherence checks name assumptions as the editor does', () => {
  it('an assumption outside the evidence: its label, its median in percent, the source in the language', () => {
    expect(message('evidence.activities.B.growthProbability', 'en')).toBe(
      'B: Becomes a growth company: the assumption (median 96.5 %) lies outside what published evidence supports (5–20 %; Erhvervsstyrelsen effect chain (200 → 40 → 15); Dansk Industri 2022/6 (5.4 % of firms)).',
    );
    expect(message('evidence.activities.B.growthProbability', 'da')).toBe(
      'B: Bliver vækstvirksomhed: antagelsen (median 96,5 %) ligger uden for det, som offentliggjort evidens støtter (5–20 %; Erhvervsstyrelsens effektkæde (200 → 40 → 15); Dansk Industri 2022/6 (5,4 % af virksomhederne)).',
    );
  });

  it('jobs and kroner in their units', () => {
    const doc = baselineDoc();
    doc.outcomes.revenuePerFteDkk = 3_000_000;
    const v = valid(doc);
    expect(message('evidence.outcomes.revenuePerFteDkk', 'en', v)).toMatch(/^Revenue per new job: the assumption \(median DKK 3,000,000\) lies outside .* \(DKK 1,000,000–2,500,000; effect measurements/);
    expect(message('evidence.outcomes.revenuePerFteDkk', 'da', v)).toMatch(/^Omsætning pr\. nyt job: antagelsen \(median 3\.000\.000 kr\.\) .* \(1\.000\.000–2\.500\.000 kr\.; effektmålinger/);
    expect(message('evidence.outcomes.growth.ftePerGrowthCompany.mean', 'da')).toMatch(/^Nye job pr\. vækstvirksomhed: Middel pr\. virksomhed: antagelsen \(median 2,21 årsværk\) .* \(3,64–35 årsværk; definitionens nedre grænse/);
  });

  it('no check shows a document path or a probability as a fraction', () => {
    for (const c of coherenceChecks(baseline())) {
      for (const lang of ['da', 'en'] as const) {
        expect(c.message[lang]).not.toMatch(/activities\.|outcomes\./);
        expect(c.message[lang]).not.toMatch(/median 0[.,]\d/);
      }
    }
  });

  it('the time to growth status by the editor’s label', () => {
    expect(message('growth.lagShorterThanDefinition', 'en')).toBe('Years from support to growth company: the median (2 years) is shorter than the definition\'s 3 years of growth.');
    expect(message('growth.lagShorterThanDefinition', 'da')).toBe('År fra støtte til vækstvirksomhed: medianen (2 år) er kortere end definitionens 3 års vækst.');
  });
});

describe('a total target that covers only the project periods', () => {
  const ids = (v = baseline()) => coherenceChecks(v).map((c) => c.id).filter((id) => id.startsWith('targets.totalBasis.'));
  /** The application's project totals (66 jobs: 0 + 66) written under Total, as a planner's own file may have them. */
  const underTotal = () => {
    const doc = baselineDoc();
    for (const id of ['newJobsFte', 'revenueDkk', 'productConcepts']) {
      doc.targets[id].total = doc.targets[id].projectTotal;
      delete doc.targets[id].projectTotal;
    }
    return valid(doc);
  };

  it('the built-in scenario writes the application’s period sums as project totals, so nothing is flagged there', () => {
    expect(ids()).toEqual([]);
    expect(baseline().scenario.targets.newJobsFte).toMatchObject({ projectTotal: 66, total: null });
  });

  it('is flagged for jobs and revenue, which the lags carry past the project, and not where the years after have targets or nothing comes after', () => {
    // The Total column counts every horizon.
    const v = underTotal();
    expect(ids(v)).toEqual(expect.arrayContaining(['targets.totalBasis.newJobsFte', 'targets.totalBasis.revenueDkk']));
    expect(ids(v)).not.toContain('targets.totalBasis.growthCompanies'); // 0–2 years after has a target of 100
    expect(ids(v)).not.toContain('targets.totalBasis.supportedCompanies'); // support ends with the project
    const said = (id: string, lang: 'da' | 'en') => coherenceChecks(v).find((c) => c.id === id)!.message[lang];
    expect(said('targets.totalBasis.revenueDkk', 'en')).toMatch(/^Created revenue \(A1–E2\): the total target \(DKK.100,000,000\) is only the periods' sum, but the “Total” column also counts the years after the project.*move the figure to “Project total”/);
    expect(said('targets.totalBasis.newJobsFte', 'da')).toMatch(/^Nye job, fuldtidspersoner \(A1–E2\): målet i alt \(66\) er kun periodernes sum, men kolonnen »I alt« tæller også årene efter/);
    expect(totalBasisDiffers(coherenceChecks(v))).toEqual(new Set(['newJobsFte', 'revenueDkk', 'productConcepts']));
  });

  it('states the share the lags carry past the project: all of it for a growth lag of 1–3 years from the middle of period 2', () => {
    const c = coherenceChecks(underTotal()).find((x) => x.id === 'targets.totalBasis.newJobsFte')!;
    // Triangular(1, 2, 3) years from 2.25 years, against a project of 3 years: P(lag > 0.75) = 1.
    expect(c.numbers.afterShare).toBeCloseTo(1, 12);
  });

  it('flags a project total that is not the two periods’ sum', () => {
    const doc = baselineDoc();
    doc.targets.newJobsFte.projectTotal = 70;
    expect(coherenceChecks(valid(doc)).find((c) => c.id === 'targets.projectSum.newJobsFte')?.message.en).toBe(
      'New jobs, full-time (A1–E2): the periods’ targets add up to 66, but the project total target is 70.'.replace('’', "'"),
    );
  });

  it('is not flagged once Total is left empty, or when every lag ends within the project', () => {
    expect(ids(baseline())).not.toContain('targets.totalBasis.newJobsFte');
    const short = baselineDoc();
    short.targets.newJobsFte.total = 66;
    short.outcomes.growth.lagYears = 0.1;
    short.outcomes.otherSupportedFte.lagYears = 0.1;
    expect(ids(valid(short))).not.toContain('targets.totalBasis.newJobsFte');
  });
});

describe('supported companies against the places that can take a company in for the first time', () => {
  const message = (v: ReturnType<typeof baseline>, id: string) => coherenceChecks(v).find((c) => c.id === id);

  it('finds the application’s period-2 target of 88 above the 87 that B, C, D and E1 can support (E2 only takes E1’s companies)', () => {
    const c = message(baseline(), 'target.unreachable.supportedCompanies.period2')!;
    expect(c.severity).toBe('error');
    expect(c.numbers).toEqual({ target: 88, maximum: 87 });
    expect(c.message.en).toBe('Companies receiving support (A1–E2), period 2: the target 88 is above the 87 companies the support activities can take in for the first time (B 40, C 5, D 18, E1 24 places). E2 adds none: its companies all come from other support activities and are counted there already.');
    expect(c.message.da).toMatch(/^Virksomheder der modtager støtte \(A1–E2\), 2\. periode: målet 88 er højere end de 87 virksomheder/);
    // Period 1 (25 + 3 + 6 + 12 = 46 ≥ 45) and the total (46 + 87 = 133 ≥ 133) can be reached.
    expect(message(baseline(), 'target.unreachable.supportedCompanies.period1')).toBeUndefined();
    expect(message(baseline(), 'target.unreachable.supportedCompanies.total')).toBeUndefined();
  });

  it('counts E2’s places once E2 recruits companies of its own, and never counts an activity reached only through support', () => {
    const doc = baselineDoc();
    doc.activities.E2.recruitment = { fillRate: 0.5 };
    expect(message(valid(doc), 'target.unreachable.supportedCompanies.period2')).toBeUndefined();
    const narrow = baselineDoc();
    // B now takes only companies sent by C (itself support): B adds none.
    delete narrow.activities.B.recruitment;
    narrow.activities.A2.routing.to = { C: 0.06, D: 0.18, E1: 0.27 };
    delete narrow.activities.A1.routing.to.B;
    narrow.activities.C.routing = { proceed: 1, to: { B: 1 } };
    const c = message(valid(narrow), 'target.unreachable.supportedCompanies.period2')!;
    expect(c.numbers.maximum).toBe(5 + 18 + 24);
    expect(c.message.en).toContain('B, E2 add none: their companies all come from other support activities');
  });
});

describe('answers that move one input: the checks they cross', () => {
  it('the solver’s 2.53 FTE per growth company is below the definition’s floor of 3.64, and says so', () => {
    const v = baseline();
    const path = 'outcomes.growth.ftePerGrowthCompany.mean';
    const crossed = checksAtSolved(v, path, { found: true, median: 2.53, probability: 0.8, direction: 'at least', searched: [0.5, 9.5] }, [0, 10_000]);
    expect(crossed.map((c) => c.id)).toEqual(expect.arrayContaining(['growth.fteBelowDefinition']));
    const floor = crossed.find((c) => c.id === 'growth.fteBelowDefinition')!;
    expect(floor.numbers.medianFte).toBeCloseTo(2.53, 9);
    expect(floor.numbers.definitionFloor).toBeCloseTo(5 * (1.2 ** 3 - 1), 12);
    expect(floor.message.en.replace(/\u00a0/g, ' ')).toMatch(/the median \(2\.53 FTE\) is below the definition's floor/);
    // At 20 FTE it crosses none of them.
    expect(checksAt(v, path, { type: 'fixed', value: 20 }).filter((c) => c.input === path)).toEqual([]);
  });

  it('a mobilisation answer inside the evidence crosses nothing; one that is new to the scenario is reported though it is about another input', () => {
    const v = baseline();
    expect(checksAt(v, 'activities.A1.routing.proceed', { type: 'fixed', value: 0.62 })).toEqual([]);
    const c = checksAt(v, 'activities.A1.routing.proceed', { type: 'fixed', value: 0.95 });
    expect(c.map((x) => x.id)).toEqual(['evidence.activities.A1.routing.proceed']);
  });
});
