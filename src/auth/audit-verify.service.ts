// `menkou audit verify` and `menkou audit prune`. Verify walks the whole chain from where the last prune left it to the head,
// in batches, and names every entry that was altered, removed or written around the chain.
import type { AppContext } from '../app/context.js';
import { MIN_AUDIT_RETENTION_DAYS } from '../core/config.js';
import { invalidInput } from '../core/errors.js';
import type { Actor } from './actor.js';
import { type ChainProblem, checkChain } from './audit-chain.js';
import { chainRowsAfter, findChainHead, pruneAuditBefore } from './audit-chain.repository.js';
import { recordAudit } from './audit.service.js';

const BATCH = 2000;

export type ChainReport = { checked: number; headId: string; headHash: string; prunedThroughId: string; problems: ChainProblem[] };

export async function verifyAuditChain(ctx: AppContext, onProgress?: (checked: number) => void): Promise<ChainReport> {
  const head = await findChainHead(ctx.db);
  const prunedThrough = String(head.pruned_through_id);
  const state = { previousHash: head.pruned_through_hash, previousId: head.pruned_through_id > 0 ? prunedThrough : null };
  const problems: ChainProblem[] = [];
  let checked = 0;
  let after = prunedThrough;
  for (;;) {
    const rows = await chainRowsAfter(ctx.db, after, BATCH);
    if (rows.length === 0) break;
    problems.push(...checkChain(rows, state));
    checked += rows.length;
    after = rows[rows.length - 1].id;
    onProgress?.(checked);
  }
  const headId = String(head.last_id);
  const lastId = state.previousId;
  if (head.last_id > 0 && (lastId === null || Number(lastId) < head.last_id)) {
    problems.push({ kind: 'tail_removed', afterId: lastId, headId });
  } else if ((lastId ?? '0') !== headId || (head.last_id > 0 && state.previousHash !== head.hash)) {
    problems.push({ kind: 'head_mismatch', lastId, headId });
  }
  return { checked, headId, headHash: head.hash, prunedThroughId: prunedThrough, problems };
}

/**
 * Deletes entries older than the retention period (MENKOU_AUDIT_RETENTION_DAYS, 180 at
 * least; the database's trigger refuses anything younger whatever is asked), and says so in
 * an entry of its own. Verification then starts from the last entry deleted.
 */
export async function pruneAudit(ctx: AppContext, actor: Actor, retentionDays: number): Promise<{ deleted: number; throughId: string | null }> {
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_AUDIT_RETENTION_DAYS) {
    throw invalidInput('audit', 'retentionDays', {
      zh: `审计日志至少保留 ${MIN_AUDIT_RETENTION_DAYS} 天`, en: `the audit log is kept ${MIN_AUDIT_RETENTION_DAYS} days at least`,
    });
  }
  const result = await pruneAuditBefore(ctx.db, retentionDays);
  await recordAudit(ctx, actor, { action: 'audit.prune', entity: 'audit_log', after: { retentionDays, ...result } });
  return result;
}
