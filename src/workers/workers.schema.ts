// Request and response shapes of the workers routes. Published in the OpenAPI document
// (the web console's client is typed from it) and imported by the console's forms, so
// this file stays free of Node and database modules. Keys are camelCase like every API
// body; dates travel as ISO strings.
import { z } from 'zod';
import { pageQuery, regionQuery } from '../app/paging.js';

/** A worker's journey, step by step; `workers.status` holds the latest. */
export const JOURNEY_STEPS = ['registered', 'matched', 'confirmed', 'trip_assigned', 'departed', 'arrived', 'withdrawn'] as const;

/** Columns the list can be sorted by. */
export const WORKER_SORTS = ['name', 'age', 'county', 'status', 'registeredAt'] as const;
export type WorkerSort = (typeof WORKER_SORTS)[number];

const code = z.string().max(40).regex(/^[0-9A-Za-z_.-]+$/, '代码只含字母、数字 / a code has letters and digits only');

/** The list's filters; the export takes the same ones, so it writes what the table shows. */
export const workerFilterQuery = z.object({
  region: regionQuery,
  campaign: z.string().uuid().optional(),
  priority: z.enum(['true', 'false']).optional().describe('脱贫劳动力 / priority group only'),
  status: z.string().max(40).regex(/^[a-z_]+$/, '行程步骤 / a journey step').optional()
    .describe(`行程步骤 / journey step: ${JOURNEY_STEPS.join(', ')}`),
  industry: code.optional().describe('意向行业代码 / a wished industry (code)'),
  certificate: code.optional().describe('持有证书代码 / holds this certificate (code)'),
  q: z.string().trim().max(50).optional()
    .describe('搜索：姓名、身份证号（完整或后几位）、手机号（完整或后几位）/ search: name, identity number (whole or last digits), phone (whole or last digits)'),
});

export const workerListQuery = workerFilterQuery.extend({
  sort: z.enum(WORKER_SORTS).optional().describe('排序字段 / sort by'),
  order: z.enum(['asc', 'desc']).default('asc').describe('升序或降序 / ascending or descending'),
  ...pageQuery,
});

export type WorkerFilterQuery = z.infer<typeof workerFilterQuery>;
export type WorkerListQuery = z.infer<typeof workerListQuery>;

export const workerSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  regionCode: z.string().describe('户籍地（县级）代码 / county of origin (GB/T 2260)'),
  regionName: z.string().describe('户籍地全称 / county of origin, full name'),
  name: z.string(),
  idMasked: z.string().describe('脱敏身份证号 / masked identity number'),
  phoneMasked: z.string().nullable().describe('脱敏手机号 / masked phone'),
  birthDate: z.string().describe('YYYY-MM-DD'),
  age: z.number().int().describe('今天的周岁 / age today'),
  gender: z.enum(['male', 'female']),
  priority: z.boolean().describe('脱贫劳动力 / priority group'),
  industries: z.array(z.string()).describe('意向行业代码 / wished industries (codes)'),
  destinations: z.array(z.string()).describe('意向地区代码 / wished destinations (region codes)'),
  minWage: z.number().int().describe('期望月薪（元），0 为不限 / minimum monthly wage wanted (yuan), 0 = any'),
  certificates: z.array(z.string()).describe('证书代码 / certificates (codes)'),
  status: z.string().describe('最近的行程步骤 / latest journey step'),
  registeredAt: z.string().describe('登记时间 / registered at, ISO 8601'),
  updatedAt: z.string().describe('最近修改 / last changed, ISO 8601'),
});
export type WorkerJson = z.infer<typeof workerSchema>;

export const workerListResponse = z.object({
  items: z.array(workerSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const workerEventSchema = z.object({
  id: z.number().int(),
  type: z.string().describe('registered | updated | matched | confirmed | trip_assigned | withdrawn | …'),
  at: z.string().describe('ISO 8601'),
  actor: z.string(),
  device: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const workerEventsResponse = z.object({ items: z.array(workerEventSchema) });

export const revealResponse = z.object({
  id: z.string(),
  regionCode: z.string(),
  idNumber: z.string().describe('完整身份证号 / full identity number'),
  phone: z.string().nullable(),
});

const wishes = z.array(z.string().max(40)).max(3);

/** A correction: only what is sent changes; each field is checked by the import's rules. */
export const workerPatchBody = z.object({
  name: z.string().max(50).optional(),
  phone: z.string().max(30).nullable().optional(),
  priority: z.boolean().optional(),
  industries: wishes.optional(),
  destinations: wishes.optional(),
  minWage: z.number().int().optional(),
}).strict();
export type WorkerPatchBody = z.infer<typeof workerPatchBody>;

export const withdrawBody = z.object({ reason: z.string().max(200).default('') });

/**
 * Assisted registration: one worker typed in by an officer, checked by exactly the rules
 * of an imported row (the shape here; the rules in workers.parse.ts). Catalogue and
 * region fields take codes or names, as a spreadsheet cell would.
 */
export const workerRegistrationBody = z.object({
  campaign: z.string().uuid().optional().describe('输出活动，默认当前活动 / campaign; default the current one'),
  name: z.string().max(200),
  idNumber: z.string().max(40).describe('身份证号 / identity number'),
  phone: z.string().max(30).nullable().optional(),
  origin: z.string().max(100).describe('户籍地（县级代码或名称）/ county of origin (code or name)'),
  priority: z.boolean().default(false),
  certificates: z.array(z.string().max(40)).max(20).default([]),
  industries: z.array(z.string().max(40)).max(10).default([]),
  destinations: z.array(z.string().max(40)).max(10).default([]),
  minWage: z.number().int().min(0).max(1_000_000).default(0),
}).strict();
export type WorkerRegistrationBody = z.infer<typeof workerRegistrationBody>;
