import { For } from 'solid-js';
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
      {/* A cost takes no target (its probability would be of reaching at least it). */}
      <For each={programme().layout.indicators.filter((ind) => !ind.cost)}>
        {(ind) => (
          <fieldset class="targets-row">
            <legend>{name(ind.id)}</legend>
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
