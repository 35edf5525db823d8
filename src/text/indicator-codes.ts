import type { Text } from './index';

/**
 * The EU's common indicators of the two programming periods a Danish application may report
 * in (shared/seed/INDICATORS.md, sections 1.1–1.2): their codes and names, and which of the
 * forecast's indicators reports as which. A scenario chooses its period (`indicatorCodes`);
 * one that does not uses the 2014–20 codes its seed application uses.
 */
export type CodeSet = '2014-2020' | '2021-2027';
export const CODE_SETS: readonly CodeSet[] = ['2014-2020', '2021-2027'];
export const DEFAULT_CODE_SET: CodeSet = '2014-2020';

/** A code set's name as the editor and the exports write it. */
export const CODE_SET_WORDS: Record<CodeSet, Text> = {
  '2014-2020': { da: '2014–20 (CO-indikatorer)', en: '2014–20 (CO indicators)' },
  '2021-2027': { da: '2021–27 (RCO/RCR-indikatorer)', en: '2021–27 (RCO/RCR indicators)' },
};

/** The common indicators of each period, by code, with their official names (in English; the Danish programmes use the English names). */
export const COMMON_INDICATORS: Record<CodeSet, Readonly<Record<string, Text>>> = {
  '2014-2020': {
    CO01: { da: 'Antal virksomheder, der modtager støtte', en: 'Number of enterprises receiving support' },
    CO02: { da: 'Antal virksomheder, der modtager tilskud', en: 'Number of enterprises receiving grants' },
    CO04: { da: 'Antal virksomheder, der modtager ikke-finansiel støtte', en: 'Number of enterprises receiving non-financial support' },
    CO06: { da: 'Private investeringer, der matcher offentlig støtte (tilskud)', en: 'Private investment matching public support to enterprises (grants)' },
    CO08: { da: 'Beskæftigelsesstigning i støttede virksomheder', en: 'Employment increase in supported enterprises' },
    CO26: { da: 'Antal virksomheder, der samarbejder med forskningsinstitutioner', en: 'Number of enterprises cooperating with research institutions' },
    CO28: { da: 'Antal virksomheder støttet til at introducere produkter, der er nye for markedet', en: 'Number of enterprises supported to introduce new to the market products' },
    CO29: { da: 'Antal virksomheder støttet til at introducere produkter, der er nye for virksomheden', en: 'Number of enterprises supported to introduce new to the firm products' },
  },
  '2021-2027': {
    RCO01: { da: 'Støttede virksomheder', en: 'Enterprises supported' },
    RCO02: { da: 'Virksomheder støttet med tilskud', en: 'Enterprises supported by grants' },
    RCO03: { da: 'Virksomheder støttet med finansielle instrumenter', en: 'Enterprises supported by financial instruments' },
    RCO04: { da: 'Virksomheder med ikke-finansiel støtte', en: 'Enterprises with non-financial support' },
    RCO05: { da: 'Nye virksomheder, der modtager støtte', en: 'New enterprises supported' },
    RCO10: { da: 'Virksomheder, der samarbejder med forskningsorganisationer', en: 'Enterprises cooperating with research organisations' },
    RCR01: { da: 'Job skabt i støttede enheder', en: 'Jobs created in supported entities' },
    RCR02: { da: 'Private investeringer, der matcher offentlig støtte', en: 'Private investments matching public support' },
    RCR03: { da: 'SMV’er, der indfører produkt- eller procesinnovation', en: 'SMEs introducing product or process innovation' },
    RCR04: { da: 'SMV’er, der indfører markedsførings- eller organisatorisk innovation', en: 'SMEs introducing marketing or organisational innovation' },
    RCR05: { da: 'SMV’er, der innoverer internt', en: 'SMEs innovating in-house' },
  },
};

/**
 * Which common indicator each of the forecast's outcome indicators reports as, per period;
 * the others (growth companies, revenue, new-to-market products in 2021–27, concepts,
 * innovative companies, costs) are the programme's own. In 2021–27, RCR03 counts SMEs
 * introducing an innovation new to the firm (not necessarily to the market), so it is the
 * new-to-firm count; new-to-market products are a part of it and have no code of their own.
 */
export const INDICATOR_CODE_MAP: Record<CodeSet, Readonly<Record<string, string>>> = {
  '2014-2020': {
    supportedCompanies: 'CO01',
    privateCofinancingDkk: 'CO06',
    newJobsFte: 'CO08',
    supportedCompaniesF: 'CO01',
    researchCooperation: 'CO26',
    privateCofinancingDkkF: 'CO06',
    newToMarket: 'CO28',
    newToFirm: 'CO29',
  },
  '2021-2027': {
    supportedCompanies: 'RCO01',
    privateCofinancingDkk: 'RCR02',
    newJobsFte: 'RCR01',
    supportedCompaniesF: 'RCO01',
    researchCooperation: 'RCO10',
    privateCofinancingDkkF: 'RCR02',
    newToFirm: 'RCR03',
  },
};

/** The common indicator code an indicator reports as in `set`, or null for the programme's own. */
export function indicatorCode(id: string, set: CodeSet = DEFAULT_CODE_SET): string | null {
  return INDICATOR_CODE_MAP[set][id] ?? null;
}

/** What the Code column of the application's table holds, said under it: "Codes: the EU common indicators 2021–27 (…); no code: the programme's own." */
export function codesNote(set: CodeSet, lang: 'da' | 'en'): string {
  return lang === 'da'
    ? `Koder: EU’s fælles indikatorer ${CODE_SET_WORDS[set].da}; uden kode: programmets egne.`
    : `Codes: the EU common indicators ${CODE_SET_WORDS[set].en}; no code: the programme’s own.`;
}
