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
