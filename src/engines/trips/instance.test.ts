import { describe, expect, it } from 'vitest';
import { isDomainError, type DomainError } from '../../core/errors.js';
import { parseInstance } from './instance.js';

const good = () => ({
  vehicle: { capacity: 50, maxStops: 4, detour: 1.3, fixedCost: 3000, perKm: 8 },
  roadFactor: 1.2,
  locations: {
    'ty-binhe': { lat: 37.8706, lon: 112.5489, name: 'Taiyuan Binhe Sports Centre' },
    'sz-plant': { lat: 31.2989, lon: 120.5853 },
  },
  passengers: [
    { id: 'w1', from: 'ty-binhe', to: 'sz-plant' },
    { id: 'w2', from: 'ty-binhe', to: 'sz-plant' },
  ],
});

function refusal(raw: unknown): DomainError {
  try {
    parseInstance(raw);
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseInstance', () => {
  it('accepts the contract example', () => {
    const instance = parseInstance(good());
    expect(instance.passengers).toHaveLength(2);
    expect(instance.vehicle.capacity).toBe(50);
    expect(instance.locations['ty-binhe'].name).toBe('Taiyuan Binhe Sports Centre');
  });

  it('refuses an unknown location, naming the passenger and field', () => {
    const raw = good();
    raw.passengers[1].to = 'nowhere';
    const error = refusal(raw);
    expect(error.problem).toMatchObject({ code: 'invalid_input', record: 'passengers[1] (id w2)', field: 'to' });
    expect(error.problem.zh).toContain('未知地点');
    expect(error.problem.en).toContain('unknown location');
    expect(error.message).toContain('nowhere');
  });

  it('refuses a passenger from and to the same place', () => {
    const raw = good();
    raw.passengers[0].to = 'ty-binhe';
    const error = refusal(raw);
    expect(error.problem).toMatchObject({ record: 'passengers[0] (id w1)', field: 'to' });
    expect(error.problem.en).toContain('same place');
  });

  it.each([0, -3, 1.5])('refuses capacity %s', (capacity) => {
    const raw = good();
    raw.vehicle.capacity = capacity;
    expect(refusal(raw).problem).toMatchObject({ record: 'vehicle', field: 'capacity' });
  });

  it('accepts capacity 1 and maxStops 2', () => {
    const raw = good();
    raw.vehicle.capacity = 1;
    raw.vehicle.maxStops = 2;
    expect(parseInstance(raw).vehicle).toMatchObject({ capacity: 1, maxStops: 2 });
  });

  it.each([
    ['maxStops', 1],
    ['detour', 0.9],
    ['perKm', -1],
    ['fixedCost', Number.NaN],
  ] as const)('refuses vehicle.%s = %s', (field, value) => {
    const raw = good() as { vehicle: Record<string, number> };
    raw.vehicle[field] = value;
    expect(refusal(raw).problem).toMatchObject({ record: 'vehicle', field });
  });

  it('refuses duplicate ids, bad coordinates, a missing vehicle and a bad roadFactor', () => {
    const dup = good();
    dup.passengers[1].id = 'w1';
    expect(refusal(dup).problem).toMatchObject({ record: 'passengers[1] (id w1)', field: 'id' });

    const lat = good();
    lat.locations['sz-plant'].lat = 123;
    expect(refusal(lat).problem).toMatchObject({ record: 'locations.sz-plant', field: 'lat' });

    expect(refusal({ ...good(), vehicle: undefined }).problem).toMatchObject({ field: 'vehicle' });
    expect(refusal({ ...good(), roadFactor: 0 }).problem).toMatchObject({ field: 'roadFactor' });
    expect(refusal({ ...good(), passengers: {} }).problem).toMatchObject({ field: 'passengers' });
    expect(refusal([]).problem.record).toBe('instance');
  });

  it('treats a missing roadFactor as plain great-circle distance', () => {
    const { roadFactor: _, ...raw } = good();
    expect(parseInstance(raw).roadFactor).toBe(1);
  });
});
