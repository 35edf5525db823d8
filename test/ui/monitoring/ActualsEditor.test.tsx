import { cleanup, fireEvent, render, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisClient } from '../../../src/client/analysis-client';
import { MonitoringPanel } from '../../../src/ui/monitoring/MonitoringPanel';
import { getIn } from '../../../src/ui/store/draft-path';
import { enter } from '../enter';
import { renderWithStore } from '../render-with-store';

afterEach(cleanup);

async function mount(client: Partial<AnalysisClient> = {}) {
  const view = await renderWithStore(() => <MonitoringPanel client={client as AnalysisClient} />);
  const button = (name: string) => [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const type = (id: string, text: string) => enter(view.container.querySelector(`#${id}`)!, text);
  return { ...view, button, type };
}

describe('entering actuals', () => {
  it('stores an observed rate in the draft’s actuals and shows why too many successes are wrong', async () => {
    const { store, container, button, type } = await mount();
    expect(getIn(store.state.draft, ['actuals'])).toBeUndefined();
    fireEvent.click(button('Add an observed rate'));
    type('field-actuals-rates-0-successes', '26');
    type('field-actuals-rates-0-trials', '60');
    expect(getIn(store.state.draft, ['actuals', 'rates'])).toEqual([{ input: 'activities.A1.routing.proceed', successes: 26, trials: 60 }]);
    expect(store.state.parsed.ok).toBe(true);
    expect(store.state.parsed.ok && store.state.parsed.value.actuals?.rates).toEqual([{ input: expect.any(Number), successes: 26, trials: 60 }]);

    type('field-actuals-rates-0-successes', '70');
    expect(store.state.parsed.ok).toBe(false);
    await waitFor(() => expect(container.querySelector('.actual-row.rate')!.textContent).toContain('must not be above out of (60)'));
    expect(container.querySelector('#field-actuals-rates-0-successes')!.getAttribute('aria-invalid')).toBe('true');
    expect((button('Condition on actuals') as HTMLButtonElement).disabled).toBe(true);
    expect(container.textContent).toContain('The actuals have problems');

    fireEvent.click(container.querySelector('button[aria-label="Remove rate 1"]')!);
    expect(getIn(store.state.draft, ['actuals'])).toBeUndefined();
    expect(store.state.parsed.ok).toBe(true);
  });

  it('stores an observation and rejects one above the seats', async () => {
    const { store, container, button, type } = await mount();
    fireEvent.click(button('Add an observation'));
    // Without a value the schema asks for one.
    expect(container.querySelector('.actual-row.observation')!.textContent).toContain('is required');
    fireEvent.change(container.querySelector('#field-actuals-observations-0-horizon')!, { target: { value: 'period1' } });
    type('field-actuals-observations-0-value', '60');
    type('field-actuals-observations-0-note', 'from the half-year report');
    expect(getIn(store.state.draft, ['actuals', 'observations'])).toEqual([{ indicator: 'participants.A1', horizon: 'period1', value: 60, note: 'from the half-year report' }]);
    expect(store.state.parsed.ok).toBe(true);

    type('field-actuals-observations-0-value', '5000');
    await waitFor(() => expect(container.querySelector('.actual-row.observation')!.textContent).toMatch(/5,000 is more than the \d+ places that Participants in A1 can have in period 1/));
    type('field-actuals-observations-0-tolerance', '-1');
    await waitFor(() => expect(container.querySelector('.actual-row.observation')!.textContent).toContain('must be above 0'));
  });
});
