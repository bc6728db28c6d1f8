// Request and response shapes of the grievance routes (zod only, so the pages may import
// it). One grievance looks the same to the worker, the officer and the employer; `moves`
// says which state changes the caller may make.
import { z } from 'zod';
import { GRIEVANCE_CATEGORIES, GRIEVANCE_STATES } from './grievance.rules.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const category = z.enum(GRIEVANCE_CATEGORIES).describe(
  '类别：wage_below_advertised 工资低于承诺 · unpaid_wages 拖欠工资 · hours 工时 · housing 住宿 · safety 安全 · no_contract 未签合同 · other 其他 / category',
);
const state = z.enum(GRIEVANCE_STATES).describe('状态：received 已收到 · in_hand 处理中 · resolved 已解决 · closed 已结案 / state');

export const fileGrievanceBody = z.object({
  category,
  description: z.string().max(2000).describe('发生了什么（1–1000 字）/ what happened (1–1000 characters)'),
  clientId: z.string().max(64).optional().describe('客户端生成的 id：重发不会重复登记 / a client-generated id: sending twice files once'),
});

export const moveBody = z.object({
  to: state,
  note: z.string().max(1000).optional().describe('处理说明（解决、结案、退回时必填）/ what was done (required to resolve, close or reopen)'),
});

export const grievanceSchema = z.object({
  id: z.string(),
  category,
  categoryText: bilingual,
  description: z.string(),
  state,
  stateText: bilingual,
  dueAt: z.string().nullable().describe('当前状态的处理期限 / the deadline of the current state'),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  reportedBy: z.string().describe('worker 本人，或代办官员的账号 / "worker", or the assisting officer\'s login'),
  worker: z.object({ id: z.string(), name: z.string() }),
  routedTo: z.object({
    county: z.object({ code: z.string(), name: z.string() }).describe('户籍地（处理的官员）/ home region (the officers it goes to)'),
    employer: z.object({ id: z.string(), name: z.string() }).nullable(),
    job: z.object({ id: z.string(), title: z.string() }).nullable(),
    contact: z.object({ name: z.string().nullable(), phoneMasked: z.string().nullable() }).nullable().describe('岗位联系人 / the vacancy\'s contact'),
  }),
  photos: z.array(z.object({ id: z.string(), mime: z.string(), bytes: z.number().int(), url: z.string() })),
  history: z.array(z.object({ at: z.string(), actor: z.string(), role: z.string(), from: state.nullable(), to: state, note: z.string().nullable() })),
  moves: z.array(state).describe('调用者可做的状态变更 / the state changes the caller may make'),
});
export type GrievanceJson = z.infer<typeof grievanceSchema>;

export const grievanceListResponse = z.object({ items: z.array(grievanceSchema), total: z.number().int() });

export const grievanceListQuery = z.object({
  state: state.optional(),
  category: category.optional(),
  employer: z.string().uuid().optional(),
  worker: z.string().uuid().optional(),
  campaign: z.string().uuid().optional(),
  overdue: z.enum(['true', 'false']).optional().describe('只看逾期未处理的 / only those open past their deadline'),
});

export const employerCountsResponse = z.object({
  items: z.array(z.object({
    employerId: z.string(), employerName: z.string(), total: z.number().int(), open: z.number().int(), overdue: z.number().int(),
  })),
});

export const photoParams = z.object({ id: z.string().max(64), photo: z.string().max(64) });
