import { createContext, createSignal, useContext, type Accessor, type JSX, createComponent } from 'solid-js';
import { appMessages, type AppMessageKey } from './messages-app';
import { editorMessages } from './messages-editor';
import { numberFormat } from '../../text/format-number';

export type Lang = 'da' | 'en';
export type MessageKey = AppMessageKey | keyof (typeof editorMessages)['en'];
type Params = Record<string, string | number>;

const STORAGE_KEY = 'workbench.lang';

export interface I18n {
  lang: Accessor<Lang>;
  setLang(lang: Lang): void;
  /** The message for `key` in the current language, with `{name}` replaced from `params`. */
  t(key: MessageKey, params?: Params): string;
  /**
   * The message for `key` in the plural form the language uses for `n` (`key.one`,
   * `key.other`, by Intl.PluralRules), with `{n}` written as a number and `params` filled in.
   */
  tn(key: string, n: number, params?: Params): string;
  /** The locale numbers and dates are written in: da-DK, or the browser's own English (en-US, en-GB, …). */
  locale(): string;
  num(x: number, digits?: number): string;
  /** Whole kroner: da '1.234.567 kr.', en 'DKK 1,234,567'; `compact` gives '1,2 mio. kr.'. */
  money(x: number, compact?: boolean): string;
  /** A probability 0…1 as a percentage: da '12,5 %'. */
  pct(p: number, digits?: number): string;
  /** A moment (ms since 1970) as a date and time: da '27.11.2026 09.12', or with `long` '27. nov. 2026 09.12'. */
  dateTime(ms: number, long?: boolean): string;
}

/** `text` with each `{name}` replaced from `params` (unknown names are left as they are). */
function fill(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

/** A feature's words with the app's i18n layer: `tr` reads the feature's own dictionary. */
export interface FeatureText<K extends string> {
  i18n: I18n;
  tr(key: K, params?: Params): string;
}

/**
 * For views whose words live in a dictionary of their own (analysis, export, monitoring):
 * their messages in the app's current language, English where a Danish one is missing.
 */
function featureText<K extends string>(i18n: I18n, messages: Record<Lang, Record<K, string>>): FeatureText<K> {
  return { i18n, tr: (key, params) => fill(messages[i18n.lang()][key] ?? messages.en[key], params) };
}

/** A view's words from a dictionary of its own (analysis, export, monitoring), in the current language: `useFeatureText(exportMessages)`. */
export function useFeatureText<K extends string>(messages: Record<Lang, Record<K, string>>): FeatureText<K> {
  return featureText(useI18n(), messages);
}

/** Each language's messages merged once (t() is called for every label on every render). */
const DICTIONARIES: Record<Lang, Record<string, string>> = {
  da: { ...appMessages.en, ...editorMessages.en, ...appMessages.da, ...editorMessages.da },
  en: { ...appMessages.en, ...editorMessages.en },
};

/** Danish as in Denmark; English as the browser writes it (month first in en-US), British where the browser is not English. */
export function localeOf(lang: Lang): string {
  if (lang === 'da') return 'da-DK';
  const own = typeof navigator !== 'undefined' ? navigator.language : '';
  return /^en(-|$)/i.test(own ?? '') ? own : 'en-GB';
}

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved === 'da' || saved === 'en') return saved;
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('da') ? 'da' : 'en';
}

/** Builds the i18n layer; `fixed` pins the language (tests). */
export function createI18n(fixed?: Lang): I18n {
  const [lang, setLangSignal] = createSignal<Lang>(fixed ?? initialLang());
  /** The format named `key` (with these options) in the current language, made once. */
  const fmt = (key: string, opts: Intl.NumberFormatOptions) => numberFormat(lang(), key, opts);
  return {
    lang,
    setLang(l) {
      setLangSignal(l);
      try {
        localStorage.setItem(STORAGE_KEY, l);
      } catch {
        /* private mode: the choice lasts this session */
      }
      if (typeof document !== 'undefined') document.documentElement.lang = l;
    },
    t: (key, params) => fill(DICTIONARIES[lang()][key] ?? key, params),
    tn(key, n, params) {
      const form = new Intl.PluralRules(lang()).select(n);
      const dict = DICTIONARIES[lang()];
      return fill(dict[`${key}.${form}`] ?? dict[`${key}.other`] ?? key, { ...params, n: fmt('n0', { maximumFractionDigits: 0 }).format(n) });
    },
    locale: () => localeOf(lang()),
    num: (x, digits = 0) => fmt(`n${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x),
    money(x, compact = false) {
      const n = (compact ? fmt('mc', { notation: 'compact', maximumFractionDigits: 1 }) : fmt('m', { maximumFractionDigits: 0 })).format(x);
      return lang() === 'da' ? `${n} kr.` : `DKK ${n}`;
    },
    pct: (p, digits = 1) => fmt(`p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(p),
    dateTime: (ms, long = false) => new Intl.DateTimeFormat(localeOf(lang()), { dateStyle: long ? 'medium' : 'short', timeStyle: 'short' }).format(ms),
  };
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: { lang?: Lang; children: JSX.Element }): JSX.Element {
  const i18n = createI18n(props.lang);
  return createComponent(I18nContext.Provider, {
    value: i18n,
    get children() {
      return props.children;
    },
  });
}

/**
 * The i18n layer of the component or computation running now, or undefined outside one (an
 * event handler, a test without a provider). For helpers that JSX calls, such as the
 * editor's error lookups, so that they answer in the UI's language.
 */
export function currentI18n(): I18n | undefined {
  return useContext(I18nContext);
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
