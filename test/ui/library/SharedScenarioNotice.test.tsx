import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import baselineV1 from '../../fixtures/v1/baseline.json';
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { ScenarioLibrary } from '../../../src/ui/library/ScenarioLibrary';
import { shareFragment } from '../../../src/ui/export/share-link';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';

/** The scenario list opened at a URL with `hash`, as the app opens a share link. */
async function open(hash: string, lang: Lang = 'en') {
  history.replaceState(null, '', `/${hash}`);
  const store = createScenarioStore({ persistence: memoryPersistence() });
  await store.loaded;
  const before = store.state.entries.length;
  render(() => (
    <I18nProvider lang={lang}>
      <ScenarioProvider store={store}>
        <ScenarioLibrary />
      </ScenarioProvider>
    </I18nProvider>
  ));
  return { store, before };
}

const names = () => [...document.querySelectorAll('.scenario-list .scenario-name')].map((n) => n.textContent);
// A share link of the first format, as planners have them.
const withA1Period1 = (units: number) => {
  const doc = structuredClone(baselineV1);
  doc.activities.A1.units.period1 = units;
  return JSON.stringify(doc);
};

const v1Link = readFileSync(resolve(import.meta.dirname, '../../fixtures/v1/baseline.share-link.txt'), 'utf8').trim();

afterEach(cleanup);

describe('opening a share link beside the scenario list', () => {
  it('adds the scenario as a new one, under a name no other has, says so in a status message, and removes the fragment', async () => {
    const { store, before } = await open(await shareFragment(JSON.stringify(baseline)));
    const status = await screen.findByText(`The shared scenario “${baseline.name} (shared)” was added as a new scenario.`);
    expect(status.closest('[role=status]')).toBeTruthy();
    expect(status.closest('.scenario-library')).toBeTruthy();
    expect(store.state.entries).toHaveLength(before + 1);
    expect(names()).toEqual([baseline.name, 'Evidensbaserede rater', `${baseline.name} (shared)`]);
    expect(store.state.currentId).not.toBe('baseline');
    expect(location.hash).toBe('');
  });

  it('names the copy in the language of the page', async () => {
    await open(await shareFragment(JSON.stringify(baseline)), 'da');
    await screen.findByText(/blev tilføjet som et nyt scenarie\./);
    expect(names()).toContain(`${baseline.name} (delt)`);
  });

  it('adds a scenario with errors as a draft, its errors in the message and in the store', async () => {
    const { store, before } = await open(await shareFragment(withA1Period1(-1)));
    const status = await screen.findByRole('status');
    await screen.findByText(/was added as a draft: it has 1 field with errors, listed under Assumptions/);
    expect(status.textContent).toContain(`“${baseline.name} (shared)”`);
    expect(store.state.entries).toHaveLength(before + 1);
    expect(store.state.parsed.ok).toBe(false);
    expect(!store.state.parsed.ok && store.state.parsed.errors.map((e) => e.path)).toEqual(['activities.A1.units.period1']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a tampered link, says so and changes nothing', async () => {
    const f = await shareFragment(JSON.stringify(baseline));
    const { store, before } = await open(f.slice(0, -5));
    expect((await screen.findByRole('alert')).textContent).toContain('The share link could not be opened: the link is incomplete or has been altered. Nothing was changed.');
    expect(store.state.entries).toHaveLength(before);
    expect(location.hash).toBe('');
  });

  it('refuses a link that holds no scenario, naming why, and changes nothing', async () => {
    const { store, before } = await open(await shareFragment(JSON.stringify({ schemaVersion: 1, name: 'x' })));
    expect((await screen.findByRole('alert')).textContent).toContain('The share link could not be opened: it does not hold a scenario (periods: is required (a list)). Nothing was changed.');
    expect(store.state.entries).toHaveLength(before);
    expect(store.state.currentId).toBe('baseline');
  });

  it('says why in the language of the page', async () => {
    await open(await shareFragment(JSON.stringify({ ...baseline, schemaVersion: 3 })), 'da');
    expect((await screen.findByRole('alert')).textContent).toContain('Delingslinket kunne ikke åbnes: det indeholder ikke et scenarie (schemaVersion: denne version læser schemaVersion 1 til 2 (en tidligere opdateres, når den læses); filen har 3). Intet blev ændret.');
  });
  it('opens a link of the first format, written before links were deflated', async () => {
    expect(v1Link.startsWith('#s=1.')).toBe(true);
    const { store, before } = await open(v1Link);
    await screen.findByText(`The shared scenario “${baselineV1.name} (shared)” was added as a new scenario.`);
    expect(store.state.entries).toHaveLength(before + 1);
    expect(store.state.parsed.ok).toBe(true);
    expect(location.hash).toBe('');
  });

  it('refuses a link of a format it does not read, naming the format, and changes nothing', async () => {
    const f = await shareFragment(JSON.stringify(baseline));
    const { store, before } = await open(f.replace('#s=2.', '#s=3.'));
    expect((await screen.findByRole('alert')).textContent).toContain('The share link could not be opened: the link is in format 3, which this version of the workbench does not read (it reads formats 1 and 2); it was probably made by a newer version. Nothing was changed.');
    expect(store.state.entries).toHaveLength(before);
    expect(store.state.currentId).toBe('baseline');
    expect(location.hash).toBe('');
  });

  it('refuses a link whose base64url was mangled, as altered', async () => {
    const f = await shareFragment(JSON.stringify(baseline));
    const { store, before } = await open(`${f.slice(0, 40)}%20${f.slice(40)}`);
    expect((await screen.findByRole('alert')).textContent).toContain('the link is incomplete or has been altered. Nothing was changed.');
    expect(store.state.entries).toHaveLength(before);
  });

  it('refuses a link that would unpack to more than 2 MB, in the language of the page, and changes nothing', async () => {
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 }).toString('base64url');
    const { store, before } = await open(`#s=2.00000000.${bomb}`, 'da');
    expect((await screen.findByRole('alert')).textContent).toContain('Delingslinket kunne ikke åbnes: scenariet i det ville fylde mere end 2 MB udpakket. Intet blev ændret.');
    expect(store.state.entries).toHaveLength(before);
    expect(store.state.currentId).toBe('baseline');
  });
});
