// Picking the day and the coach, and downloading the point's manifest of that day into
// the phone. Offline, a manifest downloaded earlier is used as it is.
import { useState } from 'react';
import { type Manifest } from './api';
import { clock, stamp } from './format';
import { useText } from './i18n';
import { type ListSource, useDayList } from './download';
import type { Account, Desk } from './session';
import { loadManifest, saveManifest, type StoredManifest } from './store';

const SOURCE: ListSource<Manifest, StoredManifest> = {
  path: (date) => `/api/checkin/manifest?date=${encodeURIComponent(date)}`, load: loadManifest, save: saveManifest,
};

type Props = { account: Account; offsetMs: number; initial?: Desk; onStart: (desk: Desk) => void };

export function Setup({ account, offsetMs, initial, onStart }: Props) {
  const { t } = useText();
  const { date, setDate, stored, busy, problem, download } = useDayList(account, offsetMs, initial, SOURCE);
  const [tripId, setTripId] = useState<string>(initial?.tripId ?? '');

  const manifest = stored?.manifest;
  return (
    <main>
      <h1>{t('setupTitle')}</h1>
      {manifest?.gatheringPoint && <p className="point">{manifest.gatheringPoint.name}</p>}
      <label>{t('date')}<input type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
      <button type="button" className={manifest ? 'secondary' : ''} onClick={download} disabled={busy}>
        {busy ? t('downloading') : manifest ? t('refresh') : t('download')}
      </button>
      {problem && <p className="warn" role="alert">{problem}</p>}
      {!manifest && !busy && <p className="muted">{t('noManifest')}</p>}
      {manifest && (
        <>
          <p className="muted" data-testid="manifest-info">
            {t('downloaded', { time: stamp(stored.downloadedAt), trips: manifest.trips.length, people: manifest.passengers.length })}
          </p>
          {manifest.trips.length === 0 ? <p className="warn">{t('noTrips')}</p> : (
            <fieldset className="trips">
              <legend>{t('chooseTrip')}</legend>
              <label className="choice"><input type="radio" name="trip" value="" checked={tripId === ''} onChange={() => setTripId('')} />{t('allTrips')}</label>
              {manifest.trips.map((trip) => (
                <label className="choice" key={trip.id}>
                  <input type="radio" name="trip" value={trip.id} checked={tripId === trip.id} onChange={() => setTripId(trip.id)} />
                  {t('tripLine', { number: trip.number, time: clock(trip.departAt), dest: trip.destination ?? '–', n: trip.passengers })}
                </label>
              ))}
            </fieldset>
          )}
          {manifest.trips.length > 0 && <button type="button" onClick={() => onStart({ date, tripId: tripId || null })}>{t('start')}</button>}
        </>
      )}
    </main>
  );
}
