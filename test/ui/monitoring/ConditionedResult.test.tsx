import { cleanup, fireEvent, render, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import type { AnalysisClient } from '../../../src/client/analysis-client';
import { runConditioned } from '../../../src/engine/conditioning/condition';
import { HORIZONS, cellIndex, indicatorIndex } from '../../seed-layout';
import { runForecast } from '../../../src/engine/run';
import { validateScenario } from '../../../src/scenario/parse';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { ConditionedResult } from '../../../src/ui/monitoring/ConditionedResult';
import type { ConditionedRun } from '../../../src/ui/monitoring/conditioned-rows';
import { MonitoringPanel } from '../../../src/ui/monitoring/MonitoringPanel';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

afterEach(cleanup);

const doc = {
  ...baseline,
  actuals: {
    observations: [{ indicator: 'participants.A1', horizon: 'period1', value: 60 }],
    rates: [{ input: 'activities.A1.routing.proceed', successes: 26, trials: 60 }],
  },
};
const parsed = validateScenario(doc);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const v = parsed.value;
const opts = { seed: '1', iterations: 4000, targets: v.targets };
const known: ConditionedRun = {
  prior: runForecast(v.model, opts),
  updated: runConditioned(v.model, opts, v.actuals!.observations, v.actuals!.rates),
};
const growthTotal = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
const pct = (p: number, lang: Lang) => new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(p);

function show(run: ConditionedRun, lang: Lang = 'en') {
  return render(() => (
    <I18nProvider lang={lang}>
      <ConditionedResult run={run} scenario={v} observations={v.actuals!.observations} seed="1" stale={false} />
    </I18nProvider>
  )).container;
}

describe('the forecast before and after the actuals', () => {
  it('shows the engine’s probabilities of meeting a target before and after, the actual, and the assumptions moved', () => {
    const c = show(known);
    const row = c.querySelector('tr[data-cell="growthCompanies:total"]')!;
    expect(Number(row.querySelector('td.p-before')!.getAttribute('data-p'))).toBe(known.prior.cells[growthTotal].pMeetsTarget);
    expect(Number(row.querySelector('td.p-after')!.getAttribute('data-p'))).toBe(known.updated.cells[growthTotal].pMeetsTarget);
    expect(row.querySelector('td.p-after')!.textContent).toContain(pct(known.updated.cells[growthTotal].pMeetsTarget!, 'en'));
    // The observed cell is listed with its actual even though it has no target.
    expect(c.querySelector('tr[data-cell="participants.A1:period1"] td.actual')!.textContent).toBe('60');
    const moved = c.querySelector('tr[data-path="activities.A1.routing.proceed"]')!;
    const a1 = known.updated.inputs.find((x) => x.path === 'activities.A1.routing.proceed')!;
    expect(a1.how).toBe('weights');
    expect(moved.textContent).toContain(`${pct(a1.updatedMean, 'en')}`);
    expect(c.querySelector('.ess')!.textContent).toBe(`Effective sample size: ${Math.round(known.updated.effectiveSampleSize).toLocaleString('en-GB')} of 4,000 iterations`);
  });

  it('names the indicator in every row, so a row scrolled to on its own says what it is', () => {
    const container = show(known);
    const names = [...container.querySelectorAll('.before-after tbody th')].map((th) => th.textContent!.trim());
    expect(names.length).toBeGreaterThan(10);
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(names.filter((n) => n === 'New growth companies (A1–E2)').length).toBeGreaterThan(1);
  });

  it('warns when the effective sample is below 1,000 and says what to do, in Danish too', () => {
    const low = { ...known, updated: { ...known.updated, effectiveSampleSize: 312.4 } };
    expect(show(low).querySelector('.ess-warning')!.textContent).toContain('only 312 iterations');
    expect(show(low).querySelector('.ess-warning')!.textContent).toContain('Run more iterations or widen the observations’ tolerances');
    expect(show(low, 'da').querySelector('.ess-warning')!.textContent).toContain('Kør flere iterationer');
    const high = { ...known, updated: { ...known.updated, effectiveSampleSize: 3500 } };
    expect(show(high).querySelector('.ess-warning')).toBeNull();
  });

  it('runs the conditioning through the client with the scenario’s actuals and shows what it returns', async () => {
    const store = createScenarioStore({ persistence: memoryPersistence() });
    await store.loaded;
    store.actions.setAt(['actuals'], doc.actuals);
    const calls: unknown[] = [];
    const client = { condition: async (r: unknown) => (calls.push(r), known) } as unknown as AnalysisClient;
    const { container } = render(() => (
      <I18nProvider lang="en">
        <ScenarioProvider store={store}>
          <MonitoringPanel client={client} />
        </ScenarioProvider>
      </I18nProvider>
    ));
    fireEvent.click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Condition on actuals')!);
    await waitFor(() => expect(container.querySelector('.conditioned')).not.toBeNull());
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ seed: '1', iterations: 20_000, rates: [{ successes: 26, trials: 60 }] });
    expect(Number(container.querySelector('.conditioned')!.getAttribute('data-ess'))).toBe(known.updated.effectiveSampleSize);
  });
});
