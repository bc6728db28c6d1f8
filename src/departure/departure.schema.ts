// Request and response schemas of departure day, as shared/spec/departure.md fixes them.
// Batch items are checked one by one in the service (an item out of range is `rejected`
// with `invalid` and its field, the others go on), so the edge only bounds their shape.
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';
import { splitIsoDate } from '../core/values.js';
import { STATES } from './state.js';

export const isoWithOffset = z.string().max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/, 'ISO 8601 带时区 / ISO 8601 with offset')
  // The pattern passes 2021-13-06T25:00Z; a device clock gone wrong must get a 400, not a 500.
  .refine((text) => splitIsoDate(text.slice(0, 10)) !== undefined && Number.isFinite(Date.parse(text)), '时间须为真实的日期和时刻 / the time must be a real day and time');

export const checkinItem = z.object({
  id: z.string().uuid(),
  tripId: z.string().uuid(),
  workerId: z.string().uuid(),
  at: isoWithOffset,
  identity: z.enum(['verified', 'mismatch']),
  temperature: z.number().min(34).max(43).refine((t) => Math.abs(t * 10 - Math.round(t * 10)) < 1e-6, '一位小数 / one decimal'),
  security: z.enum(['passed', 'failed']),
});

export const arrivalItem = z.object({
  id: z.string().uuid(),
  workerId: z.string().uuid(),
  at: isoWithOffset,
  outcome: z.enum(['handed_over', 'absent']),
});

const loose = z.unknown().optional();
const looseItem = (fields: string[]) => z.object(Object.fromEntries(fields.map((f) => [f, loose]))).passthrough();

export const checkinsBody = z.object({
  deviceId: z.string().min(1).max(100).describe('设备编号 / device id'),
  items: z.array(looseItem(['id', 'tripId', 'workerId', 'at', 'identity', 'temperature', 'security'])).max(500)
    .describe('最多 500 条，逐条处理 / up to 500 items, each handled on its own'),
});

export const arrivalsBody = z.object({
  deviceId: z.string().min(1).max(100),
  items: z.array(looseItem(['id', 'workerId', 'at', 'outcome'])).max(500),
});

export const stateSchema = z.enum(STATES);
export const outcomeSchema = z.enum(['stored', 'duplicate', 'rejected']);

export const itemResult = z.object({
  id: z.string(),
  outcome: outcomeSchema,
  state: stateSchema.optional(),
  reason: z.string().optional(),
  tripId: z.string().optional(),
  field: z.string().optional(),
});
export type ItemResult = z.infer<typeof itemResult>;

export const batchResponse = z.object({ serverTime: z.string(), results: z.array(itemResult) });

export const countsSchema = z.object(Object.fromEntries(STATES.map((s) => [s, z.number().int()])) as Record<(typeof STATES)[number], z.ZodNumber>);

export const departureBody = z.object({ id: z.string().uuid(), at: isoWithOffset, onBoard: z.number().int().min(0).max(1000), deviceId: z.string().max(100).optional() });
export const departureResponse = z.object({
  id: z.string(), tripId: z.string(), outcome: outcomeSchema, reason: z.string().optional(), at: z.string(), onBoard: z.number().int(),
  departed: z.number().int(), counts: countsSchema, mismatch: z.boolean(), difference: z.number().int(), serverTime: z.string(),
});

export const rebookBody = z.object({
  workerId: z.string().uuid(), toTripId: z.string().uuid(),
  split: z.boolean().optional().describe('只改签本人，不带同行人 / move this person only, not their travel group'),
});
export const cancelBody = z.object({ workerId: z.string().uuid(), reason: z.string().trim().min(1).max(200) });
export const changeResponse = z.object({
  tripId: z.string(), toTripId: z.string().nullable(),
  moved: z.array(z.object({ workerId: z.string(), state: stateSchema, seat: z.number().int().nullable() })),
});

export const dateQuery = z.object({ date: calendarDate() });

export const reconciliationSchema = z.object({
  date: z.string(), trips: z.number().int(), passengers: z.number().int(), states: countsSchema,
  overdue: z.number().int(), conflicts: z.number().int(), unaccounted: z.number().int(),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

const boardTrip = z.object({
  tripId: z.string(), number: z.string(), departedAt: z.string().nullable(), estimatedArrival: z.string().nullable(),
  passengers: z.number().int(), counts: countsSchema, overdue: z.number().int(),
});
const boardPoint = z.object({
  gatheringPointId: z.string().nullable(), name: z.string().nullable(), regionCode: z.string().nullable(),
  passengers: z.number().int(), counts: countsSchema, overdue: z.number().int(), trips: z.array(boardTrip),
});
export const boardSchema = z.object({
  date: z.string(), campaignId: z.string(), passengers: z.number().int(), counts: countsSchema, overdue: z.number().int(), points: z.array(boardPoint),
});
export type Board = z.infer<typeof boardSchema>;

export const attentionQuery = z.object({ date: dateQuery.shape.date.optional(), status: z.enum(['open', 'resolved', 'all']).default('open') });
export const attentionItem = z.object({
  id: z.string(), kind: z.string(), recordId: z.string(), reason: z.string(), field: z.string().nullable(), date: z.string().nullable(),
  tripId: z.string().nullable(), tripNumber: z.string().nullable(), rightTripId: z.string().nullable(), workerId: z.string().nullable(),
  workerName: z.string().nullable(), idMasked: z.string().nullable(), at: z.string().nullable(), receivedAt: z.string(),
  deviceId: z.string().nullable(), account: z.string(), resolvedAt: z.string().nullable(), resolvedBy: z.string().nullable(), resolution: z.string().nullable(),
});
export const attentionList = z.object({ items: z.array(attentionItem) });
export const resolveBody = z.object({ resolution: z.string().trim().min(1).max(500) });
export const overdueList = z.object({
  items: z.array(z.object({ tripId: z.string(), number: z.string(), workerId: z.string(), regionCode: z.string(), estimatedArrival: z.string().nullable() })),
});
