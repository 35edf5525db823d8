import { createSignal, For, Show } from 'solid-js';
import { entryId } from '../../scenario/schema';
import { addActivity, addPeriod, moveActivity, removeActivity, removePeriod, renameActivityId } from '../../scenario/programme-edits';
import { draftActivityIds, draftPeriodIds } from '../store/draft-programme';
import { getIn } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { Collapsible } from './Collapsible';
import { PlainField } from './PlainField';
import { TextField } from './TextField';
import { useText } from './use-text';

interface SectionProps { open: boolean; onToggle: (open: boolean) => void }

/**
 * The programme's activities as a list: add one, give it an id and a name, move it, remove it.
 * What each activity does (its seats, routes and rates) is edited in its own section below.
 */
export function ProgrammeSection(props: SectionProps & { onAdded: (id: string) => void }) {
  const t = useText();
  const { state, actions } = useScenarios();
  const ids = () => draftActivityIds(state.draft);
  const add = () => {
    let added = '';
    actions.change({ action: 'addActivity' }, (doc) => {
      const r = addActivity(doc, t('editor.programme.newActivityName', { n: ids().length + 1 }));
      added = r.id;
      return r.doc;
    });
    if (added) props.onAdded(added);
  };
  return (
    <Collapsible id="section-programme" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.programme')}>
      <p class="hint">{t('editor.programme.hint')}</p>
      <ol class="programme-list">
        <For each={ids()}>
          {(id, i) => (
            <li class="programme-row" data-activity={id}>
              <IdField id={id} taken={ids()} />
              <NameField id={id} />
              <span class="row-buttons">
                <button type="button" disabled={i() === 0} aria-label={t('editor.programme.moveUp', { id })}
                  onClick={() => actions.change({ action: 'moveActivity', subject: id }, (d) => moveActivity(d, id, -1))}>↑</button>
                <button type="button" disabled={i() === ids().length - 1} aria-label={t('editor.programme.moveDown', { id })}
                  onClick={() => actions.change({ action: 'moveActivity', subject: id }, (d) => moveActivity(d, id, 1))}>↓</button>
                <button type="button" disabled={ids().length <= 1} aria-label={t('editor.programme.removeActivity', { id })}
                  onClick={() => actions.change({ action: 'removeActivity', subject: id }, (d) => removeActivity(d, id))}>{t('editor.programme.remove')}</button>
              </span>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="add-button" onClick={add} disabled={ids().length >= 50}>{t('editor.programme.addActivity')}</button>
    </Collapsible>
  );
}

/**
 * An activity's id, taken when the planner leaves the field or presses Enter: the activity and
 * every route, target and path that names it change together. One that is not a valid id, or
 * another activity's, is refused beside the field and changes nothing.
 */
function IdField(props: { id: string; taken: readonly string[] }) {
  const t = useText();
  const { actions } = useScenarios();
  const [text, setText] = createSignal<string | null>(null);
  const problem = () => {
    const v = text();
    if (v === null || v === props.id) return null;
    if (!entryId.safeParse(v).success) return t('editor.programme.idRule');
    if (props.taken.includes(v)) return t('editor.programme.idTaken', { id: v });
    return null;
  };
  const commit = () => {
    const v = text();
    if (v === null || v === props.id || problem()) return;
    actions.change({ action: 'renameActivity', subject: v }, (d) => renameActivityId(d, props.id, v));
    setText(null);
  };
  const fid = () => `programme-id-${props.id}`;
  return (
    <div class="text-field id-field">
      <label for={fid()}>
        <span class="visually-hidden">{props.id}: </span>
        {t('label.activityId')}
      </label>
      <input
        type="text" id={fid()} size={8} value={text() ?? props.id} autocomplete="off" spellcheck={false}
        aria-invalid={problem() !== null} aria-describedby={problem() ? `${fid()}-error` : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <Show when={problem()}>{(m) => <span class="field-error" id={`${fid()}-error`}>{m()}</span>}</Show>
    </div>
  );
}

/**
 * An activity's name: one for both languages (as the seed writes its names, in Danish), or,
 * once the planner asks for it, one in each, starting from the one it had.
 */
function NameField(props: { id: string }) {
  const t = useText();
  const { state, actions } = useScenarios();
  const path = ['activities', props.id, 'name'];
  const name = () => getIn(state.draft, path);
  return (
    <Show
      when={typeof name() === 'object' && name() !== null}
      fallback={
        <>
          <TextField path={path} label={t('label.activityName')} subject={props.id} size={32} />
          <button type="button" class="link" onClick={() => actions.setAt(path, { da: String(name() ?? ''), en: String(name() ?? '') })}>
            {t('editor.programme.nameEach', { id: props.id })}
          </button>
        </>
      }
    >
      <TextField path={[...path, 'da']} label={t('editor.programme.nameDa')} subject={props.id} size={24} />
      <TextField path={[...path, 'en']} label={t('editor.programme.nameEn')} subject={props.id} size={24} />
    </Show>
  );
}

/** The project's periods: their names in both languages and lengths; add one, remove one. */
export function PeriodsSection(props: SectionProps) {
  const t = useText();
  const { state, actions } = useScenarios();
  const ids = () => draftPeriodIds(state.draft);
  const hasTargets = (p: string) => Object.values((getIn(state.draft, ['targets']) as Record<string, Record<string, unknown>> | undefined) ?? {}).some((row) => row?.[p] !== undefined && row?.[p] !== null);
  return (
    <Collapsible id="section-periods" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.periods')}>
      <ol class="programme-list">
        <For each={ids()}>
          {(p, i) => (
            <li class="programme-row period-row" data-period={p}>
              <TextField path={['periods', p, 'label', 'da']} label={t('editor.periodNameDa', { n: i() + 1 })} size={16} />
              <TextField path={['periods', p, 'label', 'en']} label={t('editor.periodNameEn', { n: i() + 1 })} size={16} />
              <PlainField path={['periods', p, 'years']} label={t('editor.periodYears', { n: i() + 1 })} unit={t('editor.unit.years')} />
              <span class="row-buttons">
                <button type="button" disabled={ids().length <= 1} aria-label={t('editor.periods.removeOf', { n: i() + 1 })}
                  title={hasTargets(p) ? t('editor.periods.removeTargets') : undefined}
                  onClick={() => actions.change({ action: 'removePeriod', subject: p }, (d) => removePeriod(d, p))}>{t('editor.programme.remove')}</button>
              </span>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="add-button" disabled={ids().length >= 10}
        onClick={() => actions.change({ action: 'addPeriod' }, (d) => addPeriod(d).doc)}>{t('editor.periods.add')}</button>
    </Collapsible>
  );
}
