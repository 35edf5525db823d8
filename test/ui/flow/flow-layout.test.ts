import { describe, expect, it } from 'vitest';
import baseline from '../../../scenarios/baseline.json';
import { validateScenario } from '../../../src/scenario/parse';
import { layoutFlow } from '../../../src/ui/flow/flow-layout';
import { toFlowData } from '../../../src/ui/flow/flow-data';

const parsed = validateScenario(baseline);
if (!parsed.ok) throw new Error('baseline does not validate');

describe('layoutFlow', () => {
  const data = toFlowData(parsed.value.scenario, 'en');
  const layout = layoutFlow(data.ids, data.routes);
  const col = Object.fromEntries(layout.nodes.map((n) => [n.id, n.col]));

  it('puts the application’s activities in the columns A1 → A2 → B/C/D/E1 → E2 → F', () => {
    expect(col).toEqual({ A1: 0, A2: 1, B: 2, C: 2, D: 2, E1: 2, E2: 3, F: 4 });
  });

  it('draws every route of the scenario, labelling only those between neighbouring columns', () => {
    expect(data.routes).toHaveLength(11);
    expect(layout.edges.filter((e) => e.label).map((e) => `${e.from}-${e.to}`)).toEqual(['A1-A2', 'A2-B', 'A2-C', 'A2-D', 'A2-E1', 'E1-E2', 'E2-F']);
  });

  it('keeps every box inside the drawing without overlaps', () => {
    for (const a of layout.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.y + 46).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) if (a !== b && a.col === b.col) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(46);
    }
  });
});
