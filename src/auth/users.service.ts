// Accounts are created inside the creator's reach: an officer can only make accounts for
// their own region and below, never wider; only administrators make administrators.
import type { AppContext } from '../app/context.js';
import { domainError, invalidInput } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { getRegion, type RegionLevel } from '../core/regions.js';
import { inScopePrefix } from '../core/scope.js';
import { findWorkerPhone } from '../workers/workers.queries.js';
import { type Actor, isOfficer, PREFIX_LENGTH, type Role, ROLES } from './actor.js';
import { recordAudit } from './audit.service.js';
import { findGatheringPoint, findUserByLogin, insertUser } from './auth.repository.js';
import { workerLogin } from './auth.service.js';
import { loginProblem, passwordProblem } from './account-rules.js';
import { hashPassword } from './passwords.js';

export type NewUser = {
  role: string;
  name: string;
  login?: string;
  password?: string;
  region?: string;
  employerId?: string;
  gatheringPointId?: string;
  workerId?: string;
};

export type CreatedUser = { id: string; login: string; role: Role; regionPrefix: string };

const LEVEL_OF: Partial<Record<Role, RegionLevel>> = { province: 'province', city: 'city', county: 'county' };

function forbidden(zh: string, en: string, field?: string) {
  return domainError({ code: 'forbidden', record: field ? 'user' : undefined, field, zh, en });
}

function creatorPrefix(creator: Actor): string {
  if (creator.role !== 'admin' && !isOfficer(creator.role)) throw forbidden('无权创建账户', 'you may not create accounts');
  return creator.scope.kind === 'region' ? creator.scope.prefix : '-';
}

export async function addUser(ctx: AppContext, creator: Actor, input: NewUser): Promise<CreatedUser> {
  const prefix = creatorPrefix(creator);
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw invalidInput('user', 'role', { zh: `角色须为 ${ROLES.join('/')}`, en: `role must be one of ${ROLES.join(', ')}` });
  }
  const role = input.role as Role;
  const name = input.name.trim();
  if (name.length === 0 || name.length > 50) throw invalidInput('user', 'name', { zh: '姓名为 1–50 个字', en: 'a name has 1–50 characters' });
  const row: Parameters<typeof insertUser>[1] = { login: '', name, role, region_prefix: '', created_by: creator.userId };

  if (role === 'admin') {
    if (creator.role !== 'admin') throw forbidden('只有管理员可以创建管理员', 'only administrators create administrators', 'role');
  } else if (isOfficer(role)) {
    const region = input.region ? getRegion(input.region) : undefined;
    if (!region || region.level !== LEVEL_OF[role]) {
      throw invalidInput('user', 'region', { zh: `${role} 账户需要一个${LEVEL_OF[role]}级行政区划代码`, en: `a ${role} account needs a ${LEVEL_OF[role]}-level region code` });
    }
    row.region_prefix = region.code.slice(0, PREFIX_LENGTH[role]);
    if (!inScopePrefix(prefix, row.region_prefix)) throw forbidden('只能在本辖区内创建账户', 'you may only create accounts inside your own region', 'region');
  } else if (role === 'checkin') {
    const point = input.gatheringPointId && isUuid(input.gatheringPointId) ? await findGatheringPoint(ctx.db, input.gatheringPointId) : undefined;
    if (!point) throw invalidInput('user', 'gatheringPointId', { zh: '找不到该集合点', en: 'no such gathering point' });
    if (!inScopePrefix(prefix, point.serves_prefix)) throw forbidden('只能在本辖区内创建账户', 'you may only create accounts inside your own region', 'gatheringPointId');
    row.gathering_point_id = point.id;
    row.region_prefix = point.serves_prefix;
  } else if (role === 'employer') {
    if (creator.role !== 'admin' && creator.role !== 'province') throw forbidden('只有省级人社部门可创建用人单位账户', 'only provincial officers create employer accounts', 'role');
    const employer = input.employerId && isUuid(input.employerId)
      ? await ctx.db.selectFrom('employers').select(['id', 'region_code']).where('id', '=', input.employerId).executeTakeFirst()
      : undefined;
    if (!employer) throw invalidInput('user', 'employerId', { zh: '找不到该用人单位', en: 'no such employer' });
    row.employer_id = employer.id;
    row.region_prefix = employer.region_code;
  } else {
    const worker = input.workerId ? await findWorkerPhone(ctx, { kind: 'region', prefix: prefix === '-' ? '-' : prefix }, input.workerId) : undefined;
    if (!worker) throw invalidInput('user', 'workerId', { zh: '辖区内找不到该劳动力', en: 'no such worker in your region' });
    if (!worker.phone) throw invalidInput('user', 'workerId', { zh: '该劳动力没有手机号，无法用验证码登录', en: 'the worker has no phone to sign in with' });
    row.worker_province = worker.province;
    row.worker_id = worker.id;
    row.region_prefix = worker.regionCode;
    row.login = workerLogin(ctx, worker.phone);
  }

  if (role !== 'worker') {
    const login = (input.login ?? '').trim();
    const badLogin = loginProblem(login);
    if (badLogin) throw invalidInput('user', 'login', badLogin);
    const badPassword = passwordProblem(input.password ?? '');
    if (badPassword) throw invalidInput('user', 'password', badPassword);
    row.login = login;
    row.password_hash = await hashPassword(input.password ?? '');
  }
  if (await findUserByLogin(ctx.db, row.login)) {
    throw domainError({ code: 'conflict', record: 'user', field: 'login', zh: '该登录名已被使用', en: 'that login is taken' });
  }
  const created = await insertUser(ctx.db, row);
  const shownLogin = role === 'worker' ? 'worker' : created.login;
  await recordAudit(ctx, creator, {
    action: 'user.create', entity: 'user', entityId: created.id, regionCode: created.region_prefix,
    after: { login: shownLogin, name: created.name, role, regionPrefix: created.region_prefix },
  });
  return { id: created.id, login: shownLogin, role, regionPrefix: created.region_prefix };
}
