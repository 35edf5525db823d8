import { distQuantile } from '../engine/dist';
import { periodYears } from '../engine/model';
import type { ValidScenario } from './parse';
import type { Scenario } from './schema';
import { EVIDENCE_RANGES } from './evidence-ranges';
import { horizonProbabilities, horizonStarts } from '../engine/horizons';
import type { Dist } from '../engine/dist';
import { maximumPossible, periodsOf, supportCapacity } from './capacity';
import { recentre, withInput } from '../engine/analysis/model-edit';
import type { SolveResult } from '../engine/analysis/solve';
import { formatNumber } from '../text/format-number';
import { editorVoice } from './error-text';
import type { ValueKind } from './errors';
import { fieldLabel } from './labels';
import { CODE_SETS, CODE_SET_WORDS, COMMON_INDICATORS } from '../text/indicator-codes';
import { definitionWords, floorFormula, fteFloor, growthDefinition as definitionOf } from './growth-definition';

/** One finding about a scenario: where its targets contradict each other, the definitions or the evidence. */
export interface Check {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: { da: string; en: string };
  numbers: Record<string, number>;
  /** The input the check is about, where it is about one (an assumption against the evidence or a definition). */
  input?: string;
}


const fmt = (x: number, lang: 'da' | 'en') => formatNumber(x, lang, 2);
/** A value of an assumption as the editor shows it: a probability as a percentage (to a tenth of a point), amounts in their unit. */
const rounded = (x: number, kind: ValueKind) => (kind === 'probability' ? Math.round(x * 1000) / 1000 : x);
const shown = (x: number, kind: ValueKind, lang: 'da' | 'en') => editorVoice(lang).value(rounded(x, kind), kind);
/** All coherence checks of a valid scenario, most severe first. O(indicators × horizons). */
export function coherenceChecks(v: ValidScenario): Check[] {
  const s = v.scenario;
  const checks = [...targetSums(s, v), ...subsetTargets(s, v), ...codeSets(s, v), ...totalBasis(s, v), ...plannedSeats(s, v), ...unreachable(s, v), ...growthDefinition(s, v), ...evidence(v)];
  const rank = { error: 0, warning: 1, info: 2 };
  return checks.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

function target(s: Scenario, id: string, h: string): number | null {
  return s.targets[id]?.[h] ?? null;
}

/** The programme's horizons by kind: its periods, the windows after, and the event horizons (both). */
function horizonsOf(v: ValidScenario) {
  const l = v.layout;
  return { periods: l.horizons.slice(0, l.periods), after: l.horizons.slice(l.periods, l.eventHorizons), events: l.horizons.slice(0, l.eventHorizons) };
}

/** Targets per horizon that do not add up to the total, or the period targets to the project total. */
function targetSums(s: Scenario, v: ValidScenario): Check[] {
  const hs = horizonsOf(v);
  return v.layout.indicators.flatMap((ind) => {
    const name = (lang: 'da' | 'en') => v.labels.indicator(ind.id, lang);
    const sumOf = (hs: readonly string[]) => {
      const parts = hs.map((h) => target(s, ind.id, h)).filter((x): x is number => x !== null);
      return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    };
    const differs = (sum: number | null, whole: number | null) => sum !== null && whole !== null && Math.abs(sum - whole) > 1e-9 * Math.max(1, whole);
    const out: Check[] = [];
    const total = target(s, ind.id, 'total');
    const sum = sumOf(hs.events);
    if (differs(sum, total)) {
      out.push({
        id: `targets.sum.${ind.id}`, severity: 'warning' as const, numbers: { sum: sum!, total: total! },
        message: {
          da: `${name('da')}: målene for de enkelte perioder summerer til ${fmt(sum!, 'da')}, men målet i alt er ${fmt(total!, 'da')}.`,
          en: `${name('en')}: the targets per horizon add up to ${fmt(sum!, 'en')}, but the total target is ${fmt(total!, 'en')}.`,
        },
      });
    }
    const project = target(s, ind.id, 'projectTotal');
    const periods = sumOf(hs.periods);
    if (differs(periods, project)) {
      out.push({
        id: `targets.projectSum.${ind.id}`, severity: 'warning' as const, numbers: { sum: periods!, projectTotal: project! },
        message: {
          da: `${name('da')}: målene for perioderne summerer til ${fmt(periods!, 'da')}, men målet for projektet i alt er ${fmt(project!, 'da')}.`,
          en: `${name('en')}: the periods' targets add up to ${fmt(periods!, 'en')}, but the project total target is ${fmt(project!, 'en')}.`,
        },
      });
    }
    return out;
  });
}

/**
 * Own indicators reporting in the other programming period's codes than the scenario's
 * (`indicatorCodes`): the application table would mix RCO01 with CO01.
 */
function codeSets(s: Scenario, v: ValidScenario): Check[] {
  const set = v.labels.codeSet;
  const other = CODE_SETS.find((c) => c !== set)!;
  const mixed = (s.indicators ?? []).flatMap((d) => (d.code && d.code in COMMON_INDICATORS[other] && !(d.code in COMMON_INDICATORS[set]) ? [d.code] : []));
  if (mixed.length === 0) return [];
  const words = (lang: 'da' | 'en') => ({ set: CODE_SET_WORDS[set][lang], other: CODE_SET_WORDS[other][lang], codes: mixed.join(', ') });
  return [{
    id: 'codes.mixed', severity: 'warning', numbers: { indicators: mixed.length },
    message: {
      da: `${words('da').codes} er koder fra ${words('da').other}, men programmet rapporterer i ${words('da').set}, så ansøgningens tabel blander de to. Vælg EU-indikatorkoder under Mål.`,
      en: `${words('en').codes} are codes of ${words('en').other}, but the programme reports in ${words('en').set}, so the application table mixes the two. Choose the EU indicator codes under Targets.`,
    },
  }];
}

/**
 * A subset's target above its parent's at a total: every company the subset counts is one the
 * parent counts (own-indicators.ts checks their activities), so no iteration meets both.
 */
function subsetTargets(s: Scenario, v: ValidScenario): Check[] {
  return (s.indicators ?? []).flatMap((d) => {
    if (d.rule.kind !== 'companies' || d.rule.subsetOf === undefined) return [];
    const parent = d.rule.subsetOf;
    return ['projectTotal', 'total'].flatMap((h) => {
      const sub = target(s, d.id, h);
      const whole = target(s, parent, h);
      if (sub === null || whole === null || sub <= whole) return [];
      const name = (id: string, lang: 'da' | 'en') => v.labels.indicator(id, lang);
      const at = (lang: 'da' | 'en') => v.labels.horizon(h, lang).toLowerCase();
      return [{
        id: `targets.subset.${d.id}.${h}`, severity: 'error' as const, numbers: { subset: sub, parent: whole },
        message: {
          da: `${name(d.id, 'da')}: målet ${at('da')} (${fmt(sub, 'da')}) er over målet for ${name(parent, 'da')} (${fmt(whole, 'da')}), som den er en delmængde af; intet udfald kan nå begge.`,
          en: `${name(d.id, 'en')}: the ${at('en')} target (${fmt(sub, 'en')}) is above that of ${name(parent, 'en')} (${fmt(whole, 'en')}), which it is a part of; no outcome can meet both.`,
        },
      }];
    });
  });
}

/**
 * Per indicator that can grow after the project: the share of what the last period's companies
 * bring that the model's lags place after the project (growth status, jobs and revenue by
 * the growth lag, or the other jobs' lag where that reaches further; innovation outcomes by
 * their own).
 */
function afterProjectShares(v: ValidScenario): Map<string, number> {
  const m = v.model;
  const periods = m.periods.length;
  const after = (lag: Dist) => {
    const p = horizonProbabilities(lag, periodYears(m), periods - 1);
    return p.slice(periods).reduce((a, b) => a + b, 0);
  };
  const growth = after(m.growth.lag);
  const jobs = Math.max(growth, after(m.otherFte.lag));
  return new Map([
    ['growthCompanies', growth], ['newJobsFte', jobs], ['revenueDkk', jobs],
    ...m.innovation.outcomes.map((o) => [o.indicator, after(o.lag)] as [string, number]),
  ]);
}

/**
 * A total target that is only the periods' sum, for an indicator that keeps growing after the
 * project: the application's tables total the project periods, the workbench's Total every
 * horizon, so the probability of meeting it would be overstated.
 */
function totalBasis(s: Scenario, v: ValidScenario): Check[] {
  const shares = afterProjectShares(v);
  const hs = horizonsOf(v);
  const last = (lang: 'da' | 'en') => v.labels.horizon(hs.periods[hs.periods.length - 1], lang).toLowerCase();
  return v.layout.indicators.flatMap((ind) => {
    const share = shares.get(ind.id) ?? 0;
    const total = target(s, ind.id, 'total');
    const periods = hs.periods.map((h) => target(s, ind.id, h));
    const afterSet = hs.after.some((h) => target(s, ind.id, h) !== null);
    if (share < 0.01 || total === null || afterSet || periods.every((x) => x === null)) return [];
    const sum = periods.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (Math.abs(sum - total) > 1e-9 * Math.max(1, total)) return [];
    const pct = (lang: 'da' | 'en') => `${formatNumber(Math.round(share * 100), lang)}${'\u00a0'}%`;
    const fmtTotal = (lang: 'da' | 'en') => (ind.unit === 'dkk' ? editorVoice(lang).value(total, 'money') : fmt(total, lang));
    const name = (lang: 'da' | 'en') => v.labels.indicator(ind.id, lang);
    return [{
      id: `targets.totalBasis.${ind.id}`, severity: 'warning' as const, numbers: { total, afterShare: share },
      message: {
        da: `${name('da')}: målet i alt (${fmtTotal('da')}) er kun periodernes sum, men kolonnen »I alt« tæller også årene efter projektet, hvor de antagne forsinkelser placerer ${pct('da')} af det, som virksomhederne i ${last('da')} bringer; sandsynligheden i »I alt« er derfor overvurderet. Under Mål i antagelserne: flyt tallet til »Projektet i alt« (periodernes sum, som ansøgningens tabeller), eller giv et mål i alt, der omfatter årene efter.`,
        en: `${name('en')}: the total target (${fmtTotal('en')}) is only the periods' sum, but the “Total” column also counts the years after the project, where the assumed lags put ${pct('en')} of what the companies of ${last('en')} bring, so the probability shown for “Total” is overstated. Under Targets in the assumptions, move the figure to “Project total” (the periods' sum, as the application's tables total), or give a total target that includes the years after.`,
      },
    }];
  });
}

function plannedSeats(s: Scenario, v: ValidScenario): Check[] {
  return s.activities.flatMap((a) => {
    const id = a.id;
    const perPeriod = v.model.periods.map((p) => a.units[p.id] ?? 0);
    const seats = perPeriod.reduce((k, u) => k + Math.round(u * a.companiesPerUnit), 0);
    const units = perPeriod.reduce((k, u) => k + u, 0);
    if (a.plannedParticipants === undefined || a.plannedParticipants === seats) return [];
    return [{
      id: `capacity.planned.${id}`, severity: 'warning' as const, numbers: { units, companiesPerUnit: a.companiesPerUnit, seats, planned: a.plannedParticipants },
      message: {
        da: `${id}: ${fmt(units, 'da')} enheder × ${fmt(a.companiesPerUnit, 'da')} ${a.companiesPerUnit === 1 ? 'virksomhed' : 'virksomheder'} giver ${fmt(seats, 'da')} pladser, men ansøgningen nævner ${fmt(a.plannedParticipants, 'da')} deltagere.`,
        en: `${id}: ${fmt(units, 'en')} units × ${fmt(a.companiesPerUnit, 'en')} ${a.companiesPerUnit === 1 ? 'company' : 'companies'} give ${fmt(seats, 'en')} places, but the application states ${fmt(a.plannedParticipants, 'en')} participants.`,
      },
    }];
  });
}

/** Targets above the number of companies that can possibly reach that stage. */
function unreachable(s: Scenario, v: ValidScenario): Check[] {
  // Indicators counted in the period a company takes part in are bounded in each period by
  // that period's seats as well as in total (see maximumPossible; amounts have no bound).
  const hs = horizonsOf(v);
  return v.layout.indicators.flatMap((ind) => {
    const horizons: string[] = ind.periodOnly ? ['total', 'projectTotal', ...hs.periods] : ['total', 'projectTotal'];
    return horizons.flatMap((h) => {
      const max = maximumPossible(v, ind.id, h);
      const t = target(s, ind.id, h);
      if (max === null || t === null || t <= max) return [];
      if (ind.id === 'supportedCompanies') return [supportUnreachable(v, h, t, max)];
      return [{
        id: `target.unreachable.${ind.id}.${h}`, severity: 'error' as const, numbers: { target: t, maximum: max },
        message: {
          da: `${v.labels.indicator(ind.id, 'da')}, ${v.labels.horizon(h, 'da').toLowerCase()}: målet ${fmt(t, 'da')} er højere end de ${max} pladser, virksomhederne overhovedet kan få.`,
          en: `${v.labels.indicator(ind.id, 'en')}, ${v.labels.horizon(h, 'en').toLowerCase()}: the target ${fmt(t, 'en')} is above the ${max} places there are.`,
        },
      }];
    });
  });
}

/**
 * A supported-companies target above the companies the support activities can take in for the
 * first time in the horizon: with the places that count, and the activities whose companies
 * all come from other support activities (already counted).
 */
function supportUnreachable(v: ValidScenario, h: string, t: number, max: number): Check {
  const periods = periodsOf(v, h);
  const caps = periods.map((p) => supportCapacity(v, p));
  const ids = caps[0].by.map((b) => b.id);
  const seatsOf = (id: string) => caps.reduce((k, c) => k + (c.by.find((b) => b.id === id)?.seats ?? 0), 0);
  const list = (lang: 'da' | 'en') => ids.map((id) => `${id} ${formatNumber(seatsOf(id), lang)}`).join(', ');
  const already = caps[0].already;
  const where = (lang: 'da' | 'en') => v.labels.horizon(h, lang).toLowerCase();
  const name = (lang: 'da' | 'en') => v.labels.indicator('supportedCompanies', lang);
  const also = {
    da: already.length ? ` ${already.join(', ')} tilføjer ingen: deres virksomheder kommer alle fra andre støtteaktiviteter og er allerede talt med.` : '',
    en: already.length ? ` ${already.join(', ')} ${already.length === 1 ? 'adds' : 'add'} none: ${already.length === 1 ? 'its' : 'their'} companies all come from other support activities and are counted there already.` : '',
  };
  return {
    id: `target.unreachable.supportedCompanies.${h}`, severity: 'error', numbers: { target: t, maximum: max },
    message: {
      da: `${name('da')}, ${where('da')}: målet ${fmt(t, 'da')} er højere end de ${formatNumber(max, 'da')} virksomheder, som støtteaktiviteterne kan tage ind for første gang (${list('da')} pladser).${also.da}`,
      en: `${name('en')}, ${where('en')}: the target ${fmt(t, 'en')} is above the ${formatNumber(max, 'en')} companies the support activities can take in for the first time (${list('en')} places).${also.en}`,
    },
  };
}

/**
 * Where the targets and the growth assumptions contradict the scenario's own growth-company
 * definition (growth-definition.ts): jobs below the floor the definition puts under each growth
 * company, growth companies confirmed sooner than the definition's years of growth allow.
 */
function growthDefinition(s: Scenario, v: ValidScenario): Check[] {
  const out: Check[] = [];
  const { definition } = definitionOf(s);
  const perCompany = fteFloor(definition);
  const years = definition.years;
  const yearsWords = { da: `${fmt(years, 'da')} års vækst`, en: `${fmt(years, 'en')} ${years === 1 ? 'year' : 'years'} of growth` };
  for (const h of v.layout.horizons) {
    const g = target(s, 'growthCompanies', h);
    const jobs = target(s, 'newJobsFte', h);
    if (g === null || jobs === null || g * perCompany <= jobs + 1e-9) continue;
    const floor = g * perCompany;
    out.push({
      id: `growth.jobsFloor.${h}`, severity: 'warning', numbers: { growthCompanies: g, minimumJobs: floor, jobsTarget: jobs, definitionFloor: perCompany },
      message: {
        da: `${v.labels.horizon(h, 'da')}: ${g} vækstvirksomheder giver efter definitionen mindst ${fmt(floor, 'da')} nye fuldtidsjob (${floorFormula(definition, 'da')} hver), men jobmålet er ${fmt(jobs, 'da')}.`,
        en: `${v.labels.horizon(h, 'en')}: by the definition, ${g} growth companies add at least ${fmt(floor, 'en')} full-time jobs (${floorFormula(definition, 'en')} each), but the jobs target is ${fmt(jobs, 'en')}.`,
      },
    });
  }
  const starts = horizonStarts(periodYears(v.model));
  horizonsOf(v).periods.forEach((h, i) => {
    const g = target(s, 'growthCompanies', h);
    const end = starts[i + 1];
    if (g === null || g <= 0 || end > years) return;
    out.push({
      id: `growth.definitionTime.${h}`, severity: 'warning', numbers: { target: g, horizonEndsYears: end, definitionYears: years },
      message: {
        da: `${v.labels.horizon(h, 'da')} slutter ${fmt(end, 'da')} år efter start, men status som vækstvirksomhed kræver ${yearsWords.da}: målet på ${g} kan kun nås med virksomheder, hvis vækst begyndte før støtten.`,
        en: `${v.labels.horizon(h, 'en')} ends ${fmt(end, 'en')} years after the start, but growth-company status needs ${yearsWords.en}: the target of ${g} can only be met by companies whose growth began before the support.`,
      },
    });
  });
  const lag = distQuantile(v.model.growth.lag, 0.5);
  if (lag < years) {
    const name = (lang: 'da' | 'en') => fieldLabel('outcomes.growth.lagYears', lang);
    out.push({
      id: 'growth.lagShorterThanDefinition', severity: 'warning', numbers: { medianLagYears: lag, definitionYears: years }, input: 'outcomes.growth.lagYears',
      message: {
        da: `${name('da')}: medianen (${shown(lag, 'years', 'da')}) er kortere end definitionens ${yearsWords.da}.`,
        en: `${name('en')}: the median (${shown(lag, 'years', 'en')}) is shorter than the definition's ${yearsWords.en}.`,
      },
    });
  }
  const ftePath = 'outcomes.growth.ftePerGrowthCompany.mean';
  const fteInput = v.model.inputs.find((i) => i.path === ftePath);
  const fte = fteInput ? distQuantile(fteInput.dist, 0.5) : v.model.growth.fte.minimum;
  if (fte < perCompany - 1e-9) {
    const name = (lang: 'da' | 'en') => fieldLabel(ftePath, lang);
    out.push({
      id: 'growth.fteBelowDefinition', severity: 'warning', numbers: { medianFte: fte, definitionFloor: perCompany }, input: ftePath,
      message: {
        da: `${name('da')}: medianen (${shown(fte, 'fte', 'da')}) er under definitionens gulv: en vækstvirksomhed har ${definitionWords(definition, 'da')}, så den får mindst ${floorFormula(definition, 'da')} fuldtidsjob.`,
        en: `${name('en')}: the median (${shown(fte, 'fte', 'en')}) is below the definition's floor: a growth company has ${definitionWords(definition, 'en')}, so it adds at least ${floorFormula(definition, 'en')} full-time jobs.`,
      },
    });
  }
  return out;
}

/**
 * The checks an input's value would cross: those of the scenario with the input set to `dist`
 * that are about that input (its evidence range, a definition), or that the scenario does not
 * raise as it is. For answers that move one input (the solver's value, a swing's P10 and P90).
 */
export function checksAt(v: ValidScenario, path: string, dist: Dist): Check[] {
  const before = new Set(coherenceChecks(v).map((c) => c.id));
  const after = coherenceChecks({ ...v, model: withInput(v.model, path, dist) });
  return after.filter((c) => c.input === path || !before.has(c.id));
}

/** Inputs whose median lies outside the range the published evidence supports, named and shown as the editor shows them. */
function evidence(v: ValidScenario): Check[] {
  return EVIDENCE_RANGES.flatMap((r) =>
    v.model.inputs
      .filter((i) => r.paths(v.scenario).includes(i.path))
      .flatMap((i) => {
        const median = distQuantile(i.dist, 0.5);
        const min = typeof r.min === 'function' ? r.min(v.scenario) : r.min;
        const max = r.max;
        if (median >= min && median <= max) return [];
        const say = (lang: 'da' | 'en') => ({
          name: fieldLabel(i.path, lang),
          median: shown(median, r.kind, lang),
          range: editorVoice(lang).range(rounded(min, r.kind), rounded(max, r.kind), r.kind),
          source: r.source[lang],
        });
        const [da, en] = [say('da'), say('en')];
        return [{
          id: `evidence.${i.path}`, severity: 'warning' as const, numbers: { median, evidenceMin: min, evidenceMax: max }, input: i.path,
          message: {
            da: `${da.name}: antagelsen (median ${da.median}) ligger uden for det, som offentliggjort evidens støtter (${da.range}; ${da.source}).`,
            en: `${en.name}: the assumption (median ${en.median}) lies outside what published evidence supports (${en.range}; ${en.source}).`,
          },
        }];
      }),
  );
}

/**
 * The indicators whose "Total" target is only the periods' sum while the indicator grows after
 * the project (see totalBasis): their Total cell is marked, not coloured, wherever it is shown.
 */
export function totalBasisDiffers(checks: readonly Check[]): Set<string> {
  return new Set(checks.filter((c) => c.id.startsWith('targets.totalBasis.')).map((c) => c.id.slice('targets.totalBasis.'.length)));
}

/** The one-line reason at such a cell, in the reader's language. */
export function basisNote(lang: 'da' | 'en'): string {
  return lang === 'da'
    ? '≠ målet er kun periodernes sum; denne kolonne tæller også årene efter (se »Projektet i alt«)'
    : '≠ the target is only the periods’ sum; this column also counts the years after (see “Project total”)';
}

/**
 * The checks the solver's answer crosses: the input moved to the answer's median (or the best
 * it found), its spread kept, as the solver moved it.
 */
export function checksAtSolved(v: ValidScenario, path: string, r: SolveResult, bounds: [number, number]): Check[] {
  const current = v.model.inputs.find((i) => i.path === path)?.dist;
  const d = current && recentre(current, r.found ? r.median : r.best, bounds[0], bounds[1]);
  return d ? checksAt(v, path, d) : [];
}
