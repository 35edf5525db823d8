import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { useScenarios } from '../store/scenario-context';
import { draftActivityIds } from '../store/draft-programme';
import { ActivitySection } from './ActivitySection';
import { ErrorSummary } from './ErrorSummary';
import { MobilisationField } from './MobilisationField';
import { BudgetSection, isBudgetPath } from './BudgetSection';
import { OutcomesSection } from './OutcomesSection';
import { IndicatorsSection, isIndicatorsPath } from './IndicatorsSection';
import { PeriodsSection, ProgrammeSection } from './ProgrammeSection';
import { UndoBar } from './UndoBar';
import { SamplingSection } from './SamplingSection';
import { TargetsSection } from './TargetsSection';
import './editor.css';

/** An activity's id, or one of the other sections. */
type Section = string;
import { useText } from './use-text';

/**
 * The current scenario's assumptions, activity by activity in programme order, then the
 * periods and outcomes. `focus` opens an activity and scrolls to it (from the flow diagram).
 */
export function AssumptionsEditor(props: { focus?: string }) {
  const t = useText();
  const { state, actions } = useScenarios();
  const ids = () => draftActivityIds(state.draft);
  // Until the planner opens or closes a section, the programme's first activity is open (the
  // draft may arrive after the editor is built, and its first activity is whatever it is).
  const [chosen, setChosen] = createSignal<ReadonlySet<Section> | null>(props.focus ? new Set([props.focus]) : null);
  const open = (): ReadonlySet<Section> => chosen() ?? new Set([ids()[0] ?? 'periods']);
  const setOne = (a: Section, isOpen: boolean) => {
    const s = open();
    if (s.has(a) !== isOpen) setChosen(isOpen ? new Set([...s, a]) : new Set([...s].filter((x) => x !== a)));
  };
  createEffect(
    on(
      () => props.focus,
      (a) => {
        if (!a) return;
        setOne(a, true);
        requestAnimationFrame(() => {
          const section = document.getElementById(`activity-${a}`);
          section?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
          // Keyboard users land where they chose to go, not back on the diagram.
          section?.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
        });
      },
    ),
  );
  const openPath = (path: string) => {
    const m = /^activities\.([^.]+)/.exec(path);
    if (m && ids().includes(m[1])) setOne(m[1], true);
    if (path.startsWith('periods')) setOne('periods', true);
    if (/^activities\.[^.]+\.(id|name)$/.test(path) || path === 'activities') setOne('programme', true);
    if (isIndicatorsPath(path)) setOne('indicators', true);
    else if (path.startsWith('outcomes')) setOne('outcomes', true);
    if (path.startsWith('sampling')) setOne('sampling', true);
    if (path.startsWith('targets')) setOne('targets', true);
    if (isBudgetPath(path)) setOne('budget', true);
  };
  const errors = () => (state.parsed.ok ? [] : state.parsed.errors);
  /** Drops a key the scenario does not know (`activities.A1.colour`; numeric parts index lists). */
  const removeField = (path: string) => actions.setAt(path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), undefined);

  return (
    <section class="assumptions-editor" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t('editor.title')}</h2>
      <Show when={state.draft !== undefined} fallback={<p class="hint">{t('editor.none')}</p>}>
        <UndoBar />
        <ErrorSummary errors={errors()} onOpen={openPath} onRemove={removeField} />
        <MobilisationField />
        <ProgrammeSection open={open().has('programme')} onToggle={(o) => setOne('programme', o)} onAdded={(id) => setOne(id, true)} />
        <For each={ids()}>{(a) => <ActivitySection id={a} open={open().has(a)} onToggle={(o) => setOne(a, o)} />}</For>
        <PeriodsSection open={open().has('periods')} onToggle={(o) => setOne('periods', o)} />
        <OutcomesSection open={open().has('outcomes')} onToggle={(o) => setOne('outcomes', o)} />
        <BudgetSection open={open().has('budget')} onToggle={(o) => setOne('budget', o)} />
        <IndicatorsSection open={open().has('indicators')} onToggle={(o) => setOne('indicators', o)} />
        <TargetsSection open={open().has('targets')} onToggle={(o) => setOne('targets', o)} />
        <SamplingSection open={open().has('sampling')} onToggle={(o) => setOne('sampling', o)} />
      </Show>
    </section>
  );
}
