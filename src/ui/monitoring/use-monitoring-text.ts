import { featureText, useI18n, type FeatureText } from '../i18n';
import { monitoringMessages, type MonitoringKey } from '../i18n/messages-monitoring';

export type MonitoringText = FeatureText<MonitoringKey>;

/** The monitoring view's words in the current language, from their own dictionary (messages-monitoring.ts). */
export function useMonitoringText(): MonitoringText {
  return featureText(useI18n(), monitoringMessages);
}
