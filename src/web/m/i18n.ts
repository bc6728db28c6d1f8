// The phone pages' own tiny catalogue: Chinese first, English on a switch kept in localStorage.
export type Lang = 'zh' | 'en';

const TEXT = {
  title: { zh: '外出务工报名', en: 'Sign up for work away from home' },
  free: { zh: '报名、匹配和乘车全部免费，不收任何费用。', en: 'Registration, matching and transport are free of charge.' },
  phone: { zh: '手机号码', en: 'Mobile phone number' },
  sendCode: { zh: '获取验证码', en: 'Send me a code' },
  code: { zh: '短信验证码（6 位数字）', en: 'Code from the SMS (6 digits)' },
  verify: { zh: '确认', en: 'Confirm' },
  otherPhone: { zh: '换一个手机号', en: 'Use another phone number' },
  sending: { zh: '正在发送…', en: 'Sending…' },
  sentTo: { zh: '验证码已发送，请查看短信。', en: 'The code is on its way: check your messages.' },
  verified: { zh: '手机号已确认。下一步：填写报名信息（即将开放）。', en: 'Your phone is confirmed. Next: the registration form (coming soon).' },
  offline: { zh: '网络中断，您填写的内容已保存。请检查网络后点“重试”。', en: 'The network dropped; what you typed is kept. Check the connection and tap “Retry”.' },
  retry: { zh: '重试', en: 'Retry' },
  switchLang: { zh: 'English', en: '中文' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

export function initialLang(): Lang {
  try { return localStorage.getItem('menkou.m.lang') === 'en' ? 'en' : 'zh'; } catch { return 'zh'; }
}

export function saveLang(lang: Lang): void {
  try { localStorage.setItem('menkou.m.lang', lang); } catch { /* private mode: the switch still works for this visit */ }
}

export const t = (lang: Lang, key: TextKey): string => TEXT[key][lang];
