import type { Dist } from '../../engine/dist';
import { resolveSpec, type InputKind } from '../../scenario/resolve';
import type { InputSpec } from '../../scenario/schema';

const cache = new Map<string, Dist | null>();
const LIMIT = 500;

/**
 * resolveSpec, remembered (only whether it resolves; its problems are worded elsewhere): fitting a PERT or beta to a 90 % interval is a numerical search
 * (tens of milliseconds), and every field of the editor redraws as the planner types.
 */
export function resolveCached(spec: unknown, kind: InputKind): Dist | null {
  const key = `${kind}:${JSON.stringify(spec, (k, v) => (k === 'note' ? undefined : v))}`;
  let d = cache.get(key);
  if (d === undefined) {
    const r = resolveSpec(spec as InputSpec, kind);
    d = Array.isArray(r) ? null : r;
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, d);
  }
  return d;
}
