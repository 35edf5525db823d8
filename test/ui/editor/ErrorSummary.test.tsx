import { cleanup, fireEvent, render, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { AssumptionsEditor } from '../../../src/ui/editor/AssumptionsEditor';
import { fieldId } from '../../../src/ui/editor/field-errors';
import { fieldLabel } from '../../../src/scenario/labels';
import { getAt } from '../../../src/scenario/doc-path';
import { useI18n, type Lang } from '../../../src/ui/i18n';
import { getIn } from '../../../src/ui/store/draft-path';
import { enter } from '../enter';
import { renderWithStore } from '../render-with-store';

// Validation errors as a planner meets them in the editor, in both languages. Fields are
// found by id (the editor's DOM is large; see AssumptionsEditor.test.tsx).
const field = (path: string) => document.getElementById(fieldId(path)) as HTMLInputElement;
const nbsp = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');
const reasonAt = (path: string) => nbsp(document.getElementById(`${fieldId(path)}-error`)?.textContent) || null;
const labelOf = (path: string) => [...(field(path).labels ?? [])].map((l) => l.textContent).join(' ');
const summary = () => [...document.querySelectorAll('.error-summary li')].map((li) => nbsp(li.textContent));

let switchLang: (l: Lang) => void;
function LangSwitch() {
  switchLang = useI18n().setLang;
  return null;
}

async function setup(lang: Lang) {
  const { store } = await renderWithStore(() => (
    <>
      <LangSwitch />
      <AssumptionsEditor />
    </>
  ), { lang });
  return store;
}

async function openAll() {
  for (const d of document.querySelectorAll('details')) d.open = true;
  await waitFor(() => expect(document.querySelectorAll('details > .activity-body')).toHaveLength(11), { timeout: 5000 });
}

const FILL_B = 'activities.B.recruitment.fillRate';

async function openActivity(id: string) {
  (document.getElementById(`activity-${id}`) as HTMLDetailsElement).open = true;
  await waitFor(() => expect(field(`activities.${id}.companiesPerUnit`)).not.toBeNull());
}

describe('validation errors in the editor', () => {
  afterEach(cleanup);

  it.each([
    ['en', 'must be a whole number', 'must be at least 0', 'A1: Units per period: Period 1 – must be a whole number'],
    ['da', 'skal være et helt tal', 'skal være mindst 0', 'A1: Antal pr. periode: 1. periode – skal være et helt tal'],
  ] as const)('%s: field rules in the UI’s language, the summary naming the field by its label', async (lang, whole, atLeast, line) => {
    await setup(lang);
    enter(field('activities.A1.units.period1'), lang === 'da' ? '2,5' : '2.5');
    enter(field('activities.A1.units.period2'), '-3');
    expect(reasonAt('activities.A1.units.period1')).toBe(whole);
    expect(reasonAt('activities.A1.units.period2')).toBe(atLeast);
    expect(summary()).toContain(line);
    expect(summary().join('\n')).not.toMatch(/activities\./);
  });

  it.each([
    ['en', 'must be a number; it is empty'],
    ['da', 'skal være et tal; feltet er tomt'],
  ] as const)('%s: an emptied number field asks for a number', async (lang, reason) => {
    await setup(lang);
    enter(field('activities.A1.companiesPerUnit'), '');
    enter(field('activities.A1.routing.proceed.max'), '');
    expect(reasonAt('activities.A1.companiesPerUnit')).toBe(reason);
    expect(reasonAt('activities.A1.routing.proceed.max')).toBe(reason);
    expect(summary().join('\n')).not.toMatch(/expected number|received/);
  });

  it.each([
    ['en', 'must be a number; it is empty'],
    ['da', 'skal være et tal; feltet er tomt'],
  ] as const)('%s: an emptied plain-number input (a route share) marks its own field', async (lang, reason) => {
    const { actions } = await setup(lang);
    const share = 'activities.A1.routing.to.C';
    actions.setAt(share.split('.'), 0.005);
    expect(field(share).tagName).toBe('INPUT');
    enter(field(share), '');
    expect(field(share).getAttribute('aria-invalid')).toBe('true');
    expect(reasonAt(share)).toBe(reason);
  });

  it('marks every route share when together they can pass 100 %', async () => {
    const { state, actions } = await setup('en');
    actions.setAt(['activities', 'A1', 'routing', 'to', 'B'], 0.095);
    const shares = Object.keys(getIn(state.draft, ['activities', 'A1', 'routing', 'to']) as object).map((to) => `activities.A1.routing.to.${to}`);
    expect(shares.length).toBeGreaterThan(3);
    for (const share of shares) {
      expect(field(share).getAttribute('aria-invalid'), share).toBe('true');
      expect(reasonAt(share), share).toMatch(/^the shares can add up to 106 %/);
    }
  });

  it.each([
    ['en', 'must be at most 100 %', 'A1: Seats filled: Maximum – 120 % is above 100 %, the highest possible value'],
    ['da', 'må højst være 100 %', 'A1: Andel af pladser besat: Maksimum – 120 % er over 100 %, den højest mulige værdi'],
  ] as const)('%s: Maximum = 120 % marks the Maximum field itself, in percent', async (lang, reason, line) => {
    await setup(lang);
    const max = 'activities.A1.recruitment.fillRate.max';
    enter(field(max), '120');
    expect(field(max).getAttribute('aria-invalid')).toBe('true');
    expect(reasonAt(max)).toBe(reason);
    expect(field('activities.A1.recruitment.fillRate.min').getAttribute('aria-invalid')).toBeNull();
    expect(field('activities.A1.recruitment.fillRate').getAttribute('aria-invalid')).toBeNull();
    expect(summary()).toEqual([line]);
    // The path stays as a tooltip for those who also edit the file.
    expect(document.querySelector('.error-summary a')!.getAttribute('title')).toBe(max);
  });

  it('switches the messages with the language', async () => {
    await setup('en');
    enter(field('activities.A1.recruitment.fillRate.max'), '120');
    expect(reasonAt('activities.A1.recruitment.fillRate.max')).toBe('must be at most 100 %');
    switchLang('da');
    expect(reasonAt('activities.A1.recruitment.fillRate.max')).toBe('må højst være 100 %');
    expect(summary()[0]).toMatch(/^A1: Andel af pladser besat: Maksimum – /);
  });

  it.each([
    ['en', 'a PERT distribution with 5th percentile 85 %, most likely 95 % and 95th percentile 99 % would go above 100 %; choose Beta, or lower the 95th percentile to at most 98.5 %', 'B: Seats filled: 95th percentile'],
    ['da', 'en PERT-fordeling med 5 %-fraktil 85 %, mest sandsynlig 95 % og 95 %-fraktil 99 % ville gå over 100 %; vælg Beta, eller sæt 95 %-fraktil til højst 98,5 %', 'B: Andel af pladser besat: 95 %-fraktil'],
  ] as const)('%s: a PERT 90 % interval near 100 % on B’s seats filled says what is wrong and what to do', async (lang, reason, label) => {
    const { state, actions } = await setup(lang);
    actions.setAt(FILL_B.split('.'), { type: 'pert', p5: 0.85, mode: 0.95, p95: 0.99 });
    await openActivity('B');
    expect(field(`${FILL_B}.p95`).getAttribute('aria-invalid')).toBe('true');
    expect(reasonAt(`${FILL_B}.p95`)).toBe(reason);
    expect(summary()).toEqual([`${label} – ${reason}`]);
    // Choosing Beta, as the message says, takes the same interval.
    fireEvent.change(field(FILL_B), { target: { value: 'beta' } });
    expect(state.parsed.ok).toBe(true);
    expect(getAt(state.draft, FILL_B.split('.'))).toMatchObject({ type: 'beta', p5: 0.85, p95: 0.99 });
  });

  it('the other way the message offers: the suggested 95th percentile is accepted', async () => {
    const { state, actions } = await setup('en');
    actions.setAt(FILL_B.split('.'), { type: 'pert', p5: 0.85, mode: 0.95, p95: 0.99 });
    await openActivity('B');
    enter(field(`${FILL_B}.p95`), '98.5');
    expect(state.parsed.ok).toBe(true);
    expect(field(`${FILL_B}.p95`).getAttribute('aria-invalid')).toBeNull();
  });

  it('the summary’s link to a rule two fields break focuses the first of them', async () => {
    const { actions } = await setup('en');
    actions.setAt(['activities', 'A1', 'routing', 'proceed', 'mode'], 1.5);
    const link = document.querySelector('.error-summary a') as HTMLAnchorElement;
    expect(link.textContent).toBe('A1: Share that mobilises and goes on');
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement).toBe(field('activities.A1.routing.proceed.mode')));
    expect(location.hash).toBe('');
  });

  it.each([
    ['en', 'One field needs putting right', '2 fields need putting right'],
    ['da', 'Ét felt skal rettes', '2 felter skal rettes'],
  ] as const)('%s: counts the fields it marks, in the language’s plural: a most likely value above the maximum marks two', async (lang, one, two) => {
    const { actions } = await setup(lang);
    const head = () => document.querySelector('.error-summary > p')!.textContent!;
    actions.setAt(['activities', 'A1', 'units', 'period1'], -1);
    expect(head()).toMatch(new RegExp(`^${one};`));
    actions.setAt(['activities', 'A1', 'units', 'period1'], 6);
    actions.setAt(['activities', 'A1', 'routing', 'proceed', 'mode'], 1.5);
    // One rule, broken by the most likely value and the maximum together: both are marked, so two fields.
    expect(document.querySelectorAll('.error-summary li')).toHaveLength(1);
    expect(head()).toMatch(new RegExp(`^${two};`));
  });

  it('the mobilisation field speaks Danish too', async () => {
    const { actions } = await setup('da');
    const error = () => nbsp(document.getElementById('mobilisation-error')!.textContent);
    enter(document.getElementById('mobilisation')!, '150');
    expect(error()).toBe('må højst være 100 %');
    enter(document.getElementById('mobilisation')!, '50');
    actions.setAt(['activities', 'A1', 'routing', 'proceed', 'mode'], 1.5);
    expect(error()).toBe('Mest sandsynlig (150 %) må ikke være over maksimum (60 %)');
  });

  it.each(['en', 'da'] as const)('%s: the summary’s label of a field is the label the editor gives it', async (lang) => {
    await setup(lang);
    await openAll();
    const paths = [
      'activities.A1.units.period1', 'activities.B.companiesPerUnit', 'activities.A1.recruitment.fillRate.max',
      'activities.A1.routing.proceed.mode', 'activities.A1.routing.to.A2.value', 'activities.B.growthProbability.min',
      'periods.period2.years', 'outcomes.growth.lagYears.mode', 'outcomes.growth.ftePerGrowthCompany.cv',
      'outcomes.cofinancingPerSupportedCompanyDkk.minimum', 'outcomes.innovation.newToMarket.probability.max',
    ].filter((p) => field(p));
    expect(paths.length).toBeGreaterThan(8);
    for (const p of paths) expect(labelOf(p), p).toBe(fieldLabel(p, lang));
  });

  it('offers to remove a field the scenario does not know, which the editor has no place for', async () => {
    const { state, actions } = await setup('da');
    actions.setAt(['activities', 'A1', 'colour'], 'blue');
    await waitFor(() => expect(summary()).toHaveLength(1));
    expect(summary()[0]).toContain('er ikke et kendt felt');
    const remove = document.querySelector('.error-summary li button') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Fjern det ukendte felt activities.A1.colour fra scenariet');
    fireEvent.click(remove);
    await waitFor(() => expect(state.parsed.ok).toBe(true));
    expect(document.querySelector('.error-summary')).toBeNull();
  });
});
