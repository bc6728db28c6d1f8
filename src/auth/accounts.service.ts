// Managing accounts after they exist: a user changes their own password (knowing the
// current one); an administrator, or an officer for the accounts inside their region,
// resets a password, disables or enables an account and lifts a sign-in lock. Accounts
// outside the manager's reach answer 404, like every record out of scope. All audited.
import type { AppContext } from '../app/context.js';
import { domainError, invalidInput, isDomainError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { type Actor, isOfficer } from './actor.js';
import { recordAudit } from './audit.service.js';
import {
  clearLoginFailures, deleteSessionsOf, findUserById, findUserByLogin, findUserInReach, setDisabled, setPasswordHash, type UserRow,
} from './auth.repository.js';
import { checkPassword, hashToken } from './auth.service.js';
import { passwordProblem } from './account-rules.js';
import { generatePassword, hashPassword } from './passwords.js';

export type AccountState = { id: string; login: string; role: string; disabled: boolean };

const notFound = (id: string) => domainError({ code: 'not_found', record: `user ${id}`, zh: '找不到该账户', en: 'no such account' });

const shownLogin = (user: UserRow): string => (user.login.startsWith('phone:') ? 'worker' : user.login);

function stateOf(user: UserRow, disabled = user.disabled_at !== null): AccountState {
  return { id: user.id, login: shownLogin(user), role: user.role, disabled };
}

/** The account `id` if `manager` may manage it; 404 outside reach, 403 for non-managers. */
export async function manageableUser(ctx: AppContext, manager: Actor, id: string): Promise<UserRow> {
  if (manager.role !== 'admin' && !isOfficer(manager.role)) {
    throw domainError({ code: 'forbidden', zh: '无权管理账户', en: 'you may not manage accounts' });
  }
  const prefix = manager.scope.kind === 'region' ? manager.scope.prefix : null;
  const user = isUuid(id) ? await findUserInReach(ctx.db, manager.role === 'admin' ? '' : prefix, id) : undefined;
  if (!user) throw notFound(id);
  return user;
}

/** For the CLI: an account by login or id. */
export async function findAccount(ctx: AppContext, loginOrId: string): Promise<UserRow> {
  const user = (await findUserByLogin(ctx.db, loginOrId)) ?? (isUuid(loginOrId) ? await findUserById(ctx.db, loginOrId) : undefined);
  if (!user) throw notFound(loginOrId);
  return user;
}

function refuseSelf(manager: Actor, user: UserRow, zh: string, en: string): void {
  if (manager.userId !== null && manager.userId === user.id) throw invalidInput(`user ${user.id}`, 'id', { zh, en });
}

function checkedNewPassword(password: string, field: string): string {
  const problem = passwordProblem(password);
  if (problem) throw invalidInput('user', field, problem);
  return password;
}

/** A signed-in user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  ctx: AppContext, actor: Actor, input: { currentPassword: string; newPassword: string; sessionToken: string | null; ip: string },
): Promise<AccountState> {
  const self = actor.userId ? await findUserById(ctx.db, actor.userId) : undefined;
  if (!self || !self.password_hash) {
    throw invalidInput('user', 'currentPassword', { zh: '此账户用验证码登录，没有密码', en: 'this account signs in with a one-time code and has no password' });
  }
  const next = checkedNewPassword(input.newPassword, 'newPassword');
  try {
    await checkPassword(ctx, self.login, input.currentPassword, input.ip);
  } catch (error) {
    if (isDomainError(error) && error.problem.code === 'unauthorized') {
      throw invalidInput('user', 'currentPassword', { zh: '当前密码不正确', en: 'the current password is wrong' });
    }
    throw error;
  }
  await setPasswordHash(ctx.db, self.id, await hashPassword(next));
  await deleteSessionsOf(ctx.db, self.id, input.sessionToken ? hashToken(input.sessionToken) : undefined);
  await recordAudit(ctx, actor, { action: 'user.password.change', entity: 'user', entityId: self.id, regionCode: self.region_prefix });
  return stateOf(self);
}

/**
 * Sets a new password for another account: the one given, or a generated temporary one
 * returned once. The account's sessions end and its sign-in locks are lifted.
 */
export async function resetPassword(
  ctx: AppContext, manager: Actor, target: UserRow, password?: string,
): Promise<AccountState & { temporaryPassword?: string }> {
  refuseSelf(manager, target, '修改自己的密码请用"修改密码"（需当前密码）', 'to change your own password, use change-password (it needs the current one)');
  if (target.role === 'worker') {
    throw invalidInput(`user ${target.id}`, 'id', { zh: '劳动力用手机验证码登录，没有密码', en: 'workers sign in with a one-time code and have no password' });
  }
  const chosen = password === undefined ? generatePassword() : checkedNewPassword(password, 'password');
  await setPasswordHash(ctx.db, target.id, await hashPassword(chosen));
  await deleteSessionsOf(ctx.db, target.id);
  await clearLoginFailures(ctx.db, target.login);
  await recordAudit(ctx, manager, {
    action: 'user.password.reset', entity: 'user', entityId: target.id, regionCode: target.region_prefix,
    after: { login: shownLogin(target), generated: password === undefined },
  });
  return { ...stateOf(target), ...(password === undefined ? { temporaryPassword: chosen } : {}) };
}

/** Disabled accounts cannot sign in, and their sessions end at once. */
export async function setAccountDisabled(ctx: AppContext, manager: Actor, target: UserRow, disabled: boolean): Promise<AccountState> {
  if (disabled) refuseSelf(manager, target, '不能停用自己的账户', 'you cannot disable your own account');
  await setDisabled(ctx.db, target.id, disabled);
  const ended = disabled ? await deleteSessionsOf(ctx.db, target.id) : 0;
  await recordAudit(ctx, manager, {
    action: disabled ? 'user.disable' : 'user.enable', entity: 'user', entityId: target.id, regionCode: target.region_prefix,
    before: { disabled: target.disabled_at !== null }, after: { disabled, sessionsEnded: ended },
  });
  return stateOf(target, disabled);
}

/** Lifts every sign-in lock on the account (from every address). */
export async function unlockAccount(ctx: AppContext, manager: Actor, target: UserRow): Promise<AccountState & { addressesCleared: number }> {
  const cleared = await clearLoginFailures(ctx.db, target.login);
  await recordAudit(ctx, manager, {
    action: 'user.unlock', entity: 'user', entityId: target.id, regionCode: target.region_prefix, after: { addressesCleared: cleared },
  });
  return { ...stateOf(target), addressesCleared: cleared };
}
