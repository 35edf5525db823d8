import { useI18n, type I18n } from '../i18n';
import { monitoringMessages, type MonitoringKey } from '../i18n/messages-monitoring';

export type MonitoringText = { i18n: I18n; tr(key: MonitoringKey, params?: Record<string, string | number>): string };

/** The monitoring view's words in the current language, from their own dictionary (as use-analysis-text does). */
export function useMonitoringText(): MonitoringText {
  const i18n = useI18n();
  return {
    i18n,
    tr(key, params) {
      const text: string = monitoringMessages[i18n.lang()][key] ?? monitoringMessages.en[key];
      return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
    },
  };
}
