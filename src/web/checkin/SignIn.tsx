// Signing in with the gathering point's check-in account (the check-in desk) or an
// employer's or officer's account (the arrivals desk). The session is a cookie; the
// account's login is kept in localStorage so the page opens offline on the same account.
import { type FormEvent, useState } from 'react';
import { call, type LoginAnswer, type Problem, setCsrf } from './api';
import { useText } from './i18n';
import { type Account, modeOf } from './session';

export function SignIn({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const { t, lang } = useText();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const answer = await call<LoginAnswer>('POST', '/api/auth/login', { login: login.trim(), password });
    setBusy(false);
    if (!answer.ok) {
      const p: Problem = answer.problem;
      setProblem(p.offline ? t('offlineSignIn') : lang === 'zh' ? p.zh : p.en);
      return;
    }
    const { user, csrfToken } = answer.data;
    const mode = modeOf(user.role);
    if (!mode) {
      setProblem(t('wrongRole'));
      return;
    }
    setCsrf(csrfToken);
    onSignedIn({ login: user.login, name: user.name, mode });
  }

  return (
    <main>
      <h1>{t('signInTitle')}</h1>
      <form onSubmit={submit}>
        <label>{t('login')}<input name="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required /></label>
        <label>{t('password')}<input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
        {problem && <p className="warn" role="alert">{problem}</p>}
        <button type="submit" disabled={busy}>{busy ? t('signingIn') : t('signIn')}</button>
      </form>
    </main>
  );
}
