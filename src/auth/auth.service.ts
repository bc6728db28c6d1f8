// Sign-in: officers, employers, staff and administrators with a password; workers with
// their phone and a one-time code (no SMS gateway here: the code is shown on the server
// console, masked phone beside it). Sessions are random tokens kept hashed in the database.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { domainError } from '../core/errors.js';
import { maskPhone } from '../core/mask.js';
import { parseMobile } from '../core/phone.js';
import type { Scope } from '../core/scope.js';
import { type Actor, type Role, ROLES } from './actor.js';
import {
  clearLoginFailures, deleteSession, findSession, findUserByLogin, insertSession, loginLockedUntil, recordLoginFailure, takeLoginCode,
  upsertLoginCode, type UserRow,
} from './auth.repository.js';
import { UNUSABLE_HASH, verifyPassword } from './passwords.js';

export const SESSION_HOURS = 12;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
const CODE_MINUTES = 10;
const CODE_ATTEMPTS = 5;

export type Session = { token: string; csrfToken: string; actor: Actor; expiresAt: Date };

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

const wrongCredentials = () =>
  domainError({ code: 'unauthorized', zh: '登录名或密码错误', en: 'wrong login or password' });

const wrongCode = () =>
  domainError({ code: 'unauthorized', zh: '手机号或验证码错误，或验证码已过期', en: 'wrong phone or one-time code, or the code has expired' });

const accountDisabled = () =>
  domainError({ code: 'forbidden', zh: '该账户已停用，请联系管理员', en: 'this account is disabled: ask an administrator' });

/** The hash a password is checked against: the account's, or one nothing matches. */
export function credentialHash(user: Pick<UserRow, 'password_hash'> | undefined): string {
  return user?.password_hash ?? UNUSABLE_HASH;
}

/**
 * Checks a login's password from an address. Unknown logins cost the same scrypt and
 * count failures the same way as known ones, so neither the answer nor its time nor a
 * lock-out tells them apart; a lock holds only for that login from that address.
 */
export async function checkPassword(ctx: AppContext, login: string, password: string, ip: string): Promise<UserRow> {
  if (await loginLockedUntil(ctx.db, login, ip)) {
    throw domainError({
      code: 'too_many_requests',
      zh: `该登录名从此地址连续登录失败次数过多，请 ${LOCK_MINUTES} 分钟后再试`,
      en: `too many failed sign-ins for this login from this address: try again in ${LOCK_MINUTES} minutes`,
    });
  }
  const user = await findUserByLogin(ctx.db, login);
  const matches = await verifyPassword(password, credentialHash(user));
  if (!user || !user.password_hash || !matches) {
    await recordLoginFailure(ctx.db, login, ip, LOCK_AFTER_FAILURES, LOCK_MINUTES);
    throw wrongCredentials();
  }
  await clearLoginFailures(ctx.db, login, ip);
  return user;
}

export function workerLogin(ctx: AppContext, phone: string): string {
  // The phone itself is never stored in the accounts table: its blind index is the login.
  return `phone:${ctx.vault.blindIndex(phone)}`;
}

async function openSession(ctx: AppContext, userId: string, ip: string | null): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await insertSession(ctx.db, { tokenHash: hashToken(token), userId, csrfToken, ip, expiresAt });
  return { token, csrfToken, expiresAt };
}

export async function loginWithPassword(ctx: AppContext, login: string, password: string, ip: string): Promise<Session> {
  const user = await checkPassword(ctx, login, password, ip);
  // Said only to whoever knows the password: it tells a stranger nothing.
  if (user.disabled_at) throw accountDisabled();
  const opened = await openSession(ctx, user.id, ip);
  return { ...opened, actor: (await sessionActor(ctx, opened.token)) as Actor };
}

/**
 * A session for a worker whose phone was just proven another way (the phone pages'
 * registration code): the same session a code login opens. Disabled accounts get none.
 */
export async function openWorkerSession(ctx: AppContext, userId: string, ip: string): Promise<Session> {
  const opened = await openSession(ctx, userId, ip);
  const actor = await sessionActor(ctx, opened.token);
  if (!actor) throw accountDisabled();
  return { ...opened, actor };
}

/** Issues a one-time code for a worker's phone; returns it so the caller can "send" it. */
export async function issueLoginCode(ctx: AppContext, phoneText: string, minutes = CODE_MINUTES): Promise<{ code: string; masked: string } | undefined> {
  const phone = parseMobile(phoneText);
  if (!phone.ok) throw domainError({ code: 'invalid_input', field: 'phone', ...phone.reason });
  const user = await findUserByLogin(ctx.db, workerLogin(ctx, phone.value));
  // Unknown phones (and disabled accounts) get the same answer as known ones: accounts cannot be probed.
  if (!user || user.role !== 'worker' || user.disabled_at) return undefined;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await upsertLoginCode(ctx.db, user.id, ctx.vault.blindIndex(`${user.id}:${code}`), new Date(Date.now() + minutes * 60_000));
  return { code, masked: maskPhone(phone.value) };
}

export async function loginWithCode(ctx: AppContext, phoneText: string, code: string, ip: string): Promise<Session> {
  const phone = parseMobile(phoneText);
  if (!phone.ok) throw wrongCode();
  const user = await findUserByLogin(ctx.db, workerLogin(ctx, phone.value));
  if (!user || user.role !== 'worker') throw wrongCode();
  if (!(await takeLoginCode(ctx.db, user.id, ctx.vault.blindIndex(`${user.id}:${code.trim()}`), CODE_ATTEMPTS))) throw wrongCode();
  if (user.disabled_at) throw accountDisabled();
  const opened = await openSession(ctx, user.id, ip);
  return { ...opened, actor: (await sessionActor(ctx, opened.token)) as Actor };
}

function scopeOf(row: {
  role: string; region_prefix: string; employer_id: string | null; gathering_point_id: string | null;
  worker_province: string | null; worker_id: string | null; serves_prefix: string | null;
}): Scope {
  switch (row.role) {
    case 'admin':
    case 'province':
    case 'city':
    case 'county':
      return { kind: 'region', prefix: row.region_prefix };
    case 'employer':
      return row.employer_id ? { kind: 'employer', employerId: row.employer_id } : { kind: 'none' };
    case 'checkin':
      return row.gathering_point_id && row.serves_prefix !== null
        ? { kind: 'gathering', gatheringPointId: row.gathering_point_id, servesPrefix: row.serves_prefix }
        : { kind: 'none' };
    case 'worker':
      return row.worker_id && row.worker_province ? { kind: 'worker', province: row.worker_province, workerId: row.worker_id } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

export async function sessionActor(ctx: AppContext, token: string): Promise<Actor | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await findSession(ctx.db, hashToken(token));
  if (!row || !(ROLES as readonly string[]).includes(row.role)) return undefined;
  return { userId: row.id, login: row.login.startsWith('phone:') ? 'worker' : row.login, name: row.name, role: row.role as Role, scope: scopeOf(row) };
}

export async function sessionCsrf(ctx: AppContext, token: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return (await findSession(ctx.db, hashToken(token)))?.csrf_token;
}

export async function logout(ctx: AppContext, token: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(token));
}
