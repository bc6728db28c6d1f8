// What is waiting to be sent, when the phone last synced, the clock's offset when it is
// large, and signing out (which never drops the queue, and warns when it is not empty).
import { useState } from 'react';
import { clock } from './format';
import { useText } from './i18n';
import { useLive, useOnline } from './live';
import { countByStatus, getMeta } from './store';

const LARGE_OFFSET_MS = 60_000;

type Props = { login: string; syncing: boolean; onSync: () => void; onSignOut: () => void; onSignInAgain: () => void };

export function StatusBar({ login, syncing, onSync, onSignOut, onSignInAgain }: Props) {
  const { t } = useText();
  const online = useOnline();
  const waiting = useLive(() => countByStatus(login, 'waiting'), [login], 0);
  const rejected = useLive(() => countByStatus(login, 'rejected'), [login], 0);
  const meta = useLive(() => getMeta(login), [login], { account: login });
  const [confirming, setConfirming] = useState(false);
  const offset = meta.clockOffsetMs ?? 0;

  return (
    <section className="status" aria-label={t('waiting', { n: waiting })}>
      <p className="status-line">
        <span className={online ? 'dot on' : 'dot off'}>{online ? t('online') : t('offline')}</span>
        <strong data-testid="waiting-count" data-count={waiting}>{waiting > 0 ? t('waiting', { n: waiting }) : t('allSent')}</strong>
        <span data-testid="last-sync">{meta.lastSyncAt ? t('lastSync', { time: clock(meta.lastSyncAt) }) : t('neverSynced')}</span>
      </p>
      {syncing && <p className="muted" role="status">{t('syncing')}</p>}
      {rejected > 0 && <p className="warn">{t('rejectedCount', { n: rejected })}</p>}
      {Math.abs(offset) >= LARGE_OFFSET_MS && <p className="warn" data-testid="clock-offset">{t('clockOff', { n: Math.round(offset / 1000) })}</p>}
      {meta.syncProblem === 'signin' && (
        <p className="warn" role="alert">{t('needSignIn')} <button type="button" className="link" onClick={onSignInAgain}>{t('signIn')}</button></p>
      )}
      <div className="row">
        {waiting > 0 && online && <button type="button" className="secondary small" onClick={onSync} disabled={syncing}>{t('syncNow')}</button>}
        <button type="button" className="secondary small" onClick={() => (waiting > 0 ? setConfirming(true) : onSignOut())}>{t('signOut')}</button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="signout-warn">
          <p id="signout-warn">{t('signOutWarn', { n: waiting })}</p>
          <div className="row">
            <button type="button" className="danger small" onClick={onSignOut}>{t('confirmSignOut')}</button>
            <button type="button" className="secondary small" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
