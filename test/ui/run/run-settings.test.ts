import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createRunSettings, type RunSettings } from '../../../src/ui/run/run-settings';

/** A place to keep the settings that remembers what was saved. */
const keptAs = (start: Partial<RunSettings>) => {
  const saved: RunSettings[] = [];
  return { saved, store: { load: () => start, save: (s: RunSettings) => void saved.push(s) } };
};

describe('the run settings slice of the forecast store', () => {
  it('reads the kept size and seed, and the defaults for anything out of range or not a seed', () => {
    createRoot((dispose) => {
      const good = createRunSettings(keptAs({ iterations: 250_000, seed: 'plan-b' }).store);
      expect([good.iterations(), good.seed()]).toEqual([250_000, 'plan-b']);
      const bad = createRunSettings(keptAs({ iterations: 10, seed: 'no spaces' }).store);
      expect([bad.iterations(), bad.seed()]).toEqual([100_000, '1']);
      const none = createRunSettings();
      expect([none.iterations(), none.seed()]).toEqual([100_000, '1']);
      dispose();
    });
  });

  it('keeps them again when they change, a seed only once it is one', async () => {
    const { saved, store } = keptAs({});
    await new Promise<void>((resolve) => createRoot(async (dispose) => {
      const s = createRunSettings(store);
      await Promise.resolve();
      s.setIterations(1_000_000);
      await Promise.resolve();
      s.setSeed('half typed ');
      await Promise.resolve();
      s.setSeed('42');
      await Promise.resolve();
      dispose();
      resolve();
    }));
    expect(saved.at(-1)).toEqual({ iterations: 1_000_000, seed: '42' });
    expect(saved.some((x) => x.seed === 'half typed ')).toBe(false);
  });
});
