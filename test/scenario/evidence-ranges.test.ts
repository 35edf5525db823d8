import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/baseline.json';
import blank from '../../scenarios/templates/blank.json';
import { validateScenario } from '../../src/scenario/parse';
import { coherenceChecks } from '../../src/scenario/checks';
import { EVIDENCE_RANGES } from '../../src/scenario/evidence-ranges';
import { renameActivityId } from '../../src/scenario/programme-edits';

const valid = (doc: unknown) => {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
};
const evidenceInputs = (doc: unknown) => coherenceChecks(valid(doc)).filter((c) => c.id.startsWith('evidence.')).map((c) => c.input);

describe('the evidence ranges', () => {
  it('apply to the seed’s inputs by their role: A1’s mobilisation, the growth chance of the supported activities B–E2', () => {
    const s = valid(baseline).scenario;
    expect(EVIDENCE_RANGES[0].paths(s)).toEqual(['activities.A1.routing.proceed']);
    expect(EVIDENCE_RANGES[1].paths(s)).toEqual(['B', 'C', 'D', 'E1', 'E2'].map((a) => `activities.${a}.growthProbability`));
  });

  it('follow an activity that is given another id', () => {
    const s = valid(renameActivityId(renameActivityId(baseline, 'A1', 'intro'), 'C', 'sparring')).scenario;
    expect(EVIDENCE_RANGES[0].paths(s)).toEqual(['activities.intro.routing.proceed']);
    expect(EVIDENCE_RANGES[1].paths(s)).toContain('activities.sparring.growthProbability');
  });

  it('measure another programme by what its activities do, and say nothing of innovation where no activity aims at it', () => {
    // The blank template: one supported growth activity with a 0 % growth chance, every outcome 0.
    const inputs = evidenceInputs(blank);
    expect(inputs).toContain('activities.activity1.growthProbability');
    expect(inputs.filter((p) => p?.startsWith('outcomes.innovation'))).toEqual([]);
  });
});
