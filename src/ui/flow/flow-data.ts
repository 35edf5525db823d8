import { cellOf, PARTICIPANTS_PREFIX } from '../../engine/layout';
import type { ForecastResult } from '../../engine/forecast-result';
import type { Scenario } from '../../scenario/schema';
import type { FlowData } from './FlowDiagram';
import { nameIn, type Lang } from '../../text';

/** The diagram's data: routes from the scenario, means from the forecast when there is one. */
export function toFlowData(scenario: Scenario, lang: Lang, result?: ForecastResult): FlowData {
  const ids = scenario.activities.map((a) => a.id);
  const routes = scenario.activities.flatMap((a) => Object.keys(a.routing?.to ?? {}).filter((to) => ids.includes(to)).map((to) => ({ from: a.id, to })));
  const names = Object.fromEntries(scenario.activities.map((a) => [a.id, nameIn(a.name, lang)]));
  if (!result) return { ids, routes, names };
  const participants = Object.fromEntries(ids.map((a) => [a, result.cells[cellOf(result.layout, `${PARTICIPANTS_PREFIX}${a}`, 'total')]?.mean ?? 0]));
  // A forecast kept from before direct recruits were counted has none: the diagram then shows routes only.
  const recruits = result.recruitMeans && Object.fromEntries(result.recruitMeans.map((r) => [r.activity, r.mean]));
  return { ids, routes, names, participants, routeMeans: result.routeMeans, recruits };
}
