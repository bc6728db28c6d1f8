import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { UserTable } from '../db/schema.js';
import type { Insertable, Selectable } from 'kysely';

export type UserRow = Selectable<UserTable>;

export async function insertUser(db: Db, user: Insertable<UserTable>): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserByLogin(db: Db, login: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** When the login is locked for this address (failed sign-ins), else undefined. */
export async function loginLockedUntil(db: Db, login: string, ip: string): Promise<Date | undefined> {
  const row = await db.selectFrom('login_failures').select('locked_until')
    .where('login', '=', login).where('ip', '=', ip).where('locked_until', '>', sql<Date>`now()`).executeTakeFirst();
  return row?.locked_until ?? undefined;
}

/**
 * Counts a failed sign-in of `login` from `ip` (known login or not); the count restarts
 * after `windowMinutes` without failures, and reaching `lockAfter` locks that pair only.
 */
export async function recordLoginFailure(db: Db, login: string, ip: string, lockAfter: number, windowMinutes: number): Promise<void> {
  await sql`
    INSERT INTO login_failures AS f (login, ip, failures, last_at, locked_until)
    VALUES (${login}, ${ip}, 1, now(), CASE WHEN 1 >= ${lockAfter} THEN now() + make_interval(mins => ${windowMinutes}) END)
    ON CONFLICT (login, ip) DO UPDATE SET
      failures = CASE WHEN f.last_at < now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE f.failures + 1 END,
      last_at = now(),
      locked_until = CASE
        WHEN f.last_at >= now() - make_interval(mins => ${windowMinutes}) AND f.failures + 1 >= ${lockAfter}
          THEN now() + make_interval(mins => ${windowMinutes})
        ELSE f.locked_until END`.execute(db);
  // Old entries go, so the table stays as small as the last day's failures.
  await db.deleteFrom('login_failures').where('last_at', '<', sql<Date>`now() - interval '1 day'`).execute();
}

/** Forgets failed sign-ins of a login: from one address (after a success) or all (unlock). */
export async function clearLoginFailures(db: Db, login: string, ip?: string): Promise<number> {
  let query = db.deleteFrom('login_failures').where('login', '=', login);
  if (ip !== undefined) query = query.where('ip', '=', ip);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countLockedAddresses(db: Db, login: string): Promise<number> {
  const row = await db.selectFrom('login_failures').select(sql<number>`count(*)::int`.as('n'))
    .where('login', '=', login).where('locked_until', '>', sql<Date>`now()`).executeTakeFirstOrThrow();
  return row.n;
}

export async function setPasswordHash(db: Db, userId: string, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export async function setDisabled(db: Db, userId: string, disabled: boolean): Promise<void> {
  await db.updateTable('users').set({ disabled_at: disabled ? sql<Date>`now()` : null }).where('id', '=', userId).execute();
}

/** Ends a user's sessions, all of them or all but the one still in use. */
export async function deleteSessionsOf(db: Db, userId: string, keepTokenHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash !== undefined) query = query.where('token_hash', '!=', keepTokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertSession(db: Db, session: { tokenHash: string; userId: string; csrfToken: string; ip: string | null; expiresAt: Date }): Promise<void> {
  await db.insertInto('sessions').values({
    token_hash: session.tokenHash, user_id: session.userId, csrf_token: session.csrfToken, ip: session.ip, expires_at: session.expiresAt,
  }).execute();
}

export async function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('gathering_points as g', 'g.id', 'u.gathering_point_id')
    .select(['s.csrf_token', 's.expires_at', 'u.id', 'u.login', 'u.name', 'u.role', 'u.region_prefix', 'u.employer_id',
      'u.gathering_point_id', 'u.worker_province', 'u.worker_id', 'g.serves_prefix'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    // A disabled account's sessions end at once, even one opened a moment before.
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function upsertLoginCode(db: Db, userId: string, codeHash: string, expiresAt: Date): Promise<void> {
  await db.insertInto('login_codes').values({ user_id: userId, code_hash: codeHash, expires_at: expiresAt })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ code_hash: codeHash, expires_at: expiresAt, attempts: 0 }))
    .execute();
}

/** Consumes the code when it matches; counts a failed attempt otherwise. */
export async function takeLoginCode(db: Db, userId: string, codeHash: string, maxAttempts: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('login_codes').selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
    if (!row || row.expires_at.getTime() < Date.now() || row.attempts >= maxAttempts) return false;
    if (row.code_hash !== codeHash) {
      await trx.updateTable('login_codes').set({ attempts: row.attempts + 1 }).where('user_id', '=', userId).execute();
      return false;
    }
    await trx.deleteFrom('login_codes').where('user_id', '=', userId).execute();
    return true;
  });
}

// The accounts a manager reaches: everyone for an administrator (prefix ''); for an
// officer, the officers, check-in staff and workers inside their region; else nobody.
function usersInReach(db: Db, prefix: string | null) {
  let query = db.selectFrom('users');
  if (prefix === null) query = query.where(sql<boolean>`false`);
  else if (prefix !== '') query = query.where('region_prefix', 'like', `${prefix}%`).where('role', 'in', ['province', 'city', 'county', 'checkin', 'worker']);
  return query;
}

export async function listUsers(db: Db, prefix: string | null) {
  return usersInReach(db, prefix)
    .select(['id', 'login', 'name', 'role', 'region_prefix', 'employer_id', 'gathering_point_id', 'created_at', 'disabled_at'])
    .orderBy('created_at').execute();
}

export async function findUserInReach(db: Db, prefix: string | null, id: string): Promise<UserRow | undefined> {
  return usersInReach(db, prefix).selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findGatheringPoint(db: Db, id: string) {
  return db.selectFrom('gathering_points').select(['id', 'region_code', 'serves_prefix', 'name']).where('id', '=', id).executeTakeFirst();
}
