import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { getIn } from '../../../src/ui/store/draft-path';
import { renderEditor } from './render-editor';

afterEach(cleanup);

const PATH = ['outcomes', 'growth', 'definition'];

async function editor(lang: 'da' | 'en' = 'en') {
  const view = await renderEditor(lang);
  view.open('section-outcomes');
  await waitFor(() => expect(view.container.querySelector('.growth-definition select')).not.toBeNull());
  return view;
}

describe('the growth-company definition in the editor', () => {
  it('says the baseline states none and the Danish one applies, with its floor', async () => {
    const { container } = await editor();
    const select = container.querySelector('.growth-definition select') as HTMLSelectElement;
    expect(select.value).toBe('unstated');
    expect(container.querySelectorAll('.growth-definition input')).toHaveLength(0);
    const hint = container.querySelector('[data-testid="growth-floor"]')!.textContent!.replace(/\u00a0/g, ' ');
    expect(hint).toContain('does not state a definition, so the checks use the Danish one');
    expect(hint).toContain('at least 5 × (1.2³ − 1) ≈ 3.64 full-time jobs');
  });

  it('choosing Eurostat writes its three numbers; editing one makes it the planner’s own, and the floor follows', async () => {
    const { store, container } = await editor();
    const select = container.querySelector('.growth-definition select') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'eurostat' } });
    expect(getIn(store.state.draft, PATH)).toEqual({ growthPercentPerYear: 10, years: 3, minEmployees: 10 });
    await waitFor(() => expect(container.querySelector('[data-testid="growth-floor"]')!.textContent).toContain('10 × (1.1³ − 1) ≈ 3.31'));
    const inputs = container.querySelectorAll('.growth-definition input');
    expect(inputs).toHaveLength(3);
    fireEvent.input(inputs[2], { target: { value: '5' } });
    await waitFor(() => expect(getIn(store.state.draft, [...PATH, 'minEmployees'])).toBe(5));
    await waitFor(() => expect((container.querySelector('.growth-definition select') as HTMLSelectElement).value).toBe('own'));
    await waitFor(() => expect(container.querySelector('[data-testid="growth-floor"]')!.textContent).toContain('5 × (1.1³ − 1) ≈ 1.66'));
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
    // Back to "not stated" removes it from the file.
    fireEvent.change(container.querySelector('.growth-definition select')!, { target: { value: 'unstated' } });
    expect(getIn(store.state.draft, PATH)).toBeUndefined();
  });

  it('a number that breaks the rule is marked at its field and kept as typed', async () => {
    const { store, container } = await editor();
    fireEvent.change(container.querySelector('.growth-definition select')!, { target: { value: 'danish' } });
    const years = container.querySelectorAll('.growth-definition input')[1] as HTMLInputElement;
    fireEvent.input(years, { target: { value: '2.5' } });
    await waitFor(() => expect(store.state.parsed.ok).toBe(false));
    await waitFor(() => expect(container.querySelector('.growth-definition .field-error')?.textContent).toMatch(/whole/i));
    expect(years.value).toBe('2.5');
  });
});
