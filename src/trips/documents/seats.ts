// Seat plans for one coach. People registered together (one household, one group) sit
// together; re-planning after a withdrawal leaves everyone who is fine where they were,
// because each seat is printed on a boarding pass and a moved seat means a new pass.
import { invalidInput } from '../../core/errors.js';
import { hasNeatShape, isTogether, isUsableSeat, type SeatSpacing, seatRow, usableSeats } from './seat-layout.js';

export type SeatPassenger = { id: string; groupKey?: string };

export type SeatOptions = {
  capacity: number;
  spacing?: SeatSpacing;
  /** passenger id → seat from an earlier plan, kept where still valid. */
  keep?: ReadonlyMap<string, number>;
};

export type SeatPlan = {
  /** passenger id → seat, in the order the passengers were given. */
  seats: Map<string, number>;
  /** Seats this coach offers under the spacing. */
  usable: number;
  /** Passengers who had a seat in `keep` and now have another: their passes need reissuing. */
  moved: string[];
};

type Unit = { members: SeatPassenger[]; first: number };

type Layout = {
  capacity: number;
  spacing: SeatSpacing;
  order: number[];
  /** usable seats per row, and how many of them are still free during one attempt */
  rowTotal: Map<number, number>;
  rowFree: Map<number, number>;
};

// How much of `keep` a placement attempt may trust; each step down moves more people, and
// is tried only when the one before could not seat every group together.
type Trust = 'all' | 'groups' | 'none';

const MAX_CAPACITY = 200;

function unitsOf(passengers: readonly SeatPassenger[]): Unit[] {
  const units: Unit[] = [];
  const byGroup = new Map<string, Unit>();
  passengers.forEach((passenger, index) => {
    const key = passenger.groupKey;
    if (key === undefined || key === '') {
      units.push({ members: [passenger], first: index });
      return;
    }
    const unit = byGroup.get(key);
    if (unit) unit.members.push(passenger);
    else {
      const created = { members: [passenger], first: index };
      byGroup.set(key, created);
      units.push(created);
    }
  });
  return units;
}

function validate(passengers: readonly SeatPassenger[], options: SeatOptions): SeatSpacing {
  const { capacity } = options;
  const spacing = options.spacing ?? 'normal';
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
    throw invalidInput(undefined, 'capacity', {
      zh: `座位数必须是 1 到 ${MAX_CAPACITY} 之间的整数`,
      en: `capacity must be a whole number from 1 to ${MAX_CAPACITY}`,
    });
  }
  if (spacing !== 'normal' && spacing !== 'alternate') {
    throw invalidInput(undefined, 'spacing', { zh: '座位间隔只能是 normal 或 alternate', en: "spacing must be 'normal' or 'alternate'" });
  }
  const seen = new Set<string>();
  for (const passenger of passengers) {
    if (!passenger.id) throw invalidInput(undefined, 'id', { zh: '乘客编号不能为空', en: 'passenger id is empty' });
    if (seen.has(passenger.id)) throw invalidInput(passenger.id, 'id', { zh: '乘客重复', en: 'passenger listed twice' });
    seen.add(passenger.id);
  }
  return spacing;
}

/** Kept seats that are still valid, unit by unit, earlier units winning a disputed seat. */
function trustedSeats(units: readonly Unit[], layout: Layout, keep: ReadonlyMap<string, number>, trust: Trust): Map<Unit, number[]> {
  const kept = new Map<Unit, number[]>();
  if (trust === 'none') return kept;
  const claimed = new Set<number>();
  for (const unit of [...units].sort((a, b) => a.first - b.first)) {
    if (trust === 'groups' && unit.members.length === 1) continue;
    const seats = unit.members.map((member) => keep.get(member.id));
    const valid = seats.every(
      (seat): seat is number =>
        seat !== undefined && Number.isInteger(seat) && seat >= 1 && seat <= layout.capacity && isUsableSeat(seat, layout.spacing) && !claimed.has(seat),
    );
    if (!valid) continue;
    const own = seats as number[];
    // A group with a member gone or a seat now unusable is re-placed whole, near its old seats.
    if (new Set(own).size !== own.length || !isTogether(own, layout.capacity, layout.spacing)) continue;
    for (const seat of own) claimed.add(seat);
    kept.set(unit, own);
  }
  return kept;
}

type Candidate = { start: number; neat: boolean; overlap: number; closesRow: boolean };

function better(a: Candidate, b: Candidate): boolean {
  if (a.neat !== b.neat) return a.neat;
  if (a.overlap !== b.overlap) return a.overlap > b.overlap;
  if (a.closesRow !== b.closesRow) return a.closesRow;
  return a.start < b.start;
}

