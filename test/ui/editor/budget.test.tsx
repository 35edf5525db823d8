import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { getIn } from '../../../src/ui/store/draft-path';
import { renderEditor } from './render-editor';

afterEach(cleanup);

async function editor() {
  const view = await renderEditor();
  view.open('section-budget');
  await waitFor(() => expect(view.container.querySelector('#section-budget .budget-activity')).not.toBeNull());
  return view;
}

describe('the Budget section', () => {
  it('gives an activity a cost per unit and a period fixed costs; the scenario then has the cost indicators, which take no target', async () => {
    const { store, container, open } = await editor();
    // Found afresh each time: the list is drawn again as the draft changes.
    const a1 = () => [...container.querySelectorAll('#section-budget .budget-activity')].find((d) => d.textContent!.startsWith('A1'))!;
    fireEvent.change(a1().querySelector('input[type="checkbox"]')!, { target: { checked: true } });
    expect(getIn(store.state.draft, ['activities', 'A1', 'costPerUnitDkk'])).toEqual({ type: 'fixed', value: 0 });
    await waitFor(() => expect(a1().querySelector('fieldset')).not.toBeNull());
    const value = a1().querySelector('fieldset input:not([type="checkbox"])') as HTMLInputElement;
    fireEvent.input(value, { target: { value: '25000' } });
    await waitFor(() => expect(getIn(store.state.draft, ['activities', 'A1', 'costPerUnitDkk'])).toEqual({ type: 'fixed', value: 25_000 }));
    const fixed = container.querySelector('#section-budget .budget-fixed input') as HTMLInputElement;
    fireEvent.input(fixed, { target: { value: '1000000' } });
    await waitFor(() => expect(getIn(store.state.draft, ['budget'])).toEqual({ fixedCostsDkk: { period1: 1_000_000 } }));
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    expect(store.state.programme.layout.indicators.map((d) => d.id)).toContain('costPerNewFteDkk');
    open('section-targets');
    await waitFor(() => expect(container.querySelectorAll('#section-targets legend').length).toBeGreaterThan(0));
    const legends = [...container.querySelectorAll('#section-targets legend')].map((l) => l.textContent);
    expect(legends.some((l) => /cost/i.test(l!))).toBe(false);
    // Emptied, the period has no fixed costs, and the budget goes with its last one.
    fireEvent.input(container.querySelector('#section-budget .budget-fixed input')!, { target: { value: '' } });
    await waitFor(() => expect(getIn(store.state.draft, ['budget'])).toBeUndefined());
  });

  it('a negative cost is marked at its field, named as the editor names it, and kept as typed', async () => {
    const { store, container } = await editor();
    const fixed = container.querySelectorAll('#section-budget .budget-fixed input')[1] as HTMLInputElement;
    fireEvent.input(fixed, { target: { value: '-5' } });
    await waitFor(() => expect(store.state.parsed.ok).toBe(false));
    const errors = store.state.parsed.ok ? [] : store.state.parsed.errors;
    expect(errors.map((e) => e.path)).toEqual(['budget.fixedCostsDkk.period2']);
    await waitFor(() => expect(container.querySelector('#section-budget .field-error')?.textContent).toMatch(/at least/));
    expect(fixed.value).toBe('-5');
    const { fieldLabel } = await import('../../../src/scenario/labels');
    expect(fieldLabel('budget.fixedCostsDkk.period2', 'en')).toBe('Budget: Fixed costs in period 2');
    expect(fieldLabel('activities.B.costPerUnitDkk.max', 'da')).toBe('B: Omkostning pr. enhed: Maksimum');
  });
});
