// Request and response shapes of the report routes (zod only).
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';

export const dailyQuery = z.object({
  date: calendarDate().describe('日期（北京时间）/ the day (China time)'),
  region: z.string().regex(/^\d{1,6}$/).optional().describe('行政区划代码或前缀（默认本人辖区）/ region code or prefix (default: your region)'),
  campaign: z.string().uuid().optional(),
});

const byKey = z.record(z.string(), z.number());

export const dailyResponse = z.object({
  campaign: z.object({ id: z.string(), name: z.string() }),
  date: z.string(), previousDate: z.string(),
  region: z.object({ prefix: z.string(), code: z.string(), name: z.string() }),
  targetSource: z.enum(['campaign', 'quota', 'none']),
  figures: z.object({
    registered: z.number(), matched: z.number(), confirmed: z.number(), departed: z.number(), arrived: z.number(), stillEmployed: z.number(),
    registeredPrevious: z.number(), matchedPrevious: z.number(), confirmedPrevious: z.number(), departedPrevious: z.number(), arrivedPrevious: z.number(), stillEmployedPrevious: z.number(),
    registeredChange: z.number(), matchedChange: z.number(), confirmedChange: z.number(), departedChange: z.number(), arrivedChange: z.number(), stillEmployedChange: z.number(),
    priority: z.number(), priorityPrevious: z.number(), priorityShare: z.number(),
    target: z.number().nullable(), progress: z.number().nullable(),
    confirmedByDestination: byKey, departedByDestination: byKey, arrivedByDestination: byKey, stillEmployedByDestination: byKey,
    confirmedByIndustry: byKey, departedByIndustry: byKey, arrivedByIndustry: byKey, stillEmployedByIndustry: byKey,
  }),
  names: z.record(z.string(), z.string()).describe('输入省与行业代码的名称 / names of the province and industry keys'),
});

export type DailyView = z.infer<typeof dailyResponse>;
