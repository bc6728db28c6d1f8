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
  deleteSession, findSession, findUserByLogin, insertSession, recordFailedLogin, resetFailedLogins, takeLoginCode, upsertLoginCode,
} from './auth.repository.js';
import { verifyPassword } from './passwords.js';

export const SESSION_HOURS = 12;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
const CODE_MINUTES = 10;
const CODE_ATTEMPTS = 5;

export type Session = { token: string; csrfToken: string; actor: Actor; expiresAt: Date };

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

const wrongCredentials = () =>
  domainError({ code: 'unauthorized', zh: '登录名或密码错误', en: 'wrong login or password' });

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

export async function loginWithPassword(ctx: AppContext, login: string, password: string, ip: string | null): Promise<Session> {
  const user = await findUserByLogin(ctx.db, login);
  if (!user || !user.password_hash) throw wrongCredentials();
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    throw domainError({
      code: 'too_many_requests',
      zh: `连续登录失败次数过多，账户已锁定 ${LOCK_MINUTES} 分钟`,
      en: `too many failed sign-ins: the account is locked for ${LOCK_MINUTES} minutes`,
    });
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    await recordFailedLogin(ctx.db, user.id, LOCK_AFTER_FAILURES, LOCK_MINUTES);
    throw wrongCredentials();
  }
  await resetFailedLogins(ctx.db, user.id);
  const opened = await openSession(ctx, user.id, ip);
  return { ...opened, actor: (await sessionActor(ctx, opened.token)) as Actor };
}

/** Issues a one-time code for a worker's phone; returns it so the caller can "send" it. */
export async function issueLoginCode(ctx: AppContext, phoneText: string, minutes = CODE_MINUTES): Promise<{ code: string; masked: string } | undefined> {
  const phone = parseMobile(phoneText);
  if (!phone.ok) throw domainError({ code: 'invalid_input', field: 'phone', ...phone.reason });
  const user = await findUserByLogin(ctx.db, workerLogin(ctx, phone.value));
  // Unknown phones get the same answer as known ones: accounts cannot be probed.
  if (!user || user.role !== 'worker') return undefined;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await upsertLoginCode(ctx.db, user.id, ctx.vault.blindIndex(`${user.id}:${code}`), new Date(Date.now() + minutes * 60_000));
  return { code, masked: maskPhone(phone.value) };
}

export async function loginWithCode(ctx: AppContext, phoneText: string, code: string, ip: string | null): Promise<Session> {
  const phone = parseMobile(phoneText);
  if (!phone.ok) throw wrongCredentials();
  const user = await findUserByLogin(ctx.db, workerLogin(ctx, phone.value));
  if (!user || user.role !== 'worker') throw wrongCredentials();
  if (!(await takeLoginCode(ctx.db, user.id, ctx.vault.blindIndex(`${user.id}:${code.trim()}`), CODE_ATTEMPTS))) throw wrongCredentials();
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
