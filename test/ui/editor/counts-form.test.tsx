import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { distQuantile } from '../../../src/engine/dist';
import { InputEditor } from '../../../src/ui/editor/InputEditor';
import { centreOf, specFields, specForm, withForm } from '../../../src/ui/editor/input-spec';
import { getIn } from '../../../src/ui/store/draft-path';
import { enter } from '../enter';
import { renderWithStore } from '../render-with-store';

afterEach(cleanup);

const counts = { type: 'beta' as const, successes: 610, trials: 1200 };
const PATH = ['activities', 'A1', 'routing', 'proceed'];

describe('a rate written as observed counts', () => {
  it('is its own form of a beta, Beta(1 + k, 1 + n − k), and converts both ways', () => {
    expect(specForm(counts)).toBe('counts');
    expect(specFields(counts)).toEqual(['successes', 'trials']);
    expect(centreOf(counts)).toBeCloseTo(611 / 1202, 12);
    expect(withForm(counts, 'native', 'probability')).toEqual({ type: 'beta', alpha: 611, beta: 591 });
    expect(withForm({ type: 'beta', alpha: 611, beta: 591 }, 'counts', 'probability')).toEqual(counts);
    const interval = withForm(counts, 'interval', 'probability');
    expect(interval.p5!).toBeCloseTo(distQuantile({ type: 'beta', alpha: 611, beta: 591 }, 0.05), 3);
  });

  it('is shown and edited in the editor with the 90 % interval it gives', async () => {
    const { store, container } = await renderWithStore(() => <InputEditor path={PATH} kind="probability" label="Mobilisation" />, {
      before: (s) => {
        s.actions.setAt(PATH, counts);
        expect(s.state.parsed.ok).toBe(true);
      },
    });
    const successes = container.querySelector<HTMLInputElement>('#field-activities-A1-routing-proceed-successes')!;
    expect(successes.value).toBe('610');
    expect(container.querySelector<HTMLInputElement>('#field-activities-A1-routing-proceed-trials')!.value).toBe('1,200');
    const pct = (p: number) => new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(p);
    const beta = { type: 'beta' as const, alpha: 611, beta: 591 };
    expect(container.querySelector('.density-preview figcaption')!.textContent).toContain(pct(distQuantile(beta, 0.05)));
    expect(container.querySelector('.density-preview figcaption')!.textContent).toContain(pct(distQuantile(beta, 0.95)));

    enter(successes, '1300');
    expect(getIn(store.state.draft, [...PATH, 'successes'])).toBe(1300);
    // Both counts are marked, each saying how it relates to the other.
    expect(container.querySelector('#field-activities-A1-routing-proceed-successes-error')!.textContent).toBe('must not be above out of (1,200)');
    expect(container.querySelector('#field-activities-A1-routing-proceed-trials-error')!.textContent).toBe('must not be below successes (1,300)');

    const toggle = [...container.querySelectorAll('label.form-toggle')].find((l) => l.textContent!.includes('as observed counts'))!.querySelector('input')!;
    expect(toggle.checked).toBe(true);
    enter(successes, '600');
    fireEvent.change(toggle, { target: { checked: false } });
    expect(getIn(store.state.draft, PATH)).toEqual({ type: 'beta', alpha: 601, beta: 601 });
  });
});
