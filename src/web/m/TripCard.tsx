// The coach: meeting point and address, date and time, coach and seat, the boarding QR code
// drawn on the page from the signed token (the qrcode library loads only with this card),
// and the PDF pass.
import { useEffect, useRef, useState } from 'react';
import type { Trip } from './contract';
import { useLang } from './i18n';
import { formatDate } from './ui';

function departure(trip: Trip, lang: 'zh' | 'en'): string {
  // departAt may be a clock time ('07:00') on the trip's date, or a full ISO time.
  return /^\d{1,2}:\d{2}$/.test(trip.departAt) ? `${trip.date} ${trip.departAt}` : formatDate(lang, trip.departAt, true);
}

export function TripCard({ trip }: { trip: Trip }) {
  const { lang, t } = useLang();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((qr) => {
      if (live && canvas.current) return qr.toCanvas(canvas.current, trip.token, { errorCorrectionLevel: 'M', margin: 2, width: 264 });
      return undefined;
    }).catch(() => { if (live) setFailed(true); });
    return () => { live = false; };
  }, [trip.token]);
  return (
    <section className="card" aria-labelledby="trip-title" data-testid="trip">
      <h3 id="trip-title">{t('tripTitle')}</h3>
      <dl>
        <dt>{t('gathering')}</dt><dd><strong>{trip.gatheringPoint.name}</strong><br />{trip.gatheringPoint.address}</dd>
        <dt>{t('departAt')}</dt><dd data-testid="trip-depart">{departure(trip, lang)}</dd>
        <dt>{t('coach')}</dt><dd>{trip.number}{trip.plate ? ` · ${t('plate')} ${trip.plate}` : ''}</dd>
        <dt>{t('seat')}</dt><dd data-testid="trip-seat">{trip.seat}</dd>
        <dt>{t('destination')}</dt><dd>{trip.destinationName}</dd>
      </dl>
      <figure className="qr">
        <canvas ref={canvas} role="img" aria-label={t('qrAlt')} data-testid="boarding-qr" width={264} height={264} />
        <figcaption>{t('qr')}</figcaption>
      </figure>
      {failed && <p role="alert" className="error">{t('offline')}</p>}
      <a className="button" href={trip.passUrl} download>{t('pass')}</a>
    </section>
  );
}
