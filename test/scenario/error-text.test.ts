import { describe, expect, it } from 'vitest';
import { validateScenario, type Parsed, type PathError } from '../../src/scenario/parse';
import { editorVoice, errorText, fileVoice } from '../../src/scenario/error-text';
import { fieldLabel } from '../../src/scenario/labels';
import { distQuantile } from '../../src/engine/dist';
import { baselineDoc, type Doc } from '../engine/scenario-fixture';
import { SEED_LABELS } from '../seed-layout';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const editor = (e: PathError, lang: 'da' | 'en', at?: string) => nbsp(errorText(e, editorVoice(lang), at));

function errorAt(r: Parsed, path: string): PathError {
  if (r.ok) throw new Error('expected the scenario to be rejected');
  const e = r.errors.find((x) => x.path === path);
  if (!e) throw new Error(`no error at ${path}; got ${JSON.stringify(r.errors)}`);
  return e;
}

function withDoc(change: (doc: Doc) => void): Parsed {
  const doc = baselineDoc();
  change(doc);
  return validateScenario(doc);
}

describe('validation messages in the planner’s language and words', () => {
  it('field rules in Danish and English (the trial’s "must be >= 0", "must be a whole number")', () => {
    const r = withDoc((d) => {
      d.activities.C.units.period2 = -1;
      d.activities.D.units.period1 = 1.5;
    });
    const negative = errorAt(r, 'activities.C.units.period2');
    expect(editor(negative, 'en')).toBe('must be at least 0');
    expect(editor(negative, 'da')).toBe('skal være mindst 0');
    const half = errorAt(r, 'activities.D.units.period1');
    expect(editor(half, 'en')).toBe('must be a whole number');
    expect(editor(half, 'da')).toBe('skal være et helt tal');
  });

  it('an empty field asks for a number, never zod’s "expected number, received string"', () => {
    const e = errorAt(withDoc((d) => (d.activities.A1.companiesPerUnit = '')), 'activities.A1.companiesPerUnit');
    expect(editor(e, 'en')).toBe('must be a number; it is empty');
    expect(editor(e, 'da')).toBe('skal være et tal; feltet er tomt');
    expect(e.message).not.toMatch(/received|Invalid input/);
  });

  it('names the fields as the editor labels them and shows probabilities as percentages', () => {
    const r = withDoc((d) => (d.activities.A1.routing.proceed = { type: 'pert', min: 0.4, mode: 0.96, max: 0.9 }));
    const e = errorAt(r, 'activities.A1.routing.proceed');
    expect(e.fields).toEqual(['activities.A1.routing.proceed.mode', 'activities.A1.routing.proceed.max']);
    expect(editor(e, 'en')).toBe('Most likely (96 %) must not be above maximum (90 %)');
    expect(editor(e, 'da')).toBe('Mest sandsynlig (96 %) må ikke være over maksimum (90 %)');
    // At each of the two fields, what it must be relative to the other.
    expect(editor(e, 'en', e.fields![0])).toBe('must not be above maximum (90 %)');
    expect(editor(e, 'en', e.fields![1])).toBe('must not be below most likely (96 %)');
    expect(editor(e, 'da', e.fields![1])).toBe('må ikke være under mest sandsynlig (96 %)');
    // A file's reader gets the document's keys and values.
    expect(e.message).toBe('mode (0.96) must not be above max (0.9)');
    expect(errorText(e, fileVoice('da'))).toBe('mode (0,96) må ikke være over max (0,9)');
  });

  it('a value outside its bounds is at its own field, in percent', () => {
    const e = errorAt(withDoc((d) => (d.activities.B.recruitment.fillRate = { type: 'pert', min: 0.8, mode: 0.95, max: 1.2 })), 'activities.B.recruitment.fillRate.max');
    expect(editor(e, 'en')).toBe('120 % is above 100 %, the highest possible value');
    expect(editor(e, 'da')).toBe('120 % er over 100 %, den højest mulige værdi');
    expect(editor(e, 'en', e.path)).toBe('must be at most 100 %');
    expect(editor(e, 'da', e.path)).toBe('må højst være 100 %');
    expect(fieldLabel(e.path, 'en')).toBe('B: Seats filled: Maximum');
    expect(fieldLabel(e.path, 'da')).toBe('B: Andel af pladser besat: Maksimum');
  });

  it.each([[0.85, 0.95, 0.99, '98.5'], [0.9, 0.95, 0.99, '98.3'], [0.8, 0.9, 0.98, '96.6'], [0.6, 0.8, 0.95, '93.2']])(
    'a PERT interval %s / %s / %s near 100 %: says what goes wrong and what to do, at the 95th percentile',
    (p5, mode, p95, limit) => {
      const r = withDoc((d) => (d.activities.B.recruitment.fillRate = { type: 'pert', p5, mode, p95 }));
      const e = errorAt(r, 'activities.B.recruitment.fillRate.p95');
      const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
      expect(editor(e, 'en')).toBe(
        `a PERT distribution with 5th percentile ${pct(p5)}, most likely ${pct(mode)} and 95th percentile ${pct(p95)} would go above 100 %; choose Beta, or lower the 95th percentile to at most ${limit} %`,
      );
      expect(editor(e, 'da')).toBe(
        `en PERT-fordeling med 5 %-fraktil ${pct(p5).replace('.', ',')}, mest sandsynlig ${pct(mode).replace('.', ',')} og 95 %-fraktil ${pct(p95).replace('.', ',')} ville gå over 100 %; vælg Beta, eller sæt 95 %-fraktil til højst ${limit.replace('.', ',')} %`,
      );
      // Both suggestions hold: the suggested 95th percentile is accepted, and so is Beta with the planner's interval.
      const lower = withDoc((d) => (d.activities.B.recruitment.fillRate = { type: 'pert', p5, mode, p95: Number(limit) / 100 }));
      expect(lower.ok).toBe(true);
      const beta = withDoc((d) => (d.activities.B.recruitment.fillRate = { type: 'beta', p5, p95 }));
      if (!beta.ok) throw new Error(JSON.stringify(beta.errors));
      const d = beta.value.model.inputs.find((i) => i.path === 'activities.B.recruitment.fillRate')!.dist;
      expect(distQuantile(d, 0.05)).toBeCloseTo(p5, 6);
      expect(distQuantile(d, 0.95)).toBeCloseTo(p95, 6);
    },
  );

  it('a triangular interval near 0 says to raise the 5th percentile', () => {
    const e = errorAt(withDoc((d) => (d.activities.B.growthProbability = { type: 'triangular', p5: 0.01, mode: 0.04, p95: 0.15 })), 'activities.B.growthProbability.p5');
    expect(editor(e, 'en')).toBe('a triangular distribution with 5th percentile 1 %, most likely 4 % and 95th percentile 15 % would go below 0 %; choose Beta, or raise the 5th percentile to at least 1.94 %');
    expect(editor(e, 'da')).toBe('en trekantsfordeling med 5 %-fraktil 1 %, mest sandsynlig 4 % og 95 %-fraktil 15 % ville gå under 0 %; vælg Beta, eller sæt 5 %-fraktil til mindst 1,94 %');
  });

  it('other units: years, FTE and kroner', () => {
    const r = withDoc((d) => {
      d.outcomes.growth.lagYears = { type: 'uniform', min: -1, max: 3 };
      d.outcomes.revenuePerFteDkk = { type: 'beta', alpha: 2, beta: 3 };
    });
    const lag = errorAt(r, 'outcomes.growth.lagYears.min');
    expect(editor(lag, 'en')).toBe('-1 years is below 0 years, the lowest possible value');
    expect(editor(lag, 'da')).toBe('-1 år er under 0 år, den lavest mulige værdi');
    expect(fieldLabel(lag.path, 'en')).toBe('Years from support to growth company: Minimum');
    const revenue = errorAt(r, 'outcomes.revenuePerFteDkk');
    expect(editor(revenue, 'da')).toBe('en betafordeling ligger mellem 0 og 1; brug den til andele og sandsynligheder, ikke til beløb');
  });

  it('routing rules name the activities', () => {
    const r = withDoc((d) => (d.activities.A1.routing.to.A2 = 0.99));
    const e = errorAt(r, 'activities.A1.routing.to');
    expect(editor(e, 'en')).toBe('the shares can add up to 106 %; those who go on can be sent onward at most once (100 %)');
    expect(editor(e, 'da')).toBe('andelene kan tilsammen nå 106 %; de, der går videre, kan højst sendes videre én gang (100 %)');
    expect(fieldLabel(e.path, 'da')).toBe('A1: Hvor virksomhederne går hen');
  });

  it('an error made without a rule is shown as its message', () => {
    expect(errorText({ path: 'x', message: 'as it was' }, editorVoice('da'))).toBe('as it was');
  });
});

