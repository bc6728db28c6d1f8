import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../core/errors.js';
import { isNeat, isTogether, isUsableSeat, type SeatSpacing, usableSeats } from './seat-layout.js';
import { assignSeats, type SeatPassenger } from './seats.js';

const spacingArb = fc.constantFrom<SeatSpacing>('normal', 'alternate');

/** A coach and a list that fits it: ids p0.., some of them in groups g0... */
const coachArb = fc
  .record({ capacity: fc.integer({ min: 1, max: 64 }), spacing: spacingArb })
  .chain(({ capacity, spacing }) => {
    const usable = usableSeats(capacity, spacing).length;
    return fc.record({
      capacity: fc.constant(capacity),
      spacing: fc.constant(spacing),
      passengers: fc
        .array(fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined, freq: 2 }), { maxLength: usable })
        .map((groups): SeatPassenger[] => groups.map((g, i) => ({ id: `p${i}`, groupKey: g === undefined ? undefined : `g${g}` }))),
    });
  });

function groupsOf(passengers: readonly SeatPassenger[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of passengers) if (p.groupKey) groups.set(p.groupKey, [...(groups.get(p.groupKey) ?? []), p.id]);
  return groups;
}

function checkPlan(passengers: readonly SeatPassenger[], capacity: number, spacing: SeatSpacing, seats: Map<string, number>): void {
  expect([...seats.keys()]).toEqual(passengers.map((p) => p.id));
  const used = [...seats.values()];
  expect(new Set(used).size).toBe(used.length);
  for (const seat of used) {
    expect(Number.isInteger(seat) && seat >= 1 && seat <= capacity).toBe(true);
    expect(isUsableSeat(seat, spacing)).toBe(true);
  }
  for (const ids of groupsOf(passengers).values()) {
    expect(isTogether(ids.map((id) => seats.get(id) as number), capacity, spacing)).toBe(true);
  }
}

describe('seat layout', () => {
  it('uses a checkerboard under alternate spacing', () => {
    expect(usableSeats(12, 'alternate')).toEqual([1, 3, 6, 8, 9, 11]);
    expect(usableSeats(50, 'alternate')).toHaveLength(25);
    expect(usableSeats(48, 'normal')).toHaveLength(48);
  });

  it('judges groups by consecutive usable seats and neatness by rows and sides', () => {
    expect(isTogether([5, 6, 7], 12, 'normal')).toBe(true);
    expect(isTogether([5, 7], 12, 'normal')).toBe(false);
    expect(isNeat([1, 2], 12, 'normal')).toBe(true);
    expect(isNeat([2, 3], 12, 'normal')).toBe(false); // across the aisle
    expect(isNeat([4, 5], 12, 'normal')).toBe(false); // across a row break
    expect(isNeat([1, 3], 12, 'alternate')).toBe(true);
    expect(isTogether([3, 6], 12, 'alternate')).toBe(true);
    expect(isNeat([3, 6], 12, 'alternate')).toBe(false);
  });
});

