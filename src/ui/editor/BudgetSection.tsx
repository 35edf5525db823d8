import { For, Show } from 'solid-js';
import { nameIn, type Name } from '../../text';
import { useI18n } from '../i18n';
import { getIn, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { Collapsible } from './Collapsible';
import { errorsAt, fieldId } from './field-errors';
import { InputEditor } from './InputEditor';
import { NumberField } from './NumberField';
import { useText } from './use-text';
import { ALONE } from '../store/edit-history';

/** Whether a field of the document is the Budget section's: the fixed costs, or an activity's cost per unit. */
export function isBudgetPath(path: string): boolean {
  return path.startsWith('budget') || /^activities\.[^.]+\.costPerUnitDkk/.test(path);
}

/**
 * The programme's public cost: each activity's cost per unit (fixed or uncertain) and the
 * fixed costs of each period. With any of them the forecast adds the cost per period and the
 * cost per supported company, per growth company and per new full-time job.
 */
export function BudgetSection(props: { open: boolean; onToggle: (open: boolean) => void }) {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const activities = () => {
    const list = getIn(state.draft, ['activities']);
    return (Array.isArray(list) ? list : []).filter((a) => typeof a?.id === 'string') as { id: string; name?: Name; unit?: { da?: { one?: string }; en?: { one?: string } }; costPerUnitDkk?: unknown }[];
  };
  const fixedPath = (p: string): DraftPath => ['budget', 'fixedCostsDkk', p];
  const setFixed = (p: string, v: number | string) => {
    // An emptied field is no fixed cost in that period; the budget goes with the last one.
    actions.setAt(fixedPath(p), v === '' ? undefined : v);
    const left = getIn(state.draft, ['budget', 'fixedCostsDkk']) as Record<string, unknown> | undefined;
    if (left && Object.keys(left).length === 0 && getIn(state.draft, ['budget', 'note']) === undefined) actions.setAt(['budget'], undefined);
  };
  const invalid = () => !state.parsed.ok && state.parsed.errors.some((e) => isBudgetPath(e.path));
  return (
    <Collapsible id="section-budget" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.budget')} invalid={invalid()}>
      <p class="hint">{t('editor.budget.hint')}</p>
      <h4>{t('editor.budget.perUnit')}</h4>
      <For each={activities()}>
        {(a) => {
          const path: DraftPath = ['activities', a.id, 'costPerUnitDkk'];
          const label = () => `${a.id} – ${nameIn(a.name, lang())}`;
          return (
            <div class="budget-activity">
              <label class="checkbox">
                <input
                  type="checkbox"
                  id={fieldId(path)}
                  checked={a.costPerUnitDkk !== undefined}
                  onChange={(e) => actions.setAt(path, e.currentTarget.checked ? { type: 'fixed', value: 0 } : undefined, ALONE)}
                />
                {t('editor.budget.hasCost', { activity: label() })}
              </label>
              <Show when={a.costPerUnitDkk !== undefined}>
                <InputEditor path={path} kind="money" subject={a.id} label={a.unit?.[lang()]?.one ? t('editor.costPerNamedUnit', { unit: a.unit[lang()]!.one! }) : t('editor.costPerUnit')} />
              </Show>
            </div>
          );
        }}
      </For>
      <h4>{t('editor.budget.fixed')}</h4>
      <div class="input-fields budget-fixed">
        <For each={state.programme.layout.horizons.slice(0, state.programme.layout.periods)}>
          {(p) => (
            <NumberField
              id={fieldId(fixedPath(p))}
              label={
                <>
                  <span class="visually-hidden">{t('editor.budget.fixed')}: </span>
                  {state.programme.labels.horizon(p, lang())}
                </>
              }
              value={getIn(state.draft, fixedPath(p)) ?? ''}
              unit={t('editor.unit.money')}
              errors={errorsAt(state.parsed, fixedPath(p))}
              onValue={(v) => setFixed(p, v)}
            />
          )}
        </For>
      </div>
      <For each={errorsAt(state.parsed, ['budget', 'fixedCostsDkk'])}>{(m) => <p class="field-error">{m}</p>}</For>
    </Collapsible>
  );
}
