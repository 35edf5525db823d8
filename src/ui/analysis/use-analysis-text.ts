import { featureText, useI18n, type FeatureText } from '../i18n';
import { analysisMessages, type AnalysisKey } from '../i18n/messages-analysis';

export type AnalysisText = FeatureText<AnalysisKey>;

/** The analysis views' words in the current language, from their own dictionary (messages-analysis.ts). */
export function useAnalysisText(): AnalysisText {
  return featureText(useI18n(), analysisMessages);
}
