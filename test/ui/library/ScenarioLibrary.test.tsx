import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { ScenarioLibrary } from '../../../src/ui/library/ScenarioLibrary';
import { I18nProvider } from '../../../src/ui/i18n';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { enter } from '../enter';

async function setup(lang: 'da' | 'en' = 'en') {
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  render(() => (
    <I18nProvider lang={lang}>
      <ScenarioProvider store={store}>
        <ScenarioLibrary />
      </ScenarioProvider>
    </I18nProvider>
  ));
  return store;
}

const chooseFile = (content: string, name = 'plan.json') => {
  const input = screen.getByLabelText('Import…') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
};
const names = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.scenario-name')?.textContent);

describe('ScenarioLibrary', () => {
  afterEach(cleanup);

  it('lists the scenarios with the current one marked', async () => {
    await setup();
    expect(names()).toEqual([baseline.name, 'Evidensbaserede rater']);
    const current = screen.getAllByRole('listitem').filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current.map((li) => li.querySelector('.scenario-name')?.textContent)).toEqual([baseline.name]);
  });

  it('in Danish, says Duplikér for a copy of a scenario, not the Kopiér of copying to the clipboard', async () => {
    await setup('da');
    expect(screen.getByRole('button', { name: `Duplikér ${baseline.name}` }).textContent).toBe('Duplikér');
    expect(screen.queryByRole('button', { name: /^Kopiér/ })).toBeNull();
  });

  it('says a scenario was added until it is changed, then when it was changed', async () => {
    const { actions } = await setup();
    const when = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.scenario-updated')?.textContent?.split(' ')[0]);
    expect(when()).toEqual(['added', 'added']);
    actions.setAt(['name'], 'Plan B');
    await waitFor(() => expect(when()).toEqual(['changed', 'added']));
  });

  it('lists every error of a file that is not a valid scenario, and changes nothing', async () => {
    const { state } = await setup();
    const bad = { ...baseline, id: 'Not A Slug', periods: baseline.periods.map((p, i) => (i === 0 ? { ...p, years: -1 } : p)) };
    chooseFile(JSON.stringify(bad), 'bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not import bad.json; nothing was changed');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent).sort()).toEqual([
      'Length of period 1 (periods.period1.years): must be above 0',
      'Scenario id (id): must be 1–64 lower-case letters, digits or dashes',
    ]);
    expect(state.entries).toHaveLength(2);
    expect(state.currentId).toBe('baseline');
    fireEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists a file’s errors in the language of the page', async () => {
    await setup('da');
    const input = document.getElementById('scenario-import') as HTMLInputElement;
    const bad = JSON.stringify({ ...baseline, periods: baseline.periods.map((p, i) => (i === 0 ? { ...p, years: -1 } : p)) });
    fireEvent.change(input, { target: { files: [new File([bad], 'bad.json', { type: 'application/json' })] } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Længde af 1. periode (periods.period1.years): skal være over 0']);
  });

  it('reports broken JSON with its line and shows the file’s text as text, not markup', async () => {
    await setup();
    chooseFile('{\n  "name": "<img src=x onerror=alert(1)>",,\n}', 'broken.json');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'File: not valid JSON at line 2, column 42: a field name in double quotes is expected here (is there a comma too many before it?)',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('says in one line that a file is no scenario at all, instead of listing every rule it breaks', async () => {
    await setup('da');
    const input = document.getElementById('scenario-import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{"foo": 1}'], 'andet.json', { type: 'application/json' })] } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Fil: er ikke en scenariefil fra dette værktøj (den har ingen schemaVersion); eksportér et scenarie for at se formatet',
    ]);
  });

  it('imports a valid file as a new scenario and selects it', async () => {
    const { state } = await setup();
    chooseFile(JSON.stringify({ ...baseline, name: '<b>Importeret</b>' }));
    await screen.findByText('Imported “<b>Importeret</b>”.');
    expect(names()).toEqual([baseline.name, 'Evidensbaserede rater', '<b>Importeret</b>']);
    expect(document.querySelector('b')).toBeNull();
    expect((state.draft as { id: string }).id).toBe('baseline-2');
  });

  it('offers the built-in evidence scenario again once it is deleted', async () => {
    const { state } = await setup();
    const offer = () => screen.queryByRole('button', { name: 'Add the built-in scenario “Evidensbaserede rater” again' });
    expect(offer()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Evidensbaserede rater' }));
    fireEvent.click(offer()!);
    expect(names()).toEqual([baseline.name, 'Evidensbaserede rater']);
    expect(state.currentId).toBe('evidence');
    expect(offer()).toBeNull();
    // The undo of the delete is no longer offered: it would add a second copy.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('deletes a scenario and brings it back with Undo', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Evidensbaserede rater' }));
    expect(names()).toEqual([baseline.name]);
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toContain('Deleted “Evidensbaserede rater”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual([baseline.name, 'Evidensbaserede rater']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('renames inline, and Escape cancels', async () => {
    const { state } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Evidensbaserede rater' }));
    const input = screen.getByLabelText('New name for Evidensbaserede rater') as HTMLInputElement;
    enter(input, 'Evidens, skarp');
    fireEvent.submit(input.form!);
    expect(names()).toContain('Evidens, skarp');
    expect(state.entries.find((e) => e.id === 'evidence')?.name).toBe('Evidens, skarp');
    fireEvent.click(screen.getByRole('button', { name: 'Rename Evidens, skarp' }));
    fireEvent.keyDown(screen.getByLabelText('New name for Evidens, skarp'), { key: 'Escape' });
    expect(screen.queryByLabelText('New name for Evidens, skarp')).toBeNull();
  });

  it('creates from the baseline and duplicates, selecting the new scenario', async () => {
    const { state } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'New from baseline' }));
    expect(names()).toContain('New scenario');
    expect(state.entries.find((e) => e.id === state.currentId)?.name).toBe('New scenario');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate New scenario' }));
    expect(names()).toContain('New scenario (2)');
    expect(state.parsed.ok).toBe(true);
  });

  it('exports the current scenario as a JSON download', async () => {
    await setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:scenario'));
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('ansoegningen-som-skrevet-baseline.json');
      expect(this.href).toBe('blob:scenario');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blobs[0].text())).toEqual(baseline);
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:scenario'), { timeout: 2000 });
  });
});
