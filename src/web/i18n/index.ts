// One i18next instance for the console. The language (zh-CN first) is kept in
// localStorage; switching it also switches dayjs and, through <Providers>, antd's locale.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { type Catalogue, zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'menkou.language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

// English is loaded when it is first chosen: most users never switch, and the first
// route's JavaScript has a budget (issue 10: 600 KB gzipped).
async function loadLanguage(language: Language): Promise<void> {
  if (language !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18n.addResourceBundle('en', 'translation', en);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage('zh-CN');

export async function setLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  applyLanguage(language);
  await i18n.changeLanguage(language);
}

const initial = storedLanguage();
if (initial !== 'zh-CN') void setLanguage(initial);

/** The current language, re-rendering on a switch. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'zh-CN';
}

export { i18n };
