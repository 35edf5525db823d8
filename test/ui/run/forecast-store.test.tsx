import { cleanup, fireEvent, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidScenario } from '../../../src/scenario/parse';
import { createForecastStore, QUICK_DELAY_MS, QUICK_ITERATIONS } from '../../../src/ui/run/forecast-store';
import { memoryForecastArchive, type ForecastArchive } from '../../../src/ui/store/forecast-archive';
import type { RunSettings, RunSettingsStore } from '../../../src/ui/run/run-settings';
import { changed, fakeRunner, renderControls, result, valid } from './run-fixtures';
import { FORECAST_FORMAT } from '../../../src/engine/forecast-result';
import { enter } from '../enter';
import baselineJson from '../../../scenarios/baseline.json';
import { validateScenario } from '../../../src/scenario/parse';
import type { ForecastResult } from '../../../src/engine/forecast-result';

/** A page with the run controls (and their status line), keeping full forecasts in `archive`; the scenario and its id in the test's hands. */
function page(archive: ForecastArchive, start: { scenario?: ValidScenario; id?: string } = {}) {
  const fake = fakeRunner();
  const [scenario, setScenario] = createSignal<ValidScenario | null>(start.scenario ?? valid);
  const [id, setId] = createSignal<string | null>(start.id ?? 'plan');
  const { store, unmount } = renderControls(() => createForecastStore(fake.runner, scenario, { archive, scenarioId: id }));
  return { ...fake, store, setScenario, setId, unmount };
}

/** A page whose first quick forecast is done and whose full run of 100,000 has started (calls[1]). */
async function runningFullRun(archive: ForecastArchive) {
  const p = page(archive);
  await vi.waitFor(() => expect(p.calls).toHaveLength(1));
  p.calls[0].finish(result(QUICK_ITERATIONS));
  await vi.waitFor(() => expect(p.store.state.status()).toBe('done'));
  fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
  return p;
}

