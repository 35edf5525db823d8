import { formatNumber } from '../text/format-number';
import type { Scenario } from './schema';

/**
 * What makes a supported company a growth company: it has at least `minEmployees` employees
 * when its growth starts and grows its staff by at least `growthPercentPerYear` % a year for
 * `years` years. The definition has consequences the checks draw: such a company adds at
 * least minEmployees × ((1 + rate)^years − 1) full-time jobs, and cannot have its status
 * confirmed in fewer than `years` years.
 */
export interface GrowthDefinition {
  growthPercentPerYear: number;
  years: number;
  minEmployees: number;
}

/** The Danish definition the seed's application uses (Erhvervsstyrelsen): ≥ 5 employees, ≥ 20 % a year for 3 years. */
export const DANISH_GROWTH_COMPANY: GrowthDefinition = { growthPercentPerYear: 20, years: 3, minEmployees: 5 };
/** Eurostat's high-growth enterprise: ≥ 10 employees, ≥ 10 % a year (annualised) over 3 years. */
export const EUROSTAT_HIGH_GROWTH: GrowthDefinition = { growthPercentPerYear: 10, years: 3, minEmployees: 10 };

/** The definitions the editor offers by name; any other set of numbers is the planner's own. */
export const NAMED_DEFINITIONS = { danish: DANISH_GROWTH_COMPANY, eurostat: EUROSTAT_HIGH_GROWTH } as const;
export type DefinitionName = keyof typeof NAMED_DEFINITIONS;

/** The scenario's definition, and whether the file states it (one that does not uses the Danish definition). */
export function growthDefinition(s: Scenario): { definition: GrowthDefinition; stated: boolean } {
  const d = s.outcomes.growth.definition;
  return d ? { definition: d, stated: true } : { definition: DANISH_GROWTH_COMPANY, stated: false };
}

/** The least number of new full-time jobs a growth company adds by the definition: 5 × (1.2³ − 1) ≈ 3.64 for the Danish one. */
export function fteFloor(d: GrowthDefinition): number {
  return d.minEmployees * ((1 + d.growthPercentPerYear / 100) ** d.years - 1);
}

/** Which named definition these numbers are, or null for the planner's own. */
export function definitionName(d: GrowthDefinition): DefinitionName | null {
  for (const [name, n] of Object.entries(NAMED_DEFINITIONS)) {
    if (n.growthPercentPerYear === d.growthPercentPerYear && n.years === d.years && n.minEmployees === d.minEmployees) return name as DefinitionName;
  }
  return null;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The floor's arithmetic as a reader checks it: "5 × (1,2³ − 1) ≈ 3,64" in Danish, "5 × (1.2³ − 1) ≈ 3.64" in English. */
export function floorFormula(d: GrowthDefinition, lang: 'da' | 'en'): string {
  const num = (x: number, digits: number) => formatNumber(x, lang, digits, 0, false);
  const power = String(d.years).replace(/\d/g, (c) => SUPERSCRIPT[Number(c)]);
  return `${num(d.minEmployees, 0)} × (${num(1 + d.growthPercentPerYear / 100, 4)}${power} − 1) ≈ ${num(fteFloor(d), 2)}`;
}

/** The definition in words: "at least 5 employees, growing at least 20 % a year for 3 years". */
export function definitionWords(d: GrowthDefinition, lang: 'da' | 'en'): string {
  const num = (x: number) => formatNumber(x, lang, 2);
  return lang === 'da'
    ? `mindst ${num(d.minEmployees)} ansatte og vækst på mindst ${num(d.growthPercentPerYear)} % om året i ${num(d.years)} år`
    : `at least ${num(d.minEmployees)} employees, growing at least ${num(d.growthPercentPerYear)} % a year for ${num(d.years)} ${d.years === 1 ? 'year' : 'years'}`;
}
