import { cleanup, fireEvent, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidScenario } from '../../../src/scenario/parse';
import { createForecastStore, QUICK_DELAY_MS, QUICK_ITERATIONS } from '../../../src/ui/run/forecast-store';
import { changed, fakeRunner, renderControls, result, valid } from './run-fixtures';
import { enter } from '../enter';

function setup(scenario: () => ValidScenario | null = () => valid) {
  const fake = fakeRunner();
  const { store } = renderControls(() => createForecastStore(fake.runner, scenario));
  return { ...fake, store };
}

/** With fake timers: the baseline's quick forecast done and shown, the scenario in the test's hands. */
async function withQuickForecast() {
  vi.useFakeTimers();
  const [scenario, setScenario] = createSignal<ValidScenario | null>(valid);
  const fake = setup(scenario);
  vi.advanceTimersByTime(QUICK_DELAY_MS);
  fake.calls[0].finish(result(QUICK_ITERATIONS));
  await vi.runAllTimersAsync();
  return { ...fake, setScenario };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('RunControls', () => {
  it('runs the chosen iterations and seed, shows progress, and cancels', async () => {
    const { calls } = setup();
    fireEvent.click(screen.getByRole('button', { name: '1,000,000' }));
    enter(screen.getByRole('textbox', { name: 'Seed' }), '42');
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    const run = calls.at(-1)!;
    expect(run.req).toMatchObject({ iterations: 1_000_000, seed: '42', model: valid.model });

    run.req.onProgress!({ done: 5_000, total: 1_000_000, iterationsPerSecond: 10_000, secondsLeft: 99.5 });
    expect(await screen.findByText('5,000 of 1,000,000 iterations')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('5000');
    expect(screen.getByText(/10,000 iterations\/s · about 100 s left/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(run.req.signal!.aborted).toBe(true);
    expect(await screen.findByText('Cancelled. The previous forecast is shown.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Run forecast' })).toBeTruthy();
  });

  it('shows progress a few times a second, and always the last', async () => {
    const { calls } = setup();
    fireEvent.click(screen.getByRole('button', { name: '1,000,000' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    const run = calls.at(-1)!;
    run.req.onProgress!({ done: 5_000, total: 1_000_000, iterationsPerSecond: 10_000, secondsLeft: 99.5 });
    expect(await screen.findByText('5,000 of 1,000,000 iterations')).toBeTruthy();
    // Within the interval: not shown.
    run.req.onProgress!({ done: 10_000, total: 1_000_000, iterationsPerSecond: 10_000, secondsLeft: 99 });
    expect(screen.queryByText('10,000 of 1,000,000 iterations')).toBeNull();
    run.req.onProgress!({ done: 1_000_000, total: 1_000_000, iterationsPerSecond: 10_000, secondsLeft: 0 });
    expect(await screen.findByText('1,000,000 of 1,000,000 iterations')).toBeTruthy();
  });

  it('checks the typed iteration count at the field', () => {
    setup();
    const field = screen.getByRole('textbox', { name: 'Other' });
    enter(field, '500');
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 1,000 to 100,000,000.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Run forecast' }) as HTMLButtonElement).disabled).toBe(true);
    enter(field, '2,500,000');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByRole('button', { name: 'Run forecast' }) as HTMLButtonElement).disabled).toBe(false);
    enter(field, '1.5');
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('reruns a quick forecast, debounced, when the scenario changes', () => {
    vi.useFakeTimers();
    const [scenario, setScenario] = createSignal<ValidScenario | null>(valid);
    const { calls } = setup(scenario);
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS]);
    setScenario(changed(1));
    setScenario(changed(2));
    vi.advanceTimersByTime(QUICK_DELAY_MS - 1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[0].req.signal!.aborted).toBe(true);
    setScenario(null);
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls).toHaveLength(2);
  });

  it('leaves runs and numbers alone when an edit does not change them (a note, a name)', async () => {
    const { calls, store, setScenario } = await withQuickForecast();
    setScenario({ ...valid, scenario: { ...valid.scenario, name: 'Renamed' } });
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(store.state.stale()).toBe(false);
    // A full run goes on through such an edit, and the forecast on screen stays current.
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    setScenario({ ...valid });
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1].req.signal!.aborted).toBe(false);
    expect(screen.queryByTestId('stopped-by-edit')).toBeNull();
    expect(store.state.stale()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.runAllTimersAsync();
    expect(store.state.stale()).toBe(false);
    // The run finishing for the edited scenario makes its forecast the one shown.
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    setScenario({ ...valid, scenario: { ...valid.scenario, name: 'Renamed again' } });
    calls[2].finish(result(100_000));
    await vi.runAllTimersAsync();
    expect(store.state.forecast()!.scenario.scenario.name).toBe('Renamed again');
    expect(store.state.stale()).toBe(false);
  });

  it('says so when an edit that changes the numbers stops a full run, until the next run', async () => {
    const { calls, setScenario } = await withQuickForecast();
    fireEvent.click(screen.getByRole('button', { name: '1,000,000' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    setScenario(changed(1));
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS, 1_000_000, QUICK_ITERATIONS]);
    expect(calls[1].req.signal!.aborted).toBe(true);
    expect(screen.getByTestId('stopped-by-edit').textContent).toBe(
      'The 1,000,000-iteration run was stopped because the assumptions changed (an edit, or another scenario opened): its numbers would no longer have matched them. Run again for the full forecast.',
    );
    calls[2].finish(result(QUICK_ITERATIONS));
    await vi.runAllTimersAsync();
    expect(screen.getByTestId('stopped-by-edit')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    expect(screen.queryByTestId('stopped-by-edit')).toBeNull();
  });

  it('goes back to the forecast on screen, computing nothing, when an edit is undone', async () => {
    const { calls, store, setScenario } = await withQuickForecast();
    setScenario(changed(1));
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls).toHaveLength(2);
    setScenario({ ...valid });
    expect(calls[1].req.signal!.aborted).toBe(true);
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect(calls).toHaveLength(2);
    expect(screen.getByTestId('run-shown').textContent).toContain('20,000 iterations');
  });

  it('shows beside the chips what the forecast on screen was computed with, and what Run will compute when that differs', async () => {
    const { calls } = setup();
    const shown = () => screen.queryByTestId('run-shown')?.textContent;
    expect(screen.getByRole('group', { name: 'Iterations for the next run' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '100,000' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('run-shown')).toBeNull();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0].finish(result(QUICK_ITERATIONS));
    // The chip is the next run's size; the forecast on screen is the quick one, and says so.
    await vi.waitFor(() => expect(shown()).toBe('Forecast shown: 20,000 iterations, seed 1. “Run forecast” computes 100,000 iterations, seed 1.'));
    expect(screen.getByRole('button', { name: '100,000' }).getAttribute('aria-describedby')).toBe('run-shown');

    fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
    expect(shown()).toBe('Forecast shown: 20,000 iterations, seed 1.');
    expect(calls.map((c) => c.req.iterations)).toEqual([QUICK_ITERATIONS, 100_000]);
    calls[1].finish(result(100_000));
    await vi.waitFor(() => expect(shown()).toBe('Forecast shown: 100,000 iterations, seed 1.'));
    enter(screen.getByRole('textbox', { name: 'Seed' }), '7');
    expect(shown()).toBe('Forecast shown: 100,000 iterations, seed 1. “Run forecast” computes 100,000 iterations, seed 7.');
  });

  it('says an out-of-date forecast is being updated only while its update is due or running', async () => {
    const { calls, store, setScenario } = await withQuickForecast();
    setScenario(changed(1));
    expect([store.state.stale(), store.state.updating()]).toEqual([true, true]);
    vi.advanceTimersByTime(QUICK_DELAY_MS);
    expect([store.state.stale(), store.state.updating()]).toEqual([true, true]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.runAllTimersAsync();
    expect([store.state.stale(), store.state.updating()]).toEqual([true, false]);
  });
});
