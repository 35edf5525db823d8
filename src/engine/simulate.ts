import { periodYears, type Model } from './model';
import { siteKey, type IterationStreams, type Rng } from './rng';
import { cellIndex, COST_INDICATORS, indicatorIndex, layoutOf, PARTICIPANTS_PREFIX } from './layout';
import { createFlow } from './flow';
import { compileAmount } from './outcomes';
import { horizonProbabilities } from './horizons';
import { binomial } from './sample/binomial';
import { multinomial } from './sample/multinomial';


/**
 * The horizon that holds all of a lag's probability (a fixed lag), or −1 where it is spread
 * over several. Splitting n over such a lag is no draw at all: all n land there.
 */
function onlyHorizon(probs: Float64Array): number {
  const h = probs.findIndex((q) => q > 0);
  return h >= 0 && probs[h] === 1 ? h : -1;
}

/**
 * Writes into `counts` how n companies fall in the event horizons by a lag with horizon
 * probabilities `probs`: an exact multinomial, or no draw at all where the lag puts all its
 * probability in one horizon (`only`, from onlyHorizon).
 */
function spread(k: number, probs: Float64Array, only: number, counts: Float64Array, rng: Rng): void {
  // counts.length is the model's event horizons.
  if (only >= 0) {
    counts.fill(0);
    counts[only] = k;
  } else multinomial(k, probs, counts, rng);
}

/** A ratio of sums: 0 where the numerator is 0, +∞ where only the denominator is. */
function ratio(numerator: number, denominator: number): number {
  return numerator === 0 ? 0 : denominator > 0 ? numerator / denominator : Infinity;
}

/**
 * One Monte Carlo iteration of a model: given the programme-level inputs x, draws every
 * company's fate (aggregated) from the iteration's streams (started by the caller), one
 * stream per draw site, and writes all indicator × horizon cells into `out`.
 */
export type IterationFn = (x: Float64Array, streams: IterationStreams, out: Float64Array) => void;

export interface Simulator {
  iterate: IterationFn;
  /** Companies sent along each route, then recruited directly into each activity, since the caller last zeroed it (see Flow.flowTotals). */
  flowTotals: Float64Array;
}

