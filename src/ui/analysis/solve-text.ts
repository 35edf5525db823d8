import type { SolveResult } from '../../engine/analysis/solve';
import { horizonOf, indicatorOf } from '../../engine/layout';
import type { ValidScenario } from '../../scenario/parse';
import type { InputKind } from '../../engine/model';
import { type AnalysisText } from '../i18n/messages-analysis';
import { assumptionName, formatInputValue } from './input-text';

export interface SolveQuestion {
  path: string;
  /** What the input measures (the model's input's kind): its bounds and how its values are shown. */
  kind: InputKind;
  cell: number;
  confidence: number;
  target: number;
  bounds: [number, number];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** English article before a percentage: "an 80 %", "an 11 %", "a 63 %". */
const article = (p: number) => (/^(8|11|18)/.test(String(Math.round(p * 100))) ? 'an' : 'a');

/**
 * The solver's answer as a sentence in the planner's language: "The mobilisation rate (A1)
 * must be at least 62 % for an 80 % chance of 130 new growth companies (A1–E2), total", or
 * that no value in the allowed range reaches the confidence, with the best one.
 */
export function solveSentence(v: Pick<ValidScenario, 'layout' | 'labels'>, q: SolveQuestion, r: SolveResult, text: AnalysisText): string {
  const { i18n, tr } = text;
  const ind = indicatorOf(v.layout, q.cell);
  const kind = q.kind;
  const value = (x: number) => formatInputValue(x, kind, i18n);
  const confidence = i18n.pct(q.confidence, 1);
  const common = {
    a: article(q.confidence),
    confidence,
    target: ind.unit === 'dkk' ? i18n.money(q.target) : i18n.num(q.target, 1),
    indicator: lower(v.labels.indicator(ind.id, i18n.lang())),
    horizon: lower(v.labels.horizon(horizonOf(v.layout, q.cell), i18n.lang())),
  };
  if (r.found) {
    return tr('solve.found', {
      ...common,
      Input: assumptionName(q.path, i18n, true),
      direction: tr(r.direction === 'at least' ? 'solve.atLeast' : 'solve.atMost'),
      value: value(r.median),
    });
  }
  return tr('solve.notFound', {
    ...common,
    input: assumptionName(q.path, i18n),
    lo: value(r.searched[0]),
    hi: value(r.searched[1]),
    best: value(r.best),
    p: Number.isNaN(r.probabilityAtBest) ? '–' : i18n.pct(r.probabilityAtBest, 1),
    pa: article(r.probabilityAtBest),
  });
}
