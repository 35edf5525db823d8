import { cleanup, fireEvent, render, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { AssumptionsEditor } from '../../../src/ui/editor/AssumptionsEditor';
import { docOf, pairsOf } from '../../../src/ui/editor/correlation-pairs';
import { getIn } from '../../../src/ui/store/draft-path';
import { renderWithStore } from '../render-with-store';

afterEach(cleanup);

describe('correlation pairs', () => {
  it('build a symmetric matrix with ones on the diagonal, and read back', () => {
    const pairs = [{ a: 'x', b: 'y', rho: 0.5 }, { a: 'y', b: 'z', rho: -0.2 }];
    const doc = docOf(pairs)!;
    expect(doc).toEqual({ inputs: ['x', 'y', 'z'], matrix: [[1, 0.5, 0], [0.5, 1, -0.2], [0, -0.2, 1]] });
    expect(pairsOf(doc)).toEqual(pairs);
    expect(docOf([])).toBeUndefined();
  });
});

describe('the sampling section of the editor', () => {
  it('switches to Latin hypercube and adds a correlation the scenario accepts', async () => {
    const { store, container } = await renderWithStore(() => <AssumptionsEditor />);
    const details = container.querySelector('#section-sampling') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(container.querySelector('input[value="latin-hypercube"]')).not.toBeNull());
    fireEvent.change(container.querySelector('input[value="latin-hypercube"]')!, { target: { checked: true } });
    expect(getIn(store.state.draft, ['sampling', 'method'])).toBe('latin-hypercube');
    fireEvent.click([...container.querySelectorAll('#section-sampling button')].find((b) => b.textContent === 'Add a correlation')!);
    const corr = getIn(store.state.draft, ['sampling', 'correlations']) as { inputs: string[]; matrix: number[][] };
    expect(corr.inputs).toHaveLength(2);
    expect(corr.matrix[0][1]).toBe(0.5);
    await waitFor(() => expect(store.state.parsed.ok).toBe(true));
  });
});
