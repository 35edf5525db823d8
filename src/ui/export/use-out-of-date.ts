import { createMemo, type Accessor } from 'solid-js';
import { outOfDateText, type OutOfDate } from '../../report/out-of-date';
import { useForecast } from '../run/forecast-store';
import { useScenarios } from '../store/scenario-context';
import { getIn } from '../store/draft-path';
import { markedFields } from '../editor/field-errors';

/**
 * Whether the forecast on screen matches the assumptions on screen, and if not, how: what
 * every export of it must say (`outOfDateText`). Out of date while an edit's update is due
 * or running, while the assumptions have errors, and when it is of another scenario.
 */
export function useOutOfDate(): Accessor<OutOfDate | null> {
  const forecast = useForecast();
  const scenarios = useScenarios();
  return createMemo(() => {
    const f = forecast.state.forecast();
    if (!f) return null;
    const s = scenarios.state;
    const open = s.draft !== undefined;
    const errors = open ? markedFields(s.parsed).length : 0;
    const firstError = open && !s.parsed.ok ? s.parsed.errors[0] : undefined;
    const other = !open || getIn(s.draft, ['id']) !== f.scenario.scenario.id;
    if (errors === 0 && !other && !forecast.state.stale()) return null;
    const name = s.entries.find((e) => e.id === s.currentId)?.name ?? '';
    return { forecastOf: f.scenario.scenario.name, errors, firstError, openScenario: other ? name : null, updating: forecast.state.updating() };
  });
}

/** The out-of-date warning in `lang`, or undefined when the forecast is current. */
export const markText = (o: OutOfDate | null, lang: 'da' | 'en'): string | undefined => (o ? outOfDateText(o, lang) : undefined);
