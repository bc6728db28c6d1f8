// Times on screen, in China's time zone whatever the phone's setting.
const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export const clock = (ms: number | string | null | undefined): string => (ms == null ? '–' : TIME.format(new Date(ms)));
export const stamp = (ms: number | string | null | undefined): string => (ms == null ? '–' : DATE_TIME.format(new Date(ms)));

// en-CA formats a day as YYYY-MM-DD.
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Days after `day` (YYYY-MM-DD, China time) that an instant falls on: 1 for a coach that arrives next morning. */
export function daysAfter(day: string, ms: number | string): number {
  return Math.round((Date.parse(DAY.format(new Date(ms))) - Date.parse(day)) / 86_400_000);
}

/** An arrival's clock time, and its day when that is not the departure day. */
export function arrivalAt(departureDay: string, ms: string | null): { time: string; later?: { day: string; n: number } } {
  if (ms === null) return { time: '–' };
  const n = daysAfter(departureDay, ms);
  return n > 0 ? { time: clock(ms), later: { day: DAY.format(new Date(ms)).slice(5), n } } : { time: clock(ms) };
}