describe('fieldLabel: a path as the editor labels its field', () => {
  it.each([
    ['activities.A1.units.period1', 'A1: Units per period: Period 1', 'A1: Antal pr. periode: 1. periode'],
    ['activities.A1.routing.proceed.mode', 'A1: Share that mobilises and goes on: Most likely', 'A1: Andel der mobiliserer og går videre: Mest sandsynlig'],
    ['activities.B.routing.to.C.p95', 'B: Of those going on, share to C: 95th percentile', 'B: Af dem der går videre, andel til C: 95 %-fraktil'],
    ['outcomes.growth.ftePerGrowthCompany.mean.max', 'New jobs per growth company: Mean per company: Maximum', 'Nye job pr. vækstvirksomhed: Middel pr. virksomhed: Maksimum'],
    ['outcomes.growth.ftePerGrowthCompany.cv', 'New jobs per growth company: Spread between companies (coefficient of variation)', 'Nye job pr. vækstvirksomhed: Spredning mellem virksomheder (variationskoefficient)'],
    ['outcomes.innovation.newToMarket.lagYears.mode', 'Introduces a product new to the market: Years until it happens: Most likely', 'Introducerer et produkt, der er nyt for markedet: År til det sker: Mest sandsynlig'],
    ['periods.period2.years', 'Length of period 2', 'Længde af 2. periode'],
    ['targets.growthCompanies.total', 'Target: New growth companies (A1–E2), Total', 'Mål: Nye vækstvirksomheder (A1–E2), I alt'],
  ])('%s', (path, en, da) => {
    expect(fieldLabel(path, 'en', SEED_LABELS)).toBe(en);
    expect(fieldLabel(path, 'da', SEED_LABELS)).toBe(da);
  });

  it('keeps what it cannot name as the path has it', () => {
    expect(fieldLabel('colour', 'en')).toBe('colour');
    expect(fieldLabel('activities.A1.fillrate', 'en')).toBe('A1: fillrate');
  });
});
