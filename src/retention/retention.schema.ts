// Request and response shapes of the retention routes (zod only, so the pages may import it).
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';
import { OUTCOMES, SOURCES } from './retention.rules.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });
export const outcomeSchema = z.enum(OUTCOMES).describe(
  '结果：employed 原单位在岗 · changed_job 换工作 · returned_home 返乡 · unreachable 联系不上 / outcome',
);

export const checkSchema = z.object({
  worker: z.object({
    id: z.string(), province: z.string(), name: z.string(), county: z.object({ code: z.string(), name: z.string() }),
    phoneMasked: z.string().nullable(),
  }),
  month: z.number().int().describe('到岗后第几个月 / months after arrival'),
  arrival: z.string().describe('到岗日期 / arrival date'),
  due: z.string().describe('回访到期日 / due date'),
  state: z.enum(['upcoming', 'due', 'overdue', 'done']).describe('upcoming 未到期 · due 待回访 · overdue 逾期（到期 14 天后）· done 已回访'),
  employer: z.object({ id: z.string(), name: z.string() }).nullable(),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  industry: z.string().nullable(),
  result: z.object({
    outcome: outcomeSchema, outcomeText: bilingual, whereText: z.string().nullable(), whereRegion: z.string().nullable(),
    source: z.enum(SOURCES), actor: z.string(), at: z.string(),
  }).nullable(),
});

export const dueQuery = z.object({
  campaign: z.string().uuid().optional(),
  state: z.enum(['open', 'overdue', 'all']).default('open').describe('open 待回访（含逾期）· overdue 仅逾期 · all 全部'),
  region: z.string().regex(/^\d{1,6}$/).optional().describe('行政区划代码前缀（只能收窄）/ region prefix (narrows only)'),
  date: calendarDate().optional().describe('按哪一天计算（默认今天，北京时间）/ the day to count from (default today, China time)'),
});

export const dueResponse = z.object({ campaignId: z.string(), today: z.string(), total: z.number().int(), items: z.array(checkSchema) });

export const resultItem = z.object({
  workerId: z.string().max(64),
  month: z.number().int().min(1).max(36),
  outcome: outcomeSchema,
  whereText: z.string().max(200).optional().describe('换工作时：去向（单位或地点）/ changed job: where to'),
  whereRegion: z.string().max(6).optional().describe('换工作时：去向地区代码 / changed job: region code'),
});

export const recordBody = z.object({ items: z.array(resultItem).min(1).max(2000) });

export const recordResponse = z.object({ stored: z.number().int(), unchanged: z.number().int(), items: z.array(checkSchema) });

export const myRetentionResponse = z.object({ items: z.array(checkSchema), open: checkSchema.nullable() });

export const confirmMineBody = resultItem.omit({ workerId: true });

export const settingsSchema = z.object({
  campaignId: z.string(),
  months: z.array(z.number().int()).describe('到岗后第几个月回访 / months after arrival'),
  threshold: z.number().describe('稳岗率低于此值的单位被标记 / employers below this rate are flagged'),
});

export const settingsBody = z.object({ months: z.array(z.number().int()).min(1).max(6), threshold: z.number().min(0).max(1) }).strict();

const rateSchema = z.object({
  key: z.string().nullable(), name: z.string().nullable(),
  employed: z.number().int(), changedJob: z.number().int(), returnedHome: z.number().int(), unreachable: z.number().int(),
  checked: z.number().int(), rate: z.number().nullable().describe('原单位在岗率 / still at the same employer'),
  inWork: z.number().nullable().describe('在岗率（含换工作）/ in work, changed job included'), flagged: z.boolean(),
});

export const statsQuery = z.object({
  campaign: z.string().uuid().optional(),
  month: z.coerce.number().int().min(1).max(36).optional().describe('只看某次回访（默认每人最近一次）/ one check month (default each worker\'s latest)'),
  region: z.string().regex(/^\d{1,6}$/).optional(),
});

export const statsResponse = z.object({
  campaignId: z.string(), month: z.number().int().nullable(), threshold: z.number(), months: z.array(z.number().int()),
  total: rateSchema,
  by: z.object({ employer: z.array(rateSchema), destination: z.array(rateSchema), industry: z.array(rateSchema), county: z.array(rateSchema) }),
});

export const employerFlagResponse = z.object({ campaignId: z.string(), employerId: z.string(), threshold: z.number(), rate: rateSchema.nullable() });

export type CheckView = z.infer<typeof checkSchema>;
export type StatsView = z.infer<typeof statsResponse>;
