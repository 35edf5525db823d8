import { createSignal, For, Show, type JSX } from 'solid-js';
import { nameIn, type Name } from '../../text';
import { CODE_SET_WORDS, CODE_SETS } from '../../text/indicator-codes';
import { addIndicator, CATALOGUE, notOffered, removeIndicator, removeState, type CatalogueEntry } from '../../scenario/indicator-catalogue';
import { BUILT_IN_STATES } from '../../scenario/own-indicators';
import { freshId } from '../../scenario/programme-edits';
import { setAt } from '../../scenario/doc-path';
import type { PathError } from '../../scenario/parse';
import { useI18n } from '../i18n';
import { getIn, pathString, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { Collapsible } from './Collapsible';
import { errorsAt, errorShownAt, fieldId } from './field-errors';
import { InputEditor } from './InputEditor';
import { AmountEditor } from './OutcomesSection';
import { TextField } from './TextField';
import { useText } from './use-text';
import { ALONE } from '../store/edit-history';

/** Whether a field of the document is this section's: an own indicator, or an outcome of the planner's own. */
export function isIndicatorsPath(path: string): boolean {
  return path.startsWith('indicators') || path.startsWith('outcomes.states');
}

type Rule = { kind?: string; activities?: unknown; subsetOf?: unknown; state?: unknown; of?: unknown; from?: unknown; numerator?: unknown; denominator?: unknown };
type OwnEntry = { id: string; code?: unknown; rule?: Rule };
type StateEntry = { id: string; activities?: unknown };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The programme's own outcomes and indicators. An outcome is a state a company reaches with a
 * probability and a lag after first taking part in one of its activities; an indicator is a rule
 * over the simulated companies (the companies of a set of activities, each once; those reaching a
 * state; a sum; an amount derived from another; a ratio), added from the EU catalogue or as one of the programme's own, and
 * then shown, targeted and exported as the built-in ones are.
 */
export function IndicatorsSection(props: { open: boolean; onToggle: (open: boolean) => void }) {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const list = <T,>(path: DraftPath): T[] => {
    const v = getIn(state.draft, path);
    return (Array.isArray(v) ? v : []).filter((e) => typeof e?.id === 'string') as T[];
  };
  const own = () => list<OwnEntry>(['indicators']);
  const states = () => list<StateEntry>(['outcomes', 'states']);
  const activities = () => list<{ id: string; name?: Name }>(['activities']);
  const layout = () => state.programme.layout;
  const name = (id: string) => state.programme.labels.indicator(id, lang());
  const errors = (): PathError[] => (state.parsed.ok ? [] : state.parsed.errors);
  const invalid = () => errors().some((e) => isIndicatorsPath(e.path));
  /** The errors at `path` and at every field under it, worded for the field they are at. */
  const errorsUnder = (path: DraftPath) => {
    const p = pathString(path);
    return errors().filter((e) => e.path === p || e.path.startsWith(`${p}.`)).map((e) => errorShownAt(e, e.path));
  };
  const ErrorLines = (p: { path: DraftPath }) => <For each={errorsUnder(p.path)}>{(m) => <p class="field-error">{m}</p>}</For>;

  const [choice, setChoice] = createSignal('');
  /** A catalogue entry's line in the list, with why it cannot be added now where it cannot. */
  const optionText = (e: CatalogueEntry, text: string) => {
    const why = notOffered(e, state.draft);
    return why ? `${text} (${t(`editor.indicators.${why}`)})` : text;
  };
  const add = () => {
    const entry = CATALOGUE.find((e) => e.key === choice());
    if (!entry) return;
    actions.change({ action: 'addIndicator', subject: entry.code ?? entry.label[lang()] }, (d) => addIndicator(d, entry).doc);
    setChoice('');
  };
  const addState = () => {
    const id = freshId('outcome', states().map((s) => s.id));
    const innovation = (getIn(state.draft, ['activities']) as { id?: string; aim?: string }[] | undefined)?.filter((a) => a?.aim === 'innovation').map((a) => a.id) ?? [];
    actions.change({ action: 'addState', subject: id }, (d) => {
      const now = getIn(d, ['outcomes', 'states']);
      const entry = { id, name: { da: t('editor.states.newName'), en: t('editor.states.newName') }, activities: innovation.length ? innovation : activities().map((a) => a.id).slice(0, 1) };
      return setAt(d, ['outcomes', 'states'], [...(Array.isArray(now) ? now : []), entry]);
    });
  };

  /** Checkboxes for a set of activities at `path`, in the programme's order. */
  const ActivitySet = (p: { path: DraftPath; legend: string }): JSX.Element => {
    const chosen = () => strings(getIn(state.draft, p.path));
    const toggle = (id: string, on: boolean) => {
      const next = activities().map((a) => a.id).filter((a) => (a === id ? on : chosen().includes(a)));
      actions.setAt(p.path, next, ALONE);
    };
    return (
      <fieldset class="activity-set" id={fieldId(p.path)}>
        <legend>{p.legend}</legend>
        <For each={activities()}>
          {(a) => (
            <label class="checkbox">
              <input type="checkbox" checked={chosen().includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
              {a.id} – {nameIn(a.name, lang())}
            </label>
          )}
        </For>
      </fieldset>
    );
  };

  /**
   * A select at `path` of `ids`, each shown by `show`; `none` adds an empty choice with that
   * label. A value the draft has that is none of them (an indicator or outcome since removed)
   * is shown as such, never as the first choice instead.
   */
  const Pick = (p: { path: DraftPath; label: string; ids: string[]; none?: string; show?: (id: string) => string }) => {
    const value = () => String(getIn(state.draft, p.path) ?? '');
    const gone = () => (value() !== '' && !p.ids.includes(value()) ? value() : null);
    return (
      <div class="select-field">
        <label for={fieldId(p.path)}>{p.label}</label>
        <select id={fieldId(p.path)} value={value()} onChange={(e) => actions.setAt(p.path, e.currentTarget.value === '' ? undefined : e.currentTarget.value, ALONE)}>
          <Show when={p.none !== undefined || (value() === '' && p.ids.length > 0)}><option value="">{p.none ?? ''}</option></Show>
          <Show when={gone()}>{(id) => <option value={id()}>{t('editor.indicators.gone', { id: id() })}</option>}</Show>
          <For each={p.ids}>{(id) => <option value={id}>{(p.show ?? name)(id)}</option>}</For>
        </select>
      </div>
    );
  };

  /**
   * Indicators a rule may name (as compileOwn allows): never itself or a ratio; for a sum no
   * sum or derived amount, and those in the unit of the ones it adds already; for a derived
   * amount no derived amount; for a ratio no sum.
   */
  const operands = (self: string, rule: 'sum' | 'derived' | 'ratio', unitOf?: readonly string[]) => {
    const no = { sum: ['sum', 'derived'], derived: ['derived'], ratio: ['sum'] }[rule];
    const all = layout().indicators.filter((d) => d.id !== self && d.per === undefined && !(d.own && no.includes(d.rule?.kind ?? '')));
    const unit = all.find((d) => unitOf?.includes(d.id))?.unit;
    return all.filter((d) => unit === undefined || d.unit === unit || unitOf?.includes(d.id)).map((d) => d.id);
  };

  const RuleEditor = (p: { entry: OwnEntry }): JSX.Element => {
    const base: DraftPath = ['indicators', p.entry.id, 'rule'];
    const rule = () => (getIn(state.draft, base) ?? {}) as Rule;
    const parents = () => ['supportedCompanies', 'supportedCompaniesF', ...own().filter((d) => d.id !== p.entry.id && d.rule?.kind === 'companies').map((d) => d.id)];
    const stateIds = () => [...BUILT_IN_STATES, ...states().map((s) => s.id)];
    // A sum's indicators: those it may add, and any it names that the programme no longer has (shown as such, kept until unticked).
    const sumOf = () => strings(rule().of);
    const sumOffered = () => operands(p.entry.id, 'sum', sumOf());
    const sumShown = () => [...sumOffered(), ...sumOf().filter((x) => !sumOffered().includes(x))];
    return (
      <div class="indicator-rule">
        <Show when={rule().kind === 'companies'}>
          <ActivitySet path={[...base, 'activities']} legend={t('editor.indicator.activities')} />
          <Pick path={[...base, 'subsetOf']} label={t('editor.indicator.subsetOf')} ids={parents()} none={t('editor.indicators.noParent')} />
        </Show>
        <Show when={rule().kind === 'state'}>
          <Pick path={[...base, 'state']} label={t('editor.indicator.state')} ids={stateIds()} show={(id) => ((BUILT_IN_STATES as readonly string[]).includes(id) ? name(id) : stateName(id))} />
        </Show>
        <Show when={rule().kind === 'amount'}>
          <Pick path={[...base, 'state']} label={t('editor.indicator.amountOf')} ids={states().map((s) => s.id)} show={stateName} />
        </Show>
        <Show when={rule().kind === 'sum'}>
          <fieldset class="activity-set" id={fieldId([...base, 'of'])}>
            <legend>{t('editor.indicator.of')}</legend>
            <For each={sumShown()}>
              {(id) => (
                <label class="checkbox">
                  <input
                    type="checkbox" checked={sumOf().includes(id)}
                    onChange={(e) => actions.setAt([...base, 'of'], sumShown().filter((x) => (x === id ? e.currentTarget.checked : sumOf().includes(x))), ALONE)}
                  />
                  {sumOffered().includes(id) ? name(id) : t('editor.indicators.gone', { id })}
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <Show when={rule().kind === 'ratio'}>
          <Pick path={[...base, 'numerator']} label={t('editor.indicator.numerator')} ids={operands(p.entry.id, 'ratio')} />
          <Pick path={[...base, 'denominator']} label={t('editor.indicator.denominator')} ids={operands(p.entry.id, 'ratio')} />
        </Show>
        <Show when={rule().kind === 'derived'}>
          <Pick path={[...base, 'from']} label={t('editor.indicator.from')} ids={operands(p.entry.id, 'derived')} />
          <InputEditor path={[...base, 'dkkPer']} kind="money" subject={name(p.entry.id)} label={t('editor.indicator.dkkPer')} />
        </Show>
        <ErrorLines path={base} />
      </div>
    );
  };
  /** Whether the outcome's companies bring new jobs, DKK or nothing, and how much: the planner's numbers, none filled in for them. */
  const StateAmount = (p: { base: DraftPath; subject: string }): JSX.Element => {
    const which = () => (getIn(state.draft, [...p.base, 'amountFte']) !== undefined ? 'amountFte' : getIn(state.draft, [...p.base, 'amountDkk']) !== undefined ? 'amountDkk' : '');
    const choose = (next: string) => {
      const was = which();
      if (was === next) return;
      actions.change({ action: 'edit', subject: pathString([...p.base, next || was]) }, (d) => {
        let doc = was ? setAt(d, [...p.base, was], undefined) : d;
        if (next) doc = setAt(doc, [...p.base, next], {});
        return doc;
      });
    };
    return (
      <>
        <div class="select-field">
          <label for={fieldId([...p.base, 'amount'])}>{t('editor.state.amount')}</label>
          <select id={fieldId([...p.base, 'amount'])} value={which()} onChange={(e) => choose(e.currentTarget.value)}>
            <option value="">{t('editor.states.noAmount')}</option>
            <option value="amountFte">{t('editor.state.amountFte')}</option>
            <option value="amountDkk">{t('editor.state.amountDkk')}</option>
          </select>
        </div>
        <Show when={which()}>
          {(key) => <AmountEditor path={[...p.base, key()]} kind={key() === 'amountFte' ? 'fte' : 'money'} label={`${p.subject}: ${t(key() === 'amountFte' ? 'editor.state.amountFte' : 'editor.state.amountDkk')}`} />}
        </Show>
        <For each={errorsAt(state.parsed, [...p.base, 'amountDkk'])}>{(m) => <p class="field-error">{m}</p>}</For>
      </>
    );
  };
  const stateName = (id: string) => {
    const s = states().find((x) => x.id === id) as { name?: Name } | undefined;
    return s?.name ? nameIn(s.name, lang()) : id;
  };

  return (
    <Collapsible id="section-indicators" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.ownSection')} invalid={invalid()}>
      <p class="hint">{t('editor.indicators.hint')}</p>
      <h4>{t('editor.states')}</h4>
      <For each={states()}>
        {(s) => {
          const base: DraftPath = ['outcomes', 'states', s.id];
          const subject = () => `${s.id} – ${stateName(s.id)}`;
          return (
            <fieldset class="own-state" data-state={s.id}>
              <legend>{t('editor.state', { id: s.id })}</legend>
              <For each={errorsAt(state.parsed, [...base, 'id'])}>{(m) => <p class="field-error">{m}</p>}</For>
              <div class="input-fields">
                <TextField path={[...base, 'name', 'da']} label={t('editor.programme.nameDa')} subject={subject()} />
                <TextField path={[...base, 'name', 'en']} label={t('editor.programme.nameEn')} subject={subject()} />
              </div>
              <ActivitySet path={[...base, 'activities']} legend={t('editor.state.activities')} />
              <ErrorLines path={[...base, 'activities']} />
              <InputEditor path={[...base, 'probability']} kind="probability" subject={subject()} label={t('editor.probability')} />
              <InputEditor path={[...base, 'lagYears']} kind="years" subject={subject()} label={t('editor.lag')} />
              <StateAmount base={base} subject={subject()} />
              <button type="button" class="link" onClick={() => actions.change({ action: 'removeState', subject: s.id }, (d) => removeState(d, s.id))}>
                {t('editor.states.remove', { id: s.id })}
              </button>
            </fieldset>
          );
        }}
      </For>
      <button type="button" onClick={addState}>{t('editor.states.add')}</button>

      <h4>{t('editor.indicators')}</h4>
      <For each={own()}>
        {(d) => {
          const base: DraftPath = ['indicators', d.id];
          return (
            <fieldset class="own-indicator" data-indicator={d.id}>
              <legend>
                <Show when={typeof d.code === 'string' && d.code}>{(code) => <abbr class="indicator-code">{code()}</abbr>}</Show>
                {name(d.id)}
              </legend>
              <div class="input-fields">
                <TextField path={[...base, 'label', 'da']} label={t('editor.programme.nameDa')} subject={d.id} size={40} />
                <TextField path={[...base, 'label', 'en']} label={t('editor.programme.nameEn')} subject={d.id} size={40} />
                <TextField path={[...base, 'code']} label={t('editor.indicator.code')} subject={d.id} size={8} emptyIsNone />
              </div>
              <For each={errorsAt(state.parsed, [...base, 'id'])}>{(m) => <p class="field-error">{m}</p>}</For>
              <RuleEditor entry={d} />
              <button type="button" class="link" onClick={() => actions.change({ action: 'removeIndicator', subject: d.id }, (doc) => removeIndicator(doc, d.id))}>
                {t('editor.indicators.remove', { id: d.id })}
              </button>
            </fieldset>
          );
        }}
      </For>
      <div class="add-indicator">
        <label for="add-indicator">{t('editor.indicators.add')}</label>
        <select id="add-indicator" value={choice()} onChange={(e) => setChoice(e.currentTarget.value)}>
          <option value="">{t('editor.indicators.choose')}</option>
          <For each={CODE_SETS}>
            {(set) => (
              <optgroup label={CODE_SET_WORDS[set][lang()]}>
                <For each={CATALOGUE.filter((e) => e.codeSet === set)}>{(e) => <option value={e.key} disabled={notOffered(e, state.draft) !== null}>{optionText(e, `${e.code} – ${e.label[lang()]}`)}</option>}</For>
              </optgroup>
            )}
          </For>
          <optgroup label={t('editor.indicators.programmeOwn')}>
            <For each={CATALOGUE.filter((e) => e.codeSet === undefined)}>
              {(e) => <option value={e.key} disabled={notOffered(e, state.draft) !== null}>{optionText(e, e.label[lang()])}</option>}
            </For>
          </optgroup>
        </select>
        <button type="button" disabled={choice() === ''} onClick={add}>{t('editor.indicators.addButton')}</button>
      </div>
      <For each={errorsAt(state.parsed, ['indicators'])}>{(m) => <p class="field-error">{m}</p>}</For>
    </Collapsible>
  );
}
