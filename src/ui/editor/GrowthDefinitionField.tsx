import { For, Show } from 'solid-js';
import {
  definitionName, definitionWords, floorFormula, NAMED_DEFINITIONS, type DefinitionName, type GrowthDefinition,
} from '../../scenario/growth-definition';
import { getIn } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { errorsAt, fieldId } from './field-errors';
import { PlainField } from './PlainField';
import { useText } from './use-text';
import { useI18n } from '../i18n';

const PATH = ['outcomes', 'growth', 'definition'] as const;
const FIELDS = ['growthPercentPerYear', 'years', 'minEmployees'] as const;

/** The definition as the draft has it, where all three of its numbers are numbers; else null (being typed, or not stated). */
function complete(d: unknown): GrowthDefinition | null {
  if (d === null || typeof d !== 'object') return null;
  const r = d as Record<string, unknown>;
  return FIELDS.every((k) => typeof r[k] === 'number' && Number.isFinite(r[k])) ? (r as unknown as GrowthDefinition) : null;
}

/**
 * What a growth company is, for the checks: a named definition (Danish, Eurostat) or the
 * planner's own numbers, and the floor on new jobs per growth company that follows. A
 * scenario that does not state one is told which it gets.
 */
export function GrowthDefinitionField() {
  const t = useText();
  const { state, actions } = useScenarios();
  const stated = () => getIn(state.draft, PATH);
  const current = () => complete(stated());
  const choice = (): DefinitionName | 'own' | 'unstated' => {
    if (stated() === undefined) return 'unstated';
    const d = current();
    return (d && definitionName(d)) ?? 'own';
  };
  const choose = (v: string) => {
    if (v === 'unstated') actions.setAt(PATH, undefined);
    else if (v in NAMED_DEFINITIONS) actions.setAt(PATH, { ...NAMED_DEFINITIONS[v as DefinitionName] });
  };
  const { lang } = useI18n();
  // The floor of the definition in use: none while a number of it breaks a rule (it would be no one's definition).
  const broken = () => FIELDS.some((k) => errorsAt(state.parsed, [...PATH, k]).length > 0) || errorsAt(state.parsed, PATH).length > 0;
  const shown = () => (broken() ? null : current() ?? (stated() === undefined ? NAMED_DEFINITIONS.danish : null));
  return (
    <fieldset class="growth-definition">
      <legend>{t('editor.definition')}</legend>
      <div class="select-field">
        <label for={fieldId(PATH)}>{t('editor.definition.choice')}</label>
        <select id={fieldId(PATH)} value={choice()} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="unstated">{t('editor.definition.unstated')}</option>
          <option value="danish">{t('editor.definition.danish')}</option>
          <option value="eurostat">{t('editor.definition.eurostat')}</option>
          <option value="own" disabled={choice() !== 'own'}>{t('editor.definition.own')}</option>
        </select>
      </div>
      <Show when={stated() !== undefined}>
        <For each={FIELDS}>
          {(k) => (
            <PlainField
              path={[...PATH, k]}
              subject={t('editor.definition')}
              label={t(`editor.definition.${k}`)}
              unit={k === 'growthPercentPerYear' ? '%' : k === 'years' ? t('editor.unit.years') : undefined}
            />
          )}
        </For>
      </Show>
      <For each={errorsAt(state.parsed, PATH)}>{(m) => <p class="field-error">{m}</p>}</For>
      <Show when={shown()}>
        {(d) => (
          <p class="hint" data-testid="growth-floor">
            {stated() === undefined ? `${t('editor.definition.unstatedHint')} ` : ''}
            {t('editor.definition.floor', { words: definitionWords(d(), lang()), formula: floorFormula(d(), lang()) })}
          </p>
        )}
      </Show>
    </fieldset>
  );
}
