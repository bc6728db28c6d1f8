// The check-in PWA (/checkin/): sign in with the gathering point's account, download the
// day's manifest into IndexedDB, check people in offline, and send the queue whenever the
// network is there. Small on purpose (React and plain CSS, no antd); the service worker
// (vite-plugin-pwa, scope /checkin/) keeps this bundle on the phone.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { call, type Me, setCsrf } from './api';
import { Close } from './Close';
import { Desk } from './Desk';
import { initialLang, LangContext, type Lang, saveLang, translator } from './i18n';
import { useLive } from './live';
import { type Account, type Desk as DeskChoice, saveAccount, savedAccount, saveDesk, savedDesk } from './session';
import { SignIn } from './SignIn';
import { Setup } from './Setup';
import { StatusBar } from './StatusBar';
import { getMeta, loadManifest, patchMeta, type StoredManifest } from './store';
import { syncNow } from './sync';
import './checkin.css';

const SYNC_EVERY_MS = 15_000;

type Screen = { kind: 'boot' } | { kind: 'signin' } | { kind: 'setup' } | { kind: 'desk'; stored: StoredManifest; choice: DeskChoice } | { kind: 'close'; stored: StoredManifest; choice: DeskChoice };

async function openDesk(account: Account): Promise<Screen> {
  const choice = savedDesk(account.login);
  const stored = choice ? await loadManifest(account.login, choice.date) : undefined;
  return stored && choice ? { kind: 'desk', stored, choice } : { kind: 'setup' };
}

/** Who is signed in: the server says when it can be asked; offline, the account kept on the phone. */
async function boot(): Promise<{ account?: Account; screen: Screen }> {
  const saved = savedAccount();
  const me = await call<Me>('GET', '/api/auth/me');
  if (me.ok && me.data.role === 'checkin') {
    setCsrf(me.data.csrfToken);
    const account = { login: me.data.login, name: me.data.name };
    saveAccount(account);
    return { account, screen: await openDesk(account) };
  }
  if (!me.ok && me.problem.offline && saved) return { account: saved, screen: await openDesk(saved) };
  return { screen: { kind: 'signin' } };
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = translator(lang);
  const [account, setAccount] = useState<Account>();
  const [screen, setScreen] = useState<Screen>({ kind: 'boot' });
  const [syncing, setSyncing] = useState(false);
  const meta = useLive(() => (account ? getMeta(account.login) : Promise.resolve(undefined)), [account?.login], undefined);
  const offsetMs = meta?.clockOffsetMs ?? 0;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [lang, t]);

  useEffect(() => {
    void boot().then(({ account: who, screen: next }) => { setAccount(who); setScreen(next); });
    void navigator.storage?.persist?.().catch(() => undefined);
  }, []);

  const sync = useCallback(() => {
    if (!account) return;
    setSyncing(true);
    void syncNow(account.login).finally(() => setSyncing(false));
  }, [account]);

  useEffect(() => {
    if (!account) return;
    sync();
    window.addEventListener('online', sync);
    const timer = window.setInterval(() => { if (navigator.onLine) sync(); }, SYNC_EVERY_MS);
    return () => { window.removeEventListener('online', sync); window.clearInterval(timer); };
  }, [account, sync]);

  async function signedIn(who: Account) {
    saveAccount(who);
    await patchMeta(who.login, { syncProblem: undefined });
    setAccount(who);
    setScreen(await openDesk(who));
  }

  async function signOut() {
    // The queue stays: it is this account's, sent when it signs in again.
    await call('POST', '/api/auth/logout');
    setCsrf(undefined);
    saveAccount(undefined);
    setAccount(undefined);
    setScreen({ kind: 'signin' });
  }

  function start(choice: DeskChoice) {
    if (!account) return;
    saveDesk(account.login, choice);
    void openDesk(account).then(setScreen);
  }

  const switchLang = () => { const next = lang === 'zh' ? 'en' : 'zh'; saveLang(next); setLang(next); };
  const trip = screen.kind === 'desk' && screen.choice.tripId ? screen.stored.manifest.trips.find((x) => x.id === screen.choice.tripId) : undefined;

  return (
    <LangContext.Provider value={{ lang, t }}>
      <header className="top">
        <span className="brand">{t('appTitle')}</span>
        <button type="button" className="link" onClick={switchLang} aria-label={t('switchLangLabel')}>{t('switchLang')}</button>
      </header>
      {account && screen.kind !== 'signin' && (
        <StatusBar login={account.login} syncing={syncing} onSync={sync} onSignOut={() => void signOut()} onSignInAgain={() => setScreen({ kind: 'signin' })} />
      )}
      {screen.kind === 'boot' && <main><p className="muted">{t('loading')}</p></main>}
      {screen.kind === 'signin' && <SignIn onSignedIn={(who) => void signedIn(who)} />}
      {screen.kind === 'setup' && account && <Setup account={account} offsetMs={offsetMs} initial={savedDesk(account.login)} onStart={start} />}
      {screen.kind === 'desk' && account && (
        <main>
          <h1 className="desk-title" data-testid="desk-title">
            {screen.stored.manifest.gatheringPoint?.name} · {trip ? trip.number : t('allTrips')}
          </h1>
          <div className="row">
            <button type="button" className="secondary small" onClick={() => setScreen({ kind: 'setup' })}>{t('changeTrip')}</button>
            {trip && <button type="button" className="secondary small" onClick={() => setScreen({ ...screen, kind: 'close' })}>{t('closeCoach')}</button>}
          </div>
          <Desk account={account} stored={screen.stored} tripId={screen.choice.tripId} offsetMs={offsetMs} onRecorded={sync} />
        </main>
      )}
      {screen.kind === 'close' && account && screen.choice.tripId && (
        <Close account={account} stored={screen.stored} tripId={screen.choice.tripId} offsetMs={offsetMs} onBack={() => setScreen({ ...screen, kind: 'desk' })} />
      )}
    </LangContext.Provider>
  );
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void navigator.serviceWorker.register('/checkin/sw.js', { scope: '/checkin/' }).catch(() => undefined);
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
