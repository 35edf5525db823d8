import { getAt, setAt } from './doc-path';
import { freshId } from './programme-edits';
import { builtInCompanies, BUILT_IN_STATES } from './own-indicators';
import { COMMON_INDICATORS, type CodeSet } from '../text/indicator-codes';
import type { Text } from '../text';
import { hasCosts } from './schema';

/**
 * The indicators the editor offers when the planner adds one: the EU common indicators of both
 * programming periods (shared/seed/INDICATORS.md), each with the rule that counts it in this
 * tool, and the costs per result funders compare. What each adds is a starting point the
 * planner then edits: which activities give grants, or non-financial support, the tool cannot
 * know, so a subset starts as all of its parent's activities and says so in its name's hint.
 */
export type Template =
  /** Unique companies of every activity that counts as support, and of the innovation activities. */
  | { kind: 'support' }
  /** Unique companies of a part of those: a subset of the programme's own count of all (its code's `parent`), or of the built-in one. */
  | { kind: 'supportSubset'; parent: string }
  | { kind: 'state'; state: (typeof BUILT_IN_STATES)[number] }
  /** A state of the planner's own, whose probability and lag they must give (the draft says so until they do). */
  | { kind: 'newState'; state: string; name: Text }
  /** What the companies reaching one of the planner's own outcomes bring (its first with an amount). */
  | { kind: 'amount' }
  | { kind: 'sum'; of: string[] }
  /** DKK derived from an indicator (the first own one in FTE, else the built-in new jobs) at a DKK per unit the planner must give. */
  | { kind: 'derived' }
  | { kind: 'ratio'; numerator: string; denominator: string; needsCosts?: boolean };

export interface CatalogueEntry {
  /** What the editor's list calls it: the code, or a key of the programme's own ones. */
  key: string;
  code?: string;
  codeSet?: CodeSet;
  label: Text;
  template: Template;
}

const common = (codeSet: CodeSet, code: string, template: Template): CatalogueEntry => ({ key: code, code, codeSet, label: COMMON_INDICATORS[codeSet][code], template });
const COFINANCING = ['privateCofinancingDkk', 'privateCofinancingDkkF'];

export const CATALOGUE: readonly CatalogueEntry[] = [
  common('2021-2027', 'RCO01', { kind: 'support' }),
  common('2021-2027', 'RCO02', { kind: 'supportSubset', parent: 'RCO01' }),
  common('2021-2027', 'RCO03', { kind: 'supportSubset', parent: 'RCO01' }),
  common('2021-2027', 'RCO04', { kind: 'supportSubset', parent: 'RCO01' }),
  common('2021-2027', 'RCO05', { kind: 'supportSubset', parent: 'RCO01' }),
  common('2021-2027', 'RCO10', { kind: 'state', state: 'researchCooperation' }),
  common('2021-2027', 'RCR01', { kind: 'sum', of: ['newJobsFte'] }),
  common('2021-2027', 'RCR02', { kind: 'sum', of: COFINANCING }),
  common('2021-2027', 'RCR03', { kind: 'state', state: 'newToFirm' }),
  common('2021-2027', 'RCR04', { kind: 'newState', state: 'organisationalInnovation', name: { da: 'Indfører markedsførings- eller organisatorisk innovation', en: 'Introduces marketing or organisational innovation' } }),
  common('2021-2027', 'RCR05', { kind: 'newState', state: 'inHouseInnovation', name: { da: 'Innoverer internt', en: 'Innovates in-house' } }),
  common('2014-2020', 'CO01', { kind: 'support' }),
  common('2014-2020', 'CO02', { kind: 'supportSubset', parent: 'CO01' }),
  common('2014-2020', 'CO04', { kind: 'supportSubset', parent: 'CO01' }),
  common('2014-2020', 'CO06', { kind: 'sum', of: COFINANCING }),
  common('2014-2020', 'CO08', { kind: 'sum', of: ['newJobsFte'] }),
  common('2014-2020', 'CO26', { kind: 'state', state: 'researchCooperation' }),
  common('2014-2020', 'CO28', { kind: 'state', state: 'newToMarket' }),
  common('2014-2020', 'CO29', { kind: 'state', state: 'newToFirm' }),
  { key: 'costPerJob', label: { da: 'Omkostning pr. nyt job', en: 'Cost per new job' }, template: { kind: 'ratio', numerator: 'costDkk', denominator: 'newJobsFte', needsCosts: true } },
  { key: 'costPerCompany', label: { da: 'Omkostning pr. støttet virksomhed', en: 'Cost per supported company' }, template: { kind: 'ratio', numerator: 'costDkk', denominator: 'supportedCompanies', needsCosts: true } },
  { key: 'companies', label: { da: 'Virksomheder i udvalgte aktiviteter', en: 'Companies in chosen activities' }, template: { kind: 'support' } },
  { key: 'outcomeAmount', label: { da: 'Hvad en egen effekts virksomheder bringer', en: 'What an own outcome’s companies bring' }, template: { kind: 'amount' } },
  { key: 'derivedAmount', label: { da: 'Beløb afledt af en indikator (f.eks. omsætning = job × kr. pr. job)', en: 'An amount derived from an indicator (e.g. revenue = jobs × DKK per job)' }, template: { kind: 'derived' } },
  { key: 'jobsPerGrowthCompany', label: { da: 'Nye job pr. vækstvirksomhed', en: 'New jobs per growth company' }, template: { kind: 'ratio', numerator: 'newJobsFte', denominator: 'growthCompanies' } },
];

