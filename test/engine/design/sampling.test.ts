import { describe, expect, it } from 'vitest';
import { sampleRankCorrelation, sampleStandardDeviation } from 'simple-statistics';
import { runForecast } from '../../../src/engine/run';
import { validateScenario } from '../../../src/scenario/parse';
import { baselineDoc, cell, valid } from '../scenario-fixture';

const MOBILISATION = 'activities.A1.routing.proceed';
const GROWTH_B = 'activities.B.growthProbability';

describe('sampling designs in a forecast', () => {
  it('Latin hypercube lowers the standard error of the mean on the baseline', () => {
    // The spread of the mean over independent seeds is the actual standard error.
    const spread = (method: 'monte-carlo' | 'latin-hypercube') => {
      const doc = baselineDoc();
      doc.sampling = { method };
      const v = valid(doc);
      const means = Array.from({ length: 12 }, (_, s) => runForecast(v.model, { seed: `lhs-${s}`, iterations: 2000, targets: v.targets }).cells[cell('revenueDkk', 'total')].mean);
      return sampleStandardDeviation(means);
    };
    expect(spread('latin-hypercube')).toBeLessThan(0.7 * spread('monte-carlo'));
  });

  it('imposes the rank correlation between two inputs, each keeping its distribution', () => {
    const doc = baselineDoc();
    doc.sampling = { method: 'monte-carlo', correlations: { inputs: [MOBILISATION, GROWTH_B], matrix: [[1, 0.6], [0.6, 1]] } };
    const v = valid(doc);
    const r = runForecast(v.model, { seed: 9, iterations: 5000, targets: v.targets });
    const k = v.model.inputs.length;
    const x = r.blocks[0].subsample!.x;
    const col = (path: string) => {
      const j = v.model.inputs.findIndex((i) => i.path === path);
      return Array.from({ length: x.length / k }, (_, i) => x[i * k + j]);
    };
    expect(Math.abs(sampleRankCorrelation(col(MOBILISATION), col(GROWTH_B)) - 0.6)).toBeLessThan(0.03);
    // PERT(0.4, 0.5, 0.6) keeps its median 0.5.
    const sorted = col(MOBILISATION).sort((a, b) => a - b);
    expect(Math.abs(sorted[2500] - 0.5)).toBeLessThan(0.005);
  });

  it.each([
    [{ inputs: [MOBILISATION, 'activities.Q.x'], matrix: [[1, 0.5], [0.5, 1]] }, 'sampling.correlations.inputs.1', /not an input/],
    [{ inputs: [MOBILISATION, 'activities.A1.routing.to.A2'], matrix: [[1, 0.5], [0.5, 1]] }, 'sampling.correlations.inputs.1', /fixed/],
    [{ inputs: [MOBILISATION, GROWTH_B], matrix: [[1, 0.5], [0.4, 1]] }, 'sampling.correlations.matrix', /symmetric/],
    [{ inputs: [MOBILISATION, GROWTH_B], matrix: [[1, 0.5]] }, 'sampling.correlations.matrix', /one row per input/],
  ])('rejects a bad correlation %#, naming the path', (correlations, path, message) => {
    const doc = baselineDoc();
    doc.sampling = { method: 'monte-carlo', correlations };
    const r = validateScenario(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.find((e) => e.path === path)?.message).toMatch(message);
  });
});
