import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { getIn } from '../../../src/ui/store/draft-path';
import { fieldLabel } from '../../../src/scenario/labels';
import { renderEditor } from './render-editor';

afterEach(cleanup);

async function editor() {
  const view = await renderEditor();
  view.open('section-indicators');
  await waitFor(() => expect(view.container.querySelector('#add-indicator')).not.toBeNull());
  const add = async (key: string) => {
    fireEvent.change(view.container.querySelector('#add-indicator')!, { target: { value: key } });
    fireEvent.click([...view.container.querySelectorAll('.add-indicator button')].find((b) => b.textContent === 'Add')!);
  };
  return { ...view, add };
}

const own = (container: HTMLElement, id: string) => container.querySelector(`fieldset.own-indicator[data-indicator="${id}"]`) as HTMLElement;

describe('the Outcomes and indicators section', () => {
  it('adds RCO01 and its subset RCO04 from the catalogue; narrowing RCO04 to its activities keeps the draft valid, and both are forecast cells with targets', async () => {
    const { store, container, add, open } = await editor();
    await add('RCO01');
    await add('RCO04');
    expect(getIn(store.state.draft, ['indicators'])).toEqual([
      { id: 'RCO01', code: 'RCO01', label: { da: 'Støttede virksomheder', en: 'Enterprises supported' }, rule: { kind: 'companies', activities: ['B', 'C', 'D', 'E1', 'E2', 'F'] } },
      { id: 'RCO04', code: 'RCO04', label: { da: 'Virksomheder med ikke-finansiel støtte', en: 'Enterprises with non-financial support' }, rule: { kind: 'companies', activities: ['B', 'C', 'D', 'E1', 'E2', 'F'], subsetOf: 'RCO01' } },
    ]);
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    await waitFor(() => expect(own(container, 'RCO04')).not.toBeNull());
    // Were E1 and E2 grants, RCO04 would keep the others.
    for (const a of ['E1', 'E2']) {
      const box = [...own(container, 'RCO04').querySelectorAll('.activity-set label')].find((l) => l.textContent!.startsWith(`${a} –`))!.querySelector('input')!;
      fireEvent.change(box, { target: { checked: false } });
    }
    await waitFor(() => expect(getIn(store.state.draft, ['indicators', 'RCO04', 'rule', 'activities'])).toEqual(['B', 'C', 'D', 'F']));
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    expect(store.state.programme.layout.indicators.slice(-2).map((d) => d.id)).toEqual(['RCO01', 'RCO04']);
    open('section-targets');
    await waitFor(() => expect([...container.querySelectorAll('#section-targets legend')].some((l) => l.textContent === 'RCO04Enterprises with non-financial support')).toBe(true));
  });

  it('a subset given an activity its parent does not count is marked at its rule; an outcome of its own starts without numbers and says which are missing', async () => {
    const { store, container, add } = await editor();
    await add('RCO04');
    await waitFor(() => expect(own(container, 'RCO04')).not.toBeNull());
    const a1 = [...own(container, 'RCO04').querySelectorAll('.activity-set label')].find((l) => l.textContent!.startsWith('A1 –'))!.querySelector('input')!;
    fireEvent.change(a1, { target: { checked: true } });
    await waitFor(() => expect(own(container, 'RCO04').querySelector('.field-error')?.textContent).toMatch(/a subset counts only companies its parent counts/));
    fireEvent.change(a1, { target: { checked: false } });
    await add('RCR04');
    await waitFor(() => expect(container.querySelector('fieldset.own-state[data-state="organisationalInnovation"]')).not.toBeNull());
    await waitFor(() => expect(store.state.parsed.ok).toBe(false));
    const paths = store.state.parsed.ok ? [] : store.state.parsed.errors.map((e) => e.path);
    expect(paths).toEqual(['outcomes.states.organisationalInnovation.probability', 'outcomes.states.organisationalInnovation.lagYears']);
    expect(fieldLabel(paths[0], 'en')).toBe('Outcome organisationalInnovation: Probability');
    // Where the programme's words are at hand, the outcome is named as the planner named it.
    expect(fieldLabel(paths[0], 'en', store.state.programme.labels)).toBe('Outcome Introduces marketing or organisational innovation: Probability');
  });

  it('a cost per job is offered once the programme has a budget, and removing an indicator takes its targets with it', async () => {
    const { store, container, add } = await editor();
    const option = () => container.querySelector('#add-indicator option[value="costPerJob"]') as HTMLOptionElement;
    expect(option().disabled).toBe(true);
    store.actions.setAt(['budget'], { fixedCostsDkk: { period1: 1_000_000 } });
    await waitFor(() => expect(option().disabled).toBe(false));
    await add('costPerJob');
    await add('CO08');
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    store.actions.setAt(['targets', 'CO08'], { total: 100 });
    await waitFor(() => expect(own(container, 'CO08')).not.toBeNull());
    fireEvent.click(own(container, 'CO08').querySelector('button.link')!);
    await waitFor(() => expect(getIn(store.state.draft, ['targets', 'CO08'])).toBeUndefined());
    expect((getIn(store.state.draft, ['indicators']) as { id: string }[]).map((d) => d.id)).toEqual(['costPerJob']);
    expect(store.state.programme.layout.indicators.at(-1)).toMatchObject({ id: 'costPerJob', per: 'newJobsFte', of: 'costDkk', cost: true });
  });

  it('an own outcome’s amount starts with no numbers, each named as missing, and once given the amount indicator counts them', async () => {
    const { store, container, add } = await editor();
    await add('RCR04');
    const outcome = () => container.querySelector('fieldset.own-state[data-state="organisationalInnovation"]') as HTMLElement;
    await waitFor(() => expect(outcome()).not.toBeNull());
    store.actions.setAt(['outcomes', 'states', 'organisationalInnovation', 'probability'], 0.2);
    store.actions.setAt(['outcomes', 'states', 'organisationalInnovation', 'lagYears'], 1);
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    fireEvent.change(outcome().querySelector('#field-outcomes-states-organisationalInnovation-amount')!, { target: { value: 'amountFte' } });
    await waitFor(() => expect(getIn(store.state.draft, ['outcomes', 'states', 'organisationalInnovation', 'amountFte'])).toEqual({}));
    await waitFor(() => expect(store.state.parsed.ok).toBe(false));
    const paths = store.state.parsed.ok ? [] : store.state.parsed.errors.map((e) => e.path);
    expect(paths).toEqual(['outcomes.states.organisationalInnovation.amountFte.mean', 'outcomes.states.organisationalInnovation.amountFte.cv']);
    expect(fieldLabel(paths[0], 'en')).toBe('Outcome organisationalInnovation: New jobs per company reaching it: Mean per company');
    store.actions.setAt(['outcomes', 'states', 'organisationalInnovation', 'amountFte'], { mean: 1.5, cv: 0.5 });
    await add('outcomeAmount');
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    expect(store.state.programme.layout.indicators.at(-1)).toMatchObject({ id: 'outcomeAmount', unit: 'fte', kind: 'amount' });
  });

  it('an amount derived from an indicator starts from the new jobs with no DKK per unit, names that as missing, and once given is a DKK indicator', async () => {
    const { store, container, add } = await editor();
    await add('derivedAmount');
    await waitFor(() => expect(own(container, 'derivedAmount')).not.toBeNull());
    expect(getIn(store.state.draft, ['indicators', 'derivedAmount', 'rule'])).toEqual({ kind: 'derived', from: 'newJobsFte' });
    const from = own(container, 'derivedAmount').querySelector('#field-indicators-derivedAmount-rule-from') as HTMLSelectElement;
    expect(from.value).toBe('newJobsFte');
    // A ratio and the indicator itself are not offered.
    expect([...from.options].map((o) => o.value)).not.toContain('derivedAmount');
    await waitFor(() => expect(store.state.parsed.ok).toBe(false));
    const paths = store.state.parsed.ok ? [] : store.state.parsed.errors.map((e) => e.path);
    expect(paths).toEqual(['indicators.derivedAmount.rule.dkkPer']);
    expect(fieldLabel(paths[0], 'en')).toMatch(/: DKK per unit of it$/);
    store.actions.setAt(['indicators', 'derivedAmount', 'rule', 'dkkPer'], { type: 'triangular', min: 4e5, mode: 6e5, max: 9e5 });
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    expect(store.state.programme.layout.indicators.at(-1)).toMatchObject({ id: 'derivedAmount', unit: 'dkk', kind: 'amount', rule: { kind: 'derived', of: 'newJobsFte' } });
    fireEvent.change(from, { target: { value: 'growthCompanies' } });
    await waitFor(() => expect(getIn(store.state.draft, ['indicators', 'derivedAmount', 'rule', 'from'])).toBe('growthCompanies'));
  });

  it('a name typed for an own indicator or outcome is the name shown at once, in the legend and in the targets, with nothing else re-made', async () => {
    const { store, container, add, open } = await editor();
    await add('RCO04');
    await waitFor(() => expect(own(container, 'RCO04')).not.toBeNull());
    const layout = store.state.programme.layout;
    store.actions.setAt(['indicators', 'RCO04', 'label', 'en'], 'Advice and coaching');
    await waitFor(() => expect(own(container, 'RCO04').querySelector('legend')!.textContent).toBe('RCO04Advice and coaching'));
    expect(store.state.programme.layout).toBe(layout);
    open('section-targets');
    await waitFor(() => expect([...container.querySelectorAll('#section-targets legend')].some((l) => l.textContent === 'RCO04Advice and coaching')).toBe(true));
    await add('RCR04');
    store.actions.setAt(['outcomes', 'states', 'organisationalInnovation', 'name', 'en'], 'New ways of working');
    await waitFor(() => expect(store.state.programme.labels.state('organisationalInnovation', 'en')).toBe('New ways of working'));
  });

  it('a rule naming an indicator since removed shows that name as gone, not another in its place, and keeps it until the planner chooses', async () => {
    const { store, container, add } = await editor();
    store.actions.setAt(['budget'], { fixedCostsDkk: { period1: 1_000_000 } });
    await add('CO08');
    await add('costPerJob');
    await waitFor(() => expect(own(container, 'costPerJob')).not.toBeNull());
    store.actions.setAt(['indicators', 'costPerJob', 'rule', 'denominator'], 'CO08');
    store.actions.change({ action: 'removeIndicator', subject: 'CO08' }, (d) => ({ ...(d as object), indicators: (getIn(d, ['indicators']) as { id: string }[]).filter((x) => x.id !== 'CO08') }));
    const denominator = () => own(container, 'costPerJob').querySelector('#field-indicators-costPerJob-rule-denominator') as HTMLSelectElement;
    await waitFor(() => expect(denominator().selectedOptions[0].textContent).toBe('CO08 (not in this programme any more)'));
    expect(denominator().value).toBe('CO08');
    await waitFor(() => expect(own(container, 'costPerJob').querySelector('.field-error')?.textContent).toMatch(/"CO08" is not an indicator of this programme/));
  });

  it('each box ticked is a step of its own to undo, though the same field’s typing is one', async () => {
    const { store, container, add } = await editor();
    await add('RCO04');
    await waitFor(() => expect(own(container, 'RCO04')).not.toBeNull());
    const box = (a: string) => [...own(container, 'RCO04').querySelectorAll('.activity-set label')].find((l) => l.textContent!.startsWith(`${a} –`))!.querySelector('input')!;
    fireEvent.change(box('E1'), { target: { checked: false } });
    fireEvent.change(box('E2'), { target: { checked: false } });
    const activities = () => getIn(store.state.draft, ['indicators', 'RCO04', 'rule', 'activities']);
    await waitFor(() => expect(activities()).toEqual(['B', 'C', 'D']));
    store.actions.undo();
    await waitFor(() => expect(activities()).toEqual(['B', 'C', 'D', 'E2']));
    store.actions.undo();
    await waitFor(() => expect(activities()).toEqual(['B', 'C', 'D', 'E1', 'E2']));
  });
});
