import type { Dist } from '../../engine/dist';
import { resolveInput, type InputKind } from '../../scenario/resolve';
import type { InputSpec } from '../../scenario/schema';

const cache = new Map<string, Dist | string>();
const LIMIT = 500;

/**
 * resolveInput, remembered: fitting a PERT or beta to a 90 % interval is a numerical search
 * (tens of milliseconds), and every field of the editor redraws as the planner types.
 */
export function resolveCached(spec: unknown, kind: InputKind): Dist | null {
  const key = `${kind}:${JSON.stringify(spec, (k, v) => (k === 'note' ? undefined : v))}`;
  let d = cache.get(key);
  if (d === undefined) {
    d = resolveInput(spec as InputSpec, kind);
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, d);
  }
  return typeof d === 'string' ? null : d;
}
