import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { StorageNotices } from '../../../src/ui/library/StorageNotices';
import { memoryPersistence, type ScenarioPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

async function setup(persistence: ScenarioPersistence, lang: Lang = 'en') {
  const store = createScenarioStore({ persistence, saveDelayMs: 60_000 });
  await store.loaded;
  render(() => (
    <I18nProvider lang={lang}>
      <ScenarioProvider store={store}>
        <StorageNotices />
      </ScenarioProvider>
    </I18nProvider>
  ));
  return store;
}

const good = { id: 'baseline', name: 'Baseline', createdAt: 1, updatedAt: 1, doc: baseline };

describe('StorageNotices', () => {
  afterEach(() => (cleanup(), vi.restoreAllMocks()));

  it('offers set-aside records for download, in Danish too', async () => {
    await setup(memoryPersistence({ seeded: true, scenarios: [good, { id: 'x', name: 'X' }] }), 'da');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1 gemt scenarie kunne ikke læses; download det');
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:unreadable'));
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('unreadable-scenarios.json');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blobs[0].text())).toEqual([{ id: 'x', name: 'X' }]);
  });

  it('removes set-aside records from the browser only once they have been downloaded', async () => {
    const p = memoryPersistence({ seeded: true, scenarios: [good, { id: 'x', name: 'X' }] });
    await setup(p);
    expect(screen.queryByRole('button', { name: 'Remove from this browser' })).toBeNull();
    URL.createObjectURL = vi.fn(() => 'blob:unreadable');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove from this browser' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(p.snapshot().unreadable).toEqual([]);
    expect(p.snapshot().scenarios.map((s) => s.id)).toEqual(['baseline']);
  });

  it('says at once that a save failed because storage is full', async () => {
    const p = memoryPersistence();
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const { actions } = await setup({ ...p, put: () => Promise.reject(full) });
    actions.setAt(['name'], 'Unsaved');
    await actions.flush();
    expect(screen.getByRole('alert').textContent).toBe(
      'Your last changes could not be saved: the browser’s storage for this site is full. They are kept in this window, and saving is tried again at your next edit.',
    );
  });

  it('offers to keep this version or load the other tab’s after a conflict', async () => {
    const p = memoryPersistence();
    const other = createScenarioStore({ persistence: p, saveDelayMs: 60_000 });
    await other.loaded;
    await other.actions.flush();
    const mine = await setup(p);
    other.actions.setAt(['name'], 'Theirs');
    await other.actions.flush();
    mine.actions.setAt(['name'], 'Mine');
    await mine.actions.flush();
    expect(screen.getByRole('alert').textContent).toContain('“Mine” was saved in another window after you opened it.');
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine (overwrite)' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await mine.actions.flush();
    expect(p.snapshot().scenarios.find((s) => s.id === 'baseline')?.name).toBe('Mine');
  });
});
