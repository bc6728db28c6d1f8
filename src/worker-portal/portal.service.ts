// The phone pages' first step: a one-time code for a phone, then a short ticket that lets
// that phone register once. Phones and codes are kept only as keyed digests (the vault's
// blind index); the code leaves only through the SMS adapter.
import { randomBytes, randomInt } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { domainError } from '../core/errors.js';
import { parseMobile } from '../core/phone.js';
import { saveRegistrationCode, takeRegistrationCode } from './portal.repository.js';
import type { SmsSender } from './sms.js';

const CODE_MINUTES = 10;
const TICKET_MINUTES = 30;
const MAX_ATTEMPTS = 5;

function mobileOrRefuse(phone: string): string {
  const mobile = parseMobile(phone);
  if (!mobile.ok) throw domainError({ code: 'invalid_input', field: 'phone', ...mobile.reason });
  return mobile.value;
}

const digest = (ctx: AppContext, purpose: string, value: string): string => ctx.vault.blindIndex(`m:${purpose}:${value}`);

export async function requestRegistrationCode(ctx: AppContext, sms: SmsSender, phone: string): Promise<void> {
  const mobile = mobileOrRefuse(phone);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const phoneHash = digest(ctx, 'phone', mobile);
  await saveRegistrationCode(ctx.db, phoneHash, digest(ctx, 'code', `${phoneHash}:${code}`), new Date(Date.now() + CODE_MINUTES * 60_000));
  await sms.send(mobile, `【门口】您的报名验证码 ${code}，${CODE_MINUTES} 分钟内有效。报名、匹配和乘车均免费。`);
}

/** A matching code gives a registration ticket; anything else is one answer, so a guess learns nothing. */
export async function verifyRegistrationCode(ctx: AppContext, phone: string, code: string): Promise<{ ticket: string; expiresAt: Date }> {
  const mobile = mobileOrRefuse(phone);
  const phoneHash = digest(ctx, 'phone', mobile);
  const ticket = randomBytes(32).toString('base64url');
  const taken = await takeRegistrationCode(ctx.db, phoneHash, digest(ctx, 'code', `${phoneHash}:${code.trim()}`), digest(ctx, 'ticket', ticket), MAX_ATTEMPTS, TICKET_MINUTES);
  if (!taken) {
    throw domainError({ code: 'invalid_input', field: 'code', zh: '验证码不正确或已过期，请重新获取', en: 'the code is wrong or has expired: ask for a new one' });
  }
  return { ticket, expiresAt: new Date(Date.now() + TICKET_MINUTES * 60_000) };
}
