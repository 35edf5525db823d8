import { GENERIC_LABELS, type ProgrammeLabels } from '../text';

type Lang = 'da' | 'en';

/**
 * The names the assumptions editor gives a scenario's fields, in both languages. The editor's
 * i18n messages take them from here, so that a validation error or a coherence check names a
 * field exactly as the editor labels it, in the app and on the command line alike.
 */
const en = {
  'editor.mobilisation': 'Mobilisation',
  'editor.unitsPeriod': 'Period {n}',
  'editor.unitsHeading': 'Units per period',
  'editor.companiesPerUnit': 'Companies per unit',
  'editor.plannedParticipants': 'Planned participants',
  'editor.countsAsSupport': 'Counts as a supported company',
  'editor.fillRate': 'Seats filled',
  'editor.proceed': 'Share that goes on',
  'editor.proceedA1': 'Share that mobilises and goes on',
  'editor.routeTo': 'Of those going on, share to {to}',
  'editor.routes': 'Where companies go next',
  'editor.growthProbability': 'Becomes a growth company',
  'editor.note': 'Note',
  'editor.distribution': 'Distribution',
  'editor.type.fixed': 'Fixed value',
  'editor.type.uniform': 'Uniform',
  'editor.type.triangular': 'Triangular',
  'editor.type.pert': 'PERT',
  'editor.type.beta': 'Beta',
  'editor.type.normal': 'Normal (truncated)',
  'editor.type.lognormal': 'Lognormal',
  'editor.field.value': 'Value',
  'editor.field.min': 'Minimum',
  'editor.field.mode': 'Most likely',
  'editor.field.max': 'Maximum',
  'editor.field.p5': '5th percentile',
  'editor.field.p95': '95th percentile',
  'editor.field.alpha': 'α',
  'editor.field.beta': 'β',
  'editor.field.mean': 'Mean',
  'editor.field.sd': 'Standard deviation',
  'editor.field.mu': 'μ (log scale)',
  'editor.field.sigma': 'σ (log scale)',
  'editor.field.successes': 'Successes',
  'editor.field.trials': 'Out of',
  'editor.unit.probability': '%',
  'editor.unit.years': 'years',
  'editor.unit.fte': 'FTE',
  'editor.unit.money': 'DKK',
  'editor.unit.companies': 'companies',
  'editor.unit.module': 'modules',
  'editor.unit.camp': 'camps',
  'editor.unit.course': 'courses',
  'editor.unit.group': 'groups',
  'editor.unit.network': 'networks',
  'editor.periodYears': 'Length of period {n}',
  'editor.periodName': 'Name of period {n}',
  'editor.periodId': 'Id of period {n}',
  'editor.growthLag': 'Years from support to growth company',
  'editor.definition': 'Definition of a growth company',
  'editor.definition.growthPercentPerYear': 'Growth in employees a year',
  'editor.definition.years': 'For how many years',
  'editor.definition.minEmployees': 'Employees at the start, at least',
  'editor.ftePerGrowthCompany': 'New jobs per growth company',
  'editor.otherSupportedFte': 'New jobs in other supported companies',
  'editor.otherLag': 'Years until those jobs',
  'editor.revenuePerFte': 'Revenue per new job',
  'editor.cofinancing': 'Private co-financing per supported company',
  'editor.innovationCofinancing': 'Private co-financing per F company',
  'editor.amount.mean': 'Mean per company',
  'editor.amount.minimum': 'Minimum per company',
  'editor.amount.cv': 'Spread between companies (coefficient of variation)',
  'editor.probability': 'Probability',
  'editor.lag': 'Years until it happens',
  'editor.outcome.researchCooperation': 'Cooperates with research institutions',
  'editor.outcome.newToMarket': 'Introduces a product new to the market',
  'editor.outcome.newToFirm': 'Introduces a product new to the firm',
  'editor.outcome.productConcepts': 'Develops a concept for a new product',
  'editor.outcome.innovativeCompanies': 'Becomes an innovative company',
  'editor.sampling': 'Sampling',
  'editor.targets': 'Targets',
  'editor.indicatorCodes': 'EU indicator codes',
  'editor.budget': 'Budget',
  'editor.budget.fixed': 'Fixed costs',
  'editor.budget.fixedIn': 'Fixed costs in period {n}',
  'editor.costPerUnit': 'Cost per unit',
  'editor.targetsHint': 'The application’s figures: each forecast cell shows the probability of meeting its target. “Total” counts every horizon, the years after the project too. Empty a field for no target.',
  'editor.sampling.method': 'How the programme-level inputs are drawn',
  'editor.correlations': 'Correlated inputs (rank correlation)',
  'label.target': 'Target',
  'label.actuals': 'Actuals',
  'label.asOf': 'reported as of',
  'label.observation': 'observation {n}',
  'label.rate': 'observed rate {n}',
  'label.scenarioName': 'Scenario name',
  'label.scenarioId': 'Scenario id',
  'label.description': 'Description',
  'label.file': 'File',
  'label.scenario': 'Scenario',
  'label.activityName': 'Name',
  'label.activityUnit': 'Kind of unit',
  'label.activityId': 'Id',
  'label.activityAim': 'Aims at',
  'editor.indicators': 'Indicators of the programme’s own',
  'editor.indicator': 'Indicator {id}',
  'editor.indicator.label': 'Name',
  'editor.indicator.code': 'Code',
  'editor.indicator.labelDa': 'Name in Danish',
  'editor.indicator.labelEn': 'Name in English',
  'editor.indicator.rule': 'Counts',
  'editor.indicator.activities': 'Companies taking part in',
  'editor.indicator.subsetOf': 'A subset of',
  'editor.indicator.state': 'Companies reaching',
  'editor.indicator.amountOf': 'What the companies bring that reach',
  'editor.indicator.of': 'The sum of',
  'editor.indicator.numerator': 'Divides',
  'editor.indicator.from': 'Derived from',
  'editor.indicator.dkkPer': 'DKK per unit of it',
  'editor.indicator.denominator': 'By',
  'editor.states': 'Outcomes of the programme’s own',
  'editor.state': 'Outcome {id}',
  'editor.state.name': 'Name',
  'editor.state.activities': 'Reached by companies taking part in',
  'editor.state.amount': 'What each company reaching it brings',
  'editor.state.amountFte': 'New jobs per company reaching it',
  'editor.state.amountDkk': 'DKK per company reaching it',
} as const;

