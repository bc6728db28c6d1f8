// The arrivals desk: the riders of one arriving coach, each ticked 已交接 handed over or
// 未到 absent, or found by scanning their boarding code. A handover is in IndexedDB before
// the list shows it (the list reads the queue); sending it is the shared sync's business.
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { looksLikeIdNumber } from '../../departure/checkin-lookup';
import type { ArrivalPassenger, ArrivalTrip } from './api';
import { arrivalAt } from './format';
import { hasText, type T, type TextKey, useText } from './i18n';
import { useLive } from './live';
import { digestKeys, isoNow, matchIdNumber, workerOfToken } from './lookup';
import { Scanner } from './Scanner';
import type { Account } from './session';
import { addArrival, arrivalsOfTrip, deviceId, type QueuedArrival, type StoredArrivals } from './store';
import { countStandings, type RiderView, type Standing, standingOf } from './handover';

type Props = { account: Account; stored: StoredArrivals; tripId: string; offsetMs: number; onRecorded: () => void };

const STANDING_TEXT: Record<Standing, TextKey> = { handed: 'handedOver', absent: 'absent', open: 'pendingHandover', not_boarded: 'notBoarded' };

/** When the coach is due: with its day when that is after the departure day (an overnight run). */
export function etaLabel(t: T, trip: ArrivalTrip): string {
  const at = arrivalAt(trip.date, trip.estimatedArrival);
  return at.later ? t('laterDay', { day: at.later.day, time: at.time, n: at.later.n }) : at.time;
}

