// Times on screen, in China's time zone whatever the phone's setting.
const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export const clock = (ms: number | string | null | undefined): string => (ms == null ? '–' : TIME.format(new Date(ms)));
export const stamp = (ms: number | string | null | undefined): string => (ms == null ? '–' : DATE_TIME.format(new Date(ms)));
