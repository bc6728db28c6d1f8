// The SMS adapter for one-time codes. By default the code goes to the server console
// with the phone masked (a pilot without a gateway; the officer reads it out); a bureau
// plugs in its gateway with MENKOU_SMS_URL (and MENKOU_SMS_TOKEN): the code is POSTed
// there as JSON {phone, text}. The full phone only ever leaves through that gateway call.
import { maskPhone } from '../core/mask.js';

export type SmsSender = { kind: 'console' | 'http'; send: (phone: string, text: string) => Promise<void> };

export function consoleSender(print: (line: string) => void): SmsSender {
  return { kind: 'console', send: async (phone, text) => print(`[短信 SMS → ${maskPhone(phone)}] ${text}`) };
}

export function httpSender(url: string, token: string | undefined, fetcher: typeof fetch = fetch): SmsSender {
  return {
    kind: 'http',
    send: async (phone, text) => {
      const response = await fetcher(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ phone, text }),
        signal: AbortSignal.timeout(10_000),
      });
      // The gateway's answer may echo the phone: only the status is kept.
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

export function smsSenderFromEnv(env: NodeJS.ProcessEnv, print: (line: string) => void): SmsSender {
  const url = env.MENKOU_SMS_URL?.trim();
  return url ? httpSender(url, env.MENKOU_SMS_TOKEN?.trim() || undefined) : consoleSender(print);
}
