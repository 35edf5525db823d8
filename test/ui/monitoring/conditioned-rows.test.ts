import { describe, expect, it } from 'vitest';
import type { InputUpdate } from '../../../src/engine/conditioning/condition';
import { movedInputs } from '../../../src/ui/monitoring/conditioned-rows';

const input = (over: Partial<InputUpdate>): InputUpdate => ({ path: 'x', priorMean: 0.5, priorSd: 0.1, updatedMean: 0.5, updatedSd: 0.1, how: 'weights', ...over });

describe('the assumptions the actuals moved', () => {
  it('lists exact updates always, weighted ones from a tenth of their prior spread, and never the unchanged', () => {
    const inputs = [
      input({ path: 'exact', how: 'conjugate', updatedMean: 0.5 }),
      input({ path: 'moved', updatedMean: 0.51 }),
      input({ path: 'noise', updatedMean: 0.509 }),
      input({ path: 'down', updatedMean: 0.48 }),
      input({ path: 'fixed', priorSd: 0, updatedMean: 0.7 }),
      input({ path: 'untouched', how: 'unchanged', updatedMean: 0.9 }),
    ];
    expect(movedInputs(inputs).map((x) => x.path)).toEqual(['exact', 'moved', 'down']);
  });
});
