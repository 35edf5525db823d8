import { describe, expect, it } from 'vitest';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';
import { addPeriod } from '../../src/scenario/programme-edits';
import { setAt } from '../../src/scenario/doc-path';

/**
 * 48 companies are screened and all go on to an activity of 16 seats; every company that ends
 * its course becomes a growth company at once. So whatever the number of periods, all 48 do:
 * 16 from the second activity, and the 32 turned away as completers of screening.
 */
function programme(periods: number): unknown {
  let doc: unknown = blank;
  for (let p = 1; p < periods; p++) doc = addPeriod(doc).doc;
  const units = (n: number) => Object.fromEntries(Array.from({ length: periods }, (_, p) => [`period${p + 1}`, p === 0 ? n : 0]));
  const fixed = (value: number) => ({ type: 'fixed', value });
  doc = setAt(doc, ['activities'], [
    { id: 'screen', name: 'Screening', unit: (blank as { activities: { unit: unknown }[] }).activities[0].unit, aim: 'growth', units: units(4), companiesPerUnit: 12, countsAsSupport: true,
      recruitment: { fillRate: fixed(1) }, routing: { proceed: fixed(1), to: { advise: fixed(1) } }, growthProbability: fixed(1) },
    { id: 'advise', name: 'Advisory', unit: (blank as { activities: { unit: unknown }[] }).activities[0].unit, aim: 'growth', units: units(16), companiesPerUnit: 1, countsAsSupport: true,
      growthProbability: fixed(1) },
  ]);
  return doc;
}

describe('companies turned away by full seats', () => {
  for (const periods of [1, 2, 3]) {
    it(`leave as completers of the activity they came from, in a programme of ${periods} period(s)`, () => {
      const v = validateScenario(programme(periods));
      if (!v.ok) throw new Error(JSON.stringify(v.errors));
      const f = runForecast(v.value.model, { seed: 3, iterations: 200, targets: v.value.targets });
      const total = (id: string) => f.cells[cellOf(f.layout, id, 'total')];
      expect(total('growthCompanies').mean).toBe(48);
      expect(total('growthCompanies').p50).toBe(48);
      expect(total('supportedCompanies').mean).toBe(48);
    });
  }
});
