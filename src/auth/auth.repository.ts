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

export async function recordFailedLogin(db: Db, userId: string, lockAfter: number, lockMinutes: number): Promise<void> {
  await sql`
    UPDATE users SET failed_logins = failed_logins + 1,
      locked_until = CASE WHEN failed_logins + 1 >= ${lockAfter} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END
    WHERE id = ${userId}`.execute(db);
}

export async function resetFailedLogins(db: Db, userId: string): Promise<void> {
  await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
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

export async function listUsers(db: Db, prefix: string | null) {
  let query = db.selectFrom('users').select(['id', 'login', 'name', 'role', 'region_prefix', 'employer_id', 'gathering_point_id', 'created_at']);
  if (prefix === null) query = query.where(sql<boolean>`false`);
  else if (prefix !== '') query = query.where('region_prefix', 'like', `${prefix}%`).where('role', 'in', ['province', 'city', 'county', 'checkin', 'worker']);
  return query.orderBy('created_at').execute();
}

export async function findGatheringPoint(db: Db, id: string) {
  return db.selectFrom('gathering_points').select(['id', 'region_code', 'serves_prefix', 'name']).where('id', '=', id).executeTakeFirst();
}
