import { createSignal, For, Show } from 'solid-js';
import { draftPeriodIds, mobilisationPath } from '../store/draft-programme';
import { addRoute, removeRoute, routeChoices } from '../../scenario/programme-edits';
import { TextField } from './TextField';
import { nameIn, type Name } from '../../text';
import { useI18n } from '../i18n';
import { noteText } from '../../scenario/note';
import { getIn, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { errorsAt, fieldId } from './field-errors';
import { Collapsible } from './Collapsible';
import { InputEditor } from './InputEditor';
import { NoteField } from './NoteField';
import { PlainField } from './PlainField';
import { useText } from './use-text';
import { ALONE } from '../store/edit-history';

/**
 * One activity's seats (units per period × companies per unit) and the rates that route its
 * companies.
 */
export function ActivitySection(props: { id: string; open: boolean; onToggle: (open: boolean) => void }) {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const at = (...rest: (string | number)[]): DraftPath => ['activities', props.id, ...rest];
  const get = (...rest: string[]) => getIn(state.draft, at(...rest));
  /** The activity's own word for its units, plural: "modules". */
  const unit = () => String((get('unit', lang(), 'other') as string | undefined) ?? '');
  const routes = () => Object.keys((get('routing', 'to') as object | undefined) ?? {});
  /** F's companies count in the innovation indicators: its support flag and growth chance mean nothing, so they are shown only to be undone. */
  const innovation = () => get('aim') === 'innovation';
  const invalid = () => !state.parsed.ok && state.parsed.errors.some((e) => e.path.startsWith(`activities.${props.id}.`));

  return (
    <Collapsible
      id={`activity-${props.id}`}
      open={props.open}
      onToggle={(o) => props.onToggle(o)}
      invalid={invalid()}
      summary={t('editor.activity', { id: props.id, name: nameIn(get('name') as Name | undefined, lang()) })}
    >
      <fieldset class="seats">
        <legend>{t('editor.unitsHeading')}</legend>
        <For each={draftPeriodIds(state.draft)}>
          {(p, i) => <PlainField subject={`${props.id}: ${t('editor.unitsHeading')}`} label={t('editor.unitsPeriod', { n: i() + 1 })} path={at('units', p)} unit={unit()} />}
        </For>
        <PlainField subject={props.id} label={t('editor.companiesPerUnit')} path={at('companiesPerUnit')} unit={t('editor.unit.companies')} />
        <Show when={get('plannedParticipants') !== undefined}>
          <PlainField subject={props.id} label={t('editor.plannedParticipants')} path={at('plannedParticipants')} unit={t('editor.unit.companies')} />
        </Show>
        <Show when={!innovation() || get('countsAsSupport') === true}>
          <label class="checkbox">
            <input
              type="checkbox"
              id={fieldId(at('countsAsSupport'))}
              checked={get('countsAsSupport') === true}
              onChange={(e) => actions.setAt(at('countsAsSupport'), e.currentTarget.checked, ALONE)}
            />
            <span class="visually-hidden">{props.id}: </span>
            {t('editor.countsAsSupport')}
          </label>
          <For each={errorsAt(state.parsed, at('countsAsSupport'))}>{(m) => <p class="field-error">{m}</p>}</For>
        </Show>
      </fieldset>
      <fieldset class="unit-words">
        <legend>{t('label.activityUnit')}</legend>
        <TextField path={at('unit', 'da', 'one')} label={t('editor.unitWord.daOne')} subject={props.id} size={12} />
        <TextField path={at('unit', 'da', 'other')} label={t('editor.unitWord.daOther')} subject={props.id} size={12} />
        <TextField path={at('unit', 'en', 'one')} label={t('editor.unitWord.enOne')} subject={props.id} size={12} />
        <TextField path={at('unit', 'en', 'other')} label={t('editor.unitWord.enOther')} subject={props.id} size={12} />
      </fieldset>
      <div class="aim-field">
        <label for={fieldId(at('aim'))}>
          <span class="visually-hidden">{props.id}: </span>
          {t('label.activityAim')}
        </label>
        <select id={fieldId(at('aim'))} value={String(get('aim') ?? '')} onChange={(e) => actions.setAt(at('aim'), e.currentTarget.value, ALONE)}>
          <option value="growth">{t('editor.aim.growth')}</option>
          <option value="innovation">{t('editor.aim.innovation')}</option>
        </select>
        <For each={errorsAt(state.parsed, at('aim'))}>{(m) => <p class="field-error">{m}</p>}</For>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          id={fieldId(at('recruitment'))}
          checked={get('recruitment') !== undefined}
          onChange={(e) => actions.setAt(at('recruitment'), e.currentTarget.checked ? { fillRate: { type: 'fixed', value: 1 } } : undefined, ALONE)}
        />
        <span class="visually-hidden">{props.id}: </span>
        {t('editor.recruits')}
      </label>
      <Show when={get('recruitment') !== undefined}>
        <InputEditor path={at('recruitment', 'fillRate')} kind="probability" subject={props.id} label={t('editor.fillRate')} />
      </Show>
      <Show when={get('routing') !== undefined}>
        <InputEditor path={at('routing', 'proceed')} kind="probability" subject={props.id} label={t(mobilisationPath(state.draft)?.[1] === props.id ? 'editor.proceedA1' : 'editor.proceed')} />
        <div class="routes" role="group" aria-label={`${props.id}: ${t('editor.routes')}`}>
          <For each={routes()}>
            {(to) => (
              <div class="route">
                <InputEditor path={at('routing', 'to', to)} kind="probability" subject={props.id} label={t('editor.routeTo', { to })} />
                <button type="button" class="link" onClick={() => actions.change({ action: 'removeRoute', subject: `${props.id} → ${to}` }, (d) => removeRoute(d, props.id, to))}>
                  {t('editor.route.remove', { from: props.id, to })}
                </button>
              </div>
            )}
          </For>
          <For each={errorsAt(state.parsed, at('routing', 'to'))}>{(m) => <p class="field-error">{m}</p>}</For>
        </div>
      </Show>
      <RouteAdder from={props.id} />
      <Show when={get('growthProbability') !== undefined}>
        <InputEditor path={at('growthProbability')} kind="probability" subject={props.id} label={t('editor.growthProbability')} />
        <Show when={innovation()}>
          <button type="button" class="link" onClick={() => actions.setAt(at('growthProbability'), undefined)}>
            {t('editor.removeField', { field: `${props.id}: ${t('editor.growthProbability')}` })}
          </button>
        </Show>
      </Show>
      <NoteField
        id={`${fieldId(at())}-note`}
        subject={props.id}
        value={noteText(get('note'), lang())}
        onValue={(v) => actions.setAt(at('note'), v || undefined)}
      />
    </Collapsible>
  );
}

/**
 * A new route from this activity: the destinations that would not make the programme loop
 * back to it, picked from a list; its share starts at 0 % for the planner to set.
 */
function RouteAdder(props: { from: string }) {
  const t = useText();
  const { state, actions } = useScenarios();
  const choices = () => routeChoices(state.draft, props.from);
  const [to, setTo] = createSignal('');
  const chosen = () => (choices().includes(to()) ? to() : choices()[0] ?? '');
  const id = () => `route-add-${props.from}`;
  return (
    <Show when={choices().length > 0}>
      <div class="route-adder">
        <label for={id()}>
          <span class="visually-hidden">{props.from}: </span>
          {t('editor.route.addTo')}
        </label>
        <select id={id()} value={chosen()} onChange={(e) => setTo(e.currentTarget.value)}>
          <For each={choices()}>{(c) => <option value={c}>{c}</option>}</For>
        </select>
        <button type="button" onClick={() => chosen() && actions.change({ action: 'addRoute', subject: `${props.from} → ${chosen()}` }, (d) => addRoute(d, props.from, chosen()))}>
          {t('editor.route.add', { from: props.from })}
        </button>
      </div>
    </Show>
  );
}
