import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import baseline from '../../scenarios/baseline.json';
import evidence from '../../scenarios/evidence.json';
import { validateScenario, type ValidScenario } from '../../src/scenario/parse';
import { notInReference, notInReferenceText } from '../../src/report/compare-report';

const valid = (doc: unknown): ValidScenario => {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
};
const other = valid(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/examples/export-programme.json'), 'utf8')));

describe('what a comparison of two programmes does not show', () => {
  it('is nothing for scenarios of the same programme', () => {
    expect(notInReference([valid(baseline), valid(evidence)], 0, 'en')).toEqual([]);
  });

  it('names the other programme’s own periods and indicators, in its words', () => {
    const [n] = notInReference([valid(baseline), other], 0, 'en');
    expect(n.name).toBe(other.scenario.name);
    expect(n.horizons).toEqual(other.scenario.periods.map((p) => p.label!.en));
    expect(n.indicators).toEqual(other.scenario.activities.map((a) => `Participants in ${a.id}`));
    expect(notInReferenceText(n, 'en')).toMatch(/^Not shown: “.+” also forecasts the periods .+ and the indicators .+, which the reference’s programme does not have/);
    // The seed's periods and participant counts are what the export programme lacks, seen the other way.
    const [back] = notInReference([valid(baseline), other], 1, 'da');
    expect(back.horizons).toEqual(['1. periode', '2. periode']);
  });
});
