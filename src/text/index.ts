/**
 * The text layer: the languages, one template filler, plural forms, and the words for what
 * the engine knows only by id (horizons, indicators). Scenario, report, ui and cli take their
 * words for those from here; a programme's own words (its periods' and activities' names)
 * come from its scenario (`programmeLabels`).
 */

import { DEFAULT_CODE_SET, indicatorCode, type CodeSet } from './indicator-codes';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

/** A text in both languages. */
export interface Text { da: string; en: string }

export type Params = Record<string, string | number>;

/** A name the planner gives: one text for both languages, or one in each. */
export type Name = string | Text;

/** The name in `lang`: a single text as it is. */
export function nameIn(name: Name | undefined, lang: Lang): string {
  return name === undefined ? '' : typeof name === 'string' ? name : name[lang];
}

/** `template` with each `{name}` replaced from `params` (unknown names are left as they are). */
export function fill(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : template;
}

/** The plural form the language uses for n ('one', 'other', …), by Intl.PluralRules. */
function pluralForm(lang: Lang, n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(lang).select(n);
}

/** `one` for a count the language calls singular, else `other`. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return pluralForm(lang, n) === 'one' ? one : other;
}

/** The after-project windows and the two totals. */
const HORIZON_WORDS: Record<string, Text> = {
  after0to2: { da: '0–2 år efter', en: '0–2 years after' },
  after2to5: { da: '2–5 år efter', en: '2–5 years after' },
  after5plus: { da: '5+ år efter', en: '5+ years after' },
  projectTotal: { da: 'Projektet i alt', en: 'Project total' },
  total: { da: 'I alt', en: 'Total' },
};

/** A period's name where its scenario gives none: "1. periode", "Period 1". */
export function defaultPeriodLabel(n: number): Text {
  return { da: `${n}. periode`, en: `Period ${n}` };
}

/**
 * The outcome indicators' names, before the activities they concern ("(A1–E2)"): the growth
 * activities' for the first five, the innovation activities' for the rest.
 */
const INDICATOR_WORDS: Record<string, Text & { group?: 'growth' | 'innovation' }> = {
  supportedCompanies: { group: 'growth', da: 'Virksomheder der modtager støtte', en: 'Companies receiving support' },
  privateCofinancingDkk: { group: 'growth', da: 'Private investeringer / medfinansiering', en: 'Private investment / co-financing' },
  growthCompanies: { group: 'growth', da: 'Nye vækstvirksomheder', en: 'New growth companies' },
  newJobsFte: { group: 'growth', da: 'Nye job, fuldtidspersoner', en: 'New jobs, full-time' },
  revenueDkk: { group: 'growth', da: 'Skabt omsætning', en: 'Created revenue' },
  supportedCompaniesF: { group: 'innovation', da: 'Virksomheder der modtager støtte', en: 'Companies receiving support' },
  researchCooperation: { group: 'innovation', da: 'Virksomheder i samarbejde med forskningsinstitutioner', en: 'Companies cooperating with research institutions' },
  privateCofinancingDkkF: { group: 'innovation', da: 'Privat medfinansiering', en: 'Private co-financing' },
  newToMarket: { group: 'innovation', da: 'Nye produkter for markedet', en: 'New-to-market products' },
  newToFirm: { group: 'innovation', da: 'Nye produkter for virksomheden', en: 'New-to-firm products' },
  productConcepts: { group: 'innovation', da: 'Koncepter for nye produkter', en: 'Concepts for new products' },
  innovativeCompanies: { group: 'innovation', da: 'Nye innovative virksomheder', en: 'New innovative companies' },
  // A costed programme's: its public cost, and that cost over its results (the project's whole cost in each).
  costDkk: { da: 'Offentlige omkostninger', en: 'Public cost' },
  costPerSupportedCompanyDkk: { da: 'Omkostning pr. støttet virksomhed', en: 'Cost per supported company' },
  costPerGrowthCompanyDkk: { da: 'Omkostning pr. vækstvirksomhed', en: 'Cost per growth company' },
  costPerNewFteDkk: { da: 'Omkostning pr. nyt fuldtidsjob', en: 'Cost per new full-time job' },
};

const PARTICIPANTS: Text = { da: 'Deltagere i {activity}', en: 'Participants in {activity}' };

