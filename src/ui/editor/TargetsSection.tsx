import { For, Show } from 'solid-js';
import { CODE_SETS, CODE_SET_WORDS, COMMON_INDICATORS, DEFAULT_CODE_SET } from '../../text/indicator-codes';
import { useI18n } from '../i18n';
import { getIn, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { Collapsible } from './Collapsible';
import { errorsAt, fieldId } from './field-errors';
import { NumberField } from './NumberField';
import { useText } from './use-text';

/**
 * The application's targets, indicator by indicator and horizon by horizon: the forecast's
 * probability of meeting each is computed against them, and the checks compare them. An
 * emptied field is no target (null in the file).
 */
export function TargetsSection(props: { open: boolean; onToggle: (open: boolean) => void }) {
  const t = useText();
  const { lang } = useI18n();
  const { state, actions } = useScenarios();
  const programme = () => state.programme;
  const name = (id: string) => programme().labels.indicator(id, lang());
  const path = (id: string, h: string): DraftPath => ['targets', id, h];
  const invalid = () => !state.parsed.ok && state.parsed.errors.some((e) => e.path.startsWith('targets'));
  const set = (id: string, h: string, v: number | string) => {
    if (getIn(state.draft, ['targets', id]) === undefined) actions.setAt(['targets', id], {});
    actions.setAt(path(id, h), v === '' ? null : v);
  };
  return (
    <Collapsible id="section-targets" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.targets')} invalid={invalid()}>
      <p class="hint">{t('editor.targetsHint')}</p>
      <div class="select-field">
        <label for={fieldId(['indicatorCodes'])}>{t('editor.indicatorCodes')}</label>
        <select
          id={fieldId(['indicatorCodes'])}
          value={String(getIn(state.draft, ['indicatorCodes']) ?? '')}
          onChange={(e) => actions.setAt(['indicatorCodes'], e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        >
          <option value="">{t('editor.indicatorCodes.unstated', { set: CODE_SET_WORDS[DEFAULT_CODE_SET][lang()] })}</option>
          <For each={CODE_SETS}>{(set) => <option value={set}>{CODE_SET_WORDS[set][lang()]}</option>}</For>
        </select>
      </div>
      <For each={errorsAt(state.parsed, ['indicatorCodes'])}>{(m) => <p class="field-error">{m}</p>}</For>
      {/* A cost takes no target (its probability would be of reaching at least it). */}
      <For each={programme().layout.indicators.filter((ind) => !ind.cost)}>
        {(ind) => (
          <fieldset class="targets-row">
            <legend>
              <Show when={programme().labels.code(ind.id)}>
                {(code) => <abbr class="indicator-code" title={COMMON_INDICATORS[programme().labels.codeSet][code()]?.[lang()]}>{code()}</abbr>}
              </Show>
              {name(ind.id)}
            </legend>
            <div class="input-fields">
              <For each={programme().layout.horizons}>
                {(h) => (
                  <NumberField
                    id={fieldId(path(ind.id, h))}
                    label={
                      <>
                        <span class="visually-hidden">{name(ind.id)}: </span>
                        {programme().labels.horizon(h, lang())}
                      </>
                    }
                    value={getIn(state.draft, path(ind.id, h)) ?? ''}
                    unit={ind.unit === 'dkk' ? t('editor.unit.money') : undefined}
                    errors={errorsAt(state.parsed, path(ind.id, h))}
                    onValue={(v) => set(ind.id, h, v)}
                  />
                )}
              </For>
            </div>
          </fieldset>
        )}
      </For>
    </Collapsible>
  );
}
