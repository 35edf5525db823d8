import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createKeptForecasts } from '../../../src/ui/run/kept-forecasts';
import { FORECAST_FORMAT, type ForecastResult } from '../../../src/engine/forecast-result';
import type { ForecastArchive, SavedForecast } from '../../../src/ui/store/forecast-archive';

const saved = (inputs: string, format = FORECAST_FORMAT): SavedForecast => ({ format, inputs, result: { iterations: 1 } as ForecastResult, seconds: 1, computedAt: 5 });

/** An archive in memory that counts its reads, and can refuse to write. */
function archive(start: Record<string, SavedForecast>, refuse = false) {
  const data = new Map(Object.entries(start));
  const reads: string[] = [];
  const a: ForecastArchive = {
    get: async (id) => (reads.push(id), data.get(id)),
    put: async (id, s) => {
      if (refuse) throw new Error('the disk is full');
      data.set(id, s);
    },
    forgetDeleted: async () => {},
  };
  return { a, reads };
}

describe('the kept-forecasts slice of the forecast store', () => {
  it('reads a scenario once, and gives its forecast only for the inputs it was computed from', async () => {
    const { a, reads } = archive({ s1: saved('inputs-1') });
    await createRoot(async (dispose) => {
      const k = createKeptForecasts(a);
      await k.read('s1');
      expect(k.read('s1')).toBeUndefined();
      expect(reads).toEqual(['s1']);
      expect(k.fitting('s1', 'inputs-1')?.inputs).toBe('inputs-1');
      expect(k.fitting('s1', 'inputs-2')).toBeUndefined();
      expect(k.fitting(null, 'inputs-1')).toBeUndefined();
      dispose();
    });
  });

  it('a forecast of another format (an older engine’s) counts as none; without an archive nothing is read or kept', async () => {
    const { a } = archive({ old: saved('inputs-1', FORECAST_FORMAT - 1) });
    await createRoot(async (dispose) => {
      const k = createKeptForecasts(a);
      await k.read('old');
      expect(k.fitting('old', 'inputs-1')).toBeUndefined();
      const none = createKeptForecasts(undefined);
      expect(none.read('old')).toBeUndefined();
      none.keep(['old'], saved('x'));
      dispose();
    });
  });

  it('a kept run is given once stored; one that cannot be stored is named with why', async () => {
    await createRoot(async (dispose) => {
      const ok = createKeptForecasts(archive({}).a);
      ok.keep(['s1', 's2'], saved('inputs-9'));
      await vi.waitFor(() => expect(ok.fitting('s2', 'inputs-9')?.computedAt).toBe(5));
      const full = createKeptForecasts(archive({}, true).a);
      full.keep(['s1'], saved('inputs-9'));
      await vi.waitFor(() => expect(full.failure()).not.toBeNull());
      expect(full.failure()).toEqual({ computedAt: 5, message: 'the disk is full' });
      expect(full.fitting('s1', 'inputs-9')).toBeUndefined();
      dispose();
    });
  });
});
