// The rules of a campaign's editable fields and of a regional target, shared by the API
// (request bodies) and the web console's forms, so both refuse the same input with the
// same words. Browser-safe: zod only, no Node imports. Messages are "中文 / English".
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';

export const DEFAULT_FEVER_THRESHOLD = 37.3;
export const MAX_TARGET = 10_000_000;

// Control and format characters (bidi overrides, zero-width) never belong in a name.
const CONTROL = /[\p{Cc}\p{Cf}]/u;

const campaignName = z
  .string()
  .trim()
  .min(1, '请填写活动名称 / the name is required')
  .max(100, '活动名称最多 100 个字 / the name has at most 100 characters')
  .refine((name) => !CONTROL.test(name), '活动名称含有控制字符 / the name contains control characters');

const target = z
  .number({ error: '目标人数须为整数 / the target must be a whole number' })
  .int('目标人数须为整数 / the target must be a whole number')
  .min(0, '目标人数不能为负 / the target cannot be negative')
  .max(MAX_TARGET, '目标人数过大 / the target is too large');

const date = calendarDate('日期格式应为 YYYY-MM-DD / a date is YYYY-MM-DD');

export const provinceCode = z.string().regex(/^\d{2}0000$/, '目的地须为省级行政区划代码 / a destination is a province code (xx0000)');

const destinations = z
  .array(provinceCode)
  .max(34, '目的省份过多 / too many destination provinces')
  .refine((codes) => new Set(codes).size === codes.length, '目的省份重复 / a destination province is listed twice');

const feverThreshold = z
  .number({ error: '体温阈值须为数字 / the fever threshold must be a number' })
  .min(35, '体温阈值应在 35.0–40.0 °C 之间 / the fever threshold is between 35.0 and 40.0 °C')
  .max(40, '体温阈值应在 35.0–40.0 °C 之间 / the fever threshold is between 35.0 and 40.0 °C')
  .refine((t) => Math.round(t * 10) === t * 10, '体温阈值最多一位小数 / the fever threshold has one decimal at most');

const fields = {
  name: campaignName,
  target,
  startDate: date.describe('开始日期 / start date, YYYY-MM-DD'),
  endDate: date.nullable().describe('结束日期 / end date, YYYY-MM-DD'),
  destinations: destinations.describe('目的省份代码 / destination province codes'),
  feverThreshold: feverThreshold.describe('发热阈值 °C / fever threshold in °C (default 37.3)'),
};

const endAfterStart = (value: { startDate?: string; endDate?: string | null }) =>
  !value.startDate || !value.endDate || value.endDate >= value.startDate;
const END_BEFORE_START = { message: '结束日期早于开始日期 / the end date is before the start date', path: ['endDate'] };

export const campaignCreateBody = z
  .object({
    ...fields,
    endDate: fields.endDate.optional().default(null),
    destinations: fields.destinations.optional().default([]),
    feverThreshold: fields.feverThreshold.optional().default(DEFAULT_FEVER_THRESHOLD),
    regionCode: z
      .string()
      .regex(/^\d{6}$/, '组织地区须为 6 位行政区划代码 / the organising region is a 6-digit region code')
      .optional()
      .describe('组织地区（管理员可选；省级官员为本省）/ organising region (administrators; a province officer’s is their province)'),
  })
  .refine(endAfterStart, END_BEFORE_START);

export const campaignUpdateBody = z
  .object({
    name: fields.name.optional(),
    target: fields.target.optional(),
    startDate: fields.startDate.optional(),
    endDate: fields.endDate.optional(),
    destinations: fields.destinations.optional(),
    feverThreshold: fields.feverThreshold.optional(),
  })
  .refine(endAfterStart, END_BEFORE_START);

export const quotaBody = z.object({ target: target.describe('该地区目标人数 / the region’s target') });

export type CampaignCreateInput = z.input<typeof campaignCreateBody>;
export type CampaignCreate = z.output<typeof campaignCreateBody>;
export type CampaignUpdate = z.output<typeof campaignUpdateBody>;
