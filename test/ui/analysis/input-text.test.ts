import { createRoot } from 'solid-js';
import { SEED_LABELS } from '../../seed-layout';
import { describe, expect, it } from 'vitest';
import { createI18n, type Lang } from '../../../src/ui/i18n';
import { assumptionName, formatAssumption } from '../../../src/ui/analysis/input-text';
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../../src/scenario/parse';
import { inputKindOf } from '../../../src/engine/model';

const i18n = (lang: Lang) => createRoot(() => createI18n(lang));
const nb = '\u00a0';

describe('assumptions in planner terms', () => {
  it('shows a PERT probability as a percentage range, unit once', () => {
    const pert = { type: 'pert', min: 0.4, mode: 0.5, max: 0.6 };
    expect(formatAssumption(pert, 'probability', i18n('en'), '')).toBe('PERT 40–50–60%');
    expect(formatAssumption(pert, 'probability', i18n('da'), '')).toBe(`PERT 40–50–60${nb}%`);
  });

  it('shows money in kroner, a 90 % interval as such, and a missing value as absent', () => {
    expect(formatAssumption({ type: 'pert', min: 1_200_000, mode: 1_515_000, max: 1_800_000 }, 'money', i18n('da'), '-'))
      .toBe(`PERT 1.200.000–1.515.000–1.800.000${nb}kr.`);
    expect(formatAssumption({ type: 'beta', p5: 0.3, p95: 0.7 }, 'probability', i18n('en'), '-')).toBe('beta, 90 % interval 30–70%');
    expect(formatAssumption(undefined, undefined, i18n('en'), '(not set)')).toBe('(not set)');
  });

  it('knows each input’s kind from the model’s input (as its field declares it, not guessed from its path), so the solver gets the right bounds', () => {
    const r = validateScenario(JSON.parse(readFileSync('scenarios/baseline.json', 'utf8')));
    if (!r.ok) throw new Error('baseline');
    const kind = (path: string) => inputKindOf(r.value.model, path);
    expect(kind('activities.B.growthProbability')).toBe('probability');
    expect(kind('outcomes.revenuePerFteDkk')).toBe('money');
    expect(kind('outcomes.growth.ftePerGrowthCompany.mean')).toBe('fte');
    expect(kind('outcomes.growth.lagYears')).toBe('years');
    expect(kind('activities.B.units.period1')).toBeUndefined();
    // A plain number shows plainly.
    expect(formatAssumption(3, undefined, i18n('en'), '')).toBe('3');
  });

  it('names inputs as the reports do, and targets by indicator and horizon', () => {
    expect(assumptionName('activities.A1.routing.proceed', i18n('en'), true)).toBe('The mobilisation rate (A1)');
    expect(assumptionName('targets.growthCompanies.total', i18n('da'), false, SEED_LABELS)).toBe('Mål: Nye vækstvirksomheder (A1–E2), I alt');
    // Without the programme, the indicator is named without the activities it counts.
    expect(assumptionName('targets.growthCompanies.total', i18n('en'))).toBe('Target: New growth companies, Total');
  });
});
