import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { ForecastTable } from '../../../src/ui/results/ForecastTable';
import { CELLS, HORIZONS, INDICATORS, SEED_LABELS, SEED_LAYOUT, cellIndex, indicatorIndex } from '../../seed-layout';
import type { CellSummary } from '../../../src/engine/summarize';

const zero: CellSummary = { mean: 0, sd: 0, se: 0, p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0, target: null, pMeetsTarget: null, pSe: null };

function cells(): CellSummary[] {
  const all = Array.from({ length: CELLS }, () => ({ ...zero }));
  const growthTotal = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
  all[growthTotal] = { mean: 125.46, sd: 3.2, se: 0.0101, p5: 120, p10: 121, p25: 123, p50: 126, p75: 128, p90: 129, p95: 130, target: 130, pMeetsTarget: 0.0911, pSe: 0.00091 };
  const revenue = cellIndex(indicatorIndex('revenueDkk'), HORIZONS.indexOf('period2'));
  all[revenue] = { mean: 102_700_000, sd: 2e7, se: 63_000, p5: 7e7, p10: 76_900_000, p25: 9e7, p50: 101_300_000, p75: 1.1e8, p90: 130_400_000, p95: 1.4e8, target: 100_000_000, pMeetsTarget: 0.52, pSe: 0.0016 };
  return all;
}

afterEach(cleanup);

const show = (lang: Lang) => render(() => <I18nProvider lang={lang}><ForecastTable cells={cells()} layout={SEED_LAYOUT} labels={SEED_LABELS} /></I18nProvider>);

describe('ForecastTable', () => {
  it('marks a Total cell whose target is only the periods’ sum, with a one-line reason and no colour of met or missed', () => {
    const { container } = render(() => <I18nProvider lang="en"><ForecastTable cells={cells()} layout={SEED_LAYOUT} labels={SEED_LABELS} basisDiffers={new Set(['growthCompanies'])} /></I18nProvider>);
    const td = container.querySelector('[data-cell="growthCompanies:total"]')!;
    expect(td.getAttribute('data-basis')).toBe('differs');
    expect(td.getAttribute('data-band')).toBeNull();
    expect(td.querySelector('.basis')!.textContent).toBe('≠ target is the periods’ sum only');
    expect(td.getAttribute('title')).toContain('≠ the target is only the periods’ sum; this column also counts the years after (see “Project total”)');
    // The other cells are coloured as before, and there is a Project total column.
    expect(container.querySelector('[data-cell="revenueDkk:period2"]')!.getAttribute('data-band')).not.toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Project total' })).toBeTruthy();
  });

  it('has a row per indicator and a column per horizon', () => {
    const { container } = show('en');
    expect(container.querySelectorAll('tbody th[scope="row"]')).toHaveLength(INDICATORS.length);
    expect(container.querySelectorAll('td[data-cell]')).toHaveLength(CELLS);
    expect(screen.getByRole('columnheader', { name: 'Total' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'New growth companies (A1–E2)' })).toBeTruthy();
  });

  it('shows each indicator’s EU code before its name, as the application table has it, and none for one without', () => {
    const { container } = show('en');
    const head = (id: string) => container.querySelector(`[data-cell="${id}:total"]`)!.closest('tr')!.querySelector('th')!;
    expect(head('newJobsFte').querySelector('abbr.indicator-code')!.textContent).toBe('CO08');
    expect(head('supportedCompanies').querySelector('abbr.indicator-code')!.textContent).toBe('CO01');
    expect(head('growthCompanies').querySelector('abbr.indicator-code')).toBeNull();
  });

  it('shows median, P10–P90, mean, target and probability of a cell, coloured by the probability', () => {
    const { container } = show('en');
    const td = container.querySelector('[data-cell="growthCompanies:total"]')!;
    expect(td.querySelector('.median')!.textContent).toBe('126');
    expect(td.querySelector('.range')!.textContent).toBe('121–129');
    expect(td.querySelector('.mean')!.textContent).toBe('Mean 125.5');
    expect(td.querySelector('.target')!.textContent).toBe('Target 130 · 9%');
    expect(td.getAttribute('data-band')).toBe('low');
    expect(td.getAttribute('title')).toContain('Mean 125.46 ± 0.02 (95 %)');
    expect(td.getAttribute('title')).toContain('met in 9.11% of iterations ± 0.18%');
    // The same for screen readers, and the key says where to find it.
    expect(td.querySelector('.sr-only')!.textContent).toBe(td.getAttribute('title'));
    expect(container.querySelector('.cell-key')!.textContent).toContain('Point at a cell, or read it with a screen reader, for its Monte Carlo error.');
  });

  it('writes money in millions with Danish separators, and the largest Monte Carlo error below', () => {
    const { container } = show('da');
    const td = container.querySelector('[data-cell="revenueDkk:period2"]')!;
    expect(td.querySelector('.median')!.textContent).toBe('101,3');
    expect(td.querySelector('.range')!.textContent).toBe('76,9–130,4');
    expect(td.getAttribute('data-band')).toBe('likely');
    expect(screen.getByRole('rowheader', { name: /Skabt omsætning \(A1–E2\)\s*mio\. kr\./ })).toBeTruthy();
    // 1.96 × 0.0016 = 0.3136 → 0,31 percentage points
    expect(screen.getByTestId('mc-error').textContent).toContain('±0,31 procentpoint');
  });

  it('has no target colour where a cell has no target', () => {
    const { container } = show('en');
    expect(container.querySelector('[data-cell="growthCompanies:after5plus"]')!.hasAttribute('data-band')).toBe(false);
  });
});
