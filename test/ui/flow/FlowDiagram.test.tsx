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
          data={{ ids: ['A1', 'A2'], routes: [{ from: 'A1', to: 'A2' }], names: { A1: 'Basismoduler', A2: 'Vækstforløb' }, participants: { A1: 253.6, A2: 117.2 }, routeMeans: [{ from: 'A1', to: 'A2', mean: 117.24 }] }}
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

  it('shows how many companies each activity recruits directly, and their share of the starts after A1', () => {
    const { container } = render(() => (
      <I18nProvider lang="en">
        <FlowDiagram
          data={{
            ids: ['A1', 'A2', 'B'],
            routes: [{ from: 'A1', to: 'A2' }, { from: 'A2', to: 'B' }],
            participants: { A1: 254, A2: 24, B: 62 },
            routeMeans: [{ from: 'A1', to: 'A2', mean: 24 }, { from: 'A2', to: 'B', mean: 11 }],
            recruits: { A1: 254, A2: 0, B: 51 },
          }}
          onSelect={() => {}}
        />
      </I18nProvider>
    ));
    const bar = (id: string) => container.querySelector(`[data-testid="flow-direct-${id}"]`);
    expect(bar('B')!.getAttribute('data-share')).toBe((51 / 62).toFixed(3));
    // Not for the entry, where every company is recruited directly.
    expect(bar('A1')).toBeNull();
    expect(bar('A2')).toBeNull();
    expect(container.querySelector('[data-activity="B"]')!.getAttribute('aria-label')).toBe('B, 62 companies, 51 of them recruited directly');
    const caption = container.querySelector('[data-testid="flow-direct"]')!.textContent!;
    expect(caption).toMatch(/^Of the 86 places taken in the activities after A1 \(a company counts once in each\), 51 \(59%\) go to companies recruited directly into free seats/);
    // It names the activities that recruit (B here; A2 recruits no one).
    expect(caption).toContain('a lower mobilisation rate, say), direct recruitment fills more of the seats in B,');
  });

  it('shows no direct recruits for a forecast that does not count them', () => {
    const { container } = render(() => (
      <I18nProvider lang="en">
        <FlowDiagram data={{ ids: ['A1', 'A2'], routes: [{ from: 'A1', to: 'A2' }], participants: { A1: 254, A2: 24 }, routeMeans: [{ from: 'A1', to: 'A2', mean: 24 }] }} onSelect={() => {}} />
      </I18nProvider>
    ));
    expect(container.querySelector('.direct-bar')).toBeNull();
    expect(container.querySelector('[data-testid="flow-direct"]')).toBeNull();
  });
});