/** Prepares the per-model constants and scratch space; `iterate` allocates nothing. */
export function createSimulator(model: Model): Simulator {
  const flow = createFlow(model);
  const n = model.activities.length;
  const layout = layoutOf(model);
  const H = layout.horizons.length;
  const NP = layout.periods;
  const EH = layout.eventHorizons;
  const PT = layout.projectTotal;
  const TOT = layout.total;
  const NCELLS = layout.cells;
  const at = (id: string, h: number) => cellIndex(layout, indicatorIndex(layout, id), h);
  const years = periodYears(model);
  const periods = Array.from({ length: NP }, (_, p) => p);
  const lagGrowth = periods.map((p) => horizonProbabilities(model.growth.lag, years, p));
  const lagOther = periods.map((p) => horizonProbabilities(model.otherFte.lag, years, p));
  const outcomes = model.innovation.outcomes;
  const outcomeCell = Int32Array.from(outcomes, (o) => at(o.indicator, 0));
  const outcomeInput = Int32Array.from(outcomes, (o) => o.probabilityInput);
  const outcomeLag = periods.map((p) => outcomes.map((o) => horizonProbabilities(o.lag, years, p)));
  const outcomeOnly = periods.map((p) => Int32Array.from(outcomeLag[p], onlyHorizon));
  const otherOnly = Int32Array.from(lagOther, onlyHorizon);
  const growthOnly = Int32Array.from(lagGrowth, onlyHorizon);
  const more = new Float64Array(EH);
  /** Adds n companies spread over the horizons by a lag to `counts` (see spread). */
  const addSpread = (k: number, probs: Float64Array, only: number, counts: Float64Array, rng: Rng) => {
    spread(k, probs, only, more, rng);
    for (let h = 0; h < EH; h++) counts[h] += more[h];
  };
  const participantCells = Int32Array.from(model.activities, (a) => at(`${PARTICIPANTS_PREFIX}${a.id}`, 0));
  const isInnovation = Uint8Array.from(model.activities, (a) => (a.group === 'innovation' ? 1 : 0));
  /** Per activity: the input of its growth probability, or −1 where it has none (its leavers do not become growth companies). */
  const growthIn = Int32Array.from(model.activities, (a) => a.growthInput);
  const cofinancing = compileAmount(model.cofinancing);
  const cofinancingF = compileAmount(model.innovation.cofinancing);
  const growthFte = compileAmount(model.growth.fte);
  const otherFte = compileAmount(model.otherFte);
  const revenuePerFteInput = model.revenuePerFteInput;
  const c = {
    supported: at('supportedCompanies', 0), cofin: at('privateCofinancingDkk', 0),
    growth: at('growthCompanies', 0), jobs: at('newJobsFte', 0), revenue: at('revenueDkk', 0),
    supportedF: at('supportedCompaniesF', 0), cofinF: at('privateCofinancingDkkF', 0),
  };
  const costs = model.costs;
  const costCell = costs ? at('costDkk', 0) : -1;
  const costFixed = Float64Array.from(costs?.fixed ?? []);
  /** Per costed activity: its units in each period (flattened, activity by activity), and its cost-per-unit input. */
  const costUnits = Float64Array.from((costs?.activities ?? []).flatMap((a) => a.units));
  const costInput = Int32Array.from(costs?.activities ?? [], (a) => a.perUnitInput);
  const own = model.indicators ?? [];
  const perDefs = [...(costs ? COST_INDICATORS.filter((d) => d.per) : []), ...own.filter((d) => d.per)];
  const perCell = Int32Array.from(perDefs, (d) => at(d.id, 0));
  const perOf = Int32Array.from(perDefs, (d) => at(d.per!, 0));
  const perNumerator = Int32Array.from(perDefs, (d) => at(d.of ?? 'costDkk', 0));
  // The scenario's own indicators: companies first counted in a member set, a state's companies and amounts, sums, derived amounts.
  const ruleOf = <K extends NonNullable<(typeof own)[number]['rule']>['kind']>(kind: K) =>
    own.flatMap((d) => (d.rule?.kind === kind ? [{ cell: at(d.id, 0), rule: d.rule as Extract<NonNullable<typeof d.rule>, { kind: K }> }] : []));
  const setCell = Int32Array.from(ruleOf('companies'), (r) => r.cell);
  const setOf = Int32Array.from(ruleOf('companies'), (r) => r.rule.set);
  const stateCell = Int32Array.from(ruleOf('state'), (r) => r.cell);
  const stateOf = Int32Array.from(ruleOf('state'), (r) => r.rule.state);
  const stateAmountCell = Int32Array.from(ruleOf('amount'), (r) => r.cell);
  const stateAmountOf = Int32Array.from(ruleOf('amount'), (r) => r.rule.state);
  const sums = ruleOf('sum').map((r) => ({ cell: r.cell, of: Int32Array.from(r.rule.of, (id) => at(id, 0)) }));
  const derivedCell = Int32Array.from(ruleOf('derived'), (r) => r.cell);
  const derivedOf = Int32Array.from(ruleOf('derived'), (r) => at(r.rule.of, 0));
  const derivedFactor = Int32Array.from(ruleOf('derived'), (r) => r.rule.factorInput);
  const states = model.states ?? [];
  const stateSet = Int32Array.from(states, (st) => st.set);
  const stateInput = Int32Array.from(states, (st) => st.probabilityInput);
  const stateLag = periods.map((p) => states.map((st) => horizonProbabilities(st.lag, years, p)));
  const stateOnly = periods.map((p) => Int32Array.from(stateLag[p], onlyHorizon));
  /** Per state and event horizon: the companies reaching it in this iteration, and what they bring. */
  const stateCounts = new Float64Array(states.length * EH);
  const stateAmounts = new Float64Array(states.length * EH);
  const stateAmount = states.map((st) => (st.amount ? compileAmount(st.amount) : null));
  const newInSet = flow.newInSet;
  const counts = new Float64Array(EH);
  const { participants, fromOwnGroup, exitT, exitS, lateT, lateS } = flow;
  /** Draw sites of the outcomes, per period, named so that scenarios share them. */
  const sites = periods.map((p) => ({
    growth: Int32Array.from(model.activities, (a) => siteKey(`${p}:${a.id}:growth`)),
    cofinancing: siteKey(`${p}:cofinancing`),
    cofinancingF: siteKey(`${p}:cofinancingF`),
    growthLag: siteKey(`${p}:growthLag`),
    growthJobs: siteKey(`${p}:growthJobs`),
    otherJobs: siteKey(`${p}:otherJobs`),
    outcome: Int32Array.from(outcomes, (o) => siteKey(`${p}:${o.indicator}`)),
    state: Int32Array.from(states, (st) => siteKey(`${p}:state:${st.id}`)),
    stateAmount: Int32Array.from(states, (st) => siteKey(`${p}:state:${st.id}:amount`)),
  }));

  const iterate: IterationFn = (x, streams, out) => {
    const rng = streams.rng;
    out.fill(0);
    stateCounts.fill(0);
    stateAmounts.fill(0);
    for (let p = 0; p < NP; p++) {
      const site = sites[p];
      flow.runPeriod(p, x, streams);
      const supported = flow.newlySupported();
      let innovators = 0;
      for (let a = 0; a < n; a++) {
        out[participantCells[a] + p] = participants[a];
        // Each company once: one sent on from another innovation activity was counted there.
        if (isInnovation[a] === 1) innovators += participants[a] - fromOwnGroup[a];
      }
      out[c.supported + p] = supported;
      if (supported > 0) streams.site(site.cofinancing);
      out[c.cofin + p] = cofinancing.sum(supported, x, rng);
      out[c.supportedF + p] = innovators;
      if (innovators > 0) streams.site(site.cofinancingF);
      out[c.cofinF + p] = cofinancingF.sum(innovators, x, rng);

      // Leavers of the growth activities: growth companies, and supported companies that are
      // not; in period 2 also the late leavers (see Flow.lateT), whose outcomes are timed
      // from period 1. Their draws come after the others' at each site, so a scenario
      // without late leavers draws exactly what it would without them.
      let growth = 0;
      let otherSupported = 0;
      let lateGrowth = 0;
      let lateOther = 0;
      for (let a = 0; a < n; a++) {
        // The innovation activities' companies have their job effect, if any, from the growth
        // activity they left to come here (counted there); those from outside have none.
        if (isInnovation[a] === 1) continue;
        const late = p > 0 ? lateS[a] + lateT[a] : 0;
        if (growthIn[a] < 0) {
          otherSupported += exitS[a];
          if (late > 0) lateOther += lateS[a];
          continue;
        }
        const g = x[growthIn[a]];
        if (exitS[a] + exitT[a] + late > 0) streams.site(site.growth[a]);
        const grownS = binomial(exitS[a], g, rng);
        growth += grownS + binomial(exitT[a], g, rng);
        otherSupported += exitS[a] - grownS;
        if (late > 0) {
          const lateGrownS = binomial(lateS[a], g, rng);
          lateGrowth += lateGrownS + binomial(lateT[a], g, rng);
          lateOther += lateS[a] - lateGrownS;
        }
      }

      if (growth + lateGrowth > 0) streams.site(site.growthLag);
      spread(growth, lagGrowth[p], growthOnly[p], counts, rng);
      if (lateGrowth > 0) addSpread(lateGrowth, lagGrowth[p - 1], growthOnly[p - 1], counts, rng);
      if (growth + lateGrowth > 0) streams.site(site.growthJobs);
      for (let h = 0; h < EH; h++) {
        out[c.growth + h] += counts[h];
        out[c.jobs + h] += growthFte.sum(counts[h], x, rng);
      }
      if (otherSupported + lateOther > 0) streams.site(site.otherJobs);
      spread(otherSupported, lagOther[p], otherOnly[p], counts, rng);
      if (lateOther > 0) addSpread(lateOther, lagOther[p - 1], otherOnly[p - 1], counts, rng);
      for (let h = 0; h < EH; h++) out[c.jobs + h] += otherFte.sum(counts[h], x, rng);

      const only = outcomeOnly[p];
      for (let o = 0; o < outcomeCell.length; o++) {
        if (innovators > 0) streams.site(site.outcome[o]);
        const k = binomial(innovators, x[outcomeInput[o]], rng);
        if (only[o] >= 0) out[outcomeCell[o] + only[o]] += k;
        else {
          multinomial(k, outcomeLag[p][o], counts, rng);
          for (let h = 0; h < EH; h++) out[outcomeCell[o] + h] += counts[h];
        }
      }

      for (let r = 0; r < setCell.length; r++) out[setCell[r] + p] = newInSet[setOf[r]];
      // The planner's states: each company first counted in the state's set reaches it independently.
      for (let st = 0; st < stateSet.length; st++) {
        const k0 = newInSet[stateSet[st]];
        if (k0 === 0) continue;
        streams.site(site.state[st]);
        const k = binomial(k0, x[stateInput[st]], rng);
        spread(k, stateLag[p][st], stateOnly[p][st], counts, rng);
        for (let h = 0; h < EH; h++) stateCounts[st * EH + h] += counts[h];
        // Their amounts from a site of their own: giving a state an amount leaves its counts' draws as they were.
        const amount = stateAmount[st];
        if (amount === null || k === 0) continue;
        streams.site(site.stateAmount[st]);
        for (let h = 0; h < EH; h++) stateAmounts[st * EH + h] += amount.sum(counts[h], x, rng);
      }
    }
    const revenuePerFte = x[revenuePerFteInput];
    for (let h = 0; h < EH; h++) out[c.revenue + h] = out[c.jobs + h] * revenuePerFte;
    // The cost of each period: fixed costs, and each costed activity's units at this iteration's cost per unit.
    for (let p = 0; p < costFixed.length; p++) {
      let cost = costFixed[p];
      for (let k = 0; k < costInput.length; k++) cost += costUnits[k * NP + p] * x[costInput[k]];
      out[costCell + p] = cost;
    }
    for (let r = 0; r < stateCell.length; r++) for (let h = 0; h < EH; h++) out[stateCell[r] + h] = stateCounts[stateOf[r] * EH + h];
    for (let r = 0; r < stateAmountCell.length; r++) for (let h = 0; h < EH; h++) out[stateAmountCell[r] + h] = stateAmounts[stateAmountOf[r] * EH + h];
    for (let r = 0; r < sums.length; r++) {
      const { cell, of } = sums[r];
      for (let h = 0; h < EH; h++) {
        let sum = 0;
        for (let i = 0; i < of.length; i++) sum += out[of[i] + h];
        out[cell + h] = sum;
      }
    }
    // A derived amount: another indicator's cells (a sum's among them) × this iteration's factor.
    for (let r = 0; r < derivedCell.length; r++) {
      const factor = x[derivedFactor[r]];
      for (let h = 0; h < EH; h++) out[derivedCell[r] + h] = out[derivedOf[r] + h] * factor;
    }
    for (let cell = 0; cell < NCELLS; cell += H) {
      let sum = 0;
      for (let h = 0; h < NP; h++) sum += out[cell + h];
      out[cell + PT] = sum;
      for (let h = NP; h < EH; h++) sum += out[cell + h];
      out[cell + TOT] = sum;
    }
    // A ratio (a cost per result): its numerator so far over its denominator so far; +∞ where
    // there is none of the denominator (and 0 where there is none of the numerator, whatever the denominator).
    for (let r = 0; r < perCell.length; r++) {
      const num = perNumerator[r];
      const den = perOf[r];
      out[perCell[r] + PT] = ratio(out[num + PT], out[den + PT]);
      out[perCell[r] + TOT] = ratio(out[num + TOT], out[den + TOT]);
    }
  };
  return { iterate, flowTotals: flow.flowTotals };
}
