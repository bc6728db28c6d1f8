// My status: where the worker is in the journey (a vertical stepper), the job offered with
// accept or decline, the coach once planned, and every change told plainly.
import type { JourneyStep, Me } from './contract';
import { hasText, useLang } from './i18n';
import { OfferCard } from './OfferCard';
import { href } from './router';
import { TripCard } from './TripCard';
import { formatDate, Loaded, useLoad } from './ui';

const STEPS = ['registered', 'matched', 'confirmed', 'trip_assigned', 'departed', 'arrived'] as const;
// Other names the server may use for the same steps.
const ALIASES: Record<string, string> = { onTrip: 'trip_assigned', on_trip: 'trip_assigned', tripAssigned: 'trip_assigned' };

export function Status({ flash }: { flash?: string }) {
  const { t } = useLang();
  const me = useLoad<Me>('/api/m/me');
  return (
    <section data-testid="status">
      <h2>{t('statusTitle')}</h2>
      {flash && <p role="status" className="done">{flash}</p>}
      <Loaded load={me}>
        {(data) => (
          <>
            <p className="hello">{t('hello')}<strong data-testid="worker-name">{data.worker.name}</strong>{data.worker.campaignName ? ` · ${data.worker.campaignName}` : ''}</p>
            <Journey steps={data.journey} />
            {data.worker.status !== 'withdrawn' && <OfferCard offer={data.offer} onAnswered={me.reload} />}
            {data.trip && <TripCard trip={data.trip} />}
            {data.changes.length > 0 && (
              <section className="card" aria-labelledby="changes-title" data-testid="changes">
                <h3 id="changes-title">{t('changes')}</h3>
                <ul className="changes">{data.changes.map((c, i) => <li key={i}><time>{formatDate('zh', c.at, true)}</time> <ChangeText change={c} /></li>)}</ul>
              </section>
            )}
            {data.worker.travelGroup && data.worker.travelGroup.members.length > 0 && (
              <section className="card" aria-labelledby="group-title">
                <h3 id="group-title">{t('group')}</h3>
                <p>{data.worker.travelGroup.members.map((m) => m.name).join('、')}</p>
              </section>
            )}
            {data.worker.status !== 'withdrawn' && <p><a href={href('/withdraw')} className="quiet">{t('withdrawLink')}</a></p>}
          </>
        )}
      </Loaded>
    </section>
  );
}

function ChangeText({ change }: { change: { zh: string; en: string } }) {
  const { lang } = useLang();
  return <span>{change[lang] || change.zh}</span>;
}

function Journey({ steps }: { steps: JourneyStep[] }) {
  const { lang, t } = useLang();
  const reached = new Map<string, string>();
  for (const s of steps) reached.set(ALIASES[s.step] ?? s.step, s.at);
  const withdrawn = reached.get('withdrawn');
  const lastDone = [...STEPS].reverse().find((s) => reached.has(s));
  return (
    <section className="card" aria-labelledby="journey-title">
      <h3 id="journey-title">{t('journey')}</h3>
      <ol className="stepper" data-testid="journey">
        {STEPS.map((step) => {
          const at = reached.get(step);
          const key = `step_${step}`;
          return (
            <li key={step} className={at ? 'reached' : 'ahead'} aria-current={step === lastDone && !withdrawn ? 'step' : undefined}>
              <span className="dot" aria-hidden="true">{at ? '✓' : ''}</span>
              <span className="label">{hasText(key) ? t(key) : step}</span>
              <span className="when">{at ? formatDate(lang, at) : t('stepPending')}</span>
            </li>
          );
        })}
        {withdrawn && (
          <li className="reached withdrawn" aria-current="step">
            <span className="dot" aria-hidden="true">✕</span>
            <span className="label">{t('step_withdrawn')}</span>
            <span className="when">{formatDate(lang, withdrawn)}</span>
          </li>
        )}
      </ol>
    </section>
  );
}
