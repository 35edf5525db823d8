import { inputLabel } from '../../report/input-labels';
import type { InputKind } from '../../scenario/resolve';
import type { I18n } from '../i18n';
import { analysisMessages, type AnalysisKey } from '../i18n/messages-analysis';
import { GENERIC_LABELS, type ProgrammeLabels } from '../../text';
import { currentScenarios } from '../store/scenario-context';


/**
 * The planner's name of an input or other assumption, capitalised or not; unknown paths as
 * they are. Periods and indicators are named in the words of the programme being edited
 * (where a scenario store is at hand), or of the one given.
 */
export function assumptionName(path: string, i18n: I18n, capital = false, labels: ProgrammeLabels = currentScenarios()?.state.programme.labels ?? GENERIC_LABELS): string {
  const t = path.split('.');
  const m = (key: AnalysisKey, params: Record<string, string>) => analysisMessages[i18n.lang()][key].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  const last = t[t.length - 1];
  const parent = t.slice(0, -1).join('.');
  let name = inputLabel(path, i18n.lang(), labels).label;
  if (last === 'minimum' || last === 'cv') name = m(last === 'cv' ? 'assume.cv' : 'assume.minimum', { name: inputLabel(`${parent}.mean`, i18n.lang()).label });
  else if (path === 'outcomes.growth.lagYears') name = m('assume.growthLag', {});
  else if (path === 'outcomes.otherSupportedFte.lagYears') name = m('assume.otherLag', {});
  else if (t[2] && last === 'lagYears') name = m('assume.innovationLag', { name: inputLabel(`${parent}.probability`, i18n.lang()).label.replace(/^(the probability of|sandsynligheden for) /, '') });
  else if (t[0] === 'activities' && t[2] === 'units') name = m('assume.units', { a: t[1], n: String(labels.periodNumber(t[3] ?? '') ?? t[3] ?? '') });
  else if (t[0] === 'activities' && ['companiesPerUnit', 'plannedParticipants', 'countsAsSupport'].includes(t[2])) name = m(`assume.${t[2]}` as AnalysisKey, { a: t[1] });
  else if (t[0] === 'periods' && t[2] === 'years') name = m('assume.period', { n: String(labels.periodNumber(t[1]) ?? t[1]) });
  if (t[0] === 'targets' && t[1] && t[2]) {
    name = `${i18n.lang() === 'da' ? 'Mål' : 'Target'}: ${labels.indicator(t[1], i18n.lang())}, ${labels.horizon(t[2], i18n.lang())}`;
  }
  return capital ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/**
 * Numbers of one kind without repeating the unit: the unit is added once around a range,
 * after a no-break space as Intl does ("62,5 %" never breaks between number and unit).
 */
function unitParts(kind: InputKind | 'plain', i18n: I18n) {
  const da = i18n.lang() === 'da';
  switch (kind) {
    case 'probability': return { n: (x: number) => i18n.num(x * 100, 1), wrap: (s: string) => (da ? `${s}\u00a0%` : `${s}%`) };
    case 'money': return { n: (x: number) => i18n.num(x), wrap: (s: string) => (da ? `${s}\u00a0kr.` : `DKK\u00a0${s}`) };
    case 'fte': return { n: (x: number) => i18n.num(x, 2), wrap: (s: string) => `${s}\u00a0${da ? 'årsværk' : 'FTE'}` };
    case 'years': return { n: (x: number) => i18n.num(x, 1), wrap: (s: string) => `${s}\u00a0${da ? 'år' : 'years'}` };
    default: return { n: (x: number) => i18n.num(x, 4), wrap: (s: string) => s };
  }
}

/** One value of an input in planner terms: 62 %, 1.234.567 kr., 2,2 FTE. */
export function formatInputValue(x: number, kind: InputKind, i18n: I18n): string {
  const u = unitParts(kind, i18n);
  return u.wrap(u.n(x));
}

const NAMES: Record<string, { da: string; en: string }> = {
  fixed: { da: 'fast', en: 'fixed' }, uniform: { da: 'uniform', en: 'uniform' }, triangular: { da: 'trekant', en: 'triangular' },
  pert: { da: 'PERT', en: 'PERT' }, beta: { da: 'beta', en: 'beta' }, normal: { da: 'normal', en: 'normal' }, lognormal: { da: 'lognormal', en: 'lognormal' },
};

/**
 * An assumption's value as a planner reads it: "PERT 40–50–60 %", "PERT, 90 % interval
 * 30–70 %", a plain number with its unit, or the text as written.
 */
export function formatAssumption(value: unknown, kind: InputKind | undefined, i18n: I18n, absent: string): string {
  if (value === undefined || value === null) return absent;
  if (typeof value === 'boolean') return i18n.lang() === 'da' ? (value ? 'ja' : 'nej') : value ? 'yes' : 'no';
  const u = unitParts(kind ?? 'plain', i18n);
  if (typeof value === 'number') return u.wrap(u.n(value));
  if (typeof value !== 'object' || Array.isArray(value)) return typeof value === 'string' ? value : JSON.stringify(value);
  const d = value as Record<string, number | string | undefined>;
  const name = NAMES[String(d.type)]?.[i18n.lang()];
  if (!name) return JSON.stringify(value);
  const has = (...k: string[]) => k.every((x) => typeof d[x] === 'number');
  const ns = (...k: string[]) => k.map((x) => u.n(d[x] as number)).join('–');
  const interval = i18n.lang() === 'da' ? '90 %-interval' : '90 % interval';
  if (has('value')) return u.wrap(u.n(d.value as number));
  if (has('min', 'mode', 'max')) return `${name} ${u.wrap(ns('min', 'mode', 'max'))}`;
  if (has('p5', 'p95')) return `${name}, ${interval} ${u.wrap(ns('p5', 'p95'))}${has('mode') ? `, ${i18n.lang() === 'da' ? 'typisk' : 'mode'} ${u.wrap(ns('mode'))}` : ''}`;
  if (has('min', 'max')) return `${name} ${u.wrap(ns('min', 'max'))}`;
  if (has('mean', 'sd')) return `${name} ${u.wrap(`${u.n(d.mean as number)} ± ${u.n(d.sd as number)}`)}`;
  if (has('alpha', 'beta')) return `${name}(α ${i18n.num(d.alpha as number, 2)}, β ${i18n.num(d.beta as number, 2)})`;
  if (has('mu', 'sigma')) return `${name}(μ ${i18n.num(d.mu as number, 3)}, σ ${i18n.num(d.sigma as number, 3)})`;
  return JSON.stringify(value);
}
