// Reads a previously written plan (for re-planning) from untrusted JSON: only the shape
// is checked here; whether it still fits the instance is replanTrips' business.

import { invalidInput } from '../../core/errors.js';
import type { Plan, Trip } from './types.js';

function stringList(value: unknown, record: string, field: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalidInput(record, field, { zh: `${field} 必须是字符串列表`, en: `${field} must be a list of strings` });
  }
  return value as string[];
}

export function parsePlan(raw: unknown): Plan {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { trips?: unknown }).trips)) {
    throw invalidInput('plan', 'trips', { zh: '方案必须有 trips 列表', en: 'a plan needs a trips list' });
  }
  const source = raw as { trips: unknown[]; cost?: unknown; coaches?: unknown; km?: unknown };
  const trips: Trip[] = source.trips.map((trip, t) => {
    const record = `trips[${t}]`;
    if (typeof trip !== 'object' || trip === null) {
      throw invalidInput(record, 'pickups', { zh: '行程必须是对象', en: 'a trip must be an object' });
    }
    const fields = trip as Record<string, unknown>;
    return {
      pickups: stringList(fields.pickups, record, 'pickups'),
      dropoffs: stringList(fields.dropoffs, record, 'dropoffs'),
      passengers: stringList(fields.passengers, record, 'passengers'),
    };
  });
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return { cost: num(source.cost), coaches: typeof source.coaches === 'number' ? source.coaches : trips.length, km: num(source.km), trips };
}
