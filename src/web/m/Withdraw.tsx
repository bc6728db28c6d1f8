// Withdrawing from the campaign: a reason and an explicit confirmation, since it ends the
// matching and any coach seat.
import { type FormEvent, useState } from 'react';
import { call, type Problem } from './api';
import { useLang } from './i18n';
import { href } from './router';
import { ProblemBox } from './ui';
import { FieldError } from './WishFields';

export function Withdraw() {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (reason.trim() === '') found.reason = t('required');
    if (!sure) found.confirm = t('required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setProblem(undefined);
    const result = await call('POST', '/api/m/withdraw', { body: { reason: reason.trim() } });
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setDone(true);
  }

  if (done) {
    return (
      <section data-testid="withdraw">
        <p role="status" className="done">{t('withdrawn')}</p>
        <a className="button" href={href('/status')}>{t('navStatus')}</a>
      </section>
    );
  }
  return (
    <section data-testid="withdraw">
      <h2>{t('withdrawTitle')}</h2>
      <p className="warn">{t('withdrawWarn')}</p>
      <form onSubmit={submit} noValidate>
        <label>{t('withdrawReason')}
          <textarea name="reason" rows={3} value={reason} aria-invalid={errors.reason ? true : undefined} onChange={(e) => setReason(e.target.value)} />
        </label>
        <FieldError text={errors.reason} />
        <label className="check">
          <input type="checkbox" name="confirm" checked={sure} aria-invalid={errors.confirm ? true : undefined} onChange={(e) => setSure(e.target.checked)} />
          <span>{t('withdrawConfirm')}</span>
        </label>
        <FieldError text={errors.confirm} />
        <ProblemBox problem={problem} />
        <button type="submit" className="danger" disabled={busy}>{busy ? t('saving') : problem?.offline ? t('retry') : t('withdrawSend')}</button>
        <a className="button secondary" href={href('/status')}>{t('cancel')}</a>
      </form>
    </section>
  );
}