type Entry = Record<string, unknown>;
const isObject = (v: unknown): v is Entry => typeof v === 'object' && v !== null && !Array.isArray(v);
const listAt = (doc: unknown, path: string[]): Entry[] => {
  const v = getAt(doc, path);
  return Array.isArray(v) ? v.filter(isObject) : [];
};
const activities = (doc: unknown) => listAt(doc, ['activities']).filter((a) => typeof a.id === 'string') as (Entry & { id: string })[];

/**
 * Why the draft cannot take the entry now, or null where it can: a cost per result needs costs
 * (a budget or a cost per unit), an outcome's amount an outcome with one, and a code one that
 * no indicator of the programme's own has yet.
 */
export function notOffered(entry: CatalogueEntry, doc: unknown): 'needsCosts' | 'needsAmount' | 'codeTaken' | null {
  if (entry.template.kind === 'ratio' && entry.template.needsCosts && !hasCosts(doc)) return 'needsCosts';
  if (entry.template.kind === 'amount' && !listAt(doc, ['outcomes', 'states']).some((s) => s.amountFte !== undefined || s.amountDkk !== undefined)) return 'needsAmount';
  if (entry.code && listAt(doc, ['indicators']).some((d) => d.code === entry.code)) return 'codeTaken';
  return null;
}

/**
 * The draft with the catalogue's entry added to its own indicators (and, for an outcome of
 * the planner's own, that outcome to its states, with its probability and lag left for the
 * planner to give), and the new indicator's id: its code where no indicator has it yet.
 */
export function addIndicator(doc: unknown, entry: CatalogueEntry): { doc: unknown; id: string } {
  const own = listAt(doc, ['indicators']);
  const taken = [...own.map((d) => String(d.id)), ...BUILT_IN_STATES, 'supportedCompanies', 'supportedCompaniesF'];
  const stem = entry.code ?? entry.key;
  const id = taken.includes(stem) ? freshId(`${stem}_`, taken) : stem;
  const acts = activities(doc);
  const support = acts.filter((a) => a.countsAsSupport === true || a.aim === 'innovation').map((a) => a.id);
  let next = doc;
  const t = entry.template;
  let rule: Entry;
  switch (t.kind) {
    case 'support':
      rule = { kind: 'companies', activities: support };
      break;
    case 'supportSubset': {
      // The programme's own count of all supported companies where it has one, else the built-in count of the growth activities'.
      const parent = own.find((d) => d.code === t.parent && isObject(d.rule) && d.rule.kind === 'companies');
      const parentActivities = parent ? (parent.rule as { activities?: unknown }).activities : builtInCompanies('supportedCompanies', { activities: acts as never });
      rule = { kind: 'companies', activities: Array.isArray(parentActivities) ? [...parentActivities] : [], subsetOf: parent ? parent.id : 'supportedCompanies' };
      break;
    }
    case 'state':
      rule = { kind: 'state', state: t.state };
      break;
    case 'newState': {
      const states = listAt(doc, ['outcomes', 'states']);
      if (!states.some((s) => s.id === t.state)) {
        const innovation = acts.filter((a) => a.aim === 'innovation').map((a) => a.id);
        next = setAt(next, ['outcomes', 'states'], [...states, { id: t.state, name: t.name, activities: innovation.length ? innovation : support }]);
      }
      rule = { kind: 'state', state: t.state };
      break;
    }
    case 'amount': {
      const states = listAt(doc, ['outcomes', 'states']);
      const withAmount = states.find((s) => s.amountFte !== undefined || s.amountDkk !== undefined) ?? states[0];
      rule = { kind: 'amount', state: typeof withAmount?.id === 'string' ? withAmount.id : '' };
      break;
    }
    case 'sum':
      rule = { kind: 'sum', of: t.of };
      break;
    case 'derived': {
      // Of the first own indicator counting new jobs (an outcome's FTE), else the built-in new jobs.
      const states = listAt(doc, ['outcomes', 'states']);
      const fte = own.find((d) => isObject(d.rule) && d.rule.kind === 'amount' && states.some((s) => s.id === (d.rule as Entry).state && s.amountFte !== undefined));
      rule = { kind: 'derived', from: fte ? fte.id : 'newJobsFte' };
      break;
    }
    case 'ratio':
      rule = { kind: 'ratio', numerator: t.numerator, denominator: t.denominator };
      break;
  }
  const indicator = { id, label: entry.label, ...(entry.code ? { code: entry.code } : {}), rule };
  return { doc: setAt(next, ['indicators'], [...own, indicator]), id };
}

/** The draft without its own indicator `id` (and its targets); its subsets count on their own then. A sum or a ratio naming it is left to say so. */
export function removeIndicator(doc: unknown, id: string): unknown {
  const own = listAt(doc, ['indicators']).filter((d) => d.id !== id).map((d) => {
    if (!isObject(d.rule) || d.rule.subsetOf !== id) return d;
    const { subsetOf: _, ...rule } = d.rule;
    return { ...d, rule };
  });
  let next = setAt(doc, ['indicators'], own.length ? own : undefined);
  if (getAt(next, ['targets', id]) !== undefined) next = setAt(next, ['targets', id], undefined);
  return next;
}

/** The draft without its own outcome `id` (the indicators counting it then say so). */
export function removeState(doc: unknown, id: string): unknown {
  const states = listAt(doc, ['outcomes', 'states']).filter((s) => s.id !== id);
  return setAt(doc, ['outcomes', 'states'], states.length ? states : undefined);
}
