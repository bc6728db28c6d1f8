// A passenger's state on one trip, as a pure function of the facts kept about them: the
// set of distinct stored records (check-ins, the departure, arrivals) and an officer's
// change. Order and repetition of records cannot matter because only sets enter here.

export const STATES = ['expected', 'checked_in', 'refused', 'departed', 'no_show', 'arrived', 'absent_at_arrival', 'rebooked', 'cancelled'] as const;
export type PassengerState = (typeof STATES)[number];

export type FailReason = 'identity' | 'fever' | 'security';

export type CheckFields = { identity: 'verified' | 'mismatch'; temperature: number; security: 'passed' | 'failed' };

/** The first of identity, fever, security that failed, or null when the record passes. */
export function failReason(record: CheckFields, feverThreshold: number): FailReason | null {
  if (record.identity === 'mismatch') return 'identity';
  // Both sides in tenths of a degree, so 37.3 ≥ 37.3 holds whatever the float says.
  if (Math.round(record.temperature * 10) >= Math.round(feverThreshold * 10)) return 'fever';
  if (record.security === 'failed') return 'security';
  return null;
}

export type PassengerFacts = {
  change: 'rebooked' | 'cancelled' | null;
  /** Departure time of the trip, when it has left. */
  departedAt: Date | null;
  /** Check-in records: when made on the device and whether they passed. */
  checkins: readonly { at: Date; passed: boolean }[];
  arrivals: readonly { outcome: 'handed_over' | 'absent' }[];
};

export function passengerState(facts: PassengerFacts): PassengerState {
  if (facts.change) return facts.change;
  // A record made after the coach left never counts (it is refused at intake; one stored
  // before a departure that names an earlier time is ignored here for the same reason).
  const counted = facts.departedAt ? facts.checkins.filter((c) => c.at.getTime() <= (facts.departedAt as Date).getTime()) : facts.checkins;
  const passed = counted.some((c) => c.passed);
  const failed = counted.some((c) => !c.passed);
  if (!facts.departedAt) return passed ? 'checked_in' : failed ? 'refused' : 'expected';
  if (!passed) return failed ? 'refused' : 'no_show';
  if (facts.arrivals.some((a) => a.outcome === 'handed_over')) return 'arrived';
  if (facts.arrivals.some((a) => a.outcome === 'absent')) return 'absent_at_arrival';
  return 'departed';
}

export function emptyCounts(): Record<PassengerState, number> {
  return Object.fromEntries(STATES.map((s) => [s, 0])) as Record<PassengerState, number>;
}

/** The estimated arrival: the last stop's eta ('HH:MM' on the day, or 'MM-DD HH:MM'), China time. */
export function estimatedArrival(date: string, stops: unknown): Date | null {
  if (!Array.isArray(stops) || stops.length === 0) return null;
  const eta = (stops[stops.length - 1] as { eta?: unknown }).eta;
  if (typeof eta !== 'string') return null;
  const match = /^(?:(\d{2})-(\d{2}) )?(\d{2}):(\d{2})$/.exec(eta);
  if (!match) return null;
  const year = Number(date.slice(0, 4));
  const month = match[1] ?? date.slice(5, 7);
  const day = match[2] ?? date.slice(8, 10);
  // A trip that runs past New Year's Eve lands in the next year.
  const y = match[1] && Number(match[1]) < Number(date.slice(5, 7)) ? year + 1 : year;
  const at = new Date(`${y}-${month}-${day}T${match[3]}:${match[4]}:00+08:00`);
  return Number.isNaN(at.getTime()) ? null : at;
}

export function isOverdue(state: PassengerState, arrival: Date | null, windowMinutes: number, now: Date): boolean {
  return state === 'departed' && arrival !== null && now.getTime() > arrival.getTime() + windowMinutes * 60_000;
}
