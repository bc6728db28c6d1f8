// The check-in PWA (/checkin/): sign in with the gathering point's account, download the
// day's manifest into IndexedDB, check people in offline, and send the queue whenever the
// network is there. An employer's or officer's account gets the arrivals desk instead (the
// handover at the gate), on the same store, outbox, sync and status bar. Small on purpose (React and plain CSS, no antd); the service worker
// (vite-plugin-pwa, scope /checkin/) keeps this bundle on the phone.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { call, type Me, setCsrf } from './api';
import { ArrivalDesk } from './ArrivalDesk';
import { ArrivalSetup } from './ArrivalSetup';
import { Close } from './Close';
import { Desk } from './Desk';
import { initialLang, LangContext, type Lang, saveLang, translator } from './i18n';
import { useLive } from './live';
import { type Account, type Desk as DeskChoice, modeOf, saveAccount, savedAccount, saveDesk, savedDesk } from './session';
import { SignIn } from './SignIn';
import { Setup } from './Setup';
import { StatusBar } from './StatusBar';
import { getMeta, loadArrivals, loadManifest, patchMeta, type StoredArrivals, type StoredManifest } from './store';
import { syncNow } from './sync';
import './checkin.css';

const SYNC_EVERY_MS = 15_000;

type Screen = { kind: 'boot' } | { kind: 'signin' } | { kind: 'setup' } | { kind: 'desk'; stored: StoredManifest; choice: DeskChoice } | { kind: 'close'; stored: StoredManifest; choice: DeskChoice }
  | { kind: 'arrivalSetup' } | { kind: 'arrivalDesk'; stored: StoredArrivals; tripId: string };

async function openDesk(account: Account): Promise<Screen> {
  const choice = savedDesk(account.login);
  if (account.mode === 'arrival') {
    const stored = choice?.tripId ? await loadArrivals(account.login, choice.date) : undefined;
    const tripId = choice?.tripId;
    return stored && tripId && stored.manifest.trips.some((t) => t.id === tripId) ? { kind: 'arrivalDesk', stored, tripId } : { kind: 'arrivalSetup' };
  }
  const stored = choice ? await loadManifest(account.login, choice.date) : undefined;
  return stored && choice ? { kind: 'desk', stored, choice } : { kind: 'setup' };
}

/**
 * A link from the employer portal (/checkin/?date=…&trip=…) names the coach at the gate: it
 * becomes this account's desk choice, and leaves the address so a reload keeps what the
 * person picked afterwards.
 */
function takeLinkedDesk(account: Account): void {
  const params = new URLSearchParams(window.location.search);
  const date = params.get('date');
  if (account.mode === 'arrival' && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) saveDesk(account.login, { date, tripId: params.get('trip') });
  if (params.size > 0) window.history.replaceState(null, '', window.location.pathname);
}

/** Who is signed in: the server says when it can be asked; offline, the account kept on the phone. */
async function boot(): Promise<{ account?: Account; screen: Screen }> {
  const saved = savedAccount();
  const me = await call<Me>('GET', '/api/auth/me');
  const mode = me.ok ? modeOf(me.data.role) : undefined;
  if (me.ok && mode) {
    setCsrf(me.data.csrfToken);
    const account = { login: me.data.login, name: me.data.name, mode };
    saveAccount(account);
    takeLinkedDesk(account);
    return { account, screen: await openDesk(account) };
  }
  if (!me.ok && me.problem.offline && saved) {
    takeLinkedDesk(saved);
    return { account: saved, screen: await openDesk(saved) };
  }
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
    document.title = account?.mode === 'arrival' ? t('arrivalTitle') : t('appTitle');
  }, [lang, t, account?.mode]);

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
    takeLinkedDesk(who);
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
        <span className="brand">{account?.mode === 'arrival' ? t('arrivalTitle') : t('appTitle')}</span>
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
      {screen.kind === 'arrivalSetup' && account && <ArrivalSetup account={account} offsetMs={offsetMs} initial={savedDesk(account.login)} onStart={start} />}
      {screen.kind === 'arrivalDesk' && account && (
        <main>
          <h1 className="desk-title" data-testid="desk-title">
            {t('arrivalTitle')} · {screen.stored.manifest.trips.find((x) => x.id === screen.tripId)?.number}
          </h1>
          <div className="row">
            <button type="button" className="secondary small" onClick={() => setScreen({ kind: 'arrivalSetup' })}>{t('changeTrip')}</button>
          </div>
          <ArrivalDesk account={account} stored={screen.stored} tripId={screen.tripId} offsetMs={offsetMs} onRecorded={sync} />
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
