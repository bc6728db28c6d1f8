// The phone pages' first step: a one-time code for a phone, then a short ticket that lets
// that phone register once. Phones and codes are kept only as keyed digests (the vault's
// blind index); the code leaves only through the SMS adapter.
import { randomBytes, randomInt } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { findUserByLogin } from '../auth/auth.repository.js';
import { openWorkerSession, type Session, workerLogin } from '../auth/auth.service.js';
import { domainError } from '../core/errors.js';
import { parseMobile } from '../core/phone.js';
import { dropRegistrationCode, saveRegistrationCode, takeRegistrationCode, ticketValid } from './portal.repository.js';
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

/**
 * A matching code gives a registration ticket; anything else is one answer, so a guess
 * learns nothing. The ticket carries the phone sealed by the vault (the table keeps only
 * its digest), so registering needs nothing else from the phone. A phone that already
 * belongs to a worker account is signed in too: the code proved it as a login code would.
 */
export async function verifyRegistrationCode(ctx: AppContext, phone: string, code: string, ip: string): Promise<{ ticket: string; expiresAt: Date; session: Session | null }> {
  const mobile = mobileOrRefuse(phone);
  const phoneHash = digest(ctx, 'phone', mobile);
  const secret = randomBytes(32).toString('base64url');
  const taken = await takeRegistrationCode(ctx.db, phoneHash, digest(ctx, 'code', `${phoneHash}:${code.trim()}`), digest(ctx, 'ticket', secret), MAX_ATTEMPTS, TICKET_MINUTES);
  if (!taken) {
    throw domainError({ code: 'invalid_input', field: 'code', zh: '验证码不正确或已过期，请重新获取', en: 'the code is wrong or has expired: ask for a new one' });
  }
  const user = await findUserByLogin(ctx.db, workerLogin(ctx, mobile));
  const session = user && user.role === 'worker' && !user.disabled_at ? await openWorkerSession(ctx, user.id, ip) : null;
  return { ticket: `${secret}.${ctx.vault.encrypt(mobile)}`, expiresAt: new Date(Date.now() + TICKET_MINUTES * 60_000), session };
}

const badTicket = () =>
  domainError({ code: 'unauthorized', field: 'ticket', zh: '报名凭证无效或已过期，请重新获取验证码', en: 'the registration ticket is invalid or has expired: ask for a new code' });

/** The phone a live ticket was issued to; refuses anything else. */
export async function phoneOfTicket(ctx: AppContext, ticket: string): Promise<string> {
  const dot = ticket.indexOf('.');
  if (dot < 20) throw badTicket();
  let mobile: string;
  try {
    mobile = ctx.vault.decrypt(ticket.slice(dot + 1));
  } catch {
    throw badTicket();
  }
  if (!(await ticketValid(ctx.db, digest(ctx, 'phone', mobile), digest(ctx, 'ticket', ticket.slice(0, dot))))) throw badTicket();
  return mobile;
}

/** A ticket serves one registration. */
export async function spendTicket(ctx: AppContext, mobile: string): Promise<void> {
  await dropRegistrationCode(ctx.db, digest(ctx, 'phone', mobile));
}

export { mobileOrRefuse };
