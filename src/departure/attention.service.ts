// The needs-attention list: every refused record, with device, account and both times,
// until an officer resolves it (audited).
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { domainError } from '../core/errors.js';
import { officerPrefix } from './access.js';
import { findAttention, listAttention, resolveAttention } from './records.repository.js';

export async function attentionList(ctx: AppContext, actor: Actor, campaignId: string, query: { date?: string; status: 'open' | 'resolved' | 'all' }) {
  const prefix = officerPrefix(actor);
  const campaign = await getVisibleCampaign(ctx, actor.scope, campaignId);
  const rows = await listAttention(ctx.db, prefix, campaign.id, query.date, query.status);
  return {
    items: rows.map((r) => ({
      id: String(r.id), kind: r.kind, recordId: r.record_id, reason: r.reason, field: r.field, date: r.departure_date, tripId: r.trip_id,
      tripNumber: r.trip_number, rightTripId: r.right_trip_id, workerId: r.worker_id, workerName: r.worker_name, idMasked: r.id_masked, at: r.at,
      receivedAt: new Date(r.received_at).toISOString(), deviceId: r.device_id, account: r.actor_login,
      resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null, resolvedBy: r.resolved_by, resolution: r.resolution,
    })),
  };
}

export async function resolveItem(ctx: AppContext, actor: Actor, id: string, resolution: string) {
  const prefix = officerPrefix(actor);
  const found = /^\d{1,12}$/.test(id) ? await findAttention(ctx.db, Number(id), prefix) : undefined;
  if (!found) throw domainError({ code: 'not_found', record: `needs-attention ${id}`, zh: '找不到该待处理记录', en: 'no such needs-attention record' });
  if (found.resolved_at) throw domainError({ code: 'conflict', record: `needs-attention ${id}`, zh: '该记录已处理', en: 'already resolved' });
  await resolveAttention(ctx.db, found.id, actor.login, resolution);
  await recordAudit(ctx, actor, {
    action: 'departure.resolve', entity: 'needs_attention', entityId: id, regionCode: found.region_code,
    before: { reason: found.reason, record: found.record_id }, after: { resolution },
  });
  return { id, resolved: true };
}
