// What the desk shows about a person: the card (name, masked number, coach, seat,
// destination, travel group) and, after a check or a lookup, the verdict, big.
import type { ManifestPassenger, ManifestTrip } from './api';
import { type TextKey, useText } from './i18n';

export function PersonCard({ passenger, trip }: { passenger: ManifestPassenger; trip?: ManifestTrip }) {
  const { t } = useText();
  return (
    <section className="person" aria-label={passenger.name} data-testid="person">
      <p className="name">{passenger.name}</p>
      <p className="id">{passenger.idMasked}</p>
      <dl>
        <div><dt>{t('coach')}</dt><dd>{trip?.number ?? '–'} · {t('seat', { n: passenger.seat })}</dd></div>
        <div><dt>{t('destination')}</dt><dd>{passenger.destinationName ?? trip?.destination ?? '–'}</dd></div>
        <div><dt>{t('travelGroup')}</dt><dd>{passenger.travelGroup ?? t('none')}</dd></div>
      </dl>
    </section>
  );
}

export type Shown =
  | { tone: 'go'; title: TextKey; detail: string }
  | { tone: 'stop'; title: TextKey; detail: string; note?: TextKey }
  | { tone: 'wait'; title: string; detail: string };

export function Banner({ shown }: { shown: Shown }) {
  const { t } = useText();
  const title = shown.tone === 'wait' ? shown.title : t(shown.title);
  return (
    <div className={`banner ${shown.tone}`} role={shown.tone === 'go' ? 'status' : 'alert'} data-testid="verdict" data-tone={shown.tone}>
      <p className="banner-title">{shown.tone === 'go' ? '✓ ' : shown.tone === 'stop' ? '✕ ' : '! '}{title}</p>
      <p className="banner-detail">{shown.detail}</p>
      {shown.tone === 'stop' && shown.note && <p>{t(shown.note)}</p>}
    </div>
  );
}