export type FieldWordKey = keyof typeof en;

const da: Record<FieldWordKey, string> = {
  'editor.mobilisation': 'Mobilisering',
  'editor.unitsPeriod': '{n}. periode',
  'editor.unitsHeading': 'Antal pr. periode',
  'editor.companiesPerUnit': 'Virksomheder pr. enhed',
  'editor.plannedParticipants': 'Planlagte deltagere',
  'editor.countsAsSupport': 'Tæller som støttet virksomhed',
  'editor.fillRate': 'Andel af pladser besat',
  'editor.proceed': 'Andel der går videre',
  'editor.proceedA1': 'Andel der mobiliserer og går videre',
  'editor.routeTo': 'Af dem der går videre, andel til {to}',
  'editor.routes': 'Hvor virksomhederne går hen',
  'editor.growthProbability': 'Bliver vækstvirksomhed',
  'editor.note': 'Note',
  'editor.distribution': 'Fordeling',
  'editor.type.fixed': 'Fast værdi',
  'editor.type.uniform': 'Ligefordeling',
  'editor.type.triangular': 'Trekantsfordeling',
  'editor.type.pert': 'PERT',
  'editor.type.beta': 'Beta',
  'editor.type.normal': 'Normal (afskåret)',
  'editor.type.lognormal': 'Lognormal',
  'editor.field.value': 'Værdi',
  'editor.field.min': 'Minimum',
  'editor.field.mode': 'Mest sandsynlig',
  'editor.field.max': 'Maksimum',
  'editor.field.p5': '5 %-fraktil',
  'editor.field.p95': '95 %-fraktil',
  'editor.field.alpha': 'α',
  'editor.field.beta': 'β',
  'editor.field.mean': 'Middelværdi',
  'editor.field.sd': 'Standardafvigelse',
  'editor.field.mu': 'μ (log-skala)',
  'editor.field.sigma': 'σ (log-skala)',
  'editor.field.successes': 'Succeser',
  'editor.field.trials': 'Ud af',
  'editor.unit.probability': '%',
  'editor.unit.years': 'år',
  'editor.unit.fte': 'årsværk',
  'editor.unit.money': 'kr.',
  'editor.unit.companies': 'virksomheder',
  'editor.unit.module': 'moduler',
  'editor.unit.camp': 'camps',
  'editor.unit.course': 'forløb',
  'editor.unit.group': 'grupper',
  'editor.unit.network': 'netværk',
  'editor.periodYears': 'Længde af {n}. periode',
  'editor.periodName': 'Navn på {n}. periode',
  'editor.periodId': 'Id for {n}. periode',
  'editor.growthLag': 'År fra støtte til vækstvirksomhed',
  'editor.definition': 'Definition af en vækstvirksomhed',
  'editor.definition.growthPercentPerYear': 'Vækst i ansatte om året',
  'editor.definition.years': 'I hvor mange år',
  'editor.definition.minEmployees': 'Ansatte ved start, mindst',
  'editor.ftePerGrowthCompany': 'Nye job pr. vækstvirksomhed',
  'editor.otherSupportedFte': 'Nye job i andre støttede virksomheder',
  'editor.otherLag': 'År til disse job',
  'editor.revenuePerFte': 'Omsætning pr. nyt job',
  'editor.cofinancing': 'Privat medfinansiering pr. støttet virksomhed',
  'editor.innovationCofinancing': 'Privat medfinansiering pr. F-virksomhed',
  'editor.amount.mean': 'Middel pr. virksomhed',
  'editor.amount.minimum': 'Minimum pr. virksomhed',
  'editor.amount.cv': 'Spredning mellem virksomheder (variationskoefficient)',
  'editor.probability': 'Sandsynlighed',
  'editor.lag': 'År til det sker',
  'editor.outcome.researchCooperation': 'Samarbejder med forskningsinstitutioner',
  'editor.outcome.newToMarket': 'Introducerer et produkt, der er nyt for markedet',
  'editor.outcome.newToFirm': 'Introducerer et produkt, der er nyt for virksomheden',
  'editor.outcome.productConcepts': 'Udvikler et koncept for et nyt produkt',
  'editor.outcome.innovativeCompanies': 'Bliver en innovativ virksomhed',
  'editor.sampling': 'Stikprøvetrækning',
  'editor.targets': 'Mål',
  'editor.indicatorCodes': 'EU-indikatorkoder',
  'editor.budget': 'Budget',
  'editor.budget.fixed': 'Faste omkostninger',
  'editor.budget.fixedIn': 'Faste omkostninger i periode {n}',
  'editor.costPerUnit': 'Omkostning pr. enhed',
  'editor.targetsHint': 'Ansøgningens tal: hver celle i prognosen viser sandsynligheden for at nå sit mål. »I alt« tæller alle horisonter, også årene efter projektet. Tøm et felt for intet mål.',
  'editor.sampling.method': 'Sådan trækkes programmets usikre input',
  'editor.correlations': 'Korrelerede input (rangkorrelation)',
  'label.target': 'Mål',
  'label.actuals': 'Faktiske tal',
  'label.asOf': 'opgjort pr.',
  'label.observation': 'observation {n}',
  'label.rate': 'observeret rate {n}',
  'label.scenarioName': 'Scenariets navn',
  'label.scenarioId': 'Scenariets id',
  'label.description': 'Beskrivelse',
  'label.file': 'Fil',
  'label.scenario': 'Scenarie',
  'label.activityName': 'Navn',
  'label.activityUnit': 'Type af enhed',
  'label.activityId': 'Id',
  'label.activityAim': 'Sigter mod',
  'editor.indicators': 'Programmets egne indikatorer',
  'editor.indicator': 'Indikator {id}',
  'editor.indicator.label': 'Navn',
  'editor.indicator.code': 'Kode',
  'editor.indicator.labelDa': 'Navn på dansk',
  'editor.indicator.labelEn': 'Navn på engelsk',
  'editor.indicator.rule': 'Tæller',
  'editor.indicator.activities': 'Virksomheder der deltager i',
  'editor.indicator.subsetOf': 'En delmængde af',
  'editor.indicator.state': 'Virksomheder der når',
  'editor.indicator.amountOf': 'Hvad virksomhederne bringer, der når',
  'editor.indicator.of': 'Summen af',
  'editor.indicator.numerator': 'Dividerer',
  'editor.indicator.from': 'Afledt af',
  'editor.indicator.dkkPer': 'Kroner pr. enhed af den',
  'editor.indicator.denominator': 'Med',
  'editor.states': 'Programmets egne effekter',
  'editor.state': 'Effekt {id}',
  'editor.state.name': 'Navn',
  'editor.state.activities': 'Nås af virksomheder der deltager i',
  'editor.state.amount': 'Hvad hver virksomhed, der når den, bringer',
  'editor.state.amountFte': 'Nye job pr. virksomhed, der når den',
  'editor.state.amountDkk': 'Kroner pr. virksomhed, der når den',
};

