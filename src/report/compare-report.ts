import { cellOf } from '../engine/layout';
import type { Comparison } from '../engine/analysis/paired';
import type { ValidScenario } from '../scenario/parse';
import { byIndicator, isBlankCell, type Lang } from './forecast-report';
import { formatNumber, formatPercent, formatValue } from './format-number';
import { alignRows } from './align';
import { csvConventions, csvText } from './csv';

/** A paired comparison as plain data (`forecast compare --format json`). */
export function compareReport(valids: ValidScenario[], cmp: Comparison, lang: Lang, elapsedMs: number) {
  // Rows are the reference's cells; another programme's forecast fills those it shares (by indicator and horizon id).
  const ref = valids[cmp.reference];
  const H = ref.layout.horizons.length;
  const none = { mean: null, p10: null, p50: null, p90: null, target: null, pMeetsTarget: null };
  return {
    scenarios: valids.map((v) => ({ id: v.scenario.id, name: v.scenario.name })),
    reference: cmp.reference,
    iterations: cmp.results[0].iterations,
    seed: cmp.results[0].seed,
    horizons: ref.layout.horizons.map((h) => ({ id: h, label: ref.labels.horizon(h, lang) })),
    indicators: byIndicator(ref, lang, (c) => ({
      scenarios: cmp.results.map((r, k) => {
        const own = k === cmp.reference ? c : cellOf(valids[k].layout, ref.layout.indicators[Math.floor(c / H)].id, ref.layout.horizons[c % H]);
        if (own < 0) return none;
        const s = r.cells[own];
        return { mean: s.mean, p10: s.p10, p50: s.p50, p90: s.p90, target: s.target, pMeetsTarget: s.pMeetsTarget };
      }),
      differences: cmp.differences.map((d) => (d ? d[c] : null)),
    })),
    elapsedMs: Math.round(elapsedMs),
  };
}
export type CompareReport = ReturnType<typeof compareReport>;

/** The comparison for a terminal: each scenario's median (P10–P90) and P(target), then B − A and P(B > A). */
export function compareTable(r: CompareReport, lang: Lang): string {
  const da = lang === 'da';
  const ref = r.scenarios[r.reference].id;
  const others = r.scenarios.filter((_, k) => k !== r.reference);
  const head = [da ? 'Indikator' : 'Indicator', da ? 'Horisont' : 'Horizon', ...r.scenarios.map((s) => s.id), ...r.scenarios.map((s) => `P(${da ? 'mål' : 'target'}) ${s.id}`),
    ...others.flatMap((s) => [`${s.id} − ${ref} (95 %)`, `P(${s.id} > ${ref})`])];
  const rows: string[][] = [];
  r.indicators.forEach((ind) => {
    let first = true;
    for (const { id: h, label } of r.horizons) {
      const cell = ind.byHorizon[h];
      if (cell.scenarios.every(isBlankCell)) continue;
      const f = (x: number | null) => formatValue(x === null ? null : Math.round(x * 10) / 10, ind.unit, lang);
      rows.push([
        first ? ind.label : '', label,
        ...cell.scenarios.map((s) => `${f(s.p50)} (${f(s.p10)}–${f(s.p90)})`),
        ...cell.scenarios.map((s) => formatPercent(s.pMeetsTarget, lang)),
        ...cell.differences.flatMap((d) => (d ? [`${f(d.mean)} (${f(d.meanLow)} … ${f(d.meanHigh)})`, formatPercent(d.pGreater, lang)] : [])),
      ]);
      first = false;
    }
  });
  const title = `${r.scenarios.map((s) => `${s.id}: ${s.name}`).join('\n')}\n${formatNumber(r.iterations, lang)} ${da ? 'parrede iterationer, frø' : 'paired iterations, seed'} ${r.seed}`;
  return `${title}\n\n${alignRows(head, rows)}\n`;
}

/** One row per indicator × horizon × scenario, with the difference to the reference. */
export function compareCsv(r: CompareReport): string {
  // English conventions (comma, decimal point) whatever --lang says: `compare --format csv` is for tools.
  const { num } = csvConventions('en');
  const v = (x: number | null | undefined) => num(x ?? null);
  const head = 'indicator,horizon,scenario,mean,p10,p50,p90,target,pMeetsTarget,diffMean,diffMeanLow,diffMeanHigh,pGreater,pLess';
  const rows = r.indicators.flatMap((ind) =>
    r.horizons.map((x) => x.id).flatMap((h) =>
      r.scenarios.map((s, k) => {
        const c = ind.byHorizon[h].scenarios[k];
        const d = ind.byHorizon[h].differences[k];
        return [ind.id, h, csvText(s.id), v(c.mean), v(c.p10), v(c.p50), v(c.p90), v(c.target), v(c.pMeetsTarget), v(d?.mean), v(d?.meanLow), v(d?.meanHigh), v(d?.pGreater), v(d?.pLess)].join(',');
      }),
    ),
  );
  return [head, ...rows].join('\r\n') + '\r\n';
}
