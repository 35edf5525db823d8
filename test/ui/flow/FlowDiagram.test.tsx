import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/ui/i18n';
import { FlowDiagram } from '../../../src/ui/flow/FlowDiagram';

afterEach(cleanup);

describe('FlowDiagram', () => {
  it('shows mean participants and route means, and reports the clicked activity', () => {
    const onSelect = vi.fn();
    const { container } = render(() => (
      <I18nProvider lang="da">
        <FlowDiagram
          data={{ routes: [{ from: 'A1', to: 'A2' }], names: { A1: 'Basismoduler', A2: 'Vækstforløb' }, participants: { A1: 253.6, A2: 117.2 }, routeMeans: [{ from: 'A1', to: 'A2', mean: 117.24 }] }}
          onSelect={onSelect}
        />
      </I18nProvider>
    ));
    expect(container.querySelector('[data-testid="flow-mean-A1"]')!.textContent).toBe('254');
    expect(container.querySelector('[data-route="A1-A2"] .edge-label')!.textContent).toBe('117');
    expect(container.querySelector('[data-route="A1-A2"] title')!.textContent).toBe('A1 → A2: 117,2 virksomheder');
    fireEvent.click(container.querySelector('[data-activity="A2"]')!);
    expect(onSelect).toHaveBeenCalledWith('A2');
    // Named by activity and what the forecast puts there, for screen readers and on hover.
    const a1 = container.querySelector('[data-activity="A1"]')!;
    expect(a1.getAttribute('aria-label')).toBe('A1: Basismoduler, 254 virksomheder');
    expect(a1.querySelector('title')!.textContent).toBe('A1: Basismoduler, 254 virksomheder');
    fireEvent.keyDown(a1, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('A1');
  });
});
