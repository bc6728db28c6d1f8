// Closing a coach: who is not here yet (and who was refused) first, then the head count
// and POST /api/trips/{id}/departure. The departure's id is made once per coach on this
// phone and kept, so pressing again after a dropped answer is a duplicate, not a second
// departure. The queue is sent first, so the server counts every check-in made here.
import { useState } from 'react';
import { call, type DepartureAnswer } from './api';
import { useText } from './i18n';
import { useLive } from './live';
import { isoNow } from './lookup';
import type { Account } from './session';
import { deviceId, recordsOfAccount, type StoredManifest } from './store';
import { syncNow } from './sync';

type Props = { account: Account; stored: StoredManifest; tripId: string; offsetMs: number; onBack: () => void };

function departureId(tripId: string): string {
  const key = `menkou.checkin.departure.${tripId}`;
  try {
    const known = localStorage.getItem(key);
    if (known) return known;
    const made = crypto.randomUUID();
    localStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

export function Close({ account, stored, tripId, offsetMs, onBack }: Props) {
  const { t, lang } = useText();
  const trip = stored.manifest.trips.find((x) => x.id === tripId);
  const records = useLive(() => recordsOfAccount(account.login), [account.login], []);
  const riders = stored.manifest.passengers.filter((p) => p.tripId === tripId && p.state !== 'rebooked' && p.state !== 'cancelled');
  const mine = (workerId: string) => records.filter((r) => r.tripId === tripId && r.workerId === workerId && r.status !== 'rejected');
  const boarded = riders.filter((p) => p.state === 'checked_in' || p.state === 'departed' || mine(p.workerId).some((r) => r.passed));
  const refused = riders.filter((p) => !boarded.includes(p) && (p.state === 'refused' || mine(p.workerId).length > 0));
  const missing = riders.filter((p) => !boarded.includes(p) && !refused.includes(p));
  const [count, setCount] = useState(String(boarded.length));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'go' | 'stop' | 'wait'; text: string }>();
  if (!trip) return null;

  async function depart() {
    setBusy(true);
    setMessage(undefined);
    await syncNow(account.login);
    const answer = await call<DepartureAnswer>('POST', `/api/trips/${tripId}/departure`, {
      id: departureId(tripId), at: isoNow(offsetMs), onBoard: Number(count), deviceId: deviceId(),
    });
    setBusy(false);
    if (!answer.ok) {
      setMessage({ tone: 'stop', text: answer.problem.offline ? t('departNeedsNetwork') : lang === 'zh' ? answer.problem.zh : answer.problem.en });
      return;
    }
    const a = answer.data;
    setMessage(a.mismatch
      ? { tone: 'wait', text: t('departMismatch', { count: a.onBoard, departed: a.departed }) }
      : { tone: 'go', text: t('departed', { n: a.departed }) });
  }

  return (
    <main>
      <h1>{t('closeTitle', { number: trip.number })}</h1>
      <h2>{missing.length > 0 ? t('missing', { n: missing.length }) : t('noneMissing')}</h2>
      {missing.length > 0 && (
        <ul className="people" data-testid="missing">
          {missing.map((p) => <li key={p.workerId}>{t('seat', { n: p.seat })} · {p.name} · {p.idMasked}</li>)}
        </ul>
      )}
      {refused.length > 0 && (
        <>
          <h2>{t('refusedList', { n: refused.length })}</h2>
          <ul className="people">{refused.map((p) => <li key={p.workerId}>{t('seat', { n: p.seat })} · {p.name}</li>)}</ul>
        </>
      )}
      <label>{t('onBoard')}<input type="number" inputMode="numeric" min={0} max={1000} value={count} onChange={(e) => setCount(e.target.value)} /></label>
      <button type="button" className="danger" onClick={depart} disabled={busy || count === '' || message?.tone === 'go'}>{t('confirmDepart')}</button>
      {message && <p className={`banner ${message.tone}`} role="alert">{message.text}</p>}
      <button type="button" className="secondary" onClick={onBack}>{t('back')}</button>
    </main>
  );
}
