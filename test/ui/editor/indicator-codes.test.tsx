import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { getIn } from '../../../src/ui/store/draft-path';
import { renderEditor } from './render-editor';

afterEach(cleanup);

describe('the EU indicator codes in the Targets section', () => {
  it('shows the 2014–20 codes where the scenario states none; choosing 2021–27 writes it and the rows take its codes, with their names on hover', async () => {
    const { store, container, open } = await renderEditor();
    open('section-targets');
    await waitFor(() => expect(container.querySelector('#section-targets select')).not.toBeNull());
    const select = container.querySelector('#section-targets select') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0].textContent).toBe('Not stated: 2014–20 (CO indicators) apply');
    const code = (name: RegExp) => [...container.querySelectorAll('#section-targets legend')].find((l) => name.test(l.textContent!))?.querySelector('abbr');
    expect(code(/New jobs/)!.textContent).toBe('CO08');
    fireEvent.change(select, { target: { value: '2021-2027' } });
    expect(getIn(store.state.draft, ['indicatorCodes'])).toBe('2021-2027');
    await waitFor(() => expect(code(/New jobs/)!.textContent).toBe('RCR01'));
    expect(code(/New jobs/)!.getAttribute('title')).toBe('Jobs created in supported entities');
    expect(code(/New growth companies/)).toBeNull();
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
  });
});
