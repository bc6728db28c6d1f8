// Which account this page works for, kept across reloads (and offline) in localStorage.
// Only the login, display name and desk: the session itself is the server's cookie.
// `mode`: the gathering point's staff check people in; an employer or an officer (an escort
// on the coach) hands them over at the gate. A login kept before modes existed is check-in.
export type Mode = 'checkin' | 'arrival';
export type Account = { login: string; name: string; mode?: Mode };

const ARRIVAL_ROLES = new Set(['employer', 'province', 'city', 'county', 'admin']);

/** Which desk a role gets on this page, or undefined when it has none here. */
export function modeOf(role: string): Mode | undefined {
  if (role === 'checkin') return 'checkin';
  return ARRIVAL_ROLES.has(role) ? 'arrival' : undefined;
}

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
