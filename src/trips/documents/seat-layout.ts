// The geometry of one coach's seats, shared by the planner and its tests so that both
// judge "sitting together" by the same rule.
//
// Seats are numbered 1..capacity in rows of four: row r (from 0, front to back) holds
// seats 4r+1, 4r+2 | aisle | 4r+3, 4r+4, so columns 0 and 3 are windows. A capacity
// that is not a multiple of four leaves a short last row.
//
// Alternate-seat spacing (隔位乘坐) uses a checkerboard: seat (row, column) is usable
// when row + column is even. Row 0 uses seats 1 and 3, row 1 seats 6 and 8, row 2
// seats 9 and 11, and so on: nobody has a neighbour beside them or directly in front or
// behind, and each side of the aisle keeps one person per row.

export type SeatSpacing = 'normal' | 'alternate';

export const SEATS_PER_ROW = 4;

export const seatRow = (seat: number): number => Math.floor((seat - 1) / SEATS_PER_ROW);
export const seatColumn = (seat: number): number => (seat - 1) % SEATS_PER_ROW;
/** 0 for the left pair (columns 0–1), 1 for the right pair (columns 2–3). */
export const seatSide = (seat: number): number => (seatColumn(seat) < 2 ? 0 : 1);

export function isUsableSeat(seat: number, spacing: SeatSpacing): boolean {
  return spacing === 'normal' || (seatRow(seat) + seatColumn(seat)) % 2 === 0;
}

/** The usable seats of a coach, ascending: the order in which "next to" is judged. */
export function usableSeats(capacity: number, spacing: SeatSpacing): number[] {
  const seats: number[] = [];
  for (let seat = 1; seat <= capacity; seat += 1) if (isUsableSeat(seat, spacing)) seats.push(seat);
  return seats;
}

/** How many people one row seats under a spacing (a full row). */
export const usablePerRow = (spacing: SeatSpacing): number => (spacing === 'normal' ? SEATS_PER_ROW : SEATS_PER_ROW / 2);

/**
 * The rule every group keeps, whatever else gives way: its seats are a run of
 * consecutive usable seats, so it fills one row or consecutive rows with no stranger
 * between its members.
 */
export function isTogether(seats: readonly number[], capacity: number, spacing: SeatSpacing): boolean {
  if (seats.length <= 1) return true;
  const order = usableSeats(capacity, spacing);
  const positions = seats.map((seat) => order.indexOf(seat)).sort((a, b) => a - b);
  if (positions[0] < 0) return false;
  return positions.every((position, i) => i === 0 || position === positions[i - 1] + 1);
}

/**
 * The seating a group gets whenever the coach allows it: together, in as few rows as
 * its size needs (one row when it fits in one), and a pair on the same side of the aisle.
 */
export function isNeat(seats: readonly number[], capacity: number, spacing: SeatSpacing): boolean {
  return isTogether(seats, capacity, spacing) && hasNeatShape(seats, spacing);
}

/** The row and side half of `isNeat`, for seats already known to be together. */
export function hasNeatShape(seats: readonly number[], spacing: SeatSpacing): boolean {
  if (seats.length <= 1) return true;
  const rows = new Set(seats.map(seatRow));
  if (rows.size > Math.ceil(seats.length / usablePerRow(spacing))) return false;
  if (spacing === 'normal' && seats.length === 2 && seatSide(seats[0]) !== seatSide(seats[1])) return false;
  return true;
}
