import { useI18n, type I18n } from '../i18n';
import { analysisMessages, type AnalysisKey } from '../i18n/messages-analysis';

export type AnalysisText = { i18n: I18n; tr(key: AnalysisKey, params?: Record<string, string | number>): string };

/**
 * The analysis views' words in the current language. They live in their own dictionary
 * (messages-analysis.ts), resolved here with the app's language and number formats.
 */
export function useAnalysisText(): AnalysisText {
  const i18n = useI18n();
  return {
    i18n,
    tr(key, params) {
      const text: string = analysisMessages[i18n.lang()][key] ?? analysisMessages.en[key];
      return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
    },
  };
}
