// The phone bundles' (/m/, /checkin/) own tiny catalogues: zh and en side by side per key,
// the choice kept in localStorage, `{name}` placeholders. The console's i18next is far too
// big for a page that must load on slow 3G.
import { type Context, createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';
export type Entry = Record<Lang, string>;
export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

export function smallCatalogue<K extends string>(text: Record<K, Entry>, storageKey: string) {
  const initialLang = (): Lang => {
    try { return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh'; } catch { return 'zh'; }
  };
  const saveLang = (lang: Lang): void => {
    try { localStorage.setItem(storageKey, lang); } catch { /* private mode: the switch still works for this visit */ }
  };
  const translator = (lang: Lang): Translate<K> => (key, values) => {
    let shown: string = text[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) shown = shown.replaceAll(`{${name}}`, String(value));
    return shown;
  };
  const hasText = (key: string): key is K => key in text;
  const LangContext: Context<{ lang: Lang; t: Translate<K> }> = createContext({ lang: 'zh' as Lang, t: translator('zh') });
  const useLangContext = () => useContext(LangContext);
  return { initialLang, saveLang, translator, hasText, LangContext, useLangContext };
}
