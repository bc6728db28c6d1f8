import type { AppContext } from '../app/context.js';
import type { Actor } from './actor.js';
import { type AuditEntry, type AuditFilter, insertAudit, listAudit } from './audit.repository.js';

/**
 * An actor that is no account: the CLI as the OS user who ran it (`cli:alice`), the demo
 * builder, a script. It acts with the whole country's reach (whoever runs the CLI holds the
 * database and its key anyway) and its login names it in every audit entry.
 */
export function systemActor(login: string, name = login): Actor {
  return { userId: null, login, name, role: 'admin', scope: { kind: 'region', prefix: '' } };
}

export async function recordAudit(
  ctx: AppContext,
  actor: Actor,
  entry: Omit<AuditEntry, 'actorId' | 'actorLogin' | 'ip'>,
): Promise<void> {
  await insertAudit(ctx.db, { ...entry, actorId: actor.userId, actorLogin: actor.login, ip: actor.ip ?? null });
}

/** Administrators see everything; officers the entries about their region; others nothing. */
export async function auditTrail(ctx: AppContext, actor: Actor, page: { limit: number; offset: number }, filter: AuditFilter) {
  const prefix = actor.scope.kind === 'region' && (actor.role === 'admin' || actor.role === 'province' || actor.role === 'city' || actor.role === 'county')
    ? actor.scope.prefix
    : null;
  const { total, items } = await listAudit(ctx.db, prefix, page, filter);
  return {
    total,
    items: items.map((row) => ({
      id: String(row.id), at: row.at.toISOString(), actorLogin: row.actor_login, action: row.action, entity: row.entity,
      entityId: row.entity_id, regionCode: row.region_code, ip: row.ip, before: row.before, after: row.after,
    })),
  };
}
