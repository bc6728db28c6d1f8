// The desk: find a person (scan their code or type the identity number), see who they
// are, check them and show the verdict. A record is in IndexedDB before the screen turns
// green or red; sending it is the sync's business.
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { looksLikeIdNumber } from '../../departure/checkin-lookup';
import { type CheckFields, failReason } from '../../departure/state';
import type { ManifestPassenger } from './api';
import { CheckPanel } from './CheckPanel';
import { useText } from './i18n';
import { findByIdNumber, findByToken, indexOf, isoNow, type Verdict, verdictOf } from './lookup';
import { Scanner } from './Scanner';
import type { Account } from './session';
import { addRecord, deviceId, recordsOf, type StoredManifest } from './store';
import { Banner, PersonCard, type Shown } from './Verdict';

type Props = { account: Account; stored: StoredManifest; tripId: string | null; offsetMs: number; onRecorded: () => void };

export function Desk({ account, stored, tripId, offsetMs, onRecorded }: Props) {
  const { t } = useText();
  const index = useMemo(() => indexOf(stored.manifest), [stored]);
  const [typed, setTyped] = useState('');
  const [scanning, setScanning] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>();
  const [shown, setShown] = useState<Shown>();
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const threshold = stored.manifest.feverThreshold;

  const decide = useCallback(async (rows: ManifestPassenger[], fallback: Shown) => {
    const local = (await Promise.all(rows.map((p) => recordsOf(account.login, p.tripId, p.workerId)))).flat();
    const v = verdictOf(index, rows, tripId, local);
    setVerdict(v);
    if (v.kind === 'check') return setShown(undefined);
    if (v.kind === 'not_found') return setShown(fallback);
    if (v.kind === 'off_manifest') return setShown({ tone: 'stop', title: 'offManifest', detail: t(`state_${v.passenger.state}`) });
    if (v.kind === 'other_trip') return setShown({ tone: 'wait', title: t('goTo', { number: v.trip.number }), detail: t('goToDetail', { seat: v.passenger.seat }) });
    if (v.kind === 'already') return setShown({ tone: 'wait', title: t('already'), detail: t('alreadyDetail') });
    return setShown({ tone: 'stop', title: 'gone', detail: v.trip.number });
  }, [account.login, index, tripId, t]);

  async function findTyped(event: FormEvent) {
    event.preventDefault();
    if (!looksLikeIdNumber(typed)) return setShown({ tone: 'stop', title: 'notFound', detail: t('idIncomplete') });
    setBusy(true);
    const rows = await findByIdNumber(index, typed);
    setBusy(false);
    await decide(rows, { tone: 'stop', title: 'notFound', detail: '' });
  }

  const onCode = useCallback((text: string) => {
    setScanning(false);
    void decide(findByToken(index, text), { tone: 'stop', title: 'unknownCode', detail: '' });
  }, [decide, index]);

  async function record(fields: CheckFields) {
    if (verdict?.kind !== 'check') return;
    const { passenger, trip } = verdict;
    const reason = failReason(fields, threshold);
    setBusy(true);
    try {
      await addRecord({
        id: crypto.randomUUID(), account: account.login, deviceId: deviceId(), tripId: passenger.tripId, workerId: passenger.workerId,
        at: isoNow(offsetMs), ...fields, passed: reason === null, status: 'waiting', madeAt: Date.now(),
      });
    } catch (error) {
      // A full phone: the record is NOT kept, so the screen must not say it is.
      setBusy(false);
      setShown({ tone: 'stop', title: 'networkError', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    setBusy(false);
    setRecorded(true);
    setShown(reason === null
      ? { tone: 'go', title: 'board', detail: t('boardWhere', { number: trip.number, seat: passenger.seat }) }
      : { tone: 'stop', title: 'refused', detail: t(`reason_${reason}`, { t: fields.temperature.toFixed(1), limit: threshold.toFixed(1) }), note: 'refusedNext' });
    onRecorded();
  }

  function next() {
    setVerdict(undefined);
    setShown(undefined);
    setRecorded(false);
    setTyped('');
    input.current?.focus();
  }

  const person = verdict && verdict.kind !== 'not_found' ? verdict.passenger : undefined;
  const personTrip = person ? index.trips.get(person.tripId) : undefined;
  const idle = !verdict && !shown;
  return (
    <div className="desk">
      {idle && !scanning && (
        <>
          <button type="button" className="scan" onClick={() => setScanning(true)}>{t('scan')}</button>
          <form className="find" onSubmit={findTyped}>
            <label>{t('idNumber')}
              <input ref={input} name="idNumber" inputMode="text" autoComplete="off" autoCapitalize="characters" spellCheck={false}
                value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={24} />
            </label>
            <button type="submit" disabled={busy}>{t('find')}</button>
          </form>
        </>
      )}
      {scanning && <Scanner onCode={onCode} onClose={() => setScanning(false)} />}
      {person && <PersonCard passenger={person} trip={personTrip} />}
      {verdict?.kind === 'check' && !recorded && <CheckPanel onRecord={record} busy={busy} />}
      {shown && <Banner shown={shown} />}
      {!idle && <button type="button" className="secondary" onClick={next}>{t('next')}</button>}
    </div>
  );
}
