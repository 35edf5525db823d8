import { SEED_LABELS, SEED_LAYOUT } from '../../seed-layout';
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { HORIZONS, cellIndex, indicatorIndex } from '../../seed-layout';
import type { SolveResult } from '../../../src/engine/analysis/solve';
import { I18nProvider, type Lang } from '../../../src/ui/i18n';
import { SolveAnswer } from '../../../src/ui/analysis/SolveAnswer';
import type { SolveQuestion } from '../../../src/ui/analysis/solve-text';

afterEach(cleanup);

const question: SolveQuestion = {
  path: 'activities.A1.routing.proceed',
  kind: 'probability',
  cell: cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total')),
  confidence: 0.8,
  target: 130,
  bounds: [0, 1],
};
const current = { type: 'pert', min: 0.4, mode: 0.5, max: 0.6 } as const;

function sentence(lang: Lang, result: SolveResult, q = question): string {
  const { container } = render(() => (
    <I18nProvider lang={lang}>
      <SolveAnswer scenario={{ layout: SEED_LAYOUT, labels: SEED_LABELS }} question={q} result={result} current={current} iterations={5000} seed="1" />
    </I18nProvider>
  ));
  return container.querySelector('.sentence')!.textContent!;
}

// Danish puts a no-break space between a number and its unit, as Intl does.
describe('the solver’s answer in words', () => {
  it('says in English how high the input must be', () => {
    expect(sentence('en', { found: true, median: 0.62, probability: 0.803, direction: 'at least', searched: [0.1, 0.9] }))
      .toBe('The mobilisation rate (A1) must be at least 62% for an 80% chance of 130 new growth companies (A1–E2), total.');
  });

  it('says it in Danish, with Danish number formats', () => {
    expect(sentence('da', { found: true, median: 0.625, probability: 0.81, direction: 'at least', searched: [0.1, 0.9] }))
      .toBe('Mobiliseringsraten (A1) skal være mindst 62,5\u00a0% for at have 80\u00a0% chance for 130 nye vækstvirksomheder (A1–E2), i alt.');
  });

  it('says "at most" when less of the input helps', () => {
    expect(sentence('en', { found: true, median: 0.3, probability: 0.9, direction: 'at most', searched: [0.1, 0.9] }, { ...question, confidence: 0.9 }))
      .toMatch(/^The mobilisation rate \(A1\) must be at most 30% for a 90% chance of/);
  });

  it('says when no value in the allowed range is enough, and what the best gives', () => {
    const text = sentence('en', { found: false, best: 0.7, probabilityAtBest: 0.412, searched: [0.1, 0.9] });
    expect(text).toBe('No value of the mobilisation rate (A1) between 10% and 90% gives an 80% chance of 130 new growth companies (A1–E2), total. The best is 70%, with a 41.2% chance.');
    expect(sentence('da', { found: false, best: 0.7, probabilityAtBest: 0.412, searched: [0.1, 0.9] })).toContain('Det bedste er 70\u00a0%, med 41,2\u00a0% chance.');
  });
});

describe('an answer that crosses a check', () => {
  it('says so beside the answer, in the page’s language', () => {
    const crossed = [{ id: 'growth.fteBelowDefinition', severity: 'warning' as const, numbers: {}, message: { en: 'below the floor (en)', da: 'under gulvet (da)' } }];
    const { container } = render(() => (
      <I18nProvider lang="en">
        <SolveAnswer scenario={{ layout: SEED_LAYOUT, labels: SEED_LABELS }} question={question} result={{ found: true, median: 0.62, probability: 0.8, direction: 'at least', searched: [0.1, 0.9] }} current={current} iterations={5000} seed="1" crossed={crossed} />
      </I18nProvider>
    ));
    const note = container.querySelector('[data-testid="solve-crossed"]')!;
    expect(note.textContent).toBe('This answer crosses a check of the scenario:below the floor (en)');
    expect(note.querySelector('li')!.getAttribute('data-check')).toBe('growth.fteBelowDefinition');
  });
});
