/**
 * The programme's mobilising activity: the one activity where companies come in from outside
 * (no route leads to it), recruited, and leave by mobilising to go on (it has routes). A1 in
 * the application, whose proceed rate is the "mobilisation rate" the editor puts first and the
 * evidence checks measure. Null where the programme has no such single activity. Reads a draft
 * as well as a valid scenario: entries without a text id are skipped.
 */
export function mobilisingActivity(activities: unknown): string | null {
  if (!Array.isArray(activities)) return null;
  const list = activities as { id?: unknown; routing?: { proceed?: unknown; to?: unknown }; recruitment?: unknown }[];
  const routedTo = new Set(list.flatMap((a) => Object.keys((a?.routing?.to as object | undefined) ?? {})));
  const entries = list.filter((a) => typeof a?.id === 'string' && !routedTo.has(a.id) && a.routing?.proceed !== undefined && a.recruitment !== undefined);
  return entries.length === 1 ? (entries[0].id as string) : null;
}
