// Request and response shapes of the trip routes. Published in the OpenAPI document (the
// console's client is typed from it) and importable by the browser: zod only. Keys are
// camelCase; each stop carries its coordinates (gathering points' own, a site's county
// seat from data/regions.json) so the console can draw the routes on a map.
import { z } from 'zod';
import { calendarDate } from '../core/date-schema.js';

export const dateText = calendarDate();

export const planBody = z.object({
  date: dateText,
  spacing: z.enum(['normal', 'alternate']).optional().describe('隔位乘坐 alternate / normal seating'),
  capacity: z.number().int().min(1, '座位数为 1–100 / capacity is 1–100').max(100, '座位数为 1–100 / capacity is 1–100').optional(),
  startsBy: dateText.optional().describe('只排到岗日期不晚于此日的人员（其余留给以后的发车日）/ only people whose job starts by this day (the rest wait for a later departure day)'),
});

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const planSummarySchema = z.object({
  planId: z.string().nullable(),
  date: z.string(),
  passengers: z.number().int(),
  coaches: z.number().int(),
  km: z.number(),
  cost: z.number(),
  naive: z.object({ coaches: z.number().int(), km: z.number(), cost: z.number() }).describe('每个集合点单独发车的朴素方案 / the naive plan, a coach per point and site'),
  lowerBoundCoaches: z.number().int(),
  unplanned: z.array(z.object({ workerId: z.string(), reason: bilingual })),
  changes: z.object({
    passengersAdded: z.array(z.object({ id: z.string(), trip: z.number().int() })),
    passengersRemoved: z.array(z.object({ id: z.string(), trip: z.number().int() })),
    passengersMoved: z.array(z.object({ id: z.string(), fromTrip: z.number().int(), toTrip: z.number().int() })),
    tripsAdded: z.array(z.number().int()),
    tripsRemoved: z.array(z.number().int()),
    tripsChanged: z.array(z.object({ previous: z.number().int(), current: z.number().int() })),
    tripMap: z.array(z.number().int().nullable()),
  }).nullable().describe('重新规划时的变化 / what a re-plan changed'),
});

export const stopSchema = z.object({
  kind: z.enum(['pickup', 'dropoff']),
  location: z.string().describe('gp:<集合点 id> 或 site:<地区代码> / gp:<gathering point> or site:<region code>'),
  name: z.string(),
  eta: z.string().describe('预计到达 / estimated time, HH:MM or MM-DD HH:MM'),
  km: z.number(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const tripSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  departureDate: z.string(),
  number: z.string().describe('车次 / coach number'),
  capacity: z.number().int(),
  spacing: z.enum(['normal', 'alternate']),
  km: z.number(),
  cost: z.number(),
  gatheringPointId: z.string().nullable(),
  riders: z.number().int().describe('辖区内乘客 / riders in your reach'),
  stops: z.array(stopSchema),
});

export const tripListResponse = z.object({ items: z.array(tripSchema) });

export const passengerSchema = z.object({
  workerId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  seat: z.number().int(),
  pickup: z.string(),
  pickupName: z.string(),
  dropoff: z.string(),
  dropoffName: z.string(),
  employer: z.string(),
  jobTitle: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
});

export const seatPlanSchema = z.object({
  seatsPerRow: z.number().int(),
  rows: z.number().int(),
  usable: z.array(z.number().int()).describe('可坐座位（隔位乘坐时为棋盘格）/ seats in use under the spacing'),
});

export const tripDetailSchema = tripSchema.extend({ passengers: z.array(passengerSchema), seatPlan: seatPlanSchema });

export const gatheringPointSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  servesPrefix: z.string().describe('服务的地区代码前缀 / region prefix of the people who gather here'),
  lat: z.number(),
  lon: z.number(),
});

export const gatheringPointListResponse = z.object({ items: z.array(gatheringPointSchema) });

export type TripJson = z.infer<typeof tripSchema>;
export type TripDetailJson = z.infer<typeof tripDetailSchema>;
export type StopJson = z.infer<typeof stopSchema>;
