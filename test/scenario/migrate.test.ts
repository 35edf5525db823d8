import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrateScenario } from '../../src/scenario/migrate';
import { parseScenarioText, validateScenario, type Parsed, type ValidScenario } from '../../src/scenario/parse';
import { readShareFragment } from '../../src/ui/export/share-link';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';

/**
 * Version 1 documents (the built-in programme with its structure fixed: periods and
 * activities keyed by id) as the project has them: the files the workbench shipped before
 * programmes became data, and share links the app of that time wrote for them
 * (`*.share-link.txt`, made by `shareFragment` at commit a7dbbda).
 */
const V1_DIR = fileURLToPath(new URL('../fixtures/v1/', import.meta.url));
const readV1 = (name: string) => readFileSync(`${V1_DIR}${name}`, 'utf8');
const readV2 = (name: string) => readFileSync(fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url)), 'utf8');
const V1_FILES = readdirSync(V1_DIR).filter((f) => f.endsWith('.json')).sort();
const V1_LINKS = readdirSync(V1_DIR).filter((f) => f.endsWith('.share-link.txt')).sort();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

function valid(r: Parsed): ValidScenario {
  if (!r.ok) throw new Error(`rejected: ${JSON.stringify(r.errors)}`);
  return r.value;
}

function errorsOf(r: Parsed) {
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors.map((e) => `${e.path}: ${e.message}`);
}

/** Freezes every object and array in a value, so that writing to any of them throws (modules are strict). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('every version 1 document the project has', () => {
  it('has the files and links this test is about', () => {
    expect(V1_FILES).toEqual(['baseline.json', 'evidence.json']);
    expect(V1_LINKS).toEqual(['baseline.share-link.txt', 'evidence.share-link.txt']);
  });

  it.each(V1_FILES)('%s opens and is read as version 2', (name) => {
    const text = readV1(name);
    const doc = JSON.parse(text);
    expect(doc.schemaVersion).toBe(1);
    const m = migrateScenario(doc);
    expect(m.from).toBe(1);
    expect((m.doc as Doc).schemaVersion).toBe(2);
    expect(valid(parseScenarioText(text)).scenario.schemaVersion).toBe(2);
    expect(valid(validateScenario(doc)).scenario.schemaVersion).toBe(2);
  });

  it.each(V1_LINKS)('%s opens: the link carries the version 1 file unchanged, and it is read as version 2', async (name) => {
    const shared = await readShareFragment(readV1(name).trim());
    if (!shared?.ok) throw new Error(`link not read: ${JSON.stringify(shared)}`);
    expect(shared.text).toBe(readV1(name.replace('.share-link.txt', '.json')));
    expect(JSON.parse(shared.text).schemaVersion).toBe(1);
    expect(valid(parseScenarioText(shared.text)).scenario.schemaVersion).toBe(2);
  });
});

describe.each(['baseline.json', 'evidence.json'])('%s of version 1, migrated', (name) => {
  const v1 = () => JSON.parse(readV1(name));
  const v2 = () => JSON.parse(readV2(name));

  it('is the version 2 file, field for field', () => {
    expect(migrateScenario(v1()).doc).toEqual(v2());
  });

  it('validates to the same scenario, model and targets as the version 2 file', () => {
    const a = valid(validateScenario(v1()));
    const b = valid(validateScenario(v2()));
    expect(a.scenario).toEqual(b.scenario);
    expect(a.model).toEqual(b.model);
    expect(a.layout).toEqual(b.layout);
    expect(a.targets).toEqual(b.targets);
  });

  it('forecasts exactly as the version 2 file for the same seed', () => {
    const a = valid(validateScenario(v1()));
    const b = valid(validateScenario(v2()));
    const opts = { seed: 7, iterations: 2000 };
    expect(runForecast(a.model, { ...opts, targets: a.targets })).toEqual(runForecast(b.model, { ...opts, targets: b.targets }));
  });

  it('lists the activities in the seed order whatever the order of version 1 keys', () => {
    const doc = v1();
    doc.activities = Object.fromEntries(Object.entries(doc.activities).reverse());
    doc.periods = Object.fromEntries(Object.entries(doc.periods).reverse());
    expect(migrateScenario(doc).doc).toEqual(v2());
  });
});

/**
 * The engine before programmes became data (commit a7dbbda, format 1) on its own
 * scenarios/baseline.json and evidence.json (the files in test/fixtures/v1), seed 1, 5,000
 * iterations, one thread: each cell's mean and median, printed by a script run in a checkout
 * of that commit. The current engine must give the same numbers to the last bit.
 */
const OLD_ENGINE: Record<string, Record<string, [mean: number, p50: number]>> = {
  'baseline.json': {
    'supportedCompanies@period2': [86.6704, 87],
    'growthCompanies@total': [126.7008, 127],
    'newJobsFte@total': [281.59485592932015, 280.5],
    'privateCofinancingDkk@projectTotal': [8886842.759735022, 8863744],
    'participants.E2@period2': [17.2264, 18],
    'innovativeCompanies@total': [19.3788, 19],
  },
  'evidence.json': {
    'supportedCompanies@period2': [86.4262, 87],
    'growthCompanies@total': [19.755, 20],
    'newJobsFte@total': [508.38499037862886, 489.5],
    'privateCofinancingDkk@projectTotal': [8863146.381635815, 8830976],
    'participants.E2@period2': [17.1982, 18],
    'innovativeCompanies@total': [4.5352, 4],
  },
};

