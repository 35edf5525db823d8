import { ACTIVITIES, TOTAL, cellIndex, indicatorIndex, type ActivityId } from '../../engine/indicators';
import type { ForecastResult } from '../../engine/run';
import type { Scenario } from '../../scenario/schema';
import type { FlowData } from './FlowDiagram';

/** The diagram's data: routes from the scenario, means from the forecast when there is one. */
export function toFlowData(scenario: Scenario, result?: ForecastResult): FlowData {
  const routes = ACTIVITIES.flatMap((from) => Object.keys(scenario.activities[from].routing?.to ?? {}).map((to) => ({ from, to: to as ActivityId })));
  const names = Object.fromEntries(ACTIVITIES.map((a) => [a, scenario.activities[a].name]));
  if (!result) return { routes, names };
  const participants = Object.fromEntries(ACTIVITIES.map((a) => [a, result.cells[cellIndex(indicatorIndex(`participants.${a}`), TOTAL)].mean]));
  // A forecast kept from before direct recruits were counted has none: the diagram then shows routes only.
  const recruits = result.recruitMeans && Object.fromEntries(result.recruitMeans.map((r) => [r.activity, r.mean]));
  return { routes, names, participants, routeMeans: result.routeMeans, recruits };
}
