// Where each rider of an arriving coach stands on this phone: what the downloaded list said,
// moved on by this account's own handovers queued here. Mirrors the server's rule (a
// handed_over wins over absent, whatever the order), so the screen never shows a state the
// server will not reach; a record the server refused does not count.
import type { ArrivalPassenger } from './api';
import type { QueuedArrival } from './store';

export type Standing = 'handed' | 'absent' | 'open' | 'not_boarded';

/** States in which the coach left without them, or they were moved off it. */
const NOT_BOARDED = new Set(['refused', 'no_show', 'rebooked', 'cancelled']);

export type RiderView = { standing: Standing; waiting: boolean; refusedReason?: string };

export function standingOf(rider: ArrivalPassenger, local: readonly QueuedArrival[]): RiderView {
  const mine = local.filter((r) => r.tripId === rider.tripId && r.workerId === rider.workerId).sort((a, b) => a.madeAt - b.madeAt);
  const kept = mine.filter((r) => r.status !== 'rejected');
  const waiting = mine.some((r) => r.status === 'waiting');
  const refused = mine.filter((r) => r.status === 'rejected').at(-1);
  const refusedReason = refused && !kept.some((r) => r.madeAt > refused.madeAt) ? refused.reason ?? 'rejected' : undefined;
  const view = (standing: Standing): RiderView => ({ standing, waiting, ...(refusedReason && { refusedReason }) });
  if (rider.state === 'arrived' || kept.some((r) => r.outcome === 'handed_over')) return view('handed');
  if (NOT_BOARDED.has(rider.state)) return view('not_boarded');
  if (rider.state === 'absent_at_arrival' || kept.some((r) => r.outcome === 'absent')) return view('absent');
  return view('open');
}

export function countStandings(views: readonly RiderView[]): Record<Standing, number> {
  const counts: Record<Standing, number> = { handed: 0, absent: 0, open: 0, not_boarded: 0 };
  for (const v of views) counts[v.standing] += 1;
  return counts;
}
