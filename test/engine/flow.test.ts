import { describe, expect, it } from 'vitest';
import { runForecast } from '../../src/engine/run';
import { CELLS } from '../seed-layout';
import { baselineDoc, cell, valid, type Doc } from './scenario-fixture';

/**
 * With growth probability 1 in B–E2 and 0 in A1 and A2, every company that was supported
 * (in B–E2) becomes a growth company when it leaves the growth activities, and no other
 * company does: growth companies = supported companies, in every iteration.
 */
function everySupportedGrows(doc: Doc): Doc {
  for (const id of ['B', 'C', 'D', 'E1', 'E2']) doc.activities[id].growthProbability = 1;
  doc.activities.A1.growthProbability = 0;
  doc.activities.A2.growthProbability = 0;
  return doc;
}

/** Iterations (of the first 5000) where supported and growth companies differ, and the largest gap. */
function mismatches(doc: Doc): { count: number; largest: number } {
  const { model, targets } = valid(doc);
  const r = runForecast(model, { seed: 'conservation', iterations: 5000, targets });
  const rows = r.blocks[0].subsample!.out;
  let count = 0;
  let largest = 0;
  for (let i = 0; i < 5000; i++) {
    const gap = rows[i * CELLS + cell('supportedCompanies', 'total')] - rows[i * CELLS + cell('growthCompanies', 'total')];
    if (gap !== 0) count++;
    largest = Math.max(largest, Math.abs(gap));
  }
  return { count, largest };
}

describe('flow', () => {
  it('accounts for every supported company when no seat limit binds', () => {
    const doc = everySupportedGrows(baselineDoc());
    // Seats B–E2 far above what A1/A2 can send, so nobody is turned away.
    for (const id of ['B', 'C', 'D', 'E1', 'E2']) doc.activities[id].units = { period1: 200, period2: 200 };
    expect(mismatches(doc)).toEqual({ count: 0, largest: 0 });
  }, 60_000);

  it('accounts for every supported company when E2 is full (baseline seats)', () => {
    expect(mismatches(everySupportedGrows(baselineDoc()))).toEqual({ count: 0, largest: 0 });
  }, 60_000);
});
