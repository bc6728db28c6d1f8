// The workers' phone pages (/m/): phone → code → registration. Small on purpose (no antd):
// React, plain CSS and openapi-fetch. What a worker typed is kept in sessionStorage, so a
// dropped network between steps loses nothing; a failed send shows a retry.
import createFetchClient from 'openapi-fetch';
import { type FormEvent, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { paths } from '../api/schema';
import { initialLang, type Lang, saveLang, t } from './i18n';
import './m.css';

const api = createFetchClient<paths>({ baseUrl: '' });
const DRAFT = 'menkou.m.draft';
type Draft = { step: 'phone' | 'code' | 'verified'; phone: string; code: string };
type Problem = { zh?: string; en?: string } | 'offline' | undefined;

function loadDraft(): Draft {
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT) ?? 'null') as Draft | null;
    if (saved && typeof saved.phone === 'string') return saved;
  } catch { /* a broken draft starts over */ }
  return { step: 'phone', phone: '', code: '' };
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [draft, setDraftState] = useState<Draft>(loadDraft);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const setDraft = (next: Draft) => {
    setDraftState(next);
    try { sessionStorage.setItem(DRAFT, JSON.stringify(next)); } catch { /* storage full: the form still holds it */ }
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const { error } = draft.step === 'phone'
        ? await api.POST('/api/m/code', { body: { phone: draft.phone } })
        : await api.POST('/api/m/code/verify', { body: { phone: draft.phone, code: draft.code } });
      if (error !== undefined) setProblem(error as Problem);
      else setDraft({ ...draft, step: draft.step === 'phone' ? 'code' : 'verified' });
    } catch {
      setProblem('offline');
    } finally {
      setBusy(false);
    }
  }

  const toggle = () => { const next = lang === 'zh' ? 'en' : 'zh'; setLang(next); saveLang(next); document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en'; };
  const message = problem === 'offline' ? t(lang, 'offline') : problem ? (problem[lang] ?? problem.zh) : undefined;

  return (
    <main>
      <header>
        <h1>{t(lang, 'title')}</h1>
        <button type="button" className="link" onClick={toggle}>{t(lang, 'switchLang')}</button>
      </header>
      <p className="free">{t(lang, 'free')}</p>
      {draft.step === 'verified' ? <p role="status" className="done">{t(lang, 'verified')}</p> : (
        <form onSubmit={submit} noValidate>
          {draft.step === 'phone' ? (
            <label>{t(lang, 'phone')}
              <input name="phone" type="tel" inputMode="numeric" autoComplete="tel" value={draft.phone} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} />
            </label>
          ) : (
            <>
              <p role="status">{t(lang, 'sentTo')}</p>
              <label>{t(lang, 'code')}
                <input name="code" inputMode="numeric" autoComplete="one-time-code" value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
              </label>
            </>
          )}
          {message && <p role="alert" className="error">{message}</p>}
          <button type="submit" disabled={busy}>{busy ? t(lang, 'sending') : problem === 'offline' ? t(lang, 'retry') : t(lang, draft.step === 'phone' ? 'sendCode' : 'verify')}</button>
          {draft.step === 'code' && <button type="button" className="link" onClick={() => setDraft({ step: 'phone', phone: draft.phone, code: '' })}>{t(lang, 'otherPhone')}</button>}
        </form>
      )}
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
