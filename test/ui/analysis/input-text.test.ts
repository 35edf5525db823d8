import { createRoot } from 'solid-js';
import { SEED_LABELS } from '../../seed-layout';
import { describe, expect, it } from 'vitest';
import { createI18n, type Lang } from '../../../src/ui/i18n';
import { assumptionName, formatAssumption, inputKind } from '../../../src/ui/analysis/input-text';

const i18n = (lang: Lang) => createRoot(() => createI18n(lang));
const nb = '\u00a0';

describe('assumptions in planner terms', () => {
  it('shows a PERT probability as a percentage range, unit once', () => {
    const pert = { type: 'pert', min: 0.4, mode: 0.5, max: 0.6 };
    expect(formatAssumption('activities.A1.routing.proceed', pert, i18n('en'), '')).toBe('PERT 40–50–60%');
    expect(formatAssumption('activities.A1.routing.proceed', pert, i18n('da'), '')).toBe(`PERT 40–50–60${nb}%`);
  });

  it('shows money in kroner, a 90 % interval as such, and a missing value as absent', () => {
    expect(formatAssumption('outcomes.revenuePerFteDkk', { type: 'pert', min: 1_200_000, mode: 1_515_000, max: 1_800_000 }, i18n('da'), '-'))
      .toBe(`PERT 1.200.000–1.515.000–1.800.000${nb}kr.`);
    expect(formatAssumption('activities.A1.routing.proceed', { type: 'beta', p5: 0.3, p95: 0.7 }, i18n('en'), '-')).toBe('beta, 90 % interval 30–70%');
    expect(formatAssumption('activities.A1.recruitment', undefined, i18n('en'), '(not set)')).toBe('(not set)');
  });

  it('knows each input’s kind from its path, so the solver gets the right bounds', () => {
    expect(inputKind('activities.B.growthProbability')).toBe('probability');
    expect(inputKind('outcomes.revenuePerFteDkk')).toBe('money');
    expect(inputKind('outcomes.growth.ftePerGrowthCompany.mean')).toBe('fte');
    expect(inputKind('outcomes.growth.lagYears')).toBe('years');
  });

  it('names inputs as the reports do, and targets by indicator and horizon', () => {
    expect(assumptionName('activities.A1.routing.proceed', i18n('en'), true)).toBe('The mobilisation rate (A1)');
    expect(assumptionName('targets.growthCompanies.total', i18n('da'), false, SEED_LABELS)).toBe('Mål: Nye vækstvirksomheder (A1–E2), I alt');
    // Without the programme, the indicator is named without the activities it counts.
    expect(assumptionName('targets.growthCompanies.total', i18n('en'))).toBe('Target: New growth companies, Total');
  });
});
