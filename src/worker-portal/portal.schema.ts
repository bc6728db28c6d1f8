// Request and response shapes of the workers' phone pages (/api/m/*). Published in the
// OpenAPI document, from which the /m/ pages are typed; free of Node and database modules
// so the pages may import it too.
import { z } from 'zod';

const code = z.string().max(40);
const wishes = z.array(code).max(3);
const provision = z.enum(['provided', 'allowance', 'none']).nullable();
const housing = provision.describe('住宿：provided 包住 · allowance 住房补贴 · none 不提供，null 未说明 / housing; null = not said');
const meals = provision.describe('餐饮：provided 包吃 · allowance 餐补 · none 不提供，null 未说明 / meals; null = not said');
const siteAddress = z.string().nullable().describe('工作地址 / street address of the site');

export const assistedQuery = z.object({
  worker: z.string().max(64).optional().describe('代办：官员代某位劳动力操作时填写其 id / assisted: the worker an officer acts for'),
});

export const verifyResponse = z.object({
  ticket: z.string().describe('报名凭证（一次有效）/ one-use registration ticket'),
  expiresAt: z.string(),
  signedIn: z.boolean().describe('该手机号已有账户：已登录（会话 cookie 已设置）/ the phone already has an account: signed in (session cookie set)'),
  csrfToken: z.string().nullable().describe('已登录时的 CSRF 令牌 / the CSRF token when signed in'),
});

export const registerBody = z.object({
  ticket: z.string().max(400).optional().describe('自助报名时必填 / required when the worker registers themselves'),
  phone: z.string().max(30).optional().describe('代办报名时必填（自助报名时取自凭证）/ required when assisted (taken from the ticket otherwise)'),
  name: z.string().max(200),
  idNumber: z.string().max(40).describe('身份证号 / identity number (GB 11643)'),
  regionCode: z.string().max(6).describe('户籍地县级代码（6 位）/ county of origin (6 digits)'),
  industries: wishes.default([]).describe('意向行业代码，最多 3 个 / wished industries (codes), at most 3'),
  destinations: wishes.default([]).describe('意向地区（省级 2 位或 6 位行政区划代码），最多 3 个 / wished destinations (2-digit province or 6-digit region codes), at most 3'),
  minWage: z.number().int().min(0).max(1_000_000).default(0).describe('期望月薪（元），0 为不限 / minimum monthly wage (yuan), 0 = any'),
  certificates: z.array(code).max(20).default([]),
  companionIdNumbers: z.array(z.string().max(40)).max(5).default([]).describe('同行人身份证号（最多 5 人）/ identity numbers of companions (at most 5)'),
  consent: z.boolean().describe('已阅读并同意个人信息使用说明 / agrees to the notice on personal data'),
  campaignId: z.string().max(64).optional().describe('默认：户籍地当前进行中的活动 / default: the current campaign of the home county'),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const registerResponse = z.object({
  workerId: z.string(),
  linked: z.boolean().describe('已按身份证号关联到先前导入的登记 / linked to a registration imported earlier'),
  signedIn: z.boolean().describe('已为该劳动力登录（代办时为 false）/ the worker is now signed in (false when assisted)'),
  csrfToken: z.string().nullable(),
});

export const JOURNEY_STEPS_SHOWN = ['registered', 'matched', 'confirmed', 'trip_assigned', 'departed', 'arrived', 'withdrawn'] as const;

export const offerSchema = z.object({
  jobId: z.string(),
  title: z.string(),
  employerName: z.string(),
  siteName: z.string().describe('工作地 / where the work is'),
  siteCode: z.string(),
  wage: z.number().int(),
  wageMax: z.number().int().nullable(),
  startDate: z.string().nullable(),
  siteAddress,
  accommodation: housing,
  meals,
  certificates: z.array(z.string()),
  stage: z.enum(['proposed', 'confirmed']),
  workerAnswer: z.enum(['accepted', 'declined']).nullable(),
});

export const tripSchema = z.object({
  tripId: z.string(),
  number: z.string(),
  date: z.string().describe('出发日期 / departure date, YYYY-MM-DD'),
  departAt: z.string().describe('集合点出发时间 / leaves the gathering point at, HH:MM'),
  gatheringPoint: z.object({ name: z.string(), address: z.string() }),
  plate: z.string().nullable().optional(),
  seat: z.number().int(),
  destinationName: z.string(),
  token: z.string().describe('乘车二维码内容 / the boarding QR payload'),
  passUrl: z.string().describe('乘车凭证 PDF / the boarding pass PDF'),
});

export const meResponse = z.object({
  worker: z.object({
    id: z.string(),
    name: z.string(),
    idMasked: z.string(),
    phoneMasked: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string(),
    industries: z.array(z.string()),
    destinations: z.array(z.string()),
    minWage: z.number().int(),
    certificates: z.array(z.string()),
    status: z.string(),
    travelGroup: z.object({ members: z.array(z.object({ name: z.string() })) }).nullable(),
    campaignId: z.string(),
    campaignName: z.string(),
  }),
  journey: z.array(z.object({ step: z.enum(JOURNEY_STEPS_SHOWN), at: z.string() })),
  offer: offerSchema.nullable(),
  trip: tripSchema.nullable(),
  changes: z.array(z.object({ at: z.string(), zh: z.string(), en: z.string() })),
});
export type MeJson = z.infer<typeof meResponse>;

export const offerBody = z.object({
  accept: z.boolean(),
  reason: z.string().max(200).optional().describe('婉拒时必填 / required when declining'),
});
export const offerResponse = z.object({ answer: z.enum(['accepted', 'declined']) });

export const vacancyQuery = z.object({
  industry: code.optional(),
  province: z.string().regex(/^\d{2}(\d{4})?$/, '省级代码为 2 位或 6 位数字 / a province code has 2 or 6 digits').optional(),
  minWage: z.coerce.number().int().min(0).max(1_000_000).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const vacancyItem = z.object({
  id: z.string(),
  title: z.string(),
  employerName: z.string(),
  siteName: z.string(),
  siteCode: z.string(),
  industry: z.string(),
  wage: z.number().int(),
  wageMax: z.number().int().nullable(),
  headcount: z.number().int(),
  startDate: z.string().nullable(),
  interested: z.boolean(),
});
export const vacancyList = z.object({ items: z.array(vacancyItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const vacancyDetail = vacancyItem.extend({
  certificates: z.array(z.string()),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  siteAddress,
  accommodation: housing,
  meals,
  contactName: z.string().nullable(),
});

export const interestBody = z.object({ interested: z.boolean() });
export const interestResponse = z.object({ interested: z.boolean() });

export const wishesBody = z.object({
  industries: wishes.optional(),
  destinations: wishes.optional(),
  minWage: z.number().int().min(0).max(1_000_000).optional(),
  certificates: z.array(code).max(20).optional(),
});

export const withdrawBody = z.object({ reason: z.string().max(200) });

/** The officers' and employer's view of who marked a vacancy. */
export const interestedResponse = z.object({
  items: z.array(z.object({
    workerId: z.string(),
    name: z.string(),
    idMasked: z.string(),
    regionCode: z.string(),
    county: z.string(),
    age: z.number().int(),
    certificates: z.array(z.string()),
    at: z.string().describe('标记时间 / marked at'),
  })),
  total: z.number().int(),
});
