// One description of a vacancy and an employer, shared by the API (request and response
// bodies, OpenAPI), the services (create, edit, import, reads) and the browser's forms.
// No Node imports here: the web console bundles this file.
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';
import { parseCreditCode } from '../core/credit-code.js';
import type { Bilingual } from '../core/errors.js';
import { parseContactPhone } from '../core/phone.js';
import { MAX_HEADCOUNT, MAX_MONTHLY_YUAN, MAX_REQUIRED_AGE, MIN_REQUIRED_AGE, type ParseResult } from '../core/values.js';

export const MAX_TITLE = 100;
export const MAX_CONTACT = 50;
export const MAX_CERTIFICATES = 10;

const isoDate = calendarDate();
const regionCode = z.string().regex(/^\d{6}$/, '6 位行政区划代码 / a 6-digit region code');

export const MAX_ADDRESS = 100;

/**
 * What a worker comparing offers asks first about housing and food: given free, paid as
 * an allowance, or neither. A closed set, so offers compare at a glance and filter.
 */
export const PROVISIONS = ['provided', 'allowance', 'none'] as const;
export type Provision = (typeof PROVISIONS)[number];
const provision = z.enum(PROVISIONS);

/**
 * What a vacancy is, once read: the one type create, edit, import and every read share.
 * Stored columns are the snake_case of these keys (jobs.repository maps them).
 */
export const vacancyFieldsSchema = z.object({
  siteCode: regionCode.describe('工作地点（县或市）/ site, a county or city code'),
  title: z.string().max(MAX_TITLE).describe('岗位名称 / title'),
  industry: z.string().max(40).describe('行业代码 / industry code'),
  headcount: z.number().int().describe('招聘人数 / people wanted'),
  wage: z.number().int().describe('月薪（元，下限）/ monthly wage in yuan (lower bound)'),
  wageMax: z.number().int().nullable().describe('月薪上限 / upper bound, if a range'),
  certificates: z.array(z.string().max(40)).max(MAX_CERTIFICATES).describe('证书要求（代码）/ required certificates (codes)'),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  contactName: z.string().max(MAX_CONTACT).nullable(),
  startDate: isoDate.nullable().describe('到岗日期 / start date'),
  siteAddress: z.string().max(MAX_ADDRESS).nullable().describe('工作地址（街道门牌）/ street address of the site'),
  accommodation: provision.nullable().describe('住宿：provided 包住 · allowance 住房补贴 · none 不提供 / housing'),
  meals: provision.nullable().describe('餐饮：provided 包吃 · allowance 餐补 · none 不提供 / meals'),
});
export type VacancyFields = z.infer<typeof vacancyFieldsSchema>;

/** A vacancy as the API shows it: the fields, whose it is, the contact phone masked. */
export const vacancySchema = vacancyFieldsSchema.extend({
  id: z.string(),
  campaignId: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  creditCode: z.string(),
  contactPhoneMasked: z.string().nullable(),
  siteName: z.string().nullable().describe('工作地点全称 / the site\'s full name'),
  approval: z.enum(['pending', 'approved', 'rejected']).describe('用人单位发布的岗位须经审核 / an employer\'s posting waits for approval'),
  approvalReason: z.string().nullable().describe('驳回原因 / why it was rejected'),
});
export type Vacancy = z.infer<typeof vacancySchema>;

const paged = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number().int(), items: z.array(item), page: z.number().int(), pageSize: z.number().int() });

export const vacancyListResponse = paged(vacancySchema);

/** Body of POST /api/jobs (and, all keys optional but the ids, of PATCH). */
export const vacancyInputSchema = vacancyFieldsSchema.extend({
  // Added after the first clients: a body without them means "not stated".
  siteAddress: vacancyFieldsSchema.shape.siteAddress.default(null),
  accommodation: vacancyFieldsSchema.shape.accommodation.default(null),
  meals: vacancyFieldsSchema.shape.meals.default(null),
  campaignId: z.string().uuid(),
  employerId: z.string().uuid(),
  contactPhone: z.string().max(30).nullable().describe('联系电话（手机或带区号固话）/ mobile or fixed line'),
});
export type VacancyInput = z.infer<typeof vacancyInputSchema>;

// From the fields without defaults: a key left out of a PATCH keeps its stored value.
export const vacancyPatchSchema = vacancyFieldsSchema.extend({ contactPhone: vacancyInputSchema.shape.contactPhone }).partial().strict();
export type VacancyPatch = z.infer<typeof vacancyPatchSchema>;

// ---------------------------------------------------------------------------
// Rules beyond the types, the same in the form and in the service. Each problem names
// its field and says why in both languages; `params` carries the two texts apart.

export type FieldProblem = Bilingual & { field: string };

type Check = (problem: FieldProblem) => void;

function issueSink(ctx: z.RefinementCtx): Check {
  return (p) => ctx.addIssue({ code: 'custom', path: [p.field], message: `${p.zh} / ${p.en}`, params: { zh: p.zh, en: p.en } });
}

function checkResult<T>(field: string, result: ParseResult<T>, report: Check): void {
  if (!result.ok) report({ field, ...result.reason });
}

