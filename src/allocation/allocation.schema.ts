// Request and response shapes of the allocation routes. Published in the OpenAPI document
// (the web console's client is typed from it) and importable by the browser: zod only, no
// Node imports. Keys are camelCase; times travel as ISO strings.
import { z } from 'zod';

export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const progressSchema = z.object({
  stage: z.string().describe('阶段 / stage: loading, network, solving, saving…'),
  done: z.number(),
  total: z.number(),
});

export const changeCountsSchema = z.object({ new: z.number().int(), moved: z.number().int(), dropped: z.number().int() });

export const runSummarySchema = z.object({
  runId: z.string(),
  workers: z.number().int().describe('参与分配的劳动力 / workers in the run'),
  jobs: z.number().int(),
  fixed: z.number().int().describe('已确认、保持不变 / confirmed pairs kept fixed'),
  placed: z.number().int(),
  placedPriority: z.number().int(),
  placedOthers: z.number().int(),
  objective: z.number(),
  seconds: z.number(),
  newProposals: z.number().int().optional(),
  changes: changeCountsSchema.optional().describe('与上次运行相比 / against the proposals before this run'),
});

export const runSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  actor: z.string().describe('运行者 / who started it'),
  parameters: z.record(z.string(), z.unknown()),
  summary: runSummarySchema.nullable(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: progressSchema.nullable().describe('运行中的进度 / progress while it runs'),
});

export const runListResponse = z.object({ items: z.array(runSchema) });

export const startRunResponse = z.object({ runId: z.string(), status: z.literal('running'), href: z.string() });

export const confirmBody = z.object({
  workers: z.array(z.uuid({ error: '劳动力 id 须为 UUID / a worker id is a UUID' })).min(1).max(20_000).optional()
    .describe('只确认这些劳动力的建议；省略则确认全部 / confirm only these workers\' proposals; omit to confirm all'),
}).nullish();  // no body at all (null to Fastify) confirms everything, as before

export const confirmResponse = z.object({
  confirmed: z.number().int(),
  skipped: z.number().int().describe('所选中未能确认的（非本次建议或不在辖区）/ selected but not an open proposal of this run in your reach'),
});

export const scorePartsSchema = z.object({
  base: z.number().int(),
  priority: z.number().int().describe('重点人群加分 / priority bonus'),
  industry: z.number().int(),
  destination: z.number().int(),
  wage: z.number().int(),
});

export const proposalSchema = z.object({
  workerId: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  priority: z.boolean(),
  status: z.enum(['proposed', 'confirmed']),
  jobId: z.string(),
  jobTitle: z.string(),
  employer: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  wage: z.number().int(),
  value: z.number().int().nullable().describe('分配价值 / the pair\'s value in the contract'),
  parts: scorePartsSchema.nullable().describe('得分构成；记录变更后不再符合时为空 / score parts; null when the pair no longer fits'),
  reasons: z.array(bilingualSchema),
});

const pageFields = { total: z.number().int(), page: z.number().int(), pageSize: z.number().int() };

export const proposalPage = z.object({ items: z.array(proposalSchema), ...pageFields });

export const vacancyProposalSchema = z.object({
  jobId: z.string(),
  title: z.string(),
  employer: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  industry: z.string(),
  industryName: bilingualSchema,
  wage: z.number().int(),
  headcount: z.number().int(),
  proposed: z.number().int().describe('本次建议（辖区内）/ proposed by this run, in your reach'),
  confirmed: z.number().int().describe('本次建议中已确认 / of this run, confirmed'),
  open: z.number().int().describe('仍空缺 / places still open after this run'),
  priority: z.number().int().describe('其中重点人群 / of them priority workers'),
  averageValue: z.number().nullable(),
});

export const vacancyPage = z.object({ items: z.array(vacancyProposalSchema), ...pageFields });

export const changePlaceSchema = z.object({
  jobId: z.string(),
  jobTitle: z.string(),
  employer: z.string(),
  siteName: z.string(),
  value: z.number().int().nullable(),
});

export const changeSchema = z.object({
  workerId: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  kind: z.enum(['new', 'moved', 'dropped']),
  reason: z.string().describe('原因代码 / reason code'),
  reasonText: bilingualSchema,
  before: changePlaceSchema.nullable(),
  after: changePlaceSchema.nullable(),
});

export const changePage = z.object({ items: z.array(changeSchema), counts: changeCountsSchema, ...pageFields });

const uuidFilter = z.uuid({ error: '须为 UUID / must be a UUID' });

export const proposalQuery = z.object({
  job: uuidFilter.optional().describe('只看该岗位 / one vacancy\'s proposals'),
  status: z.enum(['proposed', 'confirmed']).optional(),
  priority: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  search: z.string().max(50).optional().describe('姓名 / name contains'),
});

export const vacancyQuery = z.object({
  search: z.string().max(50).optional().describe('岗位或企业名称 / title or employer contains'),
});

export const changeQuery = z.object({ kind: z.enum(['new', 'moved', 'dropped']).optional() });

export type RunJson = z.infer<typeof runSchema>;
export type ProposalJson = z.infer<typeof proposalSchema>;
export type VacancyProposalJson = z.infer<typeof vacancyProposalSchema>;
export type ChangeJson = z.infer<typeof changeSchema>;