export function ArrivalDesk({ account, stored, tripId, offsetMs, onRecorded }: Props) {
  const { t } = useText();
  const manifest = stored.manifest;
  const trip = manifest.trips.find((x) => x.id === tripId);
  const riders = useMemo(() => manifest.passengers.filter((p) => p.tripId === tripId).sort((a, b) => a.seat - b.seat), [manifest, tripId]);
  const local = useLive(() => arrivalsOfTrip(account.login, tripId), [account.login, tripId], [] as QueuedArrival[]);
  const views = new Map(riders.map((p) => [p.workerId, standingOf(p, local)]));
  const counts = countStandings([...views.values()]);
  const [scanning, setScanning] = useState(false);
  const [found, setFound] = useState<{ workerId?: string; note: string }>();
  const [problem, setProblem] = useState<string>();

  const keys = useMemo(() => digestKeys(manifest.trips), [manifest]);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);

  // Found by the QR code or by the typed number: on this coach, on another, or nowhere.
  const show = useCallback((worker: string | undefined, notFound: string) => {
    const here = riders.find((p) => p.workerId === worker);
    if (here) return setFound({ workerId: here.workerId, note: t('foundSeat', { name: here.name, seat: here.seat }) });
    const elsewhere = worker ? manifest.passengers.find((p) => p.workerId === worker) : undefined;
    const other = elsewhere && manifest.trips.find((x) => x.id === elsewhere.tripId);
    setFound({ note: other ? t('onOtherCoach', { number: other.number }) : worker ? t('notOurs') : notFound });
  }, [manifest, riders, t]);

  const onCode = useCallback((text: string) => {
    setScanning(false);
    // The phone cannot check the pass's MAC; the worker id inside finds the person.
    show(workerOfToken(text.trim()), t('unknownCode'));
  }, [show, t]);

  async function findTyped(event: FormEvent) {
    event.preventDefault();
    if (!looksLikeIdNumber(typed)) return setFound({ note: t('idIncomplete') });
    setBusy(true);
    const rows = await matchIdNumber(keys, manifest.passengers, typed);
    setBusy(false);
    const mine = rows.find((p) => p.tripId === tripId) ?? rows[0];
    show(mine?.workerId, t('notOurs'));
  }

  async function record(rider: ArrivalPassenger, outcome: QueuedArrival['outcome']) {
    setProblem(undefined);
    try {
      await addArrival({
        id: crypto.randomUUID(), account: account.login, deviceId: deviceId(), tripId, workerId: rider.workerId,
        at: isoNow(offsetMs), outcome, status: 'waiting', madeAt: Date.now(),
      });
    } catch (error) {
      // A full phone: the handover is NOT kept, so the list must not say it is.
      setProblem(`${t('networkError')} ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    setFound(undefined);
    setTyped('');
    onRecorded();
  }

  if (!trip) return <p className="warn">{t('pickOne')}</p>;
  const shown = found?.workerId ? riders.filter((p) => p.workerId === found.workerId) : riders;
  return (
    <div className="desk">
      <p className="muted">{trip.pointName ?? '–'} → {trip.destination ?? '–'} · <span data-testid="eta">{etaLabel(t, trip)}</span>{!trip.departedAt && ` · ${t('notLeft')}`}</p>
      <p className="point" data-testid="handover-counts" data-handed={counts.handed} data-absent={counts.absent} data-open={counts.open}>
        {t('handoverCounts', { handed: counts.handed, absent: counts.absent, open: counts.open })}
      </p>
      {!scanning && <button type="button" className="scan" onClick={() => { setFound(undefined); setScanning(true); }}>{t('scan')}</button>}
      {!scanning && (
        <form className="find" onSubmit={findTyped}>
          <label>{t('idNumber')}
            <input name="idNumber" inputMode="text" autoComplete="off" autoCapitalize="characters" spellCheck={false}
              value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={24} />
          </label>
          <button type="submit" disabled={busy}>{t('find')}</button>
        </form>
      )}
      {scanning && <Scanner onCode={onCode} onClose={() => setScanning(false)} />}
      {found && (
        <div className={`banner ${found.workerId ? 'go' : 'wait'}`} role="status" data-testid="verdict">
          <p className="banner-detail">{found.note}</p>
        </div>
      )}
      {found && <button type="button" className="secondary small" onClick={() => { setFound(undefined); setTyped(''); }}>{t('back')}</button>}
      {problem && <p className="warn" role="alert">{problem}</p>}
      <h2>{t('passengerList')}</h2>
      <ul className="riders" data-testid="riders">
        {shown.map((p) => <Rider key={p.workerId} rider={p} view={views.get(p.workerId) as RiderView} onRecord={record} />)}
      </ul>
    </div>
  );
}

function Rider({ rider, view, onRecord }: { rider: ArrivalPassenger; view: RiderView; onRecord: (p: ArrivalPassenger, outcome: QueuedArrival['outcome']) => void }) {
  const { t } = useText();
  const key = `reason_${view.refusedReason ?? ''}`;
  const reason = view.refusedReason && (hasText(key) ? t(key) : view.refusedReason);
  const handText = view.standing === 'absent' ? t('arrivedLate') : t('handedOver');
  return (
    <li className={`rider ${view.standing}`} data-testid="rider" data-worker={rider.workerId} data-standing={view.standing}>
      <p className="rider-who"><strong>{t('seat', { n: rider.seat })}</strong> {rider.name} <span className="id">{rider.idMasked}</span></p>
      <p className="rider-state">
        <span className={`chip ${view.standing}`}>{view.standing === 'handed' ? '✓ ' : view.standing === 'absent' ? '✕ ' : ''}{t(STANDING_TEXT[view.standing])}</span>
        {view.waiting && <span> · {t('queued')}</span>}
        {rider.overdue && view.standing === 'open' && <span> · {t('overdueMark')}</span>}
      </p>
      {reason && <p className="warn">{t('refusedBy', { reason })}</p>}
      {(view.standing === 'open' || view.standing === 'absent') && (
        <div className="row">
          <button type="button" className="small" aria-label={`${handText} · ${rider.name}`} onClick={() => onRecord(rider, 'handed_over')}>{handText}</button>
          {view.standing === 'open' && (
            <button type="button" className="secondary small" aria-label={`${t('absent')} · ${rider.name}`} onClick={() => onRecord(rider, 'absent')}>{t('absent')}</button>
          )}
        </div>
      )}
    </li>
  );
}
