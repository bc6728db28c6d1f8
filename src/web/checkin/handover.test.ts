// The arrivals desk's rules on the phone: where a rider stands from the downloaded state and
// this account's queued handovers (as the server will decide it), and a due time that falls
// on a later day than the departure.
import { describe, expect, it } from 'vitest';
import type { ArrivalPassenger } from './api';
import { arrivalAt, daysAfter } from './format';
import { countStandings, standingOf } from './handover';
import type { QueuedArrival } from './store';

const rider = (state: string): ArrivalPassenger => ({
  tripId: 't1', workerId: 'w1', name: '张三', idMasked: '1411**********1234', seat: 3, destinationName: null, travelGroup: null,
  state: state as ArrivalPassenger['state'], overdue: false, idDigest: '',
});

let made = 0;
const queued = (outcome: QueuedArrival['outcome'], status: QueuedArrival['status'] = 'waiting', workerId = 'w1'): QueuedArrival => ({
  id: `r${made}`, account: 'gate', deviceId: 'd', tripId: 't1', workerId, at: '2021-01-06T20:00:00+08:00', outcome, status, madeAt: (made += 1),
});

describe('standingOf', () => {
  it('follows the downloaded state when nothing is queued', () => {
    expect(standingOf(rider('departed'), []).standing).toBe('open');
    expect(standingOf(rider('arrived'), []).standing).toBe('handed');
    expect(standingOf(rider('absent_at_arrival'), []).standing).toBe('absent');
    for (const s of ['refused', 'no_show', 'rebooked', 'cancelled']) expect(standingOf(rider(s), []).standing).toBe('not_boarded');
  });

  it('lets a handover win over absent in either order, as the server does', () => {
    expect(standingOf(rider('departed'), [queued('absent'), queued('handed_over')]).standing).toBe('handed');
    expect(standingOf(rider('departed'), [queued('handed_over'), queued('absent')]).standing).toBe('handed');
    expect(standingOf(rider('absent_at_arrival'), [queued('handed_over')]).standing).toBe('handed');
  });

  it('ignores records the server refused, and says why until a later record is kept', () => {
    const refused = { ...queued('handed_over', 'rejected'), reason: 'trip_not_departed' };
    expect(standingOf(rider('departed'), [refused])).toEqual({ standing: 'open', waiting: false, refusedReason: 'trip_not_departed' });
    expect(standingOf(rider('departed'), [refused, queued('absent')])).toEqual({ standing: 'absent', waiting: true });
  });

  it('counts only this rider\'s records, and shows what is still waiting to be sent', () => {
    const view = standingOf(rider('departed'), [queued('handed_over', 'waiting', 'w2')]);
    expect(view).toEqual({ standing: 'open', waiting: false });
    expect(standingOf(rider('departed'), [queued('absent', 'stored')]).waiting).toBe(false);
    expect(countStandings([
      standingOf(rider('departed'), []), standingOf(rider('arrived'), []), standingOf(rider('no_show'), []), standingOf(rider('departed'), [queued('absent')]),
    ])).toEqual({ handed: 1, absent: 1, open: 1, not_boarded: 1 });
  });
});

describe('arrivalAt', () => {
  it('gives the clock time alone on the departure day, in China time', () => {
    expect(arrivalAt('2021-01-06', '2021-01-06T10:30:00Z')).toEqual({ time: '18:30' });
    expect(arrivalAt('2021-01-06', null)).toEqual({ time: '–' });
  });

  it('names the day of an overnight arrival, by China\'s calendar', () => {
    // 17:30 UTC on the 6th is 01:30 on the 7th in China.
    expect(arrivalAt('2021-01-06', '2021-01-06T17:30:00Z')).toEqual({ time: '01:30', later: { day: '01-07', n: 1 } });
    expect(daysAfter('2021-01-06', '2021-01-08T02:00:00+08:00')).toBe(2);
    expect(daysAfter('2021-02-28', '2021-03-01T09:00:00+08:00')).toBe(1);
  });
});
