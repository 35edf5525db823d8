import fc from 'fast-check';
import { validateScenario } from '../../src/scenario/parse';
import { editorVoice, errorText, fileVoice } from '../../src/scenario/error-text';
import { fieldLabel } from '../../src/scenario/labels';
import { runForecast } from '../../src/engine/run';
import { ACTIVITIES } from '../seed-layout';
import { baselineDoc } from '../engine/scenario-fixture';

/** Every path to a leaf or object of a document, as key lists. */
function paths(doc: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (doc === null || typeof doc !== 'object') return [prefix];
  const keys = Array.isArray(doc) ? doc.map((_, i) => i) : Object.keys(doc);
  return [prefix, ...keys.flatMap((k) => paths((doc as Record<string | number, unknown>)[k], [...prefix, k]))];
}
const BASE = baselineDoc();
const ALL_PATHS = paths(BASE).filter((p) => p.length > 0);

/** Values a careless edit or a colleague's file might hold. */
const nasty = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, -0.5, 1.5, 2, 1e12, 1e308, -1e308, 0, 1, 0.5, 1e-320),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(100_000)),
  fc.constantFrom(null, true, false, [], {}, [1, 2], { type: 'pert' }, { type: 'beta', p5: 0.9, p95: 0.1 }, { type: 'normal', mean: 0.5, sd: -1 }),
  fc.constant(Array.from({ length: 200 }).reduce<unknown>((inner) => ({ deep: inner }), 1)),
);

type Mutation = (doc: Record<string, unknown>) => void;

const setAt = (doc: unknown, path: (string | number)[], value: unknown) => {
  let node = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...ALL_PATHS), nasty).map(([p, v]): Mutation => (d) => setAt(d, p, v)),
  fc.tuple(fc.constantFrom(...ALL_PATHS), fc.string({ minLength: 1, maxLength: 12 }), nasty).map(([p, k, v]): Mutation => (d) => {
    let node: unknown = d;
    for (const key of p) node = (node as Record<string | number, unknown>)[key];
    if (node && typeof node === 'object' && !Array.isArray(node)) (node as Record<string, unknown>)[k] = v;
  }),
  fc.constantFrom(...ALL_PATHS).map((p): Mutation => (d) => {
    let node = d as Record<string | number, unknown>;
    for (const k of p.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
    delete node[p[p.length - 1]];
  }),
  // Routing cycles and routing that sends more than everyone onward.
  fc.tuple(fc.constantFrom(...ACTIVITIES), fc.constantFrom(...ACTIVITIES), fc.double({ min: 0, max: 2, noNaN: true })).map(([a, b, share]): Mutation => (d) => {
    const act = (d.activities as Record<string, Record<string, unknown>>)[a];
    act.routing = { proceed: 0.5, to: { ...((act.routing as { to?: object })?.to ?? {}), [b]: share } };
  }),
);

/** A baseline document with 1–4 random mutations. */
export const mutatedScenario = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
  const d = structuredClone(BASE);
  for (const m of ms) {
    try {
      m(d);
    } catch {
      /* a mutation whose path an earlier one removed: skip it */
    }
  }
  return d as unknown;
});

/** Any JSON-ish value at all, as a whole file might be. */
export const anything = fc.oneof(fc.anything(), nasty);

/**
 * Checks one document: validation never throws; an invalid one has errors that each name a
 * path and say something; a valid one runs a short forecast without throwing, every number
 * finite. Returns how long it took (ms).
 */
export function checkDocument(doc: unknown): number {
  const t = performance.now();
  const r = validateScenario(doc);
  if (!r.ok) {
    if (r.errors.length === 0) throw new Error('rejected without an error');
    for (const e of r.errors) {
      if (!e.path || !e.message || !e.code) throw new Error(`error without path, rule or message: ${JSON.stringify(e)}`);
      // Every rule has its words in both languages, for the editor and for a file, at its field and on its own.
      for (const voice of [editorVoice('da'), editorVoice('en'), fileVoice('da')]) {
        for (const at of [undefined, e.path, ...(e.fields ?? [])]) {
          const text = errorText(e, voice, at);
          if (!text || /undefined|NaN|\[object/.test(text)) throw new Error(`no proper message for ${JSON.stringify(e)} in ${voice.lang}: ${text}`);
        }
        if (!fieldLabel(e.path, voice.lang)) throw new Error(`no label for ${e.path}`);
      }
    }
  } else {
    const f = runForecast(r.value.model, { seed: 1, iterations: 200, targets: r.value.targets });
    for (const c of f.cells) if (![c.mean, c.p5, c.p95].every(Number.isFinite)) throw new Error(`non-finite summary in a valid scenario: ${JSON.stringify(c)}`);
  }
  return performance.now() - t;
}
