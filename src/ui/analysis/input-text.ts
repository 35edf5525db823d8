import { inputLabel } from '../../report/input-labels';
import type { InputKind } from '../../scenario/resolve';
import type { I18n } from '../i18n';
import { HORIZONS, HORIZON_LABELS, INDICATORS, indicatorIndex } from '../../engine/indicators';

/** What an input measures, from its scenario path: decides its bounds and how it is shown. */
export function inputKind(path: string): InputKind {
  if (path.endsWith('lagYears')) return 'years';
  const unit = inputLabel(path, 'en').unit;
  return unit === 'dkk' ? 'money' : unit;
}

/** The planner's name of an input or other assumption, capitalised or not. */
export function assumptionName(path: string, i18n: I18n, capital = false): string {
  const t = path.split('.');
  let name = inputLabel(path, i18n.lang()).label;
  if (t[0] === 'targets' && INDICATORS.some((d) => d.id === t[1]) && (HORIZONS as readonly string[]).includes(t[2])) {
    const h = HORIZON_LABELS[t[2] as (typeof HORIZONS)[number]][i18n.lang()];
    name = `${i18n.lang() === 'da' ? 'Mål' : 'Target'}: ${INDICATORS[indicatorIndex(t[1])].label[i18n.lang()]}, ${h}`;
  }
  return capital ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** Numbers of one kind without repeating the unit: the unit is added once around a range. */
function unitParts(kind: InputKind | 'plain', i18n: I18n) {
  const da = i18n.lang() === 'da';
  switch (kind) {
    case 'probability': return { n: (x: number) => i18n.num(x * 100, 1), wrap: (s: string) => (da ? `${s} %` : `${s}%`) };
    case 'money': return { n: (x: number) => i18n.num(x), wrap: (s: string) => (da ? `${s} kr.` : `DKK ${s}`) };
    case 'fte': return { n: (x: number) => i18n.num(x, 2), wrap: (s: string) => `${s} ${da ? 'årsværk' : 'FTE'}` };
    case 'years': return { n: (x: number) => i18n.num(x, 1), wrap: (s: string) => `${s} ${da ? 'år' : 'years'}` };
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
export function formatAssumption(path: string, value: unknown, i18n: I18n, absent: string): string {
  if (value === undefined || value === null) return absent;
  if (typeof value === 'boolean') return i18n.lang() === 'da' ? (value ? 'ja' : 'nej') : value ? 'yes' : 'no';
  const isInput = path.startsWith('activities.') ? /\.(routing|recruitment|growthProbability)/.test(path) : path.startsWith('outcomes.') && !/\.(minimum|cv)$/.test(path);
  const u = unitParts(isInput ? inputKind(path) : 'plain', i18n);
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