/** What the words of a programme are made from: its periods and activities as its scenario has them. */
export interface ProgrammeWords {
  periods: readonly { id: string; label?: Text }[];
  activities: readonly { id: string; name?: Name; group: 'growth' | 'innovation' }[];
  /** The EU programming period whose common indicator codes it reports in (2014–20 where it says none). */
  codes?: CodeSet;
  /** Its own indicators: their names as the planner wrote them, and the code each reports as, if any. */
  indicators?: readonly { id: string; label: Text; code?: string }[];
  /** Its own outcomes (`outcomes.states`): their names as the planner wrote them. */
  states?: readonly { id: string; name: Text }[];
}

/** A programme's words for its horizons and indicators, in either language. */
export interface ProgrammeLabels {
  horizon(id: string, lang: Lang): string;
  indicator(id: string, lang: Lang): string;
  /** A period's place in the programme, 1 for the first; null where it is none of its periods. */
  periodNumber(id: string): number | null;
  /** The span of the activities that aim at growth or at innovation ("A1–E2"); empty when none do. */
  group(aim: 'growth' | 'innovation'): string;
  /** The EU common indicator code an indicator reports as in the programme's code set ("RCO01"), null for its own. */
  code(id: string): string | null;
  /** The code set the programme reports in. */
  codeSet: CodeSet;
  /** One of its own outcomes by its name, or by its id where it has none (yet). */
  state(id: string, lang: Lang): string;
}

/** The activities of a group as a span: "A1–E2" for several, "F" for one, none for none. */
function span(ids: readonly string[]): string {
  return ids.length === 0 ? '' : ids.length === 1 ? ids[0] : `${ids[0]}–${ids[ids.length - 1]}`;
}

/**
 * The labels of a programme's horizons and indicators: a period by its own label (or
 * "Period n"), the after windows and totals by HORIZON_WORDS; an outcome indicator by its name
 * and the span of the activities it concerns ("New growth companies (A1–E2)"), a participant
 * count by its activity's id. An unknown id is shown as it is.
 */
export function programmeLabels(p: ProgrammeWords): ProgrammeLabels {
  const groups = {
    growth: span(p.activities.filter((a) => a.group === 'growth').map((a) => a.id)),
    innovation: span(p.activities.filter((a) => a.group === 'innovation').map((a) => a.id)),
  };
  const periodNumber = (id: string): number | null => {
    const i = p.periods.findIndex((x) => x.id === id);
    if (i >= 0) return i + 1;
    // Without the programme at hand (a message about a path alone), the seed's "period2" is period 2.
    const m = p.periods.length === 0 ? /^period(\d+)$/.exec(id) : null;
    return m ? Number(m[1]) : null;
  };
  const codeSet = p.codes ?? DEFAULT_CODE_SET;
  return {
    periodNumber,
    group: (aim) => groups[aim],
    codeSet,
    code: (id) => {
      const mine = p.indicators?.find((d) => d.id === id);
      if (mine) return mine.code ?? null;
      // A built-in indicator reports as its common code unless one of the programme's own does.
      const code = indicatorCode(id, codeSet);
      return code !== null && p.indicators?.some((d) => d.code === code) ? null : code;
    },
    horizon(id, lang) {
      const i = p.periods.findIndex((x) => x.id === id);
      if (i >= 0) return (p.periods[i].label ?? defaultPeriodLabel(i + 1))[lang];
      const n = periodNumber(id);
      if (n !== null) return defaultPeriodLabel(n)[lang];
      return HORIZON_WORDS[id]?.[lang] ?? id;
    },
    state(id, lang) {
      const name = p.states?.find((st) => st.id === id)?.name[lang];
      return name ? name : id;
    },
    indicator(id, lang) {
      if (id.startsWith('participants.')) return fill(PARTICIPANTS[lang], { activity: id.slice('participants.'.length) });
      const mine = p.indicators?.find((d) => d.id === id);
      if (mine) return mine.label[lang];
      const w = INDICATOR_WORDS[id];
      if (!w) return id;
      return w.group && groups[w.group] ? `${w[lang]} (${groups[w.group]})` : w[lang];
    },
  };
}

/** Labels without a programme at hand: periods by their place ("period2" is "Period 2"), indicators without the activities they concern. */
export const GENERIC_LABELS: ProgrammeLabels = programmeLabels({ periods: [], activities: [] });
