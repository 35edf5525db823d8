/**
 * Ranges that published Danish evaluations and statistics support for the scenario's
 * rates (shared/seed/EVIDENCE.md). A planner's central value outside its range is
 * reported by the coherence checks; a range is a reference, not a rule.
 */
export interface EvidenceRange {
  /** Input paths it applies to; `*` stands for any activity. */
  paths: string[];
  min: number;
  max: number;
  source: string;
}

export const EVIDENCE_RANGES: EvidenceRange[] = [
  { paths: ['activities.A1.routing.proceed'], min: 0.3, max: 0.7, source: 'applicants’ experience, no published source (EVIDENCE.md)' },
  {
    paths: ['activities.B.growthProbability', 'activities.C.growthProbability', 'activities.D.growthProbability', 'activities.E1.growthProbability', 'activities.E2.growthProbability'],
    min: 0.05, max: 0.2,
    source: 'Erhvervsstyrelsen effect chain (200 → 40 → 15); Dansk Industri 2022/6 (5.4 % of firms)',
  },
  { paths: ['outcomes.growth.ftePerGrowthCompany.mean'], min: 3.64, max: 35, source: 'definition floor 3.64; Dansk Industri 2022/6 (about 23 FTE per growth firm)' },
  { paths: ['outcomes.otherSupportedFte.mean'], min: 0.5, max: 1.5, source: 'Erhvervsstyrelsen / Danish Regions effect measurements (0.58–1.5 FTE per firm)' },
  { paths: ['outcomes.revenuePerFteDkk'], min: 1_000_000, max: 2_500_000, source: 'effect measurements (1.2–2.5 m DKK); IRIS Group for KL 2018 (about 1 m DKK)' },
  {
    paths: ['outcomes.innovation.innovativeCompanies.probability', 'outcomes.innovation.newToMarket.probability'],
    min: 0.05, max: 0.3,
    source: 'Cluster Excellence Denmark 2018 (15 % of cluster firms innovated)',
  },
];
