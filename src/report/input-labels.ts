import type { InputKind } from '../engine/model';
import type { Lang } from './forecast-report';
import type { ProgrammeLabels } from '../text';

/** The unit an input is shown in: its values and the solver's and sweep's bounds. */
export type InputUnit = 'probability' | 'years' | 'fte' | 'dkk';

/** The unit an input of this kind is shown in (the model's input carries its kind). */
export const inputUnit = (kind: InputKind): InputUnit => (kind === 'money' ? 'dkk' : kind);

const INNOVATION: Record<string, { da: string; en: string }> = {
  researchCooperation: { da: 'samarbejde med forskningsinstitutioner', en: 'cooperation with research institutions' },
  newToMarket: { da: 'nye produkter for markedet', en: 'new-to-market products' },
  newToFirm: { da: 'nye produkter for virksomheden', en: 'new-to-firm products' },
  productConcepts: { da: 'produktkoncepter', en: 'product concepts' },
  innovativeCompanies: { da: 'innovative virksomheder', en: 'innovative companies' },
};

/**
 * A planner's name for an input, from its scenario path (`activities.A1.routing.proceed` →
 * "the mobilisation rate (A1)"); with the programme's `labels`, its own outcomes
 * and indicators by their names. Unknown paths are shown as they are.
 */
export function inputLabel(path: string, lang: Lang, labels?: Pick<ProgrammeLabels, 'state' | 'indicator'>): { label: string } {
  const da = lang === 'da';
  const p = path.split('.');
  // An own outcome or indicator by its name where the programme's words are at hand, else by its id.
  const quote = (x: string) => (da ? `„${x}“` : `“${x}”`);
  const state = (id: string) => (labels ? quote(labels.state(id, lang)) : id);
  const indicator = (id: string) => (labels ? quote(labels.indicator(id, lang)) : id);
  if (p[0] === 'activities') {
    const a = p[1];
    if (path === 'activities.A1.routing.proceed') return { label: da ? 'mobiliseringsraten (A1)' : 'the mobilisation rate (A1)' };
    if (p[2] === 'routing' && p[3] === 'proceed') return { label: da ? `andelen der går videre fra ${a}` : `the share going on from ${a}` };
    if (p[2] === 'routing' && p[3] === 'to') return { label: da ? `andelen fra ${a} til ${p[4]}` : `the share from ${a} to ${p[4]}` };
    if (p[2] === 'recruitment') return { label: da ? `andelen af ledige pladser i ${a} fyldt ved rekruttering` : `the share of free seats in ${a} filled by recruitment` };
    if (p[2] === 'costPerUnitDkk') return { label: da ? `omkostningen pr. enhed af ${a}` : `the cost per unit of ${a}` };
    if (p[2] === 'growthProbability') return { label: da ? `sandsynligheden for at blive vækstvirksomhed efter ${a}` : `the probability of becoming a growth company after ${a}` };
  }
  if (path === 'outcomes.growth.ftePerGrowthCompany.mean') return { label: da ? 'nye fuldtidsjob pr. vækstvirksomhed' : 'new full-time jobs per growth company' };
  if (path === 'outcomes.otherSupportedFte.mean') return { label: da ? 'ekstra fuldtidsjob pr. anden støttet virksomhed' : 'extra full-time jobs per other supported company' };
  if (path === 'outcomes.revenuePerFteDkk') return { label: da ? 'omsætning pr. nyt fuldtidsjob' : 'revenue per new full-time job' };
  if (path === 'outcomes.cofinancingPerSupportedCompanyDkk.mean') return { label: da ? 'medfinansiering pr. støttet virksomhed' : 'co-financing per supported company' };
  if (path === 'outcomes.innovation.cofinancingPerCompanyDkk.mean') return { label: da ? 'medfinansiering pr. virksomhed i F' : 'co-financing per company in F' };
  if (p[0] === 'outcomes' && p[1] === 'innovation' && INNOVATION[p[2]] && p[3] === 'probability') {
    return { label: da ? `sandsynligheden for ${INNOVATION[p[2]].da} (F)` : `the probability of ${INNOVATION[p[2]].en} (F)` };
  }
  if (p[0] === 'outcomes' && p[1] === 'states' && (p[3] === 'amountFte' || p[3] === 'amountDkk') && p[4] === 'mean') {
    return p[3] === 'amountFte'
      ? { label: da ? `nye fuldtidsjob pr. virksomhed med effekten ${state(p[2])}` : `new full-time jobs per company with outcome ${state(p[2])}` }
      : { label: da ? `kroner pr. virksomhed med effekten ${state(p[2])}` : `DKK per company with outcome ${state(p[2])}` };
  }
  if (p[0] === 'outcomes' && p[1] === 'states' && p[3] === 'probability') {
    return { label: da ? `sandsynligheden for effekten ${state(p[2])}` : `the probability of outcome ${state(p[2])}` };
  }
  if (p[0] === 'indicators' && p[2] === 'rule' && p[3] === 'dkkPer') {
    return { label: da ? `kroner pr. enhed i indikatoren ${indicator(p[1])}` : `DKK per unit in indicator ${indicator(p[1])}` };
  }
  return { label: path };
}
