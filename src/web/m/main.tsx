// The workers' phone pages (/m/): sign-in by phone and code, registration, my status,
// vacancies, wishes, withdrawal. Small on purpose (no antd, no router library): React,
// plain CSS and one fetch helper. An officer signed in to the console who opens
// /m/?worker=<id> (or /m/register) works on the worker's behalf, said by a banner.
import { lazy, StrictMode, Suspense, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { call, type Problem, setAssistedWorker, setCsrfToken } from './api';
import type { Session } from './contract';
import { clearStored, DRAFT_KEYS } from './draft';
import { initialLang, type Lang, LangContext, saveLang, translator, useLang } from './i18n';
import { useUnseenProblems } from './problems-seen';
import { Register } from './Register';
import { assistedWorkerId, BASE, href, navigate, usePath } from './router';
import { SignIn } from './SignIn';
import { Status } from './Status';
import { Loading, ProblemBox } from './ui';
import { Vacancies } from './Vacancies';
import { VacancyDetail } from './VacancyDetail';
import { Wishes } from './Wishes';
import { Withdraw } from './Withdraw';
import './m.css';

// Grievances are opened by few: their pages come in their own chunk, off the first screen.
const Problems = lazy(() => import('./Problems').then((m) => ({ default: m.Problems })));
const ProblemNew = lazy(() => import('./ProblemNew').then((m) => ({ default: m.ProblemNew })));

type Who = { kind: 'loading' } | { kind: 'none' } | { kind: 'worker'; name: string } | { kind: 'officer'; name: string } | { kind: 'error'; problem: Problem };

// The session cookie is HttpOnly: this flag only says whether to wait for who-am-I before
// drawing the first screen. A phone that never signed in sees the phone input at once
// instead of after one more round trip (0.4 s and more on slow 3G).
const SIGNED_IN_HINT = 'menkou.m.signedIn';

function hinted(): boolean {
  try { return localStorage.getItem(SIGNED_IN_HINT) === '1' || new URLSearchParams(location.search).has('worker'); } catch { return true; }
}

function setHint(signedIn: boolean): void {
  try { if (signedIn) localStorage.setItem(SIGNED_IN_HINT, '1'); else localStorage.removeItem(SIGNED_IN_HINT); } catch { /* private mode: always waits */ }
}

async function whoAmI(): Promise<Who> {
  const result = await call<Session>('GET', '/api/auth/me');
  if (!result.ok) {
    if (result.problem.status === 401) setHint(false);
    return result.problem.status === 401 ? { kind: 'none' } : { kind: 'error', problem: result.problem };
  }
  setCsrfToken(result.data.csrfToken);
  setHint(true);
  return result.data.role === 'worker' ? { kind: 'worker', name: result.data.name } : { kind: 'officer', name: result.data.name };
}

// Links inside /m/ move without reloading the page (each reload costs seconds on 2G/3G).
function interceptLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.hasAttribute('download') || anchor.target) return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(`${BASE}/`)) return;
  event.preventDefault();
  navigate(url.pathname.slice(BASE.length) || '/');
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [who, setWho] = useState<Who>(() => (hinted() ? { kind: 'loading' } : { kind: 'none' }));
  const [flash, setFlash] = useState<string>();
  const path = usePath();
  const assistedId = assistedWorkerId();
  setAssistedWorker(assistedId);
  const t = translator(lang);
  const refresh = useCallback(() => whoAmI().then(setWho), []);
  useEffect(() => { void refresh(); }, [refresh]);
  // After signing in, the pages move on once the session is known (no flash of the sign-in page).
  const enter = (path: string, worker?: string) => { void refresh().then(() => navigate(path, true, worker)); };
  useEffect(() => { document.addEventListener('click', interceptLinks); return () => document.removeEventListener('click', interceptLinks); }, []);
  useEffect(() => { document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'; document.title = `门口 · ${t('title')}`; }, [lang, t]);

  const toggle = () => { const next = lang === 'zh' ? 'en' : 'zh'; setLang(next); saveLang(next); };
  const assisted = who.kind === 'officer';
  const acting = who.kind === 'worker' || (assisted && assistedId !== undefined);
  const unseen = useUnseenProblems(acting, path);

  async function signOut() {
    await call('POST', '/api/auth/logout');
    for (const key of Object.values(DRAFT_KEYS)) clearStored(key);
    setCsrfToken(undefined);
    setHint(false);
    setFlash(t('signedOut'));
    setWho({ kind: 'none' });
    navigate('/', true);
  }

  function page() {
    if (who.kind === 'loading') return <Loading />;
    if (who.kind === 'error') return <ProblemBox problem={who.problem} onRetry={() => void refresh()} />;
    if (path === '/register') {
      if (who.kind === 'worker') return <Redirect to="/status" />;
      return <Register assisted={assisted} onNeedCode={() => navigate('/', true)}
        onRegistered={(linked, workerId) => {
          setFlash(`${t('registered')}${linked ? ` ${t('linked')}` : ''}`);
          enter('/status', assisted ? workerId : undefined);
        }} />;
    }
    if (path === '/' || path === '/sign-in') {
      if (acting) return <Redirect to="/status" />;
      if (assisted) return <AssistedStart />;
      return (
        <>
          {flash && <p role="status" className="done">{flash}</p>}
          <SignIn onSignedIn={() => enter('/status')} onTicket={() => navigate('/register')} />
        </>
      );
    }
    if (!acting) return assisted ? <AssistedStart /> : <Redirect to="/" />;
    if (path === '/status') {
      return (
        <>
          {unseen > 0 && <p className="done" data-testid="problems-updated"><a href={href('/problems')}>{t('problemsUpdated', { n: unseen })}</a></p>}
          <Status flash={flash} />
        </>
      );
    }
    if (path === '/problems') return <Suspense fallback={<Loading />}><Problems /></Suspense>;
    if (path === '/problems/new') return <Suspense fallback={<Loading />}><ProblemNew /></Suspense>;
    if (path === '/vacancies') return <Vacancies />;
    if (path.startsWith('/vacancies/')) return <VacancyDetail id={decodeURIComponent(path.slice('/vacancies/'.length))} />;
    if (path === '/wishes') return <Wishes />;
    if (path === '/withdraw') return <Withdraw />;
    return <section><p>{t('notFound')}</p><a className="button" href={href('/')}>{t('toStart')}</a></section>;
  }

  return (
    <LangContext.Provider value={{ lang, t }}>
      {assisted && (
        <div className="assisted" role="note" data-testid="assisted-banner">
          <strong>{t('assisted')} · {lang === 'zh' ? 'assisted by' : '代办'} {who.name}</strong>
          <span>{t('assistedNote')}</span>
        </div>
      )}
      <main>
        <header>
          <h1>{t('title')}</h1>
          <button type="button" className="link" lang={lang === 'zh' ? 'en' : 'zh-CN'} aria-label={t('switchLangLabel')} onClick={toggle}>{t('switchLang')}</button>
        </header>
        {acting && (
          <nav aria-label={t('nav')} className="tabs">
            <a href={href('/status')} aria-current={path === '/status' ? 'page' : undefined}>{t('navStatus')}</a>
            <a href={href('/vacancies')} aria-current={path.startsWith('/vacancies') ? 'page' : undefined}>{t('navVacancies')}</a>
            <a href={href('/wishes')} aria-current={path === '/wishes' ? 'page' : undefined}>{t('navWishes')}</a>
            <a href={href('/problems')} aria-current={path.startsWith('/problems') ? 'page' : undefined} data-testid="nav-problems">
              {t('navProblems')}{unseen > 0 && <span className="count" aria-label={t('problemsBadge', { n: unseen })}>{unseen}</span>}
            </a>
          </nav>
        )}
        {!acting && <p className="free">{t('free')}</p>}
        {page()}
        {who.kind === 'worker' && <button type="button" className="secondary signout" onClick={() => void signOut()}>{t('signOut')}</button>}
      </main>
    </LangContext.Provider>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, true), [to]);
  return null;
}

function AssistedStart() {
  const { t } = useLang();
  return (
    <section>
      <p>{t('assistedNoWorker')}</p>
      <a className="button" href={href('/register')}>{t('assistedRegister')}</a>
    </section>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
