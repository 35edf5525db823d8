import { featureText, useI18n, type FeatureText } from '../i18n';
import { exportMessages, type ExportKey } from '../i18n/messages-export';

export type ExportText = FeatureText<ExportKey>;

/** The export views' words in the current language, from their own dictionary (messages-export.ts). */
export function useExportText(): ExportText {
  return featureText(useI18n(), exportMessages);
}
