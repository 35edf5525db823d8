import { cleanup, fireEvent, render, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMIT_PAUSE_MS } from '../../../src/ui/editor/NumberField';
import { AssumptionsEditor } from '../../../src/ui/editor/AssumptionsEditor';
import { fieldId } from '../../../src/ui/editor/field-errors';
import { I18nProvider, useI18n, type Lang } from '../../../src/ui/i18n';
import { getIn } from '../../../src/ui/store/draft-path';
import { specForm as specOf } from '../../../src/ui/editor/input-spec';
import { memoryPersistence } from '../../../src/ui/store/persistence';
import { ScenarioProvider } from '../../../src/ui/store/scenario-context';
import { createScenarioStore } from '../../../src/ui/store/scenario-store';
import { enter } from '../enter';
import { renderWithStore } from '../render-with-store';

// The editor has some 2000 elements; testing-library's label queries take seconds on a DOM
// that size in jsdom, so fields are found by their ids and their labels checked directly.
const PROCEED = ['activities', 'A1', 'routing', 'proceed'];
const field = (path: (string | number)[] | string) => document.getElementById(fieldId(path)) as HTMLInputElement;
const labelOf = (el: HTMLElement) => [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ');
const reasonAt = (el: HTMLElement) => document.getElementById(`${el.id}-error`)?.textContent ?? null;
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

let switchLang: (l: Lang) => void;
function LangSwitch() {
  switchLang = useI18n().setLang;
  return null;
}

async function setup(lang: Lang = 'en', focus?: () => string | undefined) {
  const { store } = await renderWithStore(() => (
    <>
      <LangSwitch />
      <AssumptionsEditor focus={focus?.()} />
    </>
  ), { lang });
  return store;
}

describe('AssumptionsEditor', () => {
  afterEach(cleanup);

  it('shows mobilisation as a percentage and moves the whole range when it changes', async () => {
    const { state } = await setup();
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    expect(labelOf(input)).toBe('Mobilisation');
    expect(input.value).toBe('50');
    enter(input, '35');
    expect(getIn(state.draft, PROCEED)).toMatchObject({ type: 'pert', min: 0.25, mode: 0.35, max: 0.45 });
    expect(state.parsed.ok).toBe(true);
  });

  it('keeps the range’s spread whatever the mobilisation passes through while typing', async () => {
    const { state } = await setup();
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    const original = getIn(state.draft, PROCEED);
    input.focus();
    // Typed key by key: 3 %, 35 %, then back to 5 % and 50 %; and 150 % on the way to 50 %.
    for (const typed of ['3', '35', '5', '50', '15', '150', '15', '1', '', '5', '50']) enter(input, typed);
    expect(getIn(state.draft, PROCEED)).toEqual(original);
    enter(input, '3');
    enter(input, '35');
    expect(getIn(state.draft, PROCEED)).toMatchObject({ min: 0.25, mode: 0.35, max: 0.45 });
    input.blur();
    // Across visits too: 95 % cuts the maximum at 100 %, and 50 % afterwards has the spread back.
    input.focus();
    enter(input, '95');
    expect(getIn(state.draft, PROCEED)).toMatchObject({ min: 0.85, mode: 0.95, max: 1 });
    input.blur();
    input.focus();
    enter(input, '50');
    expect(getIn(state.draft, PROCEED)).toEqual(original);
    expect(state.parsed.ok).toBe(true);
  });

  it('steps a number with the arrow keys: by 1, by 0.1 where it has decimals, ten times that with Shift', async () => {
    const { state } = await setup('da');
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('51');
    expect(getIn(state.draft, PROCEED)).toMatchObject({ min: 0.41, mode: 0.51, max: 0.61 });
    fireEvent.keyDown(input, { key: 'ArrowDown', shiftKey: true });
    expect(input.value).toBe('41');
    // They stop at 0 and, for a percentage, at 100.
    for (let i = 0; i < 8; i++) fireEvent.keyDown(input, { key: 'ArrowUp', shiftKey: true });
    expect(input.value).toBe('100');
    for (let i = 0; i < 15; i++) fireEvent.keyDown(input, { key: 'ArrowDown', shiftKey: true });
    expect(input.value).toBe('0');
    enter(input, '41');
    const perUnit = field(['activities', 'A1', 'companiesPerUnit']);
    fireEvent.keyDown(perUnit, { key: 'ArrowDown' });
    expect(perUnit.value).toBe('10,7');
    expect(getIn(state.draft, ['activities', 'A1', 'companiesPerUnit'])).toBe(10.7);
    // Leaving the field writes the number as it was read.
    enter(perUnit, '3.5');
    fireEvent.blur(perUnit);
    expect(perUnit.value).toBe('3,5');
    enter(perUnit, '10.8');
    // Not a number: the arrows leave the text alone.
    enter(perUnit, 'abc');
    fireEvent.keyDown(perUnit, { key: 'ArrowUp' });
    expect(perUnit.value).toBe('abc');
  });

  it('refuses a mobilisation outside 0–100 % at the field, keeping the range as it was', async () => {
    const { state, actions } = await setup();
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    const original = getIn(state.draft, PROCEED);
    enter(input, '150');
    expect(nbsp(reasonAt(input)!)).toBe('must be at most 100 %');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(getIn(state.draft, PROCEED)).toEqual(original);
    // The draft is not what the field says, so it is invalid, naming the field: nothing runs on it.
    expect(state.parsed.ok).toBe(false);
    expect(!state.parsed.ok && state.parsed.errors.map((e) => [e.path, e.code])).toEqual([['mobilisation', 'outOfRange']]);
    expect(state.fieldTexts.mobilisation).toMatchObject({ text: '150', path: 'activities.A1.routing.proceed' });
    input.blur();
    enter(input, '-10');
    expect(nbsp(reasonAt(input)!)).toBe('must be at least 0 %');
    expect(getIn(state.draft, PROCEED)).toEqual(original);
    enter(input, '45');
    expect(reasonAt(input)).toBeNull();
    expect(getIn(state.draft, PROCEED)).toMatchObject({ min: 0.35, mode: 0.45, max: 0.55 });
    expect(state.parsed.ok).toBe(true);
    expect(state.fieldTexts).toEqual({});
    // A range changed elsewhere replaces what was typed, and with it the refusal.
    enter(input, '150');
    expect(nbsp(reasonAt(input)!)).toBe('must be at most 100 %');
    actions.setAt(PROCEED, { type: 'pert', min: 0.2, mode: 0.3, max: 0.4 });
    expect(reasonAt(input)).toBeNull();
    expect(input.value).toBe('30');
  });

  it('takes what is typed only at a pause, on leaving the field or with Enter: "1" and "15" are never entries on the way to "150"', async () => {
    vi.useFakeTimers();
    try {
      const { state } = await setup();
      const input = document.getElementById('mobilisation') as HTMLInputElement;
      const perUnit = field(['activities', 'A1', 'companiesPerUnit']);
      const original = getIn(state.draft, PROCEED);
      input.focus();
      for (const typed of ['1', '15', '150']) {
        fireEvent.input(input, { target: { value: typed } });
        vi.advanceTimersByTime(COMMIT_PAUSE_MS - 100);
        expect(getIn(state.draft, PROCEED)).toEqual(original);
        expect(state.parsed.ok).toBe(true);
      }
      vi.advanceTimersByTime(100);
      expect(state.parsed.ok).toBe(false);
      expect(getIn(state.draft, PROCEED)).toEqual(original);
      // Leaving a field takes it at once; so does Enter.
      fireEvent.input(perUnit, { target: { value: '2' } });
      fireEvent.input(perUnit, { target: { value: '2500' } });
      fireEvent.blur(perUnit);
      expect(getIn(state.draft, ['activities', 'A1', 'companiesPerUnit'])).toBe(2500);
      expect(nbsp(reasonAt(perUnit)!)).toBe('must be at most 1,000');
      fireEvent.input(perUnit, { target: { value: '12' } });
      fireEvent.keyDown(perUnit, { key: 'Enter' });
      expect(getIn(state.draft, ['activities', 'A1', 'companiesPerUnit'])).toBe(12);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a refused mobilisation again after a reload, with its error, the draft still invalid', async () => {
    const persistence = memoryPersistence();
    const first = createScenarioStore({ persistence, saveDelayMs: 0 });
    await first.loaded;
    render(() => (
      <I18nProvider lang="en">
        <ScenarioProvider store={first}>
          <AssumptionsEditor />
        </ScenarioProvider>
      </I18nProvider>
    ));
    enter(document.getElementById('mobilisation')!, '150');
    await first.actions.flush();
    cleanup();
    const again = createScenarioStore({ persistence });
    await again.loaded;
    render(() => (
      <I18nProvider lang="en">
        <ScenarioProvider store={again}>
          <AssumptionsEditor />
        </ScenarioProvider>
      </I18nProvider>
    ));
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    expect(input.value).toBe('150');
    expect(nbsp(reasonAt(input)!)).toBe('must be at most 100 %');
    expect(again.state.parsed.ok).toBe(false);
    // The last valid scenario is the one before the refused entry: 50 %.
    expect(getIn(again.state.lastValid!.scenario, PROCEED)).toMatchObject({ mode: 0.5 });
  });

  it('says so when the mobilisation field is emptied, and keeps the range as it was', async () => {
    const { state } = await setup('da');
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    const original = getIn(state.draft, PROCEED);
    enter(input, '');
    expect(reasonAt(input)).toBe('skal være et tal; feltet er tomt');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(getIn(state.draft, PROCEED)).toEqual(original);
    enter(input, '45');
    expect(reasonAt(input)).toBeNull();
  });

  it('starts again from a range changed elsewhere while the field has the focus', async () => {
    const { state, actions } = await setup();
    const input = document.getElementById('mobilisation') as HTMLInputElement;
    input.focus();
    enter(input, '45');
    // Another tab's save taken in, say: a wider range.
    actions.setAt(PROCEED, { type: 'pert', min: 0.2, mode: 0.5, max: 0.8 });
    enter(input, '40');
    expect(getIn(state.draft, PROCEED)).toMatchObject({ min: 0.1, mode: 0.4, max: 0.7 });
  });

  it('shows a note in the page’s language, and keeps what the planner writes as their note', async () => {
    const { state } = await setup('da');
    const note = () => document.getElementById(`${fieldId(PROCEED)}-note`) as HTMLTextAreaElement;
    expect(note().value).toMatch(/^Mobilisering: »typisk omkring halvdelen af virksomhederne mobiliserer/);
    switchLang('en');
    await waitFor(() => expect(note().value).toMatch(/^Mobilisation: 'typically about half mobilise/));
    enter(note(), 'Our own count: 26 of 60.');
    expect((getIn(state.draft, PROCEED) as { note: unknown }).note).toBe('Our own count: 26 of 60.');
    switchLang('da');
    await waitFor(() => expect(note().value).toBe('Our own count: 26 of 60.'));
  });

  it('is labelled in Danish, with Danish decimal commas', async () => {
    await setup('da');
    expect(labelOf(document.getElementById('mobilisation')!)).toBe('Mobilisering');
    expect(field(['activities', 'A1', 'companiesPerUnit']).value).toBe('10,8');
    switchLang('en');
    expect(labelOf(document.getElementById('mobilisation')!)).toBe('Mobilisation');
    expect(field(['activities', 'A1', 'companiesPerUnit']).value).toBe('10.8');
  });

  it('labels every field', async () => {
    await setup();
    for (const d of document.querySelectorAll('details')) d.open = true;
    await waitFor(() => expect(document.querySelectorAll('details > .activity-body')).toHaveLength(11), { timeout: 5000 });
    // el.labels walks the whole document in jsdom; look the labels up once instead.
    const byFor = new Map([...document.querySelectorAll('label[for]')].map((l) => [l.getAttribute('for'), l.textContent ?? '']));
    const named = (el: Element) => (el.id && byFor.get(el.id)) || el.closest('label')?.textContent || el.getAttribute('aria-label');
    const controls = [...document.querySelectorAll('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(100);
    const unlabelled = controls.filter((el) => !named(el)?.trim());
    expect(unlabelled.map((el) => el.id || el.outerHTML)).toEqual([]);
  });

  it('updates the draft when a field changes, and the field follows edits made elsewhere', async () => {
    const { state } = await setup();
    const mode = field([...PROCEED, 'mode']);
    expect(labelOf(mode)).toBe('A1: Share that mobilises and goes on: Most likely');
    expect(mode.value).toBe('50');
    enter(mode, '45');
    expect(getIn(state.draft, [...PROCEED, 'mode'])).toBe(0.45);
    enter(document.getElementById('mobilisation')!, '55');
    expect(mode.value).toBe('55');
    enter(field(['activities', 'A1', 'units', 'period2']), '20');
    expect(getIn(state.draft, ['activities', 'A1', 'units', 'period2'])).toBe(20);
  });

  it('marks an invalid value at its field with the reason, and clears it when fixed', async () => {
    const { state } = await setup();
    const seats = field(['activities', 'A1', 'units', 'period1']);
    expect(labelOf(seats)).toBe('A1: Units per period: Period 1');
    enter(seats, '2.5');
    expect(state.parsed.ok).toBe(false);
    expect(seats.getAttribute('aria-invalid')).toBe('true');
    expect(seats.getAttribute('aria-describedby')).toContain(`${seats.id}-error`);
    expect(reasonAt(seats)).toBe('must be a whole number');
    enter(seats, '6');
    expect(seats.getAttribute('aria-invalid')).toBeNull();
    expect(reasonAt(seats)).toBeNull();
  });

  it('marks the fields that break a rule together, each saying how it relates to the other', async () => {
    const { state } = await setup();
    enter(field([...PROCEED, 'mode']), '150');
    expect(state.parsed.ok).toBe(false);
    expect(document.getElementById('mobilisation')!.getAttribute('aria-invalid')).toBe('true');
    expect(nbsp(reasonAt(document.getElementById('mobilisation')!)!)).toBe('Most likely (150 %) must not be above maximum (60 %)');
    const [mode, max] = [field([...PROCEED, 'mode']), field([...PROCEED, 'max'])];
    expect(mode.getAttribute('aria-invalid')).toBe('true');
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(nbsp(reasonAt(mode)!)).toBe('must not be above maximum (60 %)');
    expect(nbsp(reasonAt(max)!)).toBe('must not be below most likely (150 %)');
    expect(field([...PROCEED, 'min']).getAttribute('aria-invalid')).toBeNull();
    expect(nbsp(document.querySelector('.error-summary li')!.textContent!)).toBe('A1: Share that mobilises and goes on – Most likely (150 %) must not be above maximum (60 %)');
  });

  it('shows an error of the distribution as a whole at its type', async () => {
    const { actions } = await setup();
    actions.setAt(PROCEED, { type: 'lognormal', mu: -1, sigma: 0.2 });
    const type = field(PROCEED);
    expect(labelOf(type)).toBe('A1: Share that mobilises and goes on: Distribution');
    expect(type.getAttribute('aria-invalid')).toBe('true');
    expect(reasonAt(type)).toBe('a lognormal distribution has no upper limit; use Beta or PERT for a probability');
    expect(field([...PROCEED, 'mu']).getAttribute('aria-invalid')).toBeNull();
  });

  it('reads an amount typed with the language’s thousands mark as thousands, not as a decimal', async () => {
    const MINIMUM = ['outcomes', 'cofinancingPerSupportedCompanyDkk', 'minimum'];
    const { state } = await setup('en');
    for (const d of document.querySelectorAll('details')) d.open = true;
    await waitFor(() => expect(field(MINIMUM)).not.toBeNull(), { timeout: 5000 });
    enter(field(MINIMUM), '55,000');
    expect(getIn(state.draft, MINIMUM)).toBe(55000);
    switchLang('da');
    enter(field(MINIMUM), '45.000');
    expect(getIn(state.draft, MINIMUM)).toBe(45000);
    enter(field(MINIMUM), '45,5');
    expect(getIn(state.draft, MINIMUM)).toBe(45.5);
  });

  it('says so at the field when the text is not a number, and keeps it in the draft as typed', async () => {
    const { state } = await setup();
    const years = field(['activities', 'A1', 'companiesPerUnit']);
    enter(years, 'abc');
    expect(years.value).toBe('abc');
    expect(getIn(state.draft, ['activities', 'A1', 'companiesPerUnit'])).toBe('abc');
    expect(reasonAt(years)).toBe('enter a number');
  });

  it('switches a distribution between a 90 % interval and its parameters, and changes its type', async () => {
    const { state } = await setup();
    const toggle = document.querySelector(`#${fieldId(PROCEED)}`)!.closest('fieldset')!.querySelector('.form-toggle input') as HTMLInputElement;
    expect(labelOf(toggle)).toBe('A1: Share that mobilises and goes on: 90 % interval');
    fireEvent.click(toggle);
    expect(Object.keys(getIn(state.draft, PROCEED) as object).sort()).toEqual(['mode', 'note', 'p5', 'p95', 'type']);
    expect(field([...PROCEED, 'p5'])).toBeTruthy();
    expect(state.parsed.ok).toBe(true);
    fireEvent.change(field(PROCEED), { target: { value: 'fixed' } });
    expect(getIn(state.draft, PROCEED)).toMatchObject({ type: 'fixed', value: 0.5 });
  });

  it('brings a type’s numbers back when it is chosen again, unless a number was changed in between', async () => {
    const { state } = await setup();
    const original = getIn(state.draft, PROCEED);
    const type = document.getElementById(fieldId(PROCEED)) as HTMLSelectElement;
    const choose = (t: string) => fireEvent.change(type, { target: { value: t } });
    choose('normal');
    choose('beta');
    choose('pert');
    expect(getIn(state.draft, PROCEED)).toBe(original);
    choose('normal');
    enter(field([...PROCEED, 'sd']), '5');
    choose('pert');
    expect(getIn(state.draft, PROCEED)).not.toEqual(original);
    expect(state.parsed.ok).toBe(true);
  });

  it('gives back the numbers when the 90 % interval is ticked and unticked, even where the interval cannot be a PERT', async () => {
    const { state } = await setup();
    const fill = ['activities', 'A1', 'recruitment', 'fillRate'];
    const original = getIn(state.draft, fill);
    const toggle = document.getElementById(fieldId(fill))!.closest('fieldset')!.querySelector('.form-toggle input') as HTMLInputElement;
    fireEvent.click(toggle);
    expect(specOf(getIn(state.draft, fill))).toEqual('interval');
    fireEvent.click(toggle);
    expect(getIn(state.draft, fill)).toBe(original);
    expect(state.parsed.ok).toBe(true);
    // Through a uniform and back to a type with a most likely value: the PERT's comes back.
    const type = document.getElementById(fieldId(fill)) as HTMLSelectElement;
    fireEvent.change(type, { target: { value: 'uniform' } });
    fireEvent.change(type, { target: { value: 'triangular' } });
    expect(getIn(state.draft, fill)).toMatchObject({ type: 'triangular', min: 0.85, mode: 0.95, max: 1 });
  });

  it('edits the targets: a new figure, an emptied field as no target, a negative one refused at its field', async () => {
    const { state } = await setup('da');
    (document.getElementById('section-targets') as HTMLDetailsElement).open = true;
    const total = ['targets', 'newJobsFte', 'projectTotal'];
    await waitFor(() => expect(field(total)).not.toBeNull());
    expect(labelOf(field(total))).toBe('Nye job, fuldtidspersoner (A1–E2): Projektet i alt');
    expect(field(total).value).toBe('66');
    expect(field(['targets', 'newJobsFte', 'total']).value).toBe('');
    enter(field(total), '');
    expect(getIn(state.draft, total)).toBeNull();
    expect(state.parsed.ok).toBe(true);
    expect(state.lastValid!.targets.some((t) => Number.isNaN(t))).toBe(true);
    enter(field(total), '280');
    expect(getIn(state.draft, total)).toBe(280);
    const revenue = ['targets', 'revenueDkk', 'period2'];
    // Written grouped, as the app writes amounts everywhere else.
    expect(field(revenue).value).toBe('100.000.000');
    enter(field(revenue), '-5');
    expect(state.parsed.ok).toBe(false);
    expect(field(revenue).getAttribute('aria-invalid')).toBe('true');
    // A horizon without a target gets one.
    const f = ['targets', 'participants.F', 'after5plus'];
    enter(field(f), '3');
    expect(getIn(state.draft, f)).toBe(3);
  });

  it('offers the types an input can take: no lognormal for a probability, no beta for an amount', async () => {
    await setup();
    for (const d of document.querySelectorAll('details')) d.open = true;
    await waitFor(() => expect(field(['outcomes', 'growth', 'ftePerGrowthCompany', 'mean'])).not.toBeNull());
    const options = (path: (string | number)[]) => [...(document.getElementById(fieldId(path)) as HTMLSelectElement).options].map((o) => o.value);
    expect(options(PROCEED)).toEqual(['fixed', 'uniform', 'triangular', 'pert', 'beta', 'normal']);
    expect(options(['outcomes', 'growth', 'ftePerGrowthCompany', 'mean'])).toEqual(['fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal']);
  });

  it('opens the section of an error chosen in the summary and focuses its field', async () => {
    const { actions } = await setup();
    actions.setAt(['outcomes', 'growth', 'ftePerGrowthCompany', 'cv'], -1);
    expect(field(['outcomes', 'growth', 'ftePerGrowthCompany', 'cv'])).toBeNull();
    const link = document.querySelector('.error-summary a[data-path="outcomes.growth.ftePerGrowthCompany.cv"]') as HTMLAnchorElement;
    expect(link.textContent).toBe('New jobs per growth company: Spread between companies (coefficient of variation)');
    expect(link.parentElement!.textContent).toBe('New jobs per growth company: Spread between companies (coefficient of variation) – must be at least 0');
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement).toBe(field(['outcomes', 'growth', 'ftePerGrowthCompany', 'cv'])));
    expect(reasonAt(field(['outcomes', 'growth', 'ftePerGrowthCompany', 'cv']))).toBe('must be at least 0');
  });

  it('opens the activity it is told to focus', async () => {
    const [focus, setFocus] = createSignal<string | undefined>();
    await setup('en', focus);
    const d = () => document.getElementById('activity-D') as HTMLDetailsElement;
    expect(d().open).toBe(false);
    expect(field(['activities', 'D', 'units', 'period1'])).toBeNull();
    setFocus('D');
    await waitFor(() => expect(d().open).toBe(true));
    expect(field(['activities', 'D', 'units', 'period1']).value).toBe('1');
  });

  it('offers F no support flag or growth chance, and shows them only to undo them when a file has them', async () => {
    const { state, actions } = await setup('en', () => 'F');
    await waitFor(() => expect(field(['activities', 'F', 'units', 'period1'])).not.toBeNull());
    expect(field(['activities', 'F', 'countsAsSupport'])).toBeNull();
    expect(field(['activities', 'B', 'countsAsSupport'])).toBeNull(); // B is closed
    actions.setAt(['activities', 'F', 'countsAsSupport'], true);
    actions.setAt(['activities', 'F', 'growthProbability'], 0.2);
    await waitFor(() => expect(field(['activities', 'F', 'countsAsSupport'])).not.toBeNull());
    expect(state.parsed.ok).toBe(false);
    const f = document.getElementById('activity-F')!;
    expect(f.textContent).toContain('must be false: F’s companies are counted in “Companies receiving support (F)”');
    fireEvent.click(field(['activities', 'F', 'countsAsSupport']));
    const remove = [...f.querySelectorAll('button')].find((b) => b.textContent === 'Remove F: Becomes a growth company')!;
    fireEvent.click(remove);
    await waitFor(() => expect(state.parsed.ok).toBe(true));
    expect(getIn(state.draft, ['activities', 'F', 'growthProbability'])).toBeUndefined();
    expect(field(['activities', 'F', 'countsAsSupport'])).toBeNull();
  });

  it('opens the activity chosen in the diagram and moves the keyboard focus there', async () => {
    // As the app holds it: every choice notifies, the same one again too.
    const [focus, setFocus] = createSignal<string | undefined>(undefined, { equals: false });
    await setup('en', focus);
    setFocus('C');
    await waitFor(() => expect(document.activeElement?.closest('details')?.id).toBe('activity-C'));
    const c = document.getElementById('activity-C') as HTMLDetailsElement;
    expect(c.open).toBe(true);
    // Closed and left, then chosen again: open again, with the focus.
    c.querySelector('summary')!.click();
    // Closed once the editor has taken in the toggle (its body is then gone).
    await waitFor(() => expect(c.querySelector('.activity-body')).toBeNull());
    (document.getElementById('mobilisation') as HTMLInputElement).focus();
    setFocus('C');
    await waitFor(() => expect(document.activeElement?.closest('details')?.id).toBe('activity-C'));
    expect(c.open).toBe(true);
  });
});
