// Numbers and dates in the user's language (1,234 · 1 234; 2021年1月6日 · Jan 6, 2021).
import { useLanguage } from '../i18n';

export function useFormat() {
  const language = useLanguage();
  const locale = language === 'en' ? 'en-US' : 'zh-CN';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Shanghai' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  return {
    locale,
    number: (value: number) => integer.format(value),
    percent: (value: number) => percent.format(value),
    /** A calendar day as the API sends it (YYYY-MM-DD). */
    date: (value: string) => day.format(new Date(`${value}T00:00:00+08:00`)),
    /** An instant (ISO 8601), in China's time. */
    dateTime: (value: string) => moment.format(new Date(value)),
  };
}
