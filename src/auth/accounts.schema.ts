// Response shapes of the account list and the audit log. They are published in the OpenAPI
// document, so the console's client is typed from them and never restates a key.
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';
import { ROLES } from './actor.js';

export const accountSchema = z.object({
  id: z.string(),
  login: z.string().describe('登录名；劳动力账户显示为 worker / login; worker accounts show "worker" (their phone is personal data)'),
  name: z.string(),
  role: z.enum(ROLES),
  regionPrefix: z.string().describe('辖区代码前缀 / region code prefix the account works in'),
  employerId: z.string().nullable(),
  gatheringPointId: z.string().nullable(),
  createdAt: z.string().describe('ISO 8601'),
  disabledAt: z.string().nullable().describe('停用时间 / when disabled, null while active'),
});

export const accountList = z.object({ items: z.array(accountSchema) });

export const createdAccount = z.object({ id: z.string(), login: z.string(), role: z.enum(ROLES), regionPrefix: z.string() });

const isoDate = calendarDate();

export const auditQuery = {
  action: z.string().max(40).optional().describe('操作，如 worker.reveal / action, e.g. worker.reveal'),
  entity: z.string().max(64).optional().describe('记录 id / the record the entry is about'),
  actor: z.string().max(100).optional().describe('操作人登录名（含 cli:用户名）/ actor login, e.g. shanxi or cli:alice'),
  from: isoDate.optional().describe('起始日期（含，北京时间）/ from this day (inclusive, China time)'),
  to: isoDate.optional().describe('截止日期（含，北京时间）/ to this day (inclusive, China time)'),
};

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string().describe('ISO 8601'),
  actorLogin: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string(),
  ip: z.string().nullable(),
  before: z.unknown().describe('变更前 / before the change (personal data masked)'),
  after: z.unknown().describe('变更后 / after the change (personal data masked)'),
});

export const auditPage = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(auditEntrySchema) });

/** An account after a change made to it (password, disable/enable, unlock). */
export const accountState = z.object({ id: z.string(), login: z.string(), role: z.string(), disabled: z.boolean() });
