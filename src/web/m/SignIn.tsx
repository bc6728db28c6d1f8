// The first screen: phone → one-time code. A confirmed phone that already has an account
// is signed straight in; a new one gets a registration ticket and goes on to the form.
import { type FormEvent, useState } from 'react';
import { call, type Problem } from './api';
import type { Verified } from './contract';
import { DRAFT_KEYS, saveStored, useDraft } from './draft';
import { useLang } from './i18n';
import { ProblemBox } from './ui';

type Draft = { step: 'phone' | 'code'; phone: string; code: string };

export function SignIn({ onSignedIn, onTicket }: { onSignedIn: () => void; onTicket: () => void }) {
  const { t } = useLang();
  const [draft, setDraft] = useDraft<Draft>(DRAFT_KEYS.signIn, { step: 'phone', phone: '', code: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    if (draft.step === 'phone') {
      const result = await call<{ sent: boolean }>('POST', '/api/m/code', { body: { phone: draft.phone } });
      setBusy(false);
      if (!result.ok) return setProblem(result.problem);
      return setDraft({ ...draft, step: 'code', code: '' });
    }
    const result = await call<Verified>('POST', '/api/m/code/verify', { body: { phone: draft.phone, code: draft.code } });
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setDraft({ step: 'phone', phone: draft.phone, code: '' });
    if (result.data.signedIn) return onSignedIn();
    saveStored(DRAFT_KEYS.ticket, { ticket: result.data.ticket, expiresAt: result.data.expiresAt });
    onTicket();
  }

  const fieldProblem = problem && !problem.offline && problem.field ? problem.field : undefined;
  return (
    <form onSubmit={submit} noValidate data-testid="sign-in">
      {draft.step === 'phone' ? (
        <label>{t('phone')}
          <input name="phone" type="tel" inputMode="numeric" autoComplete="tel" value={draft.phone}
            aria-invalid={fieldProblem === 'phone' || undefined} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} />
        </label>
      ) : (
        <>
          <p role="status">{t('sentTo')}</p>
          <label>{t('code')}
            <input name="code" inputMode="numeric" autoComplete="one-time-code" value={draft.code}
              aria-invalid={fieldProblem === 'code' || undefined} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
          </label>
        </>
      )}
      <ProblemBox problem={problem} />
      <button type="submit" disabled={busy}>
        {busy ? t('sending') : problem?.offline ? t('retry') : t(draft.step === 'phone' ? 'sendCode' : 'verify')}
      </button>
      {draft.step === 'code' && <button type="button" className="link" onClick={() => setDraft({ step: 'phone', phone: draft.phone, code: '' })}>{t('otherPhone')}</button>}
    </form>
  );
}
