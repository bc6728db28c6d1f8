// The rules for a new account's login and password, in one place that both the server
// (users.service, accounts.service) and the console's form import: no Node imports here.

export type RuleProblem = { zh: string; en: string };

/** Logins: 3–40 letters, digits or ._@- (they are typed on phones and read over the phone). */
export function loginProblem(login: string): RuleProblem | undefined {
  if (!/^[A-Za-z0-9._@-]{3,40}$/.test(login)) return { zh: '登录名为 3–40 位字母、数字或 ._@-', en: 'a login has 3–40 letters, digits or ._@-' };
  return undefined;
}

/** Password rule for accounts: 10+ characters, letters and digits. */
export function passwordProblem(password: string): RuleProblem | undefined {
  if (password.length < 10 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    return { zh: '密码至少 10 位，且包含字母和数字', en: 'a password has at least 10 characters, with letters and digits' };
  }
  return undefined;
}