describe('assignSeats', () => {
  it('seats a household in one row and a pair on one side of the aisle', () => {
    const passengers: SeatPassenger[] = [
      { id: 'a' }, { id: 'b', groupKey: 'h1' }, { id: 'c', groupKey: 'h1' }, { id: 'd', groupKey: 'h2' },
      { id: 'e', groupKey: 'h2' }, { id: 'f', groupKey: 'h2' }, { id: 'g' },
    ];
    const { seats, usable, moved } = assignSeats(passengers, { capacity: 12 });
    expect(usable).toBe(12);
    expect(moved).toEqual([]);
    expect(isNeat(['d', 'e', 'f'].map((id) => seats.get(id) as number), 12, 'normal')).toBe(true);
    expect(isNeat(['b', 'c'].map((id) => seats.get(id) as number), 12, 'normal')).toBe(true);
    checkPlan(passengers, 12, 'normal', seats);
  });

  it('is deterministic', () => {
    const passengers = Array.from({ length: 30 }, (_, i) => ({ id: `w${i}`, groupKey: i % 4 === 0 ? `g${i % 3}` : undefined }));
    const a = assignSeats(passengers, { capacity: 50 });
    const b = assignSeats(passengers, { capacity: 50 });
    expect([...a.seats]).toEqual([...b.seats]);
  });

  it('refuses more passengers than usable seats, naming the spacing', () => {
    const passengers = Array.from({ length: 26 }, (_, i) => ({ id: `w${i}` }));
    expect(assignSeats(passengers, { capacity: 50 }).usable).toBe(50);
    try {
      assignSeats(passengers, { capacity: 50, spacing: 'alternate' });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.problem.code === 'invalid_input' && error.problem.field === 'passengers').toBe(true);
      expect(String(error)).toContain('隔位');
    }
  });

  it('refuses a bad capacity and a passenger listed twice', () => {
    expect(() => assignSeats([], { capacity: 0 })).toThrow(/capacity/);
    expect(() => assignSeats([{ id: 'a' }, { id: 'a' }], { capacity: 4 })).toThrow(/twice/);
  });

  it('drops kept seats that are no longer valid and says who moved', () => {
    const keep = new Map([['a', 2], ['b', 2], ['c', 99]]);
    const { seats, moved } = assignSeats([{ id: 'a' }, { id: 'b' }, { id: 'c' }], { capacity: 8, spacing: 'alternate', keep });
    expect(seats.get('a')).not.toBe(2); // seat 2 is not used under alternate spacing
    expect(moved).toEqual(['a', 'b', 'c']);
  });

  it('closes the gap when a member of a household withdraws', () => {
    const keep = new Map([['x', 1], ['y', 2], ['z', 3], ['s', 4]]);
    const { seats, moved } = assignSeats([{ id: 'x', groupKey: 'h' }, { id: 'z', groupKey: 'h' }, { id: 's' }], { capacity: 8, keep });
    expect(seats.get('s')).toBe(4);
    expect(seats.get('x')).toBe(1);
    expect(seats.get('z')).toBe(2);
    expect(moved).toEqual(['z']);
  });

  it('keeps every seat in a valid plan, all-or-nothing groups included (property)', () => {
    fc.assert(
      fc.property(coachArb, ({ capacity, spacing, passengers }) => {
        const { seats, usable } = assignSeats(passengers, { capacity, spacing });
        expect(usable).toBe(usableSeats(capacity, spacing).length);
        checkPlan(passengers, capacity, spacing, seats);
      }),
      { numRuns: 400 },
    );
  });

  it('gives pairs and singles neat seats when rows are whole (property)', () => {
    const arb = fc.integer({ min: 1, max: 15 }).chain((rows) =>
      fc.array(fc.boolean(), { maxLength: rows * 2 }).map((pairs) => ({
        capacity: rows * 4,
        passengers: pairs.flatMap((pair, i): SeatPassenger[] =>
          pair ? [{ id: `p${i}a`, groupKey: `g${i}` }, { id: `p${i}b`, groupKey: `g${i}` }] : [{ id: `s${i}` }],
        ),
      })),
    );
    fc.assert(
      fc.property(arb, ({ capacity, passengers }) => {
        const { seats } = assignSeats(passengers, { capacity });
        for (const ids of groupsOf(passengers).values()) expect(isNeat(ids.map((id) => seats.get(id) as number), capacity, 'normal')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('moves nobody but broken groups after withdrawals (property)', () => {
    const arb = coachArb.chain((coach) =>
      fc.record({ coach: fc.constant(coach), gone: fc.array(fc.boolean(), { minLength: coach.passengers.length, maxLength: coach.passengers.length }) }),
    );
    fc.assert(
      fc.property(arb, ({ coach, gone }) => {
        const { capacity, spacing, passengers } = coach;
        const first = assignSeats(passengers, { capacity, spacing });
        const stay = passengers.filter((_, i) => !gone[i]);
        const broken = new Set(passengers.filter((p, i) => gone[i] && p.groupKey).map((p) => p.groupKey));
        const second = assignSeats(stay, { capacity, spacing, keep: first.seats });
        checkPlan(stay, capacity, spacing, second.seats);
        for (const p of stay) {
          if (p.groupKey && broken.has(p.groupKey)) continue;
          expect(second.seats.get(p.id)).toBe(first.seats.get(p.id));
        }
        expect(second.moved.every((id) => broken.has(stay.find((p) => p.id === id)?.groupKey))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('moves nobody when newcomers join alone (property)', () => {
    const arb = coachArb.chain((coach) => {
      const free = usableSeats(coach.capacity, coach.spacing).length - coach.passengers.length;
      return fc.record({ coach: fc.constant(coach), joining: fc.integer({ min: 0, max: free }) });
    });
    fc.assert(
      fc.property(arb, ({ coach, joining }) => {
        const { capacity, spacing, passengers } = coach;
        const first = assignSeats(passengers, { capacity, spacing });
        const all = [...passengers, ...Array.from({ length: joining }, (_, i) => ({ id: `new${i}` }))];
        const second = assignSeats(all, { capacity, spacing, keep: first.seats });
        checkPlan(all, capacity, spacing, second.seats);
        expect(second.moved).toEqual([]);
        for (const p of passengers) expect(second.seats.get(p.id)).toBe(first.seats.get(p.id));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps groups together and kept seats valid whatever the kept plan says (property)', () => {
    const arb = coachArb.chain((coach) =>
      fc.record({
        coach: fc.constant(coach),
        keep: fc.array(fc.integer({ min: -2, max: coach.capacity + 2 }), { minLength: coach.passengers.length, maxLength: coach.passengers.length }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ coach, keep }) => {
        const { capacity, spacing, passengers } = coach;
        const kept = new Map(passengers.map((p, i) => [p.id, keep[i]] as const));
        const plan = assignSeats(passengers, { capacity, spacing, keep: kept });
        checkPlan(passengers, capacity, spacing, plan.seats);
        for (const p of passengers) expect(plan.moved.includes(p.id)).toBe(plan.seats.get(p.id) !== kept.get(p.id));
      }),
      { numRuns: 300 },
    );
  });
});
