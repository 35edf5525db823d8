import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anything, checkDocument, mutatedScenario } from './fuzz';

/** Each document must be handled within this bound (validation plus a 200-iteration run). */
const BOUND_MS = 2000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('the scenario boundary under random and mutated documents', () => {
  it(`handles ${RUNS} mutated baselines: rejected with path errors, or run without failure`, () => {
    fc.assert(fc.property(mutatedScenario, (doc) => {
      expect(checkDocument(doc)).toBeLessThan(BOUND_MS);
    }), { numRuns: RUNS, seed: 42 });
  });

  it(`handles ${RUNS} arbitrary values as whole documents`, () => {
    fc.assert(fc.property(anything, (doc) => {
      expect(checkDocument(doc)).toBeLessThan(BOUND_MS);
    }), { numRuns: RUNS, seed: 43 });
  });
});