export const FIELD_WORDS = { en, da };

/** The word for `key` in `lang`, with each `{name}` filled from `params`. */
export function fieldWord(key: FieldWordKey, lang: Lang, params?: Record<string, string | number>): string {
  const text: string = FIELD_WORDS[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

/** A distribution's fields in the input's own unit (shown as % for a probability); the rest (alpha, beta, mu, sigma) are shape parameters. */
export const IN_UNIT_FIELDS: ReadonlySet<string> = new Set(['value', 'min', 'mode', 'max', 'mean', 'sd', 'p5', 'p95']);

/** A distribution's field (`p95`) as the editor labels it ("95th percentile"); unknown keys as they are. */
export function distFieldWord(key: string, lang: Lang): string {
  const k = `editor.field.${key}`;
  return k in FIELD_WORDS[lang] ? fieldWord(k as FieldWordKey, lang) : key;
}

const INNOVATION_OUTCOMES = ['researchCooperation', 'newToMarket', 'newToFirm', 'productConcepts', 'innovativeCompanies'];
const AMOUNTS: Record<string, FieldWordKey> = {
  'growth.ftePerGrowthCompany': 'editor.ftePerGrowthCompany',
  otherSupportedFte: 'editor.otherSupportedFte',
  cofinancingPerSupportedCompanyDkk: 'editor.cofinancing',
  'innovation.cofinancingPerCompanyDkk': 'editor.innovationCofinancing',
};

/**
 * The label of the field at `path` as the editor shows it, subject first:
 * `activities.A1.recruitment.fillRate.max` → "A1: Seats filled: Maximum". A path the
 * editor has no field for is named as far as it can be, the rest as the path has it.
 */
export function fieldLabel(path: string, lang: Lang, labels: ProgrammeLabels = GENERIC_LABELS): string {
  const w = (key: FieldWordKey, params?: Record<string, string | number>) => fieldWord(key, lang, params);
  const p = path.split('.');
  /** The parts after an uncertain input's path: one of its fields, or its note. */
  const within = (rest: string[]) => (rest.length === 0 ? [] : rest[0] === 'note' ? [w('editor.note')] : [distFieldWord(rest[0], lang), ...rest.slice(1)]);
  const join = (...parts: string[]) => parts.join(': ');
  if (p[0] === 'activities' && p[1]) return join(p[1], ...activityParts(p[1], p.slice(2), w, within, labels));
  if (p[0] === 'periods' && p[1] && labels.periodNumber(p[1]) !== null) {
    const n = labels.periodNumber(p[1])!;
    if (p[2] === 'years' || p[2] === undefined) return w('editor.periodYears', { n });
    if (p[2] === 'label') return join(w('editor.periodName', { n }), ...p.slice(3));
    if (p[2] === 'id') return w('editor.periodId', { n });
    return join(w('editor.periodYears', { n }), w('editor.note'));
  }
  if (p[0] === 'outcomes' && p[1] === 'states' && p[2]) {
    const part: Record<string, FieldWordKey> = { name: 'editor.state.name', activities: 'editor.state.activities', probability: 'editor.probability', lagYears: 'editor.lag', id: 'label.activityId', note: 'editor.note', amountFte: 'editor.state.amountFte', amountDkk: 'editor.state.amountDkk' };
    const amountPart = (rest: string[]) => (rest[0] === 'mean' ? [w('editor.amount.mean'), ...within(rest.slice(1))] : rest[0] === 'minimum' ? [w('editor.amount.minimum')] : rest[0] === 'cv' ? [w('editor.amount.cv')] : rest);
    const tail = (key: string, rest: string[]) => (key === 'probability' || key === 'lagYears' ? within(rest) : key === 'amountFte' || key === 'amountDkk' ? amountPart(rest) : rest);
    const rest = p[3] && part[p[3]] ? [w(part[p[3]]), ...tail(p[3], p.slice(4))] : p.slice(3);
    return join(w('editor.state', { id: labels.state(p[2], lang) }), ...rest);
  }
  if (p[0] === 'outcomes') return join(...outcomeParts(p.slice(1), w, within));
  if (p[0] === 'indicators' && p[1]) {
    const part: Record<string, FieldWordKey> = { label: 'editor.indicator.label', code: 'editor.indicator.code', id: 'label.activityId', note: 'editor.note', kind: 'editor.indicator.rule', activities: 'editor.indicator.activities', subsetOf: 'editor.indicator.subsetOf', state: 'editor.indicator.state', of: 'editor.indicator.of', numerator: 'editor.indicator.numerator', denominator: 'editor.indicator.denominator', from: 'editor.indicator.from', dkkPer: 'editor.indicator.dkkPer' };
    const inLanguage = p[2] === 'label' && (p[3] === 'da' || p[3] === 'en') ? [w(p[3] === 'da' ? 'editor.indicator.labelDa' : 'editor.indicator.labelEn'), ...p.slice(4)] : null;
    const rest = inLanguage ?? (p[2] === 'rule' ? (p[3] ? [part[p[3]] ? w(part[p[3]]) : p[3], ...(p[3] === 'dkkPer' ? within(p.slice(4)) : p.slice(4))] : [w('editor.indicator.rule')]) : p[2] ? [part[p[2]] ? w(part[p[2]]) : p[2], ...p.slice(3)] : []);
    // Named as the planner named it, where it has a name yet.
    const named = labels.indicator(p[1], lang);
    return join(named !== p[1] ? named : w('editor.indicator', { id: p[1] }), ...rest);
  }
  if (p[0] === 'targets' && p[1]) {
    return join(w('label.target'), [labels.indicator(p[1], lang), p[2] === undefined ? undefined : labels.horizon(p[2], lang)].filter(Boolean).join(', '));
  }
  if (p[0] === 'budget') {
    const n = p[2] === undefined ? null : labels.periodNumber(p[2]);
    if (p[1] === 'fixedCostsDkk') return join(w('editor.budget'), n === null ? [w('editor.budget.fixed'), ...p.slice(2)].join(' ') : w('editor.budget.fixedIn', { n }));
    return join(w('editor.budget'), ...p.slice(1));
  }
  if (p[0] === 'sampling') return join(w('editor.sampling'), p[1] === 'method' ? w('editor.sampling.method') : w('editor.correlations'));
  if (p[0] === 'actuals') {
    const n = Number(p[2]) + 1;
    if (p[1] === 'asOf') return join(w('label.actuals'), w('label.asOf'));
    const entry = !(n > 0) ? p[1] : p[1] === 'observations' ? w('label.observation', { n }) : p[1] === 'rates' ? w('label.rate', { n }) : p[1];
    return join(w('label.actuals'), ...[entry, ...p.slice(3)].filter(Boolean));
  }
  const top: Record<string, FieldWordKey> = { indicatorCodes: 'editor.indicatorCodes', mobilisation: 'editor.mobilisation', name: 'label.scenarioName', id: 'label.scenarioId', description: 'label.description', '(file)': 'label.file', '(scenario)': 'label.scenario' };
  return top[path] ? w(top[path]) : path;
}

type Words = (key: FieldWordKey, params?: Record<string, string | number>) => string;

function activityParts(id: string, rest: string[], w: Words, within: (rest: string[]) => string[], labels: ProgrammeLabels): string[] {
  switch (rest[0]) {
    case undefined: return [];
    case 'id': return [w('label.activityId')];
    case 'aim': return [w('label.activityAim')];
    case 'units': {
      if (!rest[1]) return [w('editor.unitsHeading')];
      const n = labels.periodNumber(rest[1]);
      return [w('editor.unitsHeading'), n === null ? rest[1] : w('editor.unitsPeriod', { n })];
    }
    case 'companiesPerUnit': return [w('editor.companiesPerUnit')];
    case 'plannedParticipants': return [w('editor.plannedParticipants')];
    case 'countsAsSupport': return [w('editor.countsAsSupport')];
    case 'name': return [w('label.activityName'), ...rest.slice(1)];
    case 'unit': return [w('label.activityUnit'), ...rest.slice(1)];
    case 'note': return [w('editor.note')];
    case 'recruitment': return rest[1] === 'fillRate' ? [w('editor.fillRate'), ...within(rest.slice(2))] : rest;
    case 'growthProbability': return [w('editor.growthProbability'), ...within(rest.slice(1))];
    case 'costPerUnitDkk': return [w('editor.costPerUnit'), ...within(rest.slice(1))];
    case 'routing':
      if (rest[1] === 'proceed') return [w(id === 'A1' ? 'editor.proceedA1' : 'editor.proceed'), ...within(rest.slice(2))];
      if (rest[1] === 'to' && rest[2]) return [w('editor.routeTo', { to: rest[2] }), ...within(rest.slice(3))];
      return [w('editor.routes')];
    default: return rest;
  }
}

function outcomeParts(p: string[], w: Words, within: (rest: string[]) => string[]): string[] {
  const key = p.join('.');
  if (key.startsWith('growth.lagYears')) return [w('editor.growthLag'), ...within(p.slice(2))];
  if (key.startsWith('growth.definition')) {
    const field = p[2] === 'growthPercentPerYear' || p[2] === 'years' || p[2] === 'minEmployees' ? [w(`editor.definition.${p[2]}`)] : p.slice(2);
    return [w('editor.definition'), ...field];
  }
  if (key.startsWith('otherSupportedFte.lagYears')) return [w('editor.otherLag'), ...within(p.slice(2))];
  if (key.startsWith('revenuePerFteDkk')) return [w('editor.revenuePerFte'), ...within(p.slice(1))];
  for (const [prefix, label] of Object.entries(AMOUNTS)) {
    if (key !== prefix && !key.startsWith(`${prefix}.`)) continue;
    const rest = p.slice(prefix.split('.').length);
    if (rest[0] === 'mean') return [w(label), w('editor.amount.mean'), ...within(rest.slice(1))];
    if (rest[0] === 'minimum') return [w(label), w('editor.amount.minimum')];
    if (rest[0] === 'cv') return [w(label), w('editor.amount.cv')];
    return [w(label), ...rest];
  }
  if (p[0] === 'innovation' && INNOVATION_OUTCOMES.includes(p[1])) {
    const outcome = w(`editor.outcome.${p[1]}` as FieldWordKey);
    if (p[2] === 'probability') return [outcome, w('editor.probability'), ...within(p.slice(3))];
    if (p[2] === 'lagYears') return [outcome, w('editor.lag'), ...within(p.slice(3))];
    return [outcome, ...p.slice(2)];
  }
  return [['outcomes', ...p].join('.')];
}