/** Best run of free usable seats for a unit, or undefined when none is long enough. */
function placeUnit(unit: Unit, layout: Layout, taken: Set<number>, oldSeats: ReadonlySet<number>): number[] | undefined {
  const size = unit.members.length;
  const { order } = layout;
  let best: Candidate | undefined;
  let run = 0;
  for (let end = 0; end < order.length; end += 1) {
    run = taken.has(order[end]) ? 0 : run + 1;
    if (run < size) continue;
    const start = end - size + 1;
    // A slice of the usable order is together by construction; only its shape is in question.
    const seats = order.slice(start, end + 1);
    const rows = new Set(seats.map(seatRow));
    // Closing a row already begun keeps whole rows free for the groups still to come.
    const closesRow = [...rows].every((row) => {
      const free = layout.rowFree.get(row) ?? 0;
      const used = seats.filter((seat) => seatRow(seat) === row).length;
      return free === used && free < (layout.rowTotal.get(row) ?? 0);
    });
    const candidate: Candidate = {
      start,
      neat: hasNeatShape(seats, layout.spacing),
      overlap: seats.filter((seat) => oldSeats.has(seat)).length,
      closesRow,
    };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best ? order.slice(best.start, best.start + size) : undefined;
}

/** Members who already sat inside the chosen run stay on their seat; the rest fill the gaps in order. */
function seatMembers(unit: Unit, run: readonly number[], keep: ReadonlyMap<string, number>, out: Map<string, number>): void {
  const open = new Set(run);
  const waiting: SeatPassenger[] = [];
  for (const member of unit.members) {
    const old = keep.get(member.id);
    if (old !== undefined && open.has(old)) {
      out.set(member.id, old);
      open.delete(old);
    } else waiting.push(member);
  }
  const rest = [...open].sort((a, b) => a - b);
  waiting.forEach((member, i) => out.set(member.id, rest[i]));
}

function attempt(units: readonly Unit[], layout: Layout, keep: ReadonlyMap<string, number>, trust: Trust): Map<string, number> | undefined {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  layout.rowFree.clear();
  for (const [row, total] of layout.rowTotal) layout.rowFree.set(row, total);
  const take = (seat: number): void => {
    taken.add(seat);
    layout.rowFree.set(seatRow(seat), (layout.rowFree.get(seatRow(seat)) ?? 0) - 1);
  };
  const kept = trustedSeats(units, layout, keep, trust);
  for (const [unit, seats] of kept) {
    unit.members.forEach((member, i) => out.set(member.id, seats[i]));
    seats.forEach(take);
  }
  // Big groups first: they need the long runs that singles would otherwise break up.
  const pending = units.filter((unit) => !kept.has(unit)).sort((a, b) => b.members.length - a.members.length || a.first - b.first);
  for (const unit of pending) {
    const oldSeats = new Set(trust === 'none' ? [] : unit.members.map((m) => keep.get(m.id)).filter((s): s is number => s !== undefined));
    const run = placeUnit(unit, layout, taken, oldSeats);
    if (!run) return undefined;
    seatMembers(unit, run, trust === 'none' ? new Map() : keep, out);
    run.forEach(take);
  }
  return out;
}

/** The fallback that always fits: units one after another along the usable seats. */
function sequential(units: readonly Unit[], order: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  let next = 0;
  for (const unit of [...units].sort((a, b) => b.members.length - a.members.length || a.first - b.first)) {
    for (const member of unit.members) out.set(member.id, order[next++]);
  }
  return out;
}

/**
 * Seats for one coach. Groups (same `groupKey`) always get consecutive usable seats, and
 * where the coach allows, one row (a pair on one side of the aisle) or the fewest rows.
 * Kept seats stay unless a kept seat is no longer valid (out of range, unusable under the
 * spacing, claimed twice, or its group changed), or keeping them leaves no room to seat a
 * new group together; `moved` names everyone whose kept seat changed.
 */
export function assignSeats(passengers: readonly SeatPassenger[], options: SeatOptions): SeatPlan {
  const spacing = validate(passengers, options);
  const order = usableSeats(options.capacity, spacing);
  if (passengers.length > order.length) {
    const rule = spacing === 'alternate' ? '（隔位乘坐）' : '';
    const ruleEn = spacing === 'alternate' ? ' with alternate-seat spacing' : '';
    throw invalidInput(undefined, 'passengers', {
      zh: `乘客 ${passengers.length} 人，超过本车可用座位 ${order.length} 个${rule}`,
      en: `${passengers.length} passengers exceed the coach's ${order.length} usable seats${ruleEn}`,
    });
  }
  const keep = options.keep ?? new Map<string, number>();
  const units = unitsOf(passengers);
  const rowTotal = new Map<number, number>();
  for (const seat of order) rowTotal.set(seatRow(seat), (rowTotal.get(seatRow(seat)) ?? 0) + 1);
  const layout: Layout = { capacity: options.capacity, spacing, order, rowTotal, rowFree: new Map() };
  const found =
    attempt(units, layout, keep, 'all') ??
    attempt(units, layout, keep, 'groups') ??
    attempt(units, layout, keep, 'none') ??
    sequential(units, order);

  const seats = new Map<string, number>();
  const moved: string[] = [];
  for (const passenger of passengers) {
    const seat = found.get(passenger.id) as number;
    seats.set(passenger.id, seat);
    const old = keep.get(passenger.id);
    if (old !== undefined && old !== seat) moved.push(passenger.id);
  }
  return { seats, usable: order.length, moved };
}
