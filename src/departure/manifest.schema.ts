// The check-in phone's manifest (GET /api/checkin/manifest, GET /api/trips/{id}/checkin-manifest).
import { z } from 'zod';
import { countsSchema, dateQuery, stateSchema } from './departure.schema.js';

export const manifestQuery = z.object({
  date: dateQuery.shape.date,
  gatheringPointId: z.string().uuid().optional().describe('集合点（人社部门必填；检录账户固定为本集合点）/ gathering point (officers; check-in staff get their own)'),
});

const manifestTrip = z.object({
  id: z.string(), number: z.string(), date: z.string(), plate: z.string().nullable(),
  departAt: z.string().nullable().describe('本集合点计划发车时间 / planned departure from this point'),
  destination: z.string().nullable(), departedAt: z.string().nullable(), passengers: z.number().int(), counts: countsSchema,
  lookupKey: z.string().describe('本车次身份证号摘要密钥（base64url）/ this trip\'s key for identity-number digests (base64url)'),
});

const manifestPassenger = z.object({
  tripId: z.string(), workerId: z.string(), name: z.string(), idMasked: z.string(), seat: z.number().int(),
  destinationName: z.string().nullable(), travelGroup: z.string().nullable(), state: stateSchema,
  token: z.string().describe('乘车码内容（与二维码相同）/ the boarding QR token, as printed'),
  idDigest: z.string().describe('HMAC-SHA256(lookupKey, 规范化身份证号) 前 128 位 hex / first 128 bits of HMAC-SHA256(lookupKey, normalised identity number), hex'),
});

export const checkinManifestSchema = z.object({
  serverTime: z.string(), date: z.string(),
  account: z.object({ login: z.string(), role: z.string() }),
  gatheringPoint: z.object({ id: z.string(), name: z.string() }).nullable(),
  feverThreshold: z.number(), trips: z.array(manifestTrip), passengers: z.array(manifestPassenger),
});
export type CheckinManifest = z.infer<typeof checkinManifestSchema>;

export const arrivalManifestQuery = z.object({
  date: dateQuery.shape.date.describe('发车日期 / departure day'),
  tripId: z.string().uuid().optional().describe('只要此车次 / only this coach'),
});

const arrivalTrip = manifestTrip.omit({ departAt: true, plate: true }).extend({
  estimatedArrival: z.string().nullable().describe('预计到达（终点站）/ estimated arrival at the last stop'),
  pointName: z.string().nullable().describe('出发集合点 / gathering point it left from'),
});

// No boarding token: the phone finds a scanned pass by the worker id inside it, so the
// employer's phone never holds what would print a valid pass.
const arrivalPassenger = manifestPassenger.omit({ token: true }).extend({
  overdue: z.boolean().describe('下载时已超时未交接 / overdue at the gate when downloaded'),
});

export const arrivalManifestSchema = z.object({
  serverTime: z.string(), date: z.string(),
  account: z.object({ login: z.string(), role: z.string() }),
  trips: z.array(arrivalTrip), passengers: z.array(arrivalPassenger),
});
export type ArrivalManifest = z.infer<typeof arrivalManifestSchema>;
