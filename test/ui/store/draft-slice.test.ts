import { createRoot } from 'solid-js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraftSlice } from '../../../src/ui/store/draft-slice';
import { setIn } from '../../../src/ui/store/draft-path';
import { problem } from '../../../src/scenario/errors';

const baseline = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));

describe('the draft slice of the scenario store', () => {
  it('shows a document with its validation; with errors it keeps the last valid version only where asked', () => {
    createRoot((dispose) => {
      const d = createDraftSlice();
      expect(d.parsed().ok).toBe(false);
      d.show(baseline, false);
      expect(d.parsed().ok).toBe(true);
      expect(d.lastValid()?.scenario.id).toBe('baseline');
      const broken = setIn(baseline, ['activities', 'A1', 'companiesPerUnit'], -1);
      d.show(broken, true);
      expect(d.docOk()).toBe(false);
      expect(d.lastValid()?.scenario.id).toBe('baseline');
      d.show(broken, false);
      expect(d.lastValid()).toBeNull();
      dispose();
    });
  });

  it('a refused text is an error while its field is as it was when typed, and is dropped once the field changes', () => {
    createRoot((dispose) => {
      const d = createDraftSlice();
      const path = 'activities.A1.companiesPerUnit';
      const texts = { [path]: { path, text: 'many', problem: problem('notNumber', { text: 'many' }), under: JSON.stringify(10) } };
      const doc = setIn(baseline, ['activities', 'A1', 'companiesPerUnit'], 10);
      expect(Object.keys(d.show(doc, false, texts))).toEqual([path]);
      expect(d.parsed().ok).toBe(false);
      expect(d.docOk()).toBe(true);
      expect(Object.keys(d.show(setIn(doc, ['activities', 'A1', 'companiesPerUnit'], 12), false, texts))).toEqual([]);
      expect(d.parsed().ok).toBe(true);
      dispose();
    });
  });

  it('the programme keeps its layout while the structure stays, and takes new words at once', () => {
    createRoot((dispose) => {
      const d = createDraftSlice();
      const own = (en: string) => setIn(baseline, ['indicators'], [{ id: 'advice', label: { da: 'Rådgivning', en }, rule: { kind: 'companies', activities: ['C', 'D'] } }]);
      d.show(own('Advice'), false);
      const first = d.programme();
      d.show(own('Advice and coaching'), false);
      expect(d.programme().layout).toBe(first.layout);
      expect(d.programme().labels.indicator('advice', 'en')).toBe('Advice and coaching');
      // A new period is a new structure: a new layout.
      d.show(setIn(baseline, ['periods'], [...baseline.periods, { id: 'period3', years: 1 }]), false);
      expect(d.programme().layout).not.toBe(first.layout);
      dispose();
    });
  });
});
