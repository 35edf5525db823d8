import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { ActivityId } from '../../../src/engine/indicators';
import { AssumptionsEditor } from '../../../src/ui/editor/AssumptionsEditor';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { getIn } from '../../../src/ui/store/draft-path';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

async function setup(lang: Lang = 'en', focus?: () => ActivityId | undefined) {
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  render(() => (
    <I18nProvider lang={lang}>
      <ScenarioProvider store={store}>
        <AssumptionsEditor focus={focus?.()} />
      </ScenarioProvider>
    </I18nProvider>
  ));
  return store;
}

const PROCEED = ['activities', 'A1', 'routing', 'proceed'];

describe('AssumptionsEditor', () => {
  it('shows mobilisation as a percentage and moves the whole range when it changes', async () => {
    const { state } = await setup();
    const field = screen.getByLabelText('Mobilisation') as HTMLInputElement;
    expect(field.value).toBe('50');
    fireEvent.input(field, { target: { value: '35' } });
    expect(getIn(state.draft, PROCEED)).toMatchObject({ type: 'pert', min: 0.25, mode: 0.35, max: 0.45 });
    expect(state.parsed.ok).toBe(true);
  });

  it('is labelled in Danish', async () => {
    await setup('da');
    expect((screen.getByLabelText('Mobilisering') as HTMLInputElement).value).toBe('50');
  });

  it('updates the draft when a field changes, and the field follows edits made elsewhere', async () => {
    const { state } = await setup();
    const mode = screen.getByLabelText('A1: Share that mobilises and goes on: Most likely') as HTMLInputElement;
    expect(mode.value).toBe('50');
    fireEvent.input(mode, { target: { value: '45' } });
    expect(getIn(state.draft, [...PROCEED, 'mode'])).toBe(0.45);
    fireEvent.input(screen.getByLabelText('Mobilisation'), { target: { value: '55' } });
    expect(mode.value).toBe('55');
    const seats = screen.getByLabelText('Period 2') as HTMLInputElement;
    fireEvent.input(seats, { target: { value: '20' } });
    expect(getIn(state.draft, ['activities', 'A1', 'units', 'period2'])).toBe(20);
  });

  it('marks an invalid value at its field with the reason', async () => {
    const { state } = await setup();
    const seats = screen.getByLabelText('Period 1') as HTMLInputElement;
    fireEvent.input(seats, { target: { value: '2.5' } });
    expect(state.parsed.ok).toBe(false);
    expect(seats.getAttribute('aria-invalid')).toBe('true');
    const reason = document.getElementById(seats.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!)!;
    expect(reason.textContent).toBe('must be a whole number');
    fireEvent.input(seats, { target: { value: '6' } });
    expect(seats.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a distribution-level error at its input and in the summary', async () => {
    const { state } = await setup();
    fireEvent.input(screen.getByLabelText('Mobilisation'), { target: { value: '150' } });
    expect(state.parsed.ok).toBe(false);
    const mobilisation = screen.getByLabelText('Mobilisation');
    expect(mobilisation.getAttribute('aria-invalid')).toBe('true');
    const type = screen.getByLabelText('A1: Share that mobilises and goes on: Distribution');
    expect(type.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('activities.A1.routing.proceed: needs min <= mode <= max');
  });

  it('refuses text that is not a number at the field and keeps the draft saved as typed', async () => {
    const { state } = await setup();
    const years = screen.getByLabelText('Length of period 1') as HTMLInputElement;
    fireEvent.input(years, { target: { value: 'abc' } });
    expect(years.value).toBe('abc');
    expect(getIn(state.draft, ['periods', 'period1', 'years'])).toBe('abc');
    expect(document.getElementById(`${years.id}-error`)!.textContent).toBe('enter a number');
  });

  it('switches a distribution between a 90 % interval and its parameters', async () => {
    const { state } = await setup();
    const group = screen.getByRole('radiogroup', { name: 'A1: Share that mobilises and goes on: Entered as' });
    fireEvent.click(within(group).getByLabelText('90 % interval'));
    const spec = getIn(state.draft, PROCEED) as Record<string, number>;
    expect(Object.keys(spec).sort()).toEqual(['mode', 'note', 'p5', 'p95', 'type']);
    expect(screen.getByLabelText('A1: Share that mobilises and goes on: 5th percentile')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('A1: Share that mobilises and goes on: Distribution'), { target: { value: 'fixed' } });
    expect(getIn(state.draft, PROCEED)).toMatchObject({ type: 'fixed', value: 0.5 });
  });

  it('opens the activity it is told to focus', async () => {
    const [focus, setFocus] = createSignal<ActivityId | undefined>();
    await setup('en', focus);
    const d = () => document.getElementById('activity-D') as HTMLDetailsElement;
    expect(d().open).toBe(false);
    setFocus('D');
    await waitFor(() => expect(d().open).toBe(true));
  });
});
