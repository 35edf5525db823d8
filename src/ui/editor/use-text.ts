import { useI18n, type I18n, type MessageKey } from '../i18n';

const caches = new WeakMap<I18n, Map<string, string>>();

/**
 * The i18n layer's `t`, remembering each message per language and parameters: the editor
 * shows several hundred labels, and each redraw as the planner types asks for them again.
 */
export function useText(): I18n['t'] {
  const i18n = useI18n();
  let cache = caches.get(i18n);
  if (!cache) caches.set(i18n, (cache = new Map()));
  const c = cache;
  return (key: MessageKey, params?: Record<string, string | number>) => {
    const k = `${i18n.lang()}\u0000${key}${params ? `\u0000${JSON.stringify(params)}` : ''}`;
    let text = c.get(k);
    if (text === undefined) {
      if (c.size > 5000) c.clear();
      c.set(k, (text = i18n.t(key, params)));
    }
    return text;
  };
}
