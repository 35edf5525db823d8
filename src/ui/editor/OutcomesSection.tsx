import { For } from 'solid-js';
import type { InputKind } from '../../scenario/resolve';
import type { MessageKey } from '../i18n';
import { getIn, type DraftPath } from '../store/draft-path';
import { useScenarios } from '../store/scenario-context';
import { Collapsible } from './Collapsible';
import { GrowthDefinitionField } from './GrowthDefinitionField';
import { InputEditor } from './InputEditor';
import { PlainField } from './PlainField';
import { useText } from './use-text';

const INNOVATION = ['researchCooperation', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'] as const;

/** An amount per company: an uncertain mean, a floor, and the spread between companies. */
export function AmountEditor(props: { path: DraftPath; kind: InputKind; label: string }) {
  const t = useText();
  return (
    <fieldset class="amount">
      <legend>{props.label}</legend>
      <InputEditor path={[...props.path, 'mean']} kind={props.kind} subject={props.label} label={t('editor.amount.mean')} />
      <PlainField path={[...props.path, 'minimum']} subject={props.label} label={t('editor.amount.minimum')} unit={t(`editor.unit.${props.kind}` as MessageKey)} />
      <PlainField path={[...props.path, 'cv']} subject={props.label} label={t('editor.amount.cv')} />
    </fieldset>
  );
}

/** "Innovation (F)": a group's heading with the activities it concerns, as the programme has them. */
const withSpan = (heading: string, span: string) => (span ? `${heading} (${span})` : heading);

interface SectionProps { open: boolean; onToggle: (open: boolean) => void }

/** What supported companies achieve: growth and jobs (A1–E2) and innovation (F). */
export function OutcomesSection(props: SectionProps) {
  const t = useText();
  const { state } = useScenarios();
  const o = (...rest: string[]): DraftPath => ['outcomes', ...rest];
  return (
    <Collapsible id="section-outcomes" open={props.open} onToggle={(o) => props.onToggle(o)} summary={t('editor.outcomes')}>
      <h4>{withSpan(t('editor.growthGroup'), state.programme.labels.group('growth'))}</h4>
      <GrowthDefinitionField />
      <InputEditor path={o('growth', 'lagYears')} kind="years" label={t('editor.growthLag')} />
      <AmountEditor path={o('growth', 'ftePerGrowthCompany')} kind="fte" label={t('editor.ftePerGrowthCompany')} />
      <AmountEditor path={o('otherSupportedFte')} kind="fte" label={t('editor.otherSupportedFte')} />
      <InputEditor path={o('otherSupportedFte', 'lagYears')} kind="years" label={t('editor.otherLag')} />
      <InputEditor path={o('revenuePerFteDkk')} kind="money" label={t('editor.revenuePerFte')} />
      <AmountEditor path={o('cofinancingPerSupportedCompanyDkk')} kind="money" label={t('editor.cofinancing')} />
      <h4>{withSpan(t('editor.innovationGroup'), state.programme.labels.group('innovation'))}</h4>
      <AmountEditor path={o('innovation', 'cofinancingPerCompanyDkk')} kind="money" label={t('editor.innovationCofinancing')} />
      <For each={INNOVATION.filter((k) => getIn(state.draft, o('innovation', k)) !== undefined)}>
        {(k) => {
          const label = () => t(`editor.outcome.${k}` as MessageKey);
          return (
            <fieldset class="binary-outcome">
              <legend>{label()}</legend>
              <InputEditor path={o('innovation', k, 'probability')} kind="probability" subject={label()} label={t('editor.probability')} />
              <InputEditor path={o('innovation', k, 'lagYears')} kind="years" subject={label()} label={t('editor.lag')} />
            </fieldset>
          );
        }}
      </For>
    </Collapsible>
  );
}
