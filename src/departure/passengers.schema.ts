// The day's passengers as the console lists them (drill-down from the board and the
// reconciliation). Browser-safe: the console imports the state list from here.
import { z } from 'zod';
import { dateQuery, stateSchema } from './departure.schema.js';

export const passengersQuery = dateQuery.extend({
  state: stateSchema.optional().describe('只看此状态 / only this state'),
  trip: z.string().uuid().optional().describe('只看此车次 / only this trip'),
  overdue: z.enum(['true', 'false']).optional().describe('只看超时未交接 / only those overdue at the gate'),
});
export type PassengersQuery = z.infer<typeof passengersQuery>;

export const dayPassengerSchema = z.object({
  tripId: z.string(), number: z.string(), pointName: z.string().nullable(), workerId: z.string(), name: z.string(),
  idMasked: z.string(), regionCode: z.string(), regionName: z.string(), seat: z.number().int(), travelGroup: z.string().nullable(),
  state: stateSchema, overdue: z.boolean(), estimatedArrival: z.string().nullable(), toTripId: z.string().nullable(),
});
export type DayPassenger = z.infer<typeof dayPassengerSchema>;
export const dayPassengersResponse = z.object({ items: z.array(dayPassengerSchema) });
