// Response shapes of the recommendation routes (browser-importable: zod only).
import { z } from 'zod';
import { bilingualSchema } from './allocation.schema.js';

const WARNING = bilingualSchema.optional()
  .describe('用人单位有逾期未处理的投诉时的提示 / set when the employer has grievances open past their deadline');

export const workerRecommendationsResponse = z.object({
  worker: z.string(),
  items: z.array(z.object({
    job: z.string(),
    siteCode: z.string().optional(),
    score: z.number().int(),
    value: z.number().int(),
    reasons: z.array(bilingualSchema),
    warning: WARNING,
  })),
  exclusions: z.array(z.object({ rule: z.string(), reason: bilingualSchema, count: z.number().int() }))
    .describe('无符合条件岗位时，排除最近岗位的规则 / when nothing fits, the rules that excluded the nearest vacancies'),
});

export const jobRecommendationsResponse = z.object({
  job: z.string(),
  warning: WARNING,
  items: z.array(z.object({ worker: z.string(), score: z.number().int(), value: z.number().int(), reasons: z.array(bilingualSchema) })),
});
