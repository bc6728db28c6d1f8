// The job offered: employer, site, wage, start date and conditions, with accept or decline
// (declining asks why, so the officer can match better next time).
import { type FormEvent, useState } from 'react';
import { call, type Problem } from './api';
import type { Offer } from './contract';
import { useLang } from './i18n';
import { catalogName, Empty, formatDate, formatWage, ProblemBox, provisionText, useCatalog } from './ui';

export function OfferCard({ offer, onAnswered }: { offer: Offer | null; onAnswered: () => void }) {
  const { lang, t } = useLang();
  const certificates = useCatalog('certificates');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  if (!offer) {
    return <section className="card" aria-labelledby="offer-title"><h3 id="offer-title">{t('offerTitle')}</h3><Empty>{t('noOffer')}</Empty></section>;
  }

  async function answer(accept: boolean, event?: FormEvent) {
    event?.preventDefault();
    if (!accept && reason.trim() === '') return setProblem({ status: 400, zh: '请填写不接受的原因', en: 'Say why you decline', field: 'reason' });
    setBusy(true);
    setProblem(undefined);
    const result = await call('POST', '/api/m/offer', { body: accept ? { accept } : { accept, reason: reason.trim() } });
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setDeclining(false);
    onAnswered();
  }

  const answered = offer.workerAnswer === 'accepted' || offer.workerAnswer === 'declined';
  return (
    <section className="card" aria-labelledby="offer-title" data-testid="offer">
      <h3 id="offer-title">{t('offerTitle')}</h3>
      <p className="job-title">{offer.title}</p>
      <dl>
        <dt>{t('employer')}</dt><dd>{offer.employerName}</dd>
        <dt>{t('site')}</dt><dd>{offer.siteName}</dd>
        <dt>{t('wage')}</dt><dd>{formatWage(lang, offer.wage, offer.wageMax)}</dd>
        <dt>{t('startDate')}</dt><dd>{formatDate(lang, offer.startDate)}</dd>
        {offer.siteAddress && <><dt>{t('address')}</dt><dd>{offer.siteAddress}</dd></>}
        <dt>{t('accommodation')}</dt><dd>{provisionText(lang, 'housing', offer.accommodation)}</dd>
        <dt>{t('meals')}</dt><dd>{provisionText(lang, 'meals', offer.meals)}</dd>
        <dt>{t('certificatesAsked')}</dt>
        <dd>{offer.certificates.length ? offer.certificates.map((c) => catalogName(certificates.items, c, lang)).join('、') : t('none')}</dd>
      </dl>
      {offer.workerAnswer === 'accepted' && <p role="status" className="done" data-testid="offer-accepted">{t('accepted')}</p>}
      {offer.workerAnswer === 'declined' && <p role="status" className="muted">{t('declined')}</p>}
      {!answered && !declining && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void answer(true)}>{busy ? t('saving') : t('accept')}</button>
          <button type="button" className="secondary" disabled={busy} onClick={() => setDeclining(true)}>{t('decline')}</button>
        </div>
      )}
      {declining && (
        <form onSubmit={(e) => void answer(false, e)} noValidate>
          <label>{t('declineReason')}
            <textarea name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={problem?.field === 'reason' || undefined} />
          </label>
          <div className="actions">
            <button type="submit" disabled={busy}>{busy ? t('saving') : t('declineSend')}</button>
            <button type="button" className="secondary" onClick={() => { setDeclining(false); setProblem(undefined); }}>{t('cancel')}</button>
          </div>
        </form>
      )}
      <ProblemBox problem={problem} />
    </section>
  );
}
