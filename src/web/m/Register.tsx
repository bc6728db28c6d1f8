// The registration form after the phone check (or typed by an officer in assisted mode):
// name, identity number (GB 11643, checked here with the server's own rule), home county,
// wishes, certificates, companions, the data-use notice and consent. The draft lives in
// sessionStorage: a failed submit or a dropped network loses nothing, and "retry" resends.
import { type FormEvent, useState } from 'react';
import { parseIdNumber } from '../../core/id-number';
import { parseMobile } from '../../core/phone';
import { call, type Problem } from './api';
import { clearStored, DRAFT_KEYS, loadStored, useDraft } from './draft';
import { type Lang, type T, useLang } from './i18n';
import { CountyPicker } from './RegionPicker';
import { fieldErrors, ProblemBox } from './ui';
import { FieldError, type WishDraft, WishFields, wishesOf } from './WishFields';

type Draft = WishDraft & {
  name: string; idNumber: string; regionPath: string[]; regionCode: string; companions: string[]; consent: boolean; phone: string;
};
const EMPTY: Draft = {
  name: '', idNumber: '', regionPath: [], regionCode: '', industries: [], destinations: [], minWage: '', certificates: [],
  companions: [], consent: false, phone: '',
};

function idProblem(text: string, lang: Lang): string | undefined {
  const result = parseIdNumber(text);
  return result.ok ? undefined : result.reason[lang];
}

function validate(draft: Draft, lang: Lang, t: T, assisted: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (assisted) {
    const phone = parseMobile(draft.phone);
    if (!phone.ok) errors.phone = phone.reason[lang];
  }
  if (draft.name.trim() === '') errors.name = t('required');
  const id = idProblem(draft.idNumber, lang);
  if (id) errors.idNumber = id;
  if (!draft.regionCode) errors.regionCode = t('required');
  draft.companions.forEach((c, i) => {
    if (c.trim() === '') return;
    const problem = idProblem(c, lang);
    if (problem) errors[`companion${i}`] = problem;
  });
  if (!draft.consent) errors.consent = t('consentNeeded');
  return errors;
}

export function Register({ assisted, onRegistered, onNeedCode }: {
  assisted: boolean; onRegistered: (linked: boolean, workerId: string) => void; onNeedCode: () => void;
}) {
  const { lang, t } = useLang();
  const [draft, setDraft] = useDraft<Draft>(DRAFT_KEYS.register, EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const ticket = loadStored<{ ticket: string }>(DRAFT_KEYS.ticket, { ticket: '' }).ticket;

  if (!assisted && !ticket) {
    return (
      <section>
        <p>{t('noTicket')}</p>
        <button type="button" onClick={onNeedCode}>{t('sendCode')}</button>
      </section>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(draft, lang, t, assisted);
    setErrors(found);
    setProblem(undefined);
    if (Object.keys(found).length > 0) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    const wishes = wishesOf(draft);
    const result = await call<{ workerId: string; linked: boolean }>('POST', '/api/m/register', {
      body: {
        ...(assisted ? { phone: draft.phone.trim() } : { ticket }),
        name: draft.name.trim(), idNumber: draft.idNumber.trim(), regionCode: draft.regionCode,
        industries: wishes.industries, destinations: wishes.destinations, certificates: wishes.certificates,
        minWage: wishes.minWage,
        companionIdNumbers: draft.companions.map((c) => c.trim()).filter((c) => c !== ''),
        consent: true,
      },
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      setErrors(fieldErrors(result.problem, lang));
      return;
    }
    clearStored(DRAFT_KEYS.register);
    clearStored(DRAFT_KEYS.ticket);
    onRegistered(result.data.linked, result.data.workerId);
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const invalid = (field: string) => (errors[field] ? true : undefined);
  const ticketGone = problem?.field === 'ticket';
  return (
    <form onSubmit={submit} noValidate data-testid="register">
      <h2>{t('registerTitle')}</h2>
      {!assisted && <p className="done">{t('phoneConfirmed')}</p>}
      {assisted && (
        <>
          <label>{t('phone')}
            <input name="phone" type="tel" inputMode="numeric" value={draft.phone} aria-invalid={invalid('phone')} aria-describedby="phone-error"
              onChange={(e) => set({ phone: e.target.value })} />
          </label>
          <FieldError id="phone-error" text={errors.phone} />
        </>
      )}
      <label>{t('name')}
        <input name="name" autoComplete="name" value={draft.name} aria-invalid={invalid('name')} aria-describedby="name-error"
          onChange={(e) => set({ name: e.target.value })} />
      </label>
      <FieldError id="name-error" text={errors.name} />
      <label>{t('idNumber')}
        <input name="idNumber" inputMode="text" autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={22}
          value={draft.idNumber} aria-invalid={invalid('idNumber')} aria-describedby="id-error"
          onChange={(e) => set({ idNumber: e.target.value })}
          onBlur={() => { if (draft.idNumber.trim()) setErrors({ ...errors, idNumber: idProblem(draft.idNumber, lang) ?? '' }); }} />
      </label>
      <FieldError id="id-error" text={errors.idNumber} />

      <CountyPicker path={draft.regionPath} invalid={Boolean(errors.regionCode)}
        onChange={(regionPath, regionCode) => { if (regionPath.join() !== draft.regionPath.join() || regionCode !== draft.regionCode) set({ regionPath, regionCode }); }} />
      <FieldError text={errors.regionCode} />

      <WishFields value={draft} errors={errors} onChange={(wishes) => set(wishes)} />

      <fieldset className="companions">
        <legend>{t('companions')}</legend>
        <p className="muted">{t('companionsHint')}</p>
        {draft.companions.map((value, i) => (
          <div key={i} className="companion">
            <label>{`${t('companion')} ${i + 1}`}
              <input name={`companion${i}`} autoComplete="off" spellCheck={false} value={value} aria-invalid={invalid(`companion${i}`)}
                onChange={(e) => set({ companions: draft.companions.map((c, j) => (j === i ? e.target.value : c)) })} />
            </label>
            <button type="button" className="link" onClick={() => set({ companions: draft.companions.filter((_, j) => j !== i) })}>
              ✕ {t('remove')} {`${t('companion')} ${i + 1}`}
            </button>
            <FieldError text={errors[`companion${i}`]} />
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set({ companions: [...draft.companions, ''] })}>＋ {t('addCompanion')}</button>
        <FieldError text={errors.companionIdNumbers} />
      </fieldset>

      <section className="notice" aria-labelledby="privacy-title">
        <h3 id="privacy-title">{t('privacyTitle')}</h3>
        <p>{t('privacy')}</p>
        <p className="free">{t('free')}</p>
      </section>
      <label className="check">
        <input type="checkbox" name="consent" checked={draft.consent} aria-invalid={invalid('consent')} onChange={(e) => set({ consent: e.target.checked })} />
        <span>{t('consent')}</span>
      </label>
      <FieldError text={errors.consent} />

      <ProblemBox problem={ticketGone ? { ...problem, zh: t('ticketExpired'), en: t('ticketExpired') } : problem} />
      {ticketGone
        ? <button type="button" onClick={onNeedCode}>{t('sendCode')}</button>
        : <button type="submit" disabled={busy}>{busy ? t('saving') : problem?.offline ? t('retry') : t('submit')}</button>}
    </form>
  );
}
