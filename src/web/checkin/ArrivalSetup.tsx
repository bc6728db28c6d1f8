// The arrivals desk's first screen: pick the departure day, download the coaches of that
// day bringing this account's people (GET /api/arrivals/manifest) into the phone, and pick
// the coach at the gate. Offline, a list downloaded earlier is used as it is.
import { useState } from 'react';
import type { ArrivalManifest } from './api';
import { etaLabel } from './ArrivalDesk';
import { stamp } from './format';
import { useText } from './i18n';
import { type ListSource, useDayList } from './download';
import type { Account, Desk } from './session';
import { loadArrivals, saveArrivals, type StoredArrivals } from './store';

const SOURCE: ListSource<ArrivalManifest, StoredArrivals> = {
  path: (date) => `/api/arrivals/manifest?date=${encodeURIComponent(date)}`, load: loadArrivals, save: saveArrivals,
};

type Props = { account: Account; offsetMs: number; initial?: Desk; onStart: (desk: Desk) => void };

export function ArrivalSetup({ account, offsetMs, initial, onStart }: Props) {
  const { t } = useText();
  const { date, setDate, stored, busy, problem, download } = useDayList(account, offsetMs, initial, SOURCE);
  const [tripId, setTripId] = useState<string>(initial?.tripId ?? '');

  const manifest = stored?.manifest;
  const known = manifest?.trips.some((trip) => trip.id === tripId) ?? false;
  return (
    <main>
      <h1>{t('arrivalSetupTitle')}</h1>
      <label>{t('arrivalDate')}<input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
      <button type="button" className={manifest ? 'secondary' : ''} onClick={download} disabled={busy}>
        {busy ? t('downloading') : manifest ? t('refresh') : t('download')}
      </button>
      {problem && <p className="warn" role="alert">{problem}</p>}
      {!manifest && !busy && <p className="muted">{t('arrivalNoManifest')}</p>}
      {manifest && (
        <>
          <p className="muted" data-testid="manifest-info">
            {t('downloaded', { time: stamp(stored.downloadedAt), trips: manifest.trips.length, people: manifest.passengers.length })}
          </p>
          {manifest.trips.length === 0 ? <p className="warn">{t('arrivalNoTrips')}</p> : (
            <fieldset className="trips">
              <legend>{t('chooseTrip')}</legend>
              {manifest.trips.map((trip) => (
                <label className="choice" key={trip.id}>
                  <input type="radio" name="trip" value={trip.id} checked={tripId === trip.id} onChange={() => setTripId(trip.id)} />
                  <span>
                    {t('arrivalTripLine', { number: trip.number, from: trip.pointName ?? '–', eta: etaLabel(t, trip), n: trip.passengers })}
                    {!trip.departedAt && <> · <em>{t('notLeft')}</em></>}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {manifest.trips.length > 0 && (
            <button type="button" disabled={!known} onClick={() => onStart({ date, tripId })}>{known ? t('startHandover') : t('pickOne')}</button>
          )}
        </>
      )}
    </main>
  );
}
