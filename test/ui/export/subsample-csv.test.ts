import { describe, expect, it } from 'vitest';
import { runForecast } from '../../../src/engine/run';
import { CELLS, HORIZONS, cellIndex, indicatorIndex } from '../../seed-layout';
import { subsampleCsv } from '../../../src/ui/export/subsample-csv';
import { baseline } from './fixture';

const v = baseline();
const result = runForecast(v.model, { seed: 7, iterations: 3000, targets: v.targets });

describe('subsample CSV', () => {
  it('puts an out-of-date forecast’s warning on a line before the header', () => {
    const lines = subsampleCsv(result, v.model.inputs, 'en', 'OUT OF DATE: x, y')!.slice(1).split('\r\n');
    expect(lines[0]).toBe('"OUT OF DATE: x, y"');
    expect(lines[1]).toMatch(/^block,iteration,/);
  });

  it('has a BOM, input paths and cell names as headers, and one row per kept iteration with its numbers', () => {
    const csv = subsampleCsv(result, v.model.inputs, 'da')!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const head = lines[0].split(';');
    expect(head.slice(0, 2)).toEqual(['block', 'iteration']);
    expect(head).toContain('activities.A1.routing.proceed');
    expect(head).toContain('growthCompanies:total');
    expect(head).toHaveLength(2 + v.model.inputs.length + CELLS);
    const kept = result.blocks.reduce((n, b) => n + (b.subsample ? b.subsample.out.length / CELLS : 0), 0);
    expect(lines).toHaveLength(1 + kept);
    const b = result.blocks[0];
    const col = head.indexOf('growthCompanies:total');
    const cell = cellIndex(indicatorIndex('growthCompanies'), HORIZONS.indexOf('total'));
    expect(Number(lines[1].split(';')[col].replace(',', '.'))).toBe(b.subsample!.out[cell]);
    const inCol = head.indexOf('activities.A1.routing.proceed');
    const j = v.model.inputs.findIndex((i) => i.path === 'activities.A1.routing.proceed');
    expect(Number(lines[2].split(';')[inCol].replace(',', '.'))).toBe(b.subsample!.x[v.model.inputs.length + j]);
  });

  it('uses commas and decimal points in English, and neutralises a header that looks like a formula', () => {
    const inputs = [{ path: '=cmd', dist: { type: 'fixed' as const, value: 1 }, kind: 'probability' as const }, ...v.model.inputs.slice(1)];
    const csv = subsampleCsv(result, inputs, 'en')!;
    expect(csv.slice(1).split('\r\n')[0].split(',').slice(0, 3)).toEqual(['block', 'iteration', "'=cmd"]);
  });

  it('is null when the forecast kept no iterations', () => {
    expect(subsampleCsv({ ...result, blocks: [] }, v.model.inputs, 'en')).toBeNull();
  });
});
