import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText, validateScenario, type Parsed, type PathError } from '../../src/scenario/parse';
import { errorText, fileVoice } from '../../src/scenario/error-text';
import { distQuantile } from '../../src/engine/dist';
import { cellIndex, HORIZONS, indicatorIndex } from '../seed-layout';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url)), 'utf8');
const baselineText = read('baseline.json');
/** The baseline in the first format (activities keyed by id), for cases to change; validation migrates it. */
const v1Text = readFileSync(fileURLToPath(new URL('../fixtures/v1/baseline.json', import.meta.url)), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const baseline = (): any => JSON.parse(v1Text);

function errorsOf(r: Parsed): PathError[] {
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

function errorAt(r: Parsed, path: string): PathError {
  const errors = errorsOf(r);
  const e = errors.find((x) => x.path === path);
  if (!e) throw new Error(`no error at ${path}; got ${JSON.stringify(errors)}`);
  return e;
}

function inputDist(r: Parsed, path: string) {
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.errors)}`);
  const input = r.value.model.inputs.find((i) => i.path === path);
  if (!input) throw new Error(`no input ${path}`);
  return input.dist;
}

describe('the shipped scenarios', () => {
  it.each(['baseline.json', 'evidence.json'])('%s is valid', (name) => {
    const r = parseScenarioText(read(name));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('baseline: seats are units × companies per unit, rounded; targets land in their cells', () => {
    const r = parseScenarioText(baselineText);
    if (!r.ok) throw new Error('baseline rejected');
    const a1 = r.value.model.activities.find((a) => a.id === 'A1')!;
    expect(a1.seats).toEqual([65, 205]);
    const e2 = r.value.model.activities.find((a) => a.id === 'E2')!;
    expect(e2.seats).toEqual([9, 18]);
    const t = r.value.targets;
    expect(t[cellIndex(indicatorIndex('supportedCompanies'), HORIZONS.indexOf('total'))]).toBe(133);
    expect(t[cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('after0to2'))]).toBe(100);
    expect(Number.isNaN(t[cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('after2to5'))])).toBe(true);
  });

  it('baseline: every route points forward in the model', () => {
    const r = parseScenarioText(baselineText);
    if (!r.ok) throw new Error('baseline rejected');
    r.value.model.activities.forEach((a, i) => a.routes.forEach((route) => expect(route.to).toBeGreaterThan(i)));
  });
});

describe('invalid JSON', () => {
  it('names the line and column of a missing colon', () => {
    const text = baselineText.replace('"id": "baseline"', '"id" "baseline"');
    const line = baselineText.slice(0, baselineText.indexOf('"id": "baseline"')).split('\n').length;
    const lineStart = text.lastIndexOf('\n', text.indexOf('"id" "baseline"')) + 1;
    const column = text.indexOf('"baseline"', lineStart) - lineStart + 1;
    const [e] = errorsOf(parseScenarioText(text));
    expect(e.message).toContain(`line ${line}, column ${column}`);
  });

  it('names the line and column of a trailing comma', () => {
    const text = '{\n  "schemaVersion": 1,\n  "id": "x",\n}';
    const [e] = errorsOf(parseScenarioText(text));
    expect(e.message).toMatch(/line 4, column 1\b/);
  });

  it('names the line and column of a missing value', () => {
    const text = '{\n  "schemaVersion": ,\n  "id": "x"\n}';
    const [e] = errorsOf(parseScenarioText(text));
    expect(e.message).toMatch(/line 2, column 20\b/);
  });
});

describe('validation errors name their path', () => {
  it('an unknown field', () => {
    const doc = baseline();
    doc.activities.A1.fillrate = 0.9;
    doc.colour = 'blue';
    const r = validateScenario(doc);
    expect(errorAt(r, 'activities.A1.fillrate').message).toMatch(/not a known field/);
    expect(errorAt(r, 'colour').message).toMatch(/not a known field/);
  });

  it('a probability that can reach 1.2: at the field that does', () => {
    const doc = baseline();
    doc.activities.A1.recruitment.fillRate = { type: 'pert', min: 0.8, mode: 0.9, max: 1.2 };
    const e = errorAt(validateScenario(doc), 'activities.A1.recruitment.fillRate.max');
    expect(e).toMatchObject({ code: 'outOfRange', params: { value: 1.2, bound: 1, side: 'high', kind: 'probability' } });
    expect(e.message).toBe('1.2 is above 1, the highest possible value');
  });

  it('min, mode and max out of order: at the two fields that break the order', () => {
    const doc = baseline();
    doc.activities.A1.routing.proceed = { type: 'pert', min: 0.4, mode: 0.9, max: 0.8 };
    const e = errorAt(validateScenario(doc), 'activities.A1.routing.proceed');
    expect(e).toMatchObject({ code: 'order', fields: ['activities.A1.routing.proceed.mode', 'activities.A1.routing.proceed.max'] });
    expect(e.message).toBe('mode (0.9) must not be above max (0.8)');
  });

  it('a fixed probability above 1', () => {
    const doc = baseline();
    doc.activities.B.growthProbability = 1.05;
    expect(errorAt(validateScenario(doc), 'activities.B.growthProbability').message).toContain('1.05');
  });

  it('a routing cycle (E2 back to E1)', () => {
    const doc = baseline();
    doc.activities.E2.routing.to = { F: 0.5, E1: 0.5 };
    const errors = errorsOf(validateScenario(doc));
    const cycle = errors.find((e) => /cycle/.test(e.message));
    expect(cycle, JSON.stringify(errors)).toBeDefined();
    expect(cycle!.path).toMatch(/^activities\.(E1|E2)\.routing\.to$/);
    expect(cycle!.message).toContain('E1');
    expect(cycle!.message).toContain('E2');
  });

  it('a route to itself', () => {
    const doc = baseline();
    doc.activities.B.routing = { proceed: 0.5, to: { B: 1 } };
    expect(errorAt(validateScenario(doc), 'activities.B.routing.to.B').message).toMatch(/itself/);
  });

  it('shares adding up to more than 100 %', () => {
    const doc = baseline();
    doc.activities.A1.routing.to.A2 = 0.99; // 0.99 + 0.035 + 0.005 + 0.012 + 0.018 = 1.06
    expect(errorAt(validateScenario(doc), 'activities.A1.routing.to').message).toMatch(/106 %/);
  });

  it('shares whose upper ends add up to more than 100 %', () => {
    const doc = baseline();
    doc.activities.E1.routing.to.E2 = { type: 'uniform', min: 0.9, max: 1 };
    doc.activities.E1.routing.to.F = { type: 'uniform', min: 0, max: 0.05 };
    expect(errorAt(validateScenario(doc), 'activities.E1.routing.to').message).toMatch(/105 %/);
  });

  it('negative units', () => {
    const doc = baseline();
    doc.activities.C.units.period2 = -1;
    expect(errorAt(validateScenario(doc), 'activities.C.units.period2')).toMatchObject({ code: 'atLeast', params: { min: 0 }, message: 'must be at least 0' });
  });

  it('units that are not whole', () => {
    const doc = baseline();
    doc.activities.D.units.period1 = 1.5;
    expect(errorsOf(validateScenario(doc)).map((e) => e.path)).toEqual(['activities.D.units.period1']);
  });

  it('units that are not whole say so, and a wrong type is not called missing', () => {
    const doc = baseline();
    doc.activities.D.units.period1 = 1.5;
    expect(errorAt(validateScenario(doc), 'activities.D.units.period1').message).toMatch(/whole number/);
    const doc2 = baseline();
    doc2.activities.D.units.period1 = '5';
    expect(errorAt(validateScenario(doc2), 'activities.D.units.period1')).toMatchObject({ code: 'notNumber', message: 'must be a number, not "5"' });
  });

  it('an empty number (a cleared field in the editor) asks for a number, in a plain field and in a distribution', () => {
    const doc = baseline();
    doc.activities.A1.companiesPerUnit = '';
    doc.activities.A1.routing.proceed.max = '';
    doc.activities.B.growthProbability = '';
    const r = validateScenario(doc);
    for (const path of ['activities.A1.companiesPerUnit', 'activities.A1.routing.proceed.max', 'activities.B.growthProbability']) {
      expect(errorAt(r, path)).toMatchObject({ code: 'notNumber', message: 'must be a number; it is empty' });
    }
  });

  it('a missing required field', () => {
    const doc = baseline();
    delete doc.activities.F.companiesPerUnit;
    expect(errorAt(validateScenario(doc), 'activities.F.companiesPerUnit').message).toMatch(/required/);
  });

  it('a distribution with the wrong fields', () => {
    const doc = baseline();
    doc.outcomes.revenuePerFteDkk = { type: 'pert', min: 1, max: 2 };
    expect(errorAt(validateScenario(doc), 'outcomes.revenuePerFteDkk').message).toMatch(/mode/);
  });

  it('a version this one does not know (3) is refused with one message', () => {
    const doc = baseline();
    doc.schemaVersion = 3;
    const errors = errorsOf(validateScenario(doc));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('schemaVersion');
    expect(errors[0].message).toBe('this version reads schemaVersion 1 to 2 (an earlier one is brought up to date as it is read); the file has 3');
  });

  it('reports several errors at once', () => {
    const doc = baseline();
    doc.activities.C.units.period2 = -1;
    doc.activities.D.units.period1 = 1.5;
    const paths = errorsOf(validateScenario(doc)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['activities.C.units.period2', 'activities.D.units.period1']));
  });
});

describe('90 % interval forms', () => {
  it('{type: beta, p5: 0.4, p95: 0.6} fits a beta with those 5th and 95th percentiles', () => {
    const doc = baseline();
    doc.activities.A1.routing.proceed = { type: 'beta', p5: 0.4, p95: 0.6 };
    const d = inputDist(validateScenario(doc), 'activities.A1.routing.proceed');
    expect(d.type).toBe('beta');
    expect(distQuantile(d, 0.05)).toBeCloseTo(0.4, 6);
    expect(distQuantile(d, 0.95)).toBeCloseTo(0.6, 6);
    // A symmetric interval about 1/2 gives a symmetric beta.
    if (d.type === 'beta') expect(d.alpha).toBeCloseTo(d.beta, 4);
  });

  it('an asymmetric beta interval {p5: 0.02, p95: 0.2}', () => {
    const doc = baseline();
    doc.activities.B.growthProbability = { type: 'beta', p5: 0.02, p95: 0.2 };
    const d = inputDist(validateScenario(doc), 'activities.B.growthProbability');
    expect(distQuantile(d, 0.05)).toBeCloseTo(0.02, 6);
    expect(distQuantile(d, 0.95)).toBeCloseTo(0.2, 6);
  });

  it('{type: pert, p5, mode, p95} fits a PERT with that mode and those percentiles', () => {
    const doc = baseline();
    doc.activities.A1.routing.proceed = { type: 'pert', p5: 0.35, mode: 0.5, p95: 0.62 };
    const d = inputDist(validateScenario(doc), 'activities.A1.routing.proceed');
    expect(d.type).toBe('pert');
    if (d.type !== 'pert') return;
    expect(d.mode).toBe(0.5);
    expect(d.min).toBeLessThan(0.35);
    expect(d.max).toBeGreaterThan(0.62);
    expect(distQuantile(d, 0.05)).toBeCloseTo(0.35, 6);
    expect(distQuantile(d, 0.95)).toBeCloseTo(0.62, 6);
  });

  it('{type: triangular, p5, mode, p95} and the closed-form normal and lognormal fits', () => {
    const doc = baseline();
    doc.outcomes.growth.lagYears = { type: 'triangular', p5: 1.2, mode: 2, p95: 2.9 };
    doc.outcomes.revenuePerFteDkk = { type: 'lognormal', p5: 1_000_000, p95: 2_000_000 };
    doc.outcomes.growth.ftePerGrowthCompany.mean = { type: 'normal', p5: 1.5, p95: 3 };
    const r = validateScenario(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const tri = r.value.model.growth.lag;
    expect(distQuantile(tri, 0.05)).toBeCloseTo(1.2, 6);
    expect(distQuantile(tri, 0.95)).toBeCloseTo(2.9, 6);
    const rev = inputDist(r, 'outcomes.revenuePerFteDkk');
    expect(distQuantile(rev, 0.05) / 1_000_000).toBeCloseTo(1, 8);
    expect(distQuantile(rev, 0.95) / 2_000_000).toBeCloseTo(1, 8);
    const fte = inputDist(r, 'outcomes.growth.ftePerGrowthCompany.mean');
    // Truncated at 0 (the fte bounds) after fitting: Φ(−4.9) ≈ 4e-7 of the mass is cut, which
    // moves the 5th percentile by about 2e-6.
    expect(Math.abs(distQuantile(fte, 0.05) - 1.5)).toBeLessThan(1e-5);
    expect(Math.abs(distQuantile(fte, 0.95) - 3)).toBeLessThan(1e-5);
  });

  it('refuses an interval no beta can have, and a PERT interval whose support leaves [0, 1]', () => {
    const doc = baseline();
    doc.activities.A1.routing.proceed = { type: 'beta', p5: 0.6, p95: 0.4 };
    expect(errorAt(validateScenario(doc), 'activities.A1.routing.proceed')).toMatchObject({ code: 'order', message: 'p5 (0.6) must be below p95 (0.4)' });
    const doc2 = baseline();
    doc2.activities.A1.recruitment.fillRate = { type: 'pert', p5: 0.9, mode: 0.97, p95: 0.995 };
    expect(errorAt(validateScenario(doc2), 'activities.A1.recruitment.fillRate.p95')).toMatchObject({ code: 'intervalBeyond', params: { side: 'high', alternative: 'beta' } });
  });
});

describe('a file that is not JSON', () => {
  const said = (text: string, lang: 'da' | 'en') => {
    const r = parseScenarioText(text);
    if (r.ok) throw new Error('accepted');
    return errorText(r.errors[0], fileVoice(lang));
  };

  it.each([
    ['{\n  "name": "x",\n}', 'not valid JSON at line 3, column 1: a field name in double quotes is expected here (is there a comma too many before it?)', 'ikke gyldig JSON i linje 3, kolonne 1: her skal stå et feltnavn i dobbelte anførselstegn (er der et komma for meget før?)'],
    ['{"name" "x"}', 'not valid JSON at line 1, column 9: a colon (:) is missing after the field name', 'ikke gyldig JSON i linje 1, kolonne 9: der mangler et kolon (:) efter feltnavnet'],
    ['{"units": tre}', 'not valid JSON at line 1, column 11: a character that cannot stand here (is a text missing its double quotes?)', 'ikke gyldig JSON i linje 1, kolonne 11: et tegn, der ikke kan stå her (mangler en tekst sine dobbelte anførselstegn?)'],
    ['{"a": 1\n "b": 2}', 'not valid JSON at line 2, column 2: a comma is missing between two entries', 'ikke gyldig JSON i linje 2, kolonne 2: der mangler et komma mellem to elementer'],
    ['  ', 'not valid JSON: the file is empty', 'ikke gyldig JSON: filen er tom'],
  ])('%j says where and what, in words, in both languages', (text, en, da) => {
    expect(said(text, 'en')).toBe(en);
    expect(said(text, 'da')).toBe(da);
  });
});