/** The vacancy rules (those that need no reference data; the service checks codes too). */
export function checkVacancy(value: Partial<VacancyInput>, report: Check): void {
  const { title, headcount, wage, wageMax, ageMin, ageMax, contactPhone, certificates } = value;
  if (title !== undefined && title.trim() === '') report({ field: 'title', zh: '岗位名称必填', en: 'the title is required' });
  if (headcount !== undefined && (headcount < 1 || headcount > MAX_HEADCOUNT)) {
    report({ field: 'headcount', zh: `招聘人数应在 1 到 ${MAX_HEADCOUNT} 之间`, en: `headcount must be from 1 to ${MAX_HEADCOUNT}` });
  }
  for (const [field, amount] of [['wage', wage], ['wageMax', wageMax]] as const) {
    if (amount !== undefined && amount !== null && (amount < 0 || amount > MAX_MONTHLY_YUAN)) {
      report({ field, zh: `月薪应在 0 到 ${MAX_MONTHLY_YUAN} 元之间`, en: `a monthly wage is from 0 to ${MAX_MONTHLY_YUAN} yuan` });
    }
  }
  if (wage !== undefined && wageMax !== undefined && wageMax !== null && wageMax < wage) {
    report({ field: 'wageMax', zh: '月薪上限不能低于下限', en: 'the upper wage is below the lower one' });
  }
  for (const [field, age] of [['ageMin', ageMin], ['ageMax', ageMax]] as const) {
    if (age !== undefined && age !== null && (age < MIN_REQUIRED_AGE || age > MAX_REQUIRED_AGE)) {
      report({ field, zh: `年龄要求须在 ${MIN_REQUIRED_AGE} 到 ${MAX_REQUIRED_AGE} 岁之间`, en: `ages must be from ${MIN_REQUIRED_AGE} to ${MAX_REQUIRED_AGE}` });
    }
  }
  if (ageMin != null && ageMax != null && ageMin > ageMax) {
    report({ field: 'ageMax', zh: '年龄上限不能低于下限', en: 'the upper age is below the lower one' });
  }
  if (contactPhone) checkResult('contactPhone', parseContactPhone(contactPhone), report);
  if (certificates !== undefined && new Set(certificates).size !== certificates.length) {
    report({ field: 'certificates', zh: '证书重复', en: 'a certificate is listed twice' });
  }
}

/** The form's schema: the API's types plus the rules, with bilingual messages. */
export const vacancyFormSchema = vacancyInputSchema.superRefine((value, ctx) => checkVacancy(value, issueSink(ctx)));

// ---------------------------------------------------------------------------
// Employers

export const employerSchema = z.object({
  id: z.string(),
  creditCode: z.string().describe('统一社会信用代码 / unified social credit code (GB 32100)'),
  name: z.string(),
  regionCode: z.string().describe('登记地 / registering region'),
  vacancies: z.number().int(),
  headcount: z.number().int(),
});
export type Employer = z.infer<typeof employerSchema>;

export const employerListResponse = paged(employerSchema);

export const employerDetailSchema = employerSchema.extend({
  regionName: z.string().nullable(),
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
});
export type EmployerDetail = z.infer<typeof employerDetailSchema>;

export const MAX_EMPLOYER_NAME = 100;

export const employerInputSchema = z.object({
  creditCode: z.string().max(40).describe('统一社会信用代码 / unified social credit code'),
  name: z.string().max(MAX_EMPLOYER_NAME),
  regionCode: regionCode.optional().describe('登记地；缺省取自信用代码第 3–8 位 / defaults to characters 3–8 of the credit code'),
});
export type EmployerInput = z.infer<typeof employerInputSchema>;

export const employerPatchSchema = employerInputSchema.partial().strict();
export type EmployerPatch = z.infer<typeof employerPatchSchema>;

export function checkEmployer(value: Partial<EmployerInput>, report: Check): void {
  if (value.name !== undefined && value.name.trim() === '') report({ field: 'name', zh: '单位名称必填', en: 'the employer name is required' });
  if (value.creditCode !== undefined) checkResult('creditCode', parseCreditCode(value.creditCode), report);
}

export const employerFormSchema = employerInputSchema.superRefine((value, ctx) => checkEmployer(value, issueSink(ctx)));

// ---------------------------------------------------------------------------
// The people on a vacancy's page

export const VACANCY_STAGES = ['proposed', 'confirmed', 'onTrip'] as const;
export type VacancyStage = (typeof VACANCY_STAGES)[number];

export const vacancyWorkerSchema = z.object({
  workerId: z.string(),
  name: z.string(),
  idMasked: z.string().describe('脱敏身份证号 / masked identity number'),
  phoneMasked: z.string().nullable().describe('脱敏手机号 / masked phone'),
  regionCode: z.string(),
  county: z.string().describe('户籍县 / home county'),
  age: z.number().int().describe('活动开始日的周岁 / age on the campaign\'s start date'),
  certificates: z.array(z.string()).describe('持有证书（代码）/ certificates held (codes)'),
  stage: z.enum(VACANCY_STAGES),
  tripId: z.string().nullable(),
  tripNumber: z.string().nullable(),
  departureDate: z.string().nullable(),
  seat: z.number().int().nullable(),
  boardingAt: z.string().nullable().describe('上车集合点 / gathering point where they board'),
  boardingTime: z.string().nullable().describe('上车时间 HH:MM / boarding time'),
  expectedArrival: z.string().nullable().describe('预计到达工作地点 HH:MM 或 MM-DD HH:MM / expected at the site'),
});
export type VacancyWorker = z.infer<typeof vacancyWorkerSchema>;

export const vacancyWorkersResponse = z.object({
  items: z.array(vacancyWorkerSchema),
  counts: z.object({ proposed: z.number().int(), confirmed: z.number().int(), onTrip: z.number().int() }),
});
