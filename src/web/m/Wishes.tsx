// Change wishes: the same fields as at registration, saved with PATCH /api/m/wishes. The
// edit is a draft of its own until saved, so a dropped network keeps it.
import { type FormEvent, useEffect, useState } from 'react';
import { call, type Problem } from './api';
import type { Me } from './contract';
import { clearStored, loadStored, saveStored } from './draft';
import { useLang } from './i18n';
import { fieldErrors, Loaded, ProblemBox, useLoad } from './ui';
import { type WishDraft, WishFields, wishesOf } from './WishFields';

const KEY = 'menkou.m.wishes';

export function Wishes() {
  const { lang, t } = useLang();
  const me = useLoad<Me>('/api/m/me');
  const [draft, setDraftState] = useState<WishDraft | undefined>(() => loadStored<WishDraft | undefined>(KEY, undefined));
  const [problem, setProblem] = useState<Problem>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const setDraft = (next: WishDraft) => { setDraftState(next); saveStored(KEY, next); setSaved(false); };

  useEffect(() => {
    if (draft || !me.data) return;
    const w = me.data.worker;
    setDraftState({ industries: w.industries, destinations: w.destinations, certificates: w.certificates, minWage: w.minWage === 0 ? '' : String(w.minWage) });
  }, [me.data, draft]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setProblem(undefined);
    setErrors({});
    const wishes = wishesOf(draft);
    const result = await call('PATCH', '/api/m/wishes', { body: wishes });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      setErrors(fieldErrors(result.problem, lang));
      return;
    }
    clearStored(KEY);
    setSaved(true);
    me.reload();
  }

  return (
    <section data-testid="wishes">
      <h2>{t('wishesTitle')}</h2>
      <Loaded load={me}>
        {() => draft ? (
          <form onSubmit={submit} noValidate>
            <WishFields value={draft} onChange={setDraft} errors={errors} />
            <ProblemBox problem={problem} />
            {saved && <p role="status" className="done">{t('saved')}</p>}
            <button type="submit" disabled={busy}>{busy ? t('saving') : problem?.offline ? t('retry') : t('save')}</button>
          </form>
        ) : null}
      </Loaded>
    </section>
  );
}
