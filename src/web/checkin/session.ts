// Which account this page works for, kept across reloads (and offline) in localStorage.
// Only the login and display name: the session itself is the server's cookie.
export type Account = { login: string; name: string };

const KEY = 'menkou.checkin.account';

export function savedAccount(): Account | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Account | null;
    return value && typeof value.login === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveAccount(account: Account | undefined): void {
  try {
    if (account) localStorage.setItem(KEY, JSON.stringify(account));
    else localStorage.removeItem(KEY);
  } catch { /* private mode: this visit still works */ }
}

/** The desk's choice (day and coach) per account, so a reload comes back to it. */
export type Desk = { date: string; tripId: string | null };

export function savedDesk(account: string): Desk | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(`${KEY}.desk.${account}`) ?? 'null') as Desk | null;
    return value && typeof value.date === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveDesk(account: string, desk: Desk | undefined): void {
  try {
    if (desk) localStorage.setItem(`${KEY}.desk.${account}`, JSON.stringify(desk));
    else localStorage.removeItem(`${KEY}.desk.${account}`);
  } catch { /* as above */ }
}
