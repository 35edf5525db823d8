import { cellOf } from '../engine/layout';
import type { Comparison } from '../engine/analysis/paired';
import type { ValidScenario } from '../scenario/parse';
import { byIndicator, isBlankCell, jointLines, jointReport, type Lang } from './forecast-report';
import { formatNumber, formatPercent, formatValue } from '../text/format-number';
import { alignRows } from './align';
import { csvConventions, csvText } from './csv';

/**
 * What each scenario forecasts that the comparison's rows, the reference's, do not show: the
 * periods and indicators of another programme the reference does not have (by id), in that
 * scenario's own words. Empty for scenarios of the same programme.
 */
export function notInReference(valids: readonly ValidScenario[], reference: number, lang: Lang): { name: string; horizons: string[]; indicators: string[] }[] {
  const ref = valids[reference].layout;
  return valids.flatMap((v, k) => {
    if (k === reference) return [];
    const horizons = v.layout.horizons.filter((h) => !ref.horizons.includes(h)).map((h) => v.labels.horizon(h, lang));
    const indicators = v.layout.indicators.filter((d) => !ref.indicators.some((x) => x.id === d.id)).map((d) => v.labels.indicator(d.id, lang));
    return horizons.length || indicators.length ? [{ name: v.scenario.name, horizons, indicators }] : [];
  });
}

/** "Not shown: “Export” forecasts the periods Start-up, Year 2 (not in the reference's programme)." */
export function notInReferenceText(n: { name: string; horizons: string[]; indicators: string[] }, lang: Lang): string {
  const list = (xs: string[]) => new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(xs);
  const what = [
    n.horizons.length ? (lang === 'da' ? `perioderne ${list(n.horizons)}` : `the periods ${list(n.horizons)}`) : '',
    n.indicators.length ? (lang === 'da' ? `indikatorerne ${list(n.indicators)}` : `the indicators ${list(n.indicators)}`) : '',
  ].filter(Boolean).join(lang === 'da' ? ' og ' : ' and ');
  return lang === 'da'
    ? `Ikke vist: »${n.name}« forudsiger også ${what}, som referencens program ikke har; rækkerne er referencens.`
    : `Not shown: “${n.name}” also forecasts ${what}, which the reference’s programme does not have; the rows are the reference’s.`;
}

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
    notShown: notInReference(valids, cmp.reference, lang).map((n) => notInReferenceText(n, lang)),
    /** Per scenario, P(every target met at once), overall and per horizon, from the same paired iterations. */
    joint: cmp.results.map((r, k) => jointReport(r.joint, valids[k].labels, lang)),
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
        // The reference has no difference; another scenario may have none at a cell (a cost per result, or a cell its programme lacks): dashes, so the columns stay aligned.
        ...cell.differences.flatMap((d, k) => (k === r.reference ? [] : d ? [`${f(d.mean)} (${f(d.meanLow)} … ${f(d.meanHigh)})`, formatPercent(d.pGreater, lang)] : ['–', '–'])),
      ]);
      first = false;
    }
  });
  const title = `${r.scenarios.map((s) => `${s.id}: ${s.name}`).join('\n')}\n${formatNumber(r.iterations, lang)} ${da ? 'parrede iterationer, frø' : 'paired iterations, seed'} ${r.seed}`;
  const joint = r.scenarios.flatMap((s, k) => jointLines(r.joint[k], lang).map((l) => `${s.id}: ${l}`));
  const notes = [...joint, ...r.notShown].length ? `\n${[...joint, ...r.notShown].join('\n')}\n` : '';
  return `${title}\n\n${alignRows(head, rows)}\n${notes}`;
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
