import { createEffect, createSignal } from 'solid-js';

import { MAX_ITERATIONS } from '../../engine/block-plan';

/** The fewest iterations of a full run (the most is the engine's MAX_ITERATIONS). */
export const MIN_ITERATIONS = 1_000;
/** A seed the engine takes and a file name can carry: letters, digits, - and _ (at most 40). */
export const SEED_PATTERN = /^[\w-]{1,40}$/;
const isIterations = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= MIN_ITERATIONS && (n as number) <= MAX_ITERATIONS;

/** The size and seed of the next full run, as the planner chose them. */
export interface RunSettings {
  iterations: number;
  seed: string;
}

/** Where the run settings are kept between visits; `load` gives what was kept, as far as it is a number and a text. */
export interface RunSettingsStore {
  load(): Partial<RunSettings>;
  save(s: RunSettings): void;
}

const KEY = 'workbench.run';

/** The run settings in this browser's localStorage (none kept where it is refused, as in some private windows). */
export function localRunSettings(): RunSettingsStore {
  return {
    load() {
      try {
        const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
        if (typeof v !== 'object' || v === null) return {};
        const { iterations, seed } = v as Record<string, unknown>;
        return { ...(typeof iterations === 'number' ? { iterations } : {}), ...(typeof seed === 'string' ? { seed } : {}) };
      } catch {
        return {};
      }
    },
    save(s) {
      try {
        localStorage.setItem(KEY, JSON.stringify(s));
      } catch {
        /* refused: the settings last this visit */
      }
    },
  };
}

/**
 * The forecast store's run-settings slice: the size and seed of the next full run, read from
 * where they were kept (anything out of range or not a seed reads as the defaults, 100,000 and
 * "1") and kept again whenever they change (a seed being typed once it is one).
 */
export function createRunSettings(kept?: RunSettingsStore) {
  const chosen = kept?.load() ?? {};
  const [iterations, setIterations] = createSignal(isIterations(chosen.iterations) ? chosen.iterations : 100_000);
  const [seed, setSeed] = createSignal(chosen.seed !== undefined && SEED_PATTERN.test(chosen.seed) ? chosen.seed : '1');
  createEffect(() => {
    const [n, s] = [iterations(), seed()];
    if (SEED_PATTERN.test(s)) kept?.save({ iterations: n, seed: s });
  });
  return { iterations, setIterations, seed, setSeed };
}