/** A page whose first quick forecast is done, then a full run of 100,000 finished. */
async function afterFullRun(archive: ForecastArchive) {
  const p = await runningFullRun(archive);
  p.calls[1].finish(result(100_000));
  await vi.waitFor(() => expect(p.store.state.forecast()?.result.iterations).toBe(100_000));
  return p;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('forecast store: full forecasts kept in the browser', () => {
  it('keeps a full run under its scenario, and not a quick one', async () => {
    const archive = memoryForecastArchive();
    const p = page(archive);
    await vi.waitFor(() => expect(p.calls).toHaveLength(1));
    p.calls[0].finish(result(QUICK_ITERATIONS));
    await vi.waitFor(() => expect(p.store.state.status()).toBe('done'));
    expect(archive.ids()).toEqual([]);
    expect(p.store.state.forecast()!.quick).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    p.calls[1].finish(result(100_000));
    await vi.waitFor(() => expect(archive.ids()).toEqual(['plan']));
    const kept = (await archive.get('plan'))!;
    expect(kept.result.iterations).toBe(100_000);
    expect(p.store.state.forecast()!.quick).toBeUndefined();
    expect(kept.computedAt).toBe(p.store.state.forecast()!.computedAt);
  });

  it('shows a kept forecast again after a reload, computing nothing, and says when it was computed', async () => {
    const archive = memoryForecastArchive();
    const first = await afterFullRun(archive);
    const computedAt = first.store.state.forecast()!.computedAt;
    first.unmount();

    const again = page(archive);
    await vi.waitFor(() => expect(again.store.state.forecast()?.result.iterations).toBe(100_000));
    expect(again.calls).toHaveLength(0);
    expect(again.store.state.forecast()).toMatchObject({ saved: true, computedAt, scenario: valid });
    // In the browser's own English (jsdom's is en-US: month first).
    expect(navigator.language).toBe('en-US');
    const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(computedAt);
    expect(screen.getByTestId('run-status').textContent).toMatch(new RegExp(`^Computed in \\d+(\\.\\d)? s on ${when}, and kept in this browser since\\.$`));
  });

  it('computes a quick forecast when the kept one was made from other assumptions, or for another scenario', async () => {
    const archive = memoryForecastArchive();
    (await afterFullRun(archive)).unmount();
    const edited = page(archive, { scenario: changed(1) });
    await vi.waitFor(() => expect(edited.calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS]));
    edited.unmount();
    const other = page(archive, { id: 'other-plan' });
    await vi.waitFor(() => expect(other.calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS]));
  });

  it('an edit starts its quick forecast at once when no run is in flight, and after the debounce while one is', async () => {
    vi.useFakeTimers();
    const p = page(memoryForecastArchive());
    await vi.advanceTimersByTimeAsync(0);
    expect(p.calls).toHaveLength(1);
    p.calls[0].finish(result(QUICK_ITERATIONS));
    await vi.runAllTimersAsync();
    p.setScenario(changed(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(p.calls).toHaveLength(2);
    // The second run is still in flight: the next edit waits the debounce, then replaces it.
    p.setScenario(changed(2));
    await vi.advanceTimersByTimeAsync(QUICK_DELAY_MS - 1);
    expect(p.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(p.calls).toHaveLength(3);
    expect(p.calls[1].req.signal!.aborted).toBe(true);
    vi.useRealTimers();
  });

  it('goes back to the kept forecast when an edit is undone, or its scenario opened again', async () => {
    vi.useFakeTimers();
    const archive = memoryForecastArchive();
    const p = page(archive);
    await vi.advanceTimersByTimeAsync(QUICK_DELAY_MS);
    p.calls[0].finish(result(QUICK_ITERATIONS));
    await vi.runAllTimersAsync();
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    p.calls[1].finish(result(100_000));
    await vi.runAllTimersAsync();

    p.setScenario(changed(1));
    await vi.advanceTimersByTimeAsync(QUICK_DELAY_MS);
    p.calls[2].finish(result(QUICK_ITERATIONS));
    await vi.runAllTimersAsync();
    expect(p.store.state.forecast()!.result.iterations).toBe(QUICK_ITERATIONS);

    p.setScenario({ ...valid });
    await vi.advanceTimersByTimeAsync(QUICK_DELAY_MS);
    expect(p.calls).toHaveLength(3);
    expect(p.store.state.forecast()!.result.iterations).toBe(100_000);

    // Another scenario, then this one again.
    p.setId('other-plan');
    p.setScenario(changed(2));
    await vi.advanceTimersByTimeAsync(QUICK_DELAY_MS);
    expect(p.calls).toHaveLength(4);
    p.setId('plan');
    p.setScenario({ ...valid });
    await vi.advanceTimersByTimeAsync(QUICK_DELAY_MS);
    expect(p.calls).toHaveLength(4);
    expect(p.calls[3].req.signal!.aborted).toBe(true);
    expect(p.store.state.forecast()).toMatchObject({ saved: true, result: { iterations: 100_000 } });
    expect(p.store.state.status()).toBe('done');
  });

  it('computes a quick forecast when the browser cannot read kept forecasts', async () => {
    const archive: ForecastArchive = { ...memoryForecastArchive(), get: () => Promise.reject(new Error('storage refused')) };
    const p = page(archive);
    await vi.waitFor(() => expect(p.calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS]));
  });

  it('says when a full forecast could not be kept, while that forecast is on screen, and never calls it kept', async () => {
    const archive: ForecastArchive = { ...memoryForecastArchive(), put: () => Promise.reject(new Error('QuotaExceededError')) };
    const p = await afterFullRun(archive);
    await vi.waitFor(() =>
      expect(screen.getByTestId('keep-failed').textContent).toBe(
        'This forecast could not be kept in the browser (QuotaExceededError): a reload will show a quick forecast instead.',
      ),
    );
    // An edit and its undo: the run was not kept, so a quick forecast is computed, and the notice goes with the run.
    p.setScenario(changed(1));
    await vi.waitFor(() => expect(p.calls).toHaveLength(3));
    p.calls[2].finish(result(QUICK_ITERATIONS));
    await vi.waitFor(() => expect(p.store.state.forecast()?.result.iterations).toBe(QUICK_ITERATIONS));
    p.setScenario({ ...valid });
    await vi.waitFor(() => expect(p.calls).toHaveLength(4));
    p.calls[3].finish(result(QUICK_ITERATIONS));
    await vi.waitFor(() => expect(p.store.state.forecast()?.result.iterations).toBe(QUICK_ITERATIONS));
    expect(screen.queryByTestId('keep-failed')).toBeNull();
  });

  it('does not show again a kept forecast of another format (an older engine)', async () => {
    const archive = memoryForecastArchive();
    await archive.put('plan', { format: FORECAST_FORMAT - 1, inputs: '', result: result(100_000), seconds: 1, computedAt: 0 });
    const p = page(archive);
    await vi.waitFor(() => expect(p.calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS]));
  });

  it('stops a full run when the last scenario is deleted, keeping nothing', async () => {
    const archive = memoryForecastArchive();
    const p = await runningFullRun(archive);
    p.setId(null);
    p.setScenario(null);
    expect(p.calls[1].req.signal!.aborted).toBe(true);
    await vi.waitFor(() => expect(p.store.state.status()).not.toBe('running'));
    expect(archive.ids()).toEqual([]);
  });

  it('keeps a run under every scenario it was for: the one it started for and one with the same numbers opened meanwhile', async () => {
    const archive = memoryForecastArchive();
    const p = await runningFullRun(archive);
    // A duplicate: the same numbers under another id.
    p.setId('plan-copy');
    p.setScenario({ ...valid, scenario: { ...valid.scenario, name: 'Copy' } });
    p.calls[1].finish(result(100_000));
    await vi.waitFor(() => expect(archive.ids().sort()).toEqual(['plan', 'plan-copy']));
  });
});