describe.each(Object.keys(OLD_ENGINE))('%s of version 1 against the engine before programmes were data', (name) => {
  it('gives the old engine’s means and medians, bit for bit (seed 1, 5,000 iterations)', () => {
    const v = valid(parseScenarioText(readV1(name)));
    const r = runForecast(v.model, { seed: 1, iterations: 5000, targets: v.targets });
    const got = Object.fromEntries(Object.keys(OLD_ENGINE[name]).map((key) => {
      const [indicator, horizon] = key.split('@');
      const c = r.cells[cellOf(r.layout, indicator, horizon)];
      return [key, [c.mean, c.p50]];
    }));
    expect(got).toEqual(OLD_ENGINE[name]);
  });
});

describe('what migration keeps', () => {
  it('carries fields version 1 did not know over, for validation to report at their paths (docs/scenario-format.md)', () => {
    const doc = JSON.parse(readV1('baseline.json'));
    doc.colour = 'blue';
    doc.activities.B.colour = 'red';
    doc.periods.period2.colour = 'green';
    doc.activities.A1.unit = 'workshop';
    const m = migrateScenario(doc).doc as Doc;
    expect(m.colour).toBe('blue');
    expect(m.activities.find((a: Doc) => a.id === 'B').colour).toBe('red');
    expect(m.periods.find((p: Doc) => p.id === 'period2').colour).toBe('green');
    expect(m.activities.find((a: Doc) => a.id === 'A1').unit).toBe('workshop');
    expect(errorsOf(validateScenario(doc)).sort()).toEqual([
      'activities.A1.unit: must be an object',
      'activities.B.colour: is not a known field',
      'colour: is not a known field',
      'periods.period2.colour: is not a known field',
    ]);
  });

  it('keeps activities and periods outside the seed programme, after its own, in their order', () => {
    const doc = JSON.parse(readV1('baseline.json'));
    doc.activities.G = { ...doc.activities.E2, name: 'Voucher' };
    doc.activities.A0 = { ...doc.activities.E2, name: 'Screening' };
    doc.periods.period3 = { years: 1 };
    for (const a of Object.values(doc.activities) as Doc[]) a.units.period3 = 0;
    const m = migrateScenario(doc).doc as Doc;
    expect(m.activities.map((a: Doc) => a.id)).toEqual(['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F', 'G', 'A0']);
    expect(m.activities.at(-1)).toMatchObject({ id: 'A0', name: 'Screening', aim: 'growth', unit: { en: { one: 'network', other: 'networks' } } });
    expect(m.periods.map((p: Doc) => [p.id, p.label.en, p.years])).toEqual([['period1', 'Period 1', 1.5], ['period2', 'Period 2', 1.5], ['period3', 'Period 3', 1]]);
    expect(valid(validateScenario(doc)).model.listed).toEqual(['A1', 'A2', 'B', 'C', 'D', 'E1', 'E2', 'F', 'G', 'A0']);
  });

  it('reports a broken version 1 document at the same paths as the same break in version 2', () => {
    const breaks: [(d: Doc) => void, (d: Doc) => void][] = [
      [(d) => (d.activities.B.units.period1 = -1), (d) => (d.activities.find((a: Doc) => a.id === 'B').units.period1 = -1)],
      [(d) => (d.activities.A1.routing.to.B = 2), (d) => (d.activities.find((a: Doc) => a.id === 'A1').routing.to.B = 2)],
      [(d) => delete d.activities.E1.units.period2, (d) => delete d.activities.find((a: Doc) => a.id === 'E1').units.period2],
      [(d) => (d.periods.period2.years = 0), (d) => (d.periods.find((p: Doc) => p.id === 'period2').years = 0)],
    ];
    for (const [breakV1, breakV2] of breaks) {
      const d1 = JSON.parse(readV1('baseline.json'));
      const d2 = JSON.parse(readV2('baseline.json'));
      breakV1(d1);
      breakV2(d2);
      const e1 = errorsOf(validateScenario(d1));
      expect(e1.length).toBeGreaterThan(0);
      expect(e1).toEqual(errorsOf(validateScenario(d2)));
    }
  });
});

describe('migration as a function', () => {
  it.each(V1_FILES)('does not change the document it is given (%s, frozen through and through)', (name) => {
    const doc = deepFreeze(JSON.parse(readV1(name)));
    const before = structuredClone(doc);
    const m = migrateScenario(doc);
    expect(validateScenario(doc).ok).toBe(true);
    expect(doc).toEqual(before);
    expect(m.doc).not.toBe(doc);
  });

  it.each(['baseline.json', 'evidence.json', 'templates/blank.json'])('returns a version 2 document as it is (%s)', (name) => {
    const doc = deepFreeze(JSON.parse(readV2(name)));
    const m = migrateScenario(doc);
    expect(m).toEqual({ doc, from: 2 });
    expect(m.doc).toBe(doc);
  });

  it.each(V1_FILES)('is idempotent: migrating what it made gives it back (%s)', (name) => {
    const once = migrateScenario(JSON.parse(readV1(name))).doc;
    const twice = migrateScenario(once);
    expect(twice.from).toBe(2);
    expect(twice.doc).toBe(once);
  });

  it('returns what is no version 1 or 2 object untouched, for validation to refuse', () => {
    for (const doc of [null, 3, 'text', [1, 2], { name: 'x' }, { schemaVersion: 3 }, { schemaVersion: '1' }]) {
      expect(migrateScenario(doc).doc).toBe(doc);
    }
    expect(migrateScenario({ schemaVersion: 3 }).from).toBe(3);
    expect(migrateScenario({ schemaVersion: '1' }).from).toBeNull();
  });
});
