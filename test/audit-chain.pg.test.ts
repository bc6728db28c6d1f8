// The audit log's hash chain on both databases: intact under concurrent writers, and an
// entry edited or deleted directly in SQL (the trigger switched off, as a database owner
// could) is named by verify; the prune keeps the chain checkable; the xlsx export holds it.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { AppContext } from '../src/app/context.js';
import { recordAudit, systemActor } from '../src/auth/audit.service.js';
import { exportAudit } from '../src/auth/audit-export.service.js';
import { describeProblem } from '../src/auth/audit-chain.js';
import { pruneAudit, verifyAuditChain } from '../src/auth/audit-verify.service.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { describeEachDatabase } from './db.js';
import { tempDir } from './fixtures.js';

const actor = systemActor('cli:test');

async function write(ctx: AppContext, n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    await recordAudit(ctx, actor, {
      action: `test.${tag}`, entity: 'worker', entityId: `w-${tag}-${i}`, regionCode: '141123',
      // jsonb reorders keys and keeps 1.50 as written: the chain hashes the database's rendering.
      before: i % 2 ? null : { zeta: 1, alpha: [1.5, '兴县'], nested: { b: true, a: null } }, after: { wage: 4500.0, note: `第${i}条 "quoted"` },
    });
  }
}

async function tamper(ctx: AppContext, statement: ReturnType<typeof sql>): Promise<void> {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(ctx.db);
  try {
    await statement.execute(ctx.db);
  } finally {
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(ctx.db);
  }
}

const ids = async (ctx: AppContext, action: string): Promise<number[]> =>
  (await ctx.db.selectFrom('audit_log').select('id').where('action', '=', action).orderBy('id').execute()).map((r) => r.id);

describeEachDatabase('audit chain', (ctx) => {
  it('is intact after sequential and concurrent writers', async () => {
    await write(ctx(), 12, 'seq');
    await Promise.all(Array.from({ length: 6 }, (_, k) => write(ctx(), 4, `par${k}`)));
    const report = await verifyAuditChain(ctx());
    expect(report.problems).toEqual([]);
    const total = await ctx().db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    expect(report.checked).toBe(total.n);
    expect(report.checked).toBeGreaterThanOrEqual(36);
    const head = await ctx().db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    const last = await ctx().db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect([head.last_id, head.hash]).toEqual([last.id, last.hash]);
  });

  it('still refuses an update or delete through the application', async () => {
    const [first] = await ids(ctx(), 'test.seq');
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE id = ${first}`.execute(ctx().db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_log SET hash = 'x' WHERE id = ${first}`.execute(ctx().db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE id = ${first}`.execute(ctx().db)).rejects.toThrow(/append-only/);
    // The prune's switch does not let young entries go.
    await expect(ctx().db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('menkou.audit_prune', 'on', true)`.execute(trx);
      await sql`DELETE FROM audit_log WHERE id = ${first}`.execute(trx);
    })).rejects.toThrow(/append-only/);
  });

  it('names an entry edited and an entry deleted directly in SQL', async () => {
    const seq = await ids(ctx(), 'test.seq');
    const edited = seq[3];
    const deleted = seq[7];
    await tamper(ctx(), sql`UPDATE audit_log SET after = '{"wage": 9999}'::jsonb WHERE id = ${edited}`);
    await tamper(ctx(), sql`DELETE FROM audit_log WHERE id = ${deleted}`);
    const report = await verifyAuditChain(ctx());
    expect(report.problems).toEqual([
      { kind: 'altered', id: String(edited) },
      { kind: 'removed', afterId: String(seq[6]), beforeId: String(seq[8]) },
    ]);
    expect(describeProblem(report.problems[0]).en).toBe(`audit entry #${edited} was altered`);
    expect(describeProblem(report.problems[1]).zh).toContain(`#${seq[6]} 与 #${seq[8]} 之间`);
  });

  it('names entries removed from the end', async () => {
    const all = (await ctx().db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
    const last = all[all.length - 1];
    await tamper(ctx(), sql`DELETE FROM audit_log WHERE id >= ${all[all.length - 2]}`);
    const report = await verifyAuditChain(ctx());
    expect(report.problems.at(-1)).toEqual({ kind: 'tail_removed', afterId: String(all[all.length - 3]), headId: String(last) });
  });

  it('exports the log as xlsx with both digests', async () => {
    const out = path.join(tempDir('menkou-audit-'), 'audit.xlsx');
    const before = await ctx().db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id').execute();
    const rows = await exportAudit(ctx(), actor, { out });
    expect(rows).toBe(before.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(before.length + 1);
    expect(String(sheet.getRow(1).getCell(13).value)).toContain('SM3');
    expect(String(sheet.getRow(2).getCell(1).value)).toBe(String(before[0].id));
    expect(String(sheet.getRow(2).getCell(13).value)).toBe(before[0].hash);
    expect(await ids(ctx(), 'audit.export')).toHaveLength(1);
  });
});

describeEachDatabase('audit chain migration', (ctx) => {
  it('chains the entries written before migration 0017, in id order', async () => {
    await write(ctx(), 11, 'early');
    // Undo 0017 and run it again over the entries as they stood before it.
    await sql`ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash`.execute(ctx().db);
    await sql`DROP TABLE audit_chain_head`.execute(ctx().db);
    await sql`DELETE FROM kysely_migration WHERE name = '0017-audit-chain'`.execute(ctx().db);
    expect(await migrateToLatest(ctx().db)).toEqual(['0017-audit-chain']);
    const report = await verifyAuditChain(ctx());
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(11);
    expect(report.headId).toBe(String((await ids(ctx(), 'test.early')).at(-1)));
    await write(ctx(), 1, 'after');
    expect((await verifyAuditChain(ctx())).problems).toEqual([]);
  });
});

describeEachDatabase('audit retention', (ctx) => {
  it('prunes entries past the retention period and the chain still verifies', async () => {
    await write(ctx(), 12, 'old');
    await write(ctx(), 3, 'young');
    const old = await ids(ctx(), 'test.old');
    // Back-date the old entries (which alters them), then let the prune take them away.
    await tamper(ctx(), sql`UPDATE audit_log SET at = now() - interval '200 days' WHERE action = 'test.old'`);
    expect((await verifyAuditChain(ctx())).problems.length).toBeGreaterThan(0);
    await expect(pruneAudit(ctx(), actor, 90)).rejects.toThrow(/180/);
    const pruned = await pruneAudit(ctx(), actor, 180);
    expect(pruned.throughId).toBe(String(old[old.length - 1]));
    expect(pruned.deleted).toBeGreaterThanOrEqual(old.length);
    expect(await ids(ctx(), 'test.old')).toEqual([]);
    expect(await ids(ctx(), 'test.young')).toHaveLength(3);
    const report = await verifyAuditChain(ctx());
    expect(report.problems).toEqual([]);
    expect(report.prunedThroughId).toBe(String(old[old.length - 1]));
    expect(await ids(ctx(), 'audit.prune')).toHaveLength(1);
  });
});
