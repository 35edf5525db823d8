import { describe, expect, it } from 'vitest';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario } from '../../src/scenario/parse';
import { runForecast } from '../../src/engine/run';
import { cellOf } from '../../src/engine/layout';
import { setAt } from '../../src/scenario/doc-path';

const unit = (blank as { activities: { unit: unknown }[] }).activities[0].unit;
const fixed = (value: number) => ({ type: 'fixed', value });

/**
 * Two innovation activities in a row: 48 companies in the first all go on to the second,
 * which has 60 seats and fills the 12 left by recruiting. 60 different companies take part,
 * not 48 + 60: a company counts once in the innovation indicators, as in the growth ones.
 */
function programme(): unknown {
  return setAt(blank, ['activities'], [
    { id: 'lab', name: 'Lab', unit, aim: 'innovation', units: { period1: 4 }, companiesPerUnit: 12, countsAsSupport: false,
      recruitment: { fillRate: fixed(1) }, routing: { proceed: fixed(1), to: { pilot: fixed(1) } } },
    { id: 'pilot', name: 'Pilot', unit, aim: 'innovation', units: { period1: 60 }, companiesPerUnit: 1, countsAsSupport: false,
      recruitment: { fillRate: fixed(1) } },
  ]);
}

describe('companies in several innovation activities', () => {
  it('count once in the innovation indicators', () => {
    const doc = setAt(programme(), ['outcomes', 'innovation', 'newToFirm', 'probability'], fixed(1));
    const v = validateScenario(doc);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const f = runForecast(v.value.model, { seed: 5, iterations: 100, targets: v.value.targets });
    const at = (id: string, h: string) => f.cells[cellOf(f.layout, id, h)];
    expect(at('participants.lab', 'period1').mean).toBe(48);
    expect(at('participants.pilot', 'period1').mean).toBe(60);
    expect(at('supportedCompaniesF', 'period1').mean).toBe(60);
    // Every one of them, once, introduces a new-to-firm product (probability 1, no lag).
    expect(at('newToFirm', 'total').mean).toBe(60);
  });
});
