import { useI18n, type I18n } from '../i18n';
import { exportMessages, type ExportKey } from '../i18n/messages-export';

export type ExportText = { i18n: I18n; tr(key: ExportKey, params?: Record<string, string | number>): string };

/** The export views' words in the current language, from their own dictionary (messages-export.ts). */
export function useExportText(): ExportText {
  const i18n = useI18n();
  return {
    i18n,
    tr(key, params) {
      const text: string = exportMessages[i18n.lang()][key] ?? exportMessages.en[key];
      return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
    },
  };
}
