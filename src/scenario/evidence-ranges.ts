import type { ValueKind } from './errors';
import type { Scenario } from './schema';
import { mobilisingActivity } from './entry';
import { fteFloor, growthDefinition } from './growth-definition';

/**
 * Ranges that published Danish evaluations and statistics support for the scenario's
 * rates (shared/seed/EVIDENCE.md). A planner's central value outside its range is
 * reported by the coherence checks; a range is a reference, not a rule.
 */

export interface EvidenceRange {
  /** The input paths of the programme it applies to (the seed's: A1's mobilisation, B–E2's growth chance, …). */
  paths: (s: Scenario) => string[];
  /** What the inputs measure, so that the range is shown in their unit. */
  kind: ValueKind;
  /** The lower end, or how the scenario's own definitions set it (the growth-company floor). */
  min: number | ((s: Scenario) => number);
  max: number;
  source: { da: string; en: string };
}

const hasAim = (s: Scenario, aim: 'growth' | 'innovation') => s.activities.some((a) => a.aim === aim);

export const EVIDENCE_RANGES: EvidenceRange[] = [
  {
    paths: (s) => { const a = mobilisingActivity(s.activities); return a ? [`activities.${a}.routing.proceed`] : []; }, kind: 'probability', min: 0.3, max: 0.7,
    source: { da: 'ansøgernes erfaring, ingen offentliggjort kilde (EVIDENCE.md)', en: 'applicants’ experience, no published source (EVIDENCE.md)' },
  },
  {
    // The growth activities whose companies count as supported (B–E2 in the seed).
    paths: (s) => s.activities.filter((a) => a.aim === 'growth' && a.countsAsSupport).map((a) => `activities.${a.id}.growthProbability`),
    kind: 'probability', min: 0.05, max: 0.2,
    source: {
      da: 'Erhvervsstyrelsens effektkæde (200 → 40 → 15); Dansk Industri 2022/6 (5,4 % af virksomhederne)',
      en: 'Erhvervsstyrelsen effect chain (200 → 40 → 15); Dansk Industri 2022/6 (5.4 % of firms)',
    },
  },
  {
    paths: (s) => (hasAim(s, 'growth') ? ['outcomes.growth.ftePerGrowthCompany.mean'] : []), kind: 'fte',
    // The floor the scenario's own definition puts under every growth company (3.64 for the Danish one).
    min: (s) => fteFloor(growthDefinition(s).definition), max: 35,
    source: { da: 'definitionens nedre grænse; Dansk Industri 2022/6 (ca. 23 årsværk pr. vækstvirksomhed)', en: 'the definition’s floor; Dansk Industri 2022/6 (about 23 FTE per growth firm)' },
  },
  {
    paths: (s) => (s.activities.some((a) => a.countsAsSupport) ? ['outcomes.otherSupportedFte.mean'] : []), kind: 'fte', min: 0.5, max: 1.5,
    source: { da: 'effektmålinger fra Erhvervsstyrelsen og Danske Regioner (0,58–1,5 årsværk pr. virksomhed)', en: 'Erhvervsstyrelsen / Danish Regions effect measurements (0.58–1.5 FTE per firm)' },
  },
  {
    paths: (s) => (hasAim(s, 'growth') ? ['outcomes.revenuePerFteDkk'] : []), kind: 'money', min: 1_000_000, max: 2_500_000,
    source: { da: 'effektmålinger (1,2–2,5 mio. kr.); IRIS Group for KL 2018 (ca. 1 mio. kr.)', en: 'effect measurements (1.2–2.5 m DKK); IRIS Group for KL 2018 (about 1 m DKK)' },
  },
  {
    // Only where some activity aims at innovation: elsewhere these outcomes concern no one.
    paths: (s) => (hasAim(s, 'innovation') ? ['outcomes.innovation.innovativeCompanies.probability', 'outcomes.innovation.newToMarket.probability'] : []),
    kind: 'probability', min: 0.05, max: 0.3,
    source: { da: 'Cluster Excellence Denmark 2018 (15 % af klyngevirksomhederne innoverede)', en: 'Cluster Excellence Denmark 2018 (15 % of cluster firms innovated)' },
  },
];
