import { errorsAt, errorsUnder } from '../editor/field-errors';
import { useScenarios } from '../store/scenario-context';
import { entriesOf, entryPath, type ActualsList } from './actuals-doc';
import { useFeatureText } from '../i18n';
import { monitoringMessages } from '../i18n/messages-monitoring';

/**
 * What a row of the actuals editor reads about its entry of `list`: the entry as written,
 * each field's path and errors, the entry's other errors (those of no field of `fields`,
 * shown at the row's end), whether it has any error, and the row's name for screen readers.
 */
export function useActualRow(list: ActualsList, index: () => number, fields: readonly string[]) {
  const { tr } = useFeatureText(monitoringMessages);
  const { state } = useScenarios();
  const path = (f: string) => entryPath(list, index(), f);
  const all = () => errorsUnder(state.parsed, entryPath(list, index()));
  return {
    entry: () => entriesOf(state.draft, list)[index()] ?? {},
    path,
    errs: (f: string) => errorsAt(state.parsed, path(f)),
    other: () => all().filter((e) => !fields.some((f) => e.path === path(f).join('.'))),
    invalid: () => all().length > 0,
    name: () => `${tr(`monitor.${list}`)} ${index() + 1}`,
  };
}