describe('forecast store: run settings kept in the browser', () => {
  function settingsPage(kept: Partial<RunSettings> | Record<string, unknown>) {
    const saved: RunSettings[] = [];
    const runSettings: RunSettingsStore = { load: () => kept as Partial<RunSettings>, save: (s) => void saved.push(s) };
    const { store } = renderControls(() => createForecastStore(fakeRunner().runner, () => valid, { scenarioId: () => 'plan', runSettings }));
    return { store, saved };
  }

  it('starts with the iterations and seed chosen on the last visit, and keeps each new choice', async () => {
    const { store, saved } = settingsPage({ iterations: 10_000, seed: 'plan-7' });
    expect([store.state.iterations(), store.state.seed()]).toEqual([10_000, 'plan-7']);
    expect(screen.getByRole('button', { name: '10,000' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('textbox', { name: 'Other' }) as HTMLInputElement).value).toBe('10,000');
    fireEvent.click(screen.getByRole('button', { name: '1,000,000' }));
    enter(screen.getByRole('textbox', { name: 'Seed' }), '4 2');
    enter(screen.getByRole('textbox', { name: 'Seed' }), '42');
    expect(saved.at(-1)).toEqual({ iterations: 1_000_000, seed: '42' });
    // A seed being typed that the engine would refuse is not kept.
    expect(saved.some((s) => s.seed === '4 2')).toBe(false);
  });

  it('ignores kept settings that are no longer valid', () => {
    const { store } = settingsPage({ iterations: 12.5, seed: 'no spaces allowed' });
    expect([store.state.iterations(), store.state.seed()]).toEqual([100_000, '1']);
  });
});

describe('memory forecast archive', () => {
  it('forgets the forecasts of scenarios no longer stored', async () => {
    const archive = memoryForecastArchive(() => ['b', 'c']);
    const saved = { format: FORECAST_FORMAT, inputs: '[]', result: result(10), seconds: 1, computedAt: 0 };
    await archive.put('a', saved);
    await archive.put('b', saved);
    await archive.forgetDeleted();
    expect(archive.ids()).toEqual(['b']);
    expect(await archive.get('a')).toBeUndefined();
  });
});

describe('forecast store: the forecast with actuals', () => {
  const doc = { ...structuredClone(baselineJson), actuals: { asOf: '2026-06-30', observations: [], rates: [{ input: 'activities.A1.routing.proceed', successes: 26, trials: 60 }] } };
  const parsed = validateScenario(doc);
  if (!parsed.ok) throw new Error('scenario with actuals does not validate');
  const withActuals = parsed.value;

  it('shows the forecast conditioned on the actuals, with its seed and iterations, while switched on; the plain one otherwise', async () => {
    const fake = fakeRunner();
    const asked: { iterations: number; seed: number | string }[] = [];
    const conditioned = { ...result(QUICK_ITERATIONS), cells: ['conditioned'] } as unknown as ForecastResult;
    const [scenario, setScenario] = createSignal<ValidScenario | null>(withActuals);
    const { store } = renderControls(() => createForecastStore(fake.runner, scenario, {
      scenarioId: () => 'plan',
      condition: async (_v, seed, iterations) => (asked.push({ seed, iterations }), { result: conditioned, effectiveSampleSize: 12_345 }),
    }));
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1));
    fake.calls[0].finish(result(QUICK_ITERATIONS));
    await vi.waitFor(() => expect(store.state.forecast()).not.toBeNull());
    expect(store.state.actualsOffered()).toBe(true);
    expect(store.state.forecast()!.conditioned).toBeUndefined();
    store.actions.setWithActuals(true);
    await vi.waitFor(() => expect(store.state.forecast()!.conditioned).toEqual({ asOf: '2026-06-30', observations: 0, rates: 1, effectiveSampleSize: 12_345 }));
    expect(store.state.forecast()!.result).toBe(conditioned);
    expect(store.state.plainForecast()!.result).not.toBe(conditioned);
    expect(asked).toEqual([{ seed: '1', iterations: QUICK_ITERATIONS }]);
    store.actions.setWithActuals(false);
    expect(store.state.forecast()!.conditioned).toBeUndefined();
    // Switched on again for the same forecast and actuals: nothing to compute anew.
    store.actions.setWithActuals(true);
    expect(store.state.forecast()!.conditioned).toBeDefined();
    expect(asked).toHaveLength(1);
    // The same numbers without actuals (they were removed): nothing to compute, and the plain forecast again.
    setScenario(valid);
    await vi.waitFor(() => expect(store.state.actualsOffered()).toBe(false));
    expect(store.state.forecast()!.conditioned).toBeUndefined();
  });
});
