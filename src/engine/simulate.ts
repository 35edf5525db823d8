import type { Model } from './model';
import type { Rng } from './rng';
import { CELLS, EVENT_HORIZONS, HORIZONS, TOTAL, indicatorIndex } from './indicators';
import { createFlowState, runPeriod } from './flow';
import { drawGrowth, sumAmount } from './outcomes';
import { horizonProbabilities } from './horizons';
import { binomial } from './sample/binomial';
import { multinomial } from './sample/multinomial';

const H = HORIZONS.length;
const at = (id: string, h: number) => indicatorIndex(id) * H + h;

/**
 * One Monte Carlo iteration of a model: given the programme-level inputs x, draws every
 * company's fate (aggregated) and writes all indicator × horizon cells into `out`.
 */
export type IterationFn = (x: Float64Array, rng: Rng, out: Float64Array) => void;

export interface Simulator {
  iterate: IterationFn;
  /** Companies sent along each route since the caller last zeroed it (see FlowState.routeTotals). */
  routeTotals: Float64Array;
}

/** Prepares the per-model constants and scratch space; `iterate` allocates nothing. */
export function createSimulator(model: Model): Simulator {
  const flow = createFlowState(model);
  const lagGrowth = [0, 1].map((p) => horizonProbabilities(model.growth.lag, model.periodYears, p));
  const lagOther = [0, 1].map((p) => horizonProbabilities(model.otherFte.lag, model.periodYears, p));
  const innovation = model.innovation.outcomes.map((o) => ({
    cell: at(o.indicator, 0),
    probabilityInput: o.probabilityInput,
    lag: [0, 1].map((p) => horizonProbabilities(o.lag, model.periodYears, p)),
  }));
  const participantCells = model.activities.map((a) => at(`participants.${a.id}`, 0));
  const c = {
    supported: at('supportedCompanies', 0), cofin: at('privateCofinancingDkk', 0),
    growth: at('growthCompanies', 0), jobs: at('newJobsFte', 0), revenue: at('revenueDkk', 0),
    supportedF: at('supportedCompaniesF', 0), cofinF: at('privateCofinancingDkkF', 0),
  };
  const counts = new Float64Array(EVENT_HORIZONS);

  const iterate: IterationFn = (x, rng, out) => {
    out.fill(0);
    for (let p = 0; p < 2; p++) {
      runPeriod(model, p, x, rng, flow);
      let innovators = 0;
      for (let a = 0; a < model.activities.length; a++) {
        out[participantCells[a] + p] = flow.participants[a];
        if (model.activities[a].group === 'innovation') innovators += flow.participants[a];
      }
      out[c.supported + p] = flow.newlySupported;
      out[c.cofin + p] = sumAmount(flow.newlySupported, model.cofinancing, x, rng);
      out[c.supportedF + p] = innovators;
      out[c.cofinF + p] = sumAmount(innovators, model.innovation.cofinancing, x, rng);

      const { growth, otherSupported } = drawGrowth(model, x, rng, flow);
      multinomial(growth, lagGrowth[p], counts, rng);
      for (let h = 0; h < EVENT_HORIZONS; h++) {
        out[c.growth + h] += counts[h];
        out[c.jobs + h] += sumAmount(counts[h], model.growth.fte, x, rng);
      }
      multinomial(otherSupported, lagOther[p], counts, rng);
      for (let h = 0; h < EVENT_HORIZONS; h++) out[c.jobs + h] += sumAmount(counts[h], model.otherFte, x, rng);

      for (const o of innovation) {
        multinomial(binomial(innovators, x[o.probabilityInput], rng), o.lag[p], counts, rng);
        for (let h = 0; h < EVENT_HORIZONS; h++) out[o.cell + h] += counts[h];
      }
    }
    const revenuePerFte = x[model.revenuePerFteInput];
    for (let h = 0; h < EVENT_HORIZONS; h++) out[c.revenue + h] = out[c.jobs + h] * revenuePerFte;
    for (let cell = 0; cell < CELLS; cell += H) {
      let sum = 0;
      for (let h = 0; h < EVENT_HORIZONS; h++) sum += out[cell + h];
      out[cell + TOTAL] = sum;
    }
  };
  return { iterate, routeTotals: flow.routeTotals };
}
