// Turns untrusted JSON into a TripInstance or refuses it, naming the record and field in
// Chinese and English. Everything the planner relies on for feasibility is checked here,
// so the engine itself never has to guard against a malformed instance.

import { invalidInput } from '../../core/errors.js';
import type { Location, Passenger, TripInstance, Vehicle } from './types.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function needNumber(record: string, field: string, value: unknown): number {
  if (!finite(value)) {
    throw invalidInput(record, field, { zh: `${field} 必须是数字`, en: `${field} must be a number` });
  }
  return value;
}

function parseVehicle(raw: unknown): Vehicle {
  if (!isObject(raw)) {
    throw invalidInput('instance', 'vehicle', { zh: '缺少车辆参数 vehicle', en: 'vehicle is missing or not an object' });
  }
  const capacity = needNumber('vehicle', 'capacity', raw.capacity);
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw invalidInput('vehicle', 'capacity', {
      zh: `座位数必须是不小于 1 的整数，收到 ${capacity}`,
      en: `capacity must be a whole number of at least 1, got ${capacity}`,
    });
  }
  const maxStops = needNumber('vehicle', 'maxStops', raw.maxStops);
  // One pick-up and one drop-off is the least any coach needs.
  if (!Number.isInteger(maxStops) || maxStops < 2) {
    throw invalidInput('vehicle', 'maxStops', {
      zh: `停靠点上限必须是不小于 2 的整数，收到 ${maxStops}`,
      en: `maxStops must be a whole number of at least 2, got ${maxStops}`,
    });
  }
  const detour = needNumber('vehicle', 'detour', raw.detour);
  // Below 1 nobody could ride even the direct road, so no plan would be feasible.
  if (detour < 1) {
    throw invalidInput('vehicle', 'detour', {
      zh: `绕行系数不能小于 1，收到 ${detour}`,
      en: `detour must be at least 1, got ${detour}`,
    });
  }
  const fixedCost = needNumber('vehicle', 'fixedCost', raw.fixedCost);
  const perKm = needNumber('vehicle', 'perKm', raw.perKm);
  for (const [field, value] of [['fixedCost', fixedCost], ['perKm', perKm]] as const) {
    if (value < 0) {
      throw invalidInput('vehicle', field, { zh: `${field} 不能为负数`, en: `${field} must not be negative` });
    }
  }
  return { capacity, maxStops, detour, fixedCost, perKm };
}

function parseLocations(raw: unknown): Record<string, Location> {
  if (!isObject(raw)) {
    throw invalidInput('instance', 'locations', { zh: '缺少地点表 locations', en: 'locations is missing or not an object' });
  }
  const out: Record<string, Location> = Object.create(null) as Record<string, Location>;
  for (const [id, value] of Object.entries(raw)) {
    const record = `locations.${id}`;
    if (!isObject(value)) {
      throw invalidInput(record, 'lat', { zh: '地点必须有 lat 和 lon', en: 'a location needs lat and lon' });
    }
    const lat = needNumber(record, 'lat', value.lat);
    const lon = needNumber(record, 'lon', value.lon);
    if (lat < -90 || lat > 90) {
      throw invalidInput(record, 'lat', { zh: `纬度超出范围: ${lat}`, en: `latitude out of range: ${lat}` });
    }
    if (lon < -180 || lon > 180) {
      throw invalidInput(record, 'lon', { zh: `经度超出范围: ${lon}`, en: `longitude out of range: ${lon}` });
    }
    const location: Location = { lat, lon };
    if (typeof value.name === 'string') location.name = value.name;
    out[id] = location;
  }
  return out;
}

function parsePassengers(raw: unknown, locations: Record<string, Location>): Passenger[] {
  if (!Array.isArray(raw)) {
    throw invalidInput('instance', 'passengers', { zh: '缺少乘客表 passengers', en: 'passengers is missing or not a list' });
  }
  const seen = new Set<string>();
  return raw.map((value: unknown, index) => {
    const bare = `passengers[${index}]`;
    if (!isObject(value)) throw invalidInput(bare, 'id', { zh: '乘客记录必须是对象', en: 'a passenger must be an object' });
    if (typeof value.id !== 'string' || value.id === '') {
      throw invalidInput(bare, 'id', { zh: '乘客编号必须是非空字符串', en: 'id must be a non-empty string' });
    }
    const id = value.id;
    const record = `${bare} (id ${id})`;
    if (seen.has(id)) throw invalidInput(record, 'id', { zh: `乘客编号重复: ${id}`, en: `duplicate passenger id: ${id}` });
    seen.add(id);
    for (const field of ['from', 'to'] as const) {
      const place = value[field];
      if (typeof place !== 'string' || !Object.hasOwn(locations, place)) {
        throw invalidInput(record, field, {
          zh: `未知地点: ${String(place)}`,
          en: `unknown location: ${String(place)}`,
        });
      }
    }
    const from = value.from as string;
    const to = value.to as string;
    if (from === to) {
      throw invalidInput(record, 'to', {
        zh: `上车点与下车点相同: ${from}`,
        en: `from and to are the same place: ${from}`,
      });
    }
    return { id, from, to };
  });
}

/** Checks an instance parsed from JSON; throws a DomainError naming the first bad record. */
export function parseInstance(raw: unknown): TripInstance {
  if (!isObject(raw)) {
    throw invalidInput('instance', undefined, { zh: '实例必须是 JSON 对象', en: 'the instance must be a JSON object' });
  }
  const vehicle = parseVehicle(raw.vehicle);
  // The contract's example always carries roadFactor; an instance without one means plain great-circle km.
  let roadFactor = 1;
  if (raw.roadFactor !== undefined) {
    roadFactor = needNumber('instance', 'roadFactor', raw.roadFactor);
    if (roadFactor <= 0) {
      throw invalidInput('instance', 'roadFactor', {
        zh: `道路系数必须大于 0，收到 ${roadFactor}`,
        en: `roadFactor must be above 0, got ${roadFactor}`,
      });
    }
  }
  const locations = parseLocations(raw.locations);
  const passengers = parsePassengers(raw.passengers, locations);
  return { vehicle, roadFactor, locations, passengers };
}
