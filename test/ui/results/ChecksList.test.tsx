import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { validateScenario } from '../../../src/scenario/parse';
import { coherenceChecks, type Check } from '../../../src/scenario/checks';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { ChecksList } from '../../../src/ui/results/ChecksList';

afterEach(cleanup);

const show = (checks: Check[] | null, lang: Lang) => render(() => <I18nProvider lang={lang}><ChecksList checks={checks} /></I18nProvider>);

describe('ChecksList', () => {
  it('lists each check in the chosen language with its severity', () => {
    const checks: Check[] = [
      { id: 'a', severity: 'error', message: { da: 'Målet er over pladserne.', en: 'The target is above the places.' }, numbers: { target: 10, places: 9 } },
      { id: 'b', severity: 'info', message: { da: 'Bemærk dette.', en: 'Note this.' }, numbers: {} },
    ];
    const { container } = show(checks, 'da');
    expect(screen.getByText('Målet er over pladserne.')).toBeTruthy();
    expect(container.querySelector('[data-check="a"] .badge')!.textContent).toBe('Fejl');
    expect(container.querySelector('[data-check="b"]')!.getAttribute('data-severity')).toBe('info');
  });

  it('says so when there is nothing to report', () => {
    show([], 'en');
    expect(screen.getByText('No contradictions found between targets, capacities and assumptions.')).toBeTruthy();
  });

  it('claims nothing when there is no scenario to check (every scenario deleted)', () => {
    show(null, 'da');
    expect(screen.getByText('Intet gyldigt scenarie at tjekke: ret det åbne, eller åbn eller opret et andet.')).toBeTruthy();
    expect(screen.queryByText('Ingen modsigelser mellem mål, kapacitet og antagelser.')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('Sammenhængstjek ');
  });

  it('shows the checks the scenario layer finds in the baseline', () => {
    const parsed = validateScenario(baseline);
    if (!parsed.ok) throw new Error('baseline does not validate');
    const checks = coherenceChecks(parsed.value);
    const { container } = show(checks, 'en');
    expect(container.querySelectorAll('li.check')).toHaveLength(checks.length);
    expect(screen.getByRole('heading', { name: `Coherence checks ${checks.length}` })).toBeTruthy();
  });
});
