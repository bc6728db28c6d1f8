// `menkou audit export --out FILE.xlsx`: the audit log for the assessor, every column the
// chain hashes plus both digests, so the workbook itself can be checked against the chain.
// Cells are strings (a login like =HYPERLINK(…) stays text). The export is itself audited.
import ExcelJS from 'exceljs';
import type { AppContext } from '../app/context.js';
import type { Actor } from './actor.js';
import { chainRowsAfter } from './audit-chain.repository.js';
import { recordAudit } from './audit.service.js';

const HEADERS = [
  '序号 id', '时间 (UTC) at', '操作人 actor', '操作人 id actor id', '操作 action', '对象 entity', '对象 id entity id', '辖区 region', 'IP',
  '变更前 before', '变更后 after', '前一条摘要 previous SM3', '本条摘要 SM3',
];

export type AuditExportOptions = { out: string; from?: string; to?: string; onProgress?: (rows: number) => void };

/** Days are China time, as in `menkou audit --from/--to`. */
function inRange(at: string, from?: string, to?: string): boolean {
  const time = Date.parse(at);
  if (from && time < Date.parse(`${from}T00:00:00+08:00`)) return false;
  if (to && time >= Date.parse(`${to}T00:00:00+08:00`) + 86_400_000) return false;
  return true;
}

export async function exportAudit(ctx: AppContext, actor: Actor, options: AuditExportOptions): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: options.out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('审计日志 audit log');
  sheet.addRow(HEADERS).commit();
  let rows = 0;
  let after = '0';
  for (;;) {
    const page = await chainRowsAfter(ctx.db, after, 2000);
    if (page.length === 0) break;
    for (const e of page) {
      if (!inRange(e.at, options.from, options.to)) continue;
      sheet.addRow([
        e.id, e.at, e.actorLogin, e.actorId ?? '', e.action, e.entity, e.entityId ?? '', e.regionCode, e.ip ?? '', e.before ?? '', e.after ?? '',
        e.prevHash ?? '', e.hash ?? '',
      ]).commit();
      rows += 1;
    }
    after = page[page.length - 1].id;
    options.onProgress?.(rows);
  }
  sheet.commit();
  await workbook.commit();
  await recordAudit(ctx, actor, { action: 'audit.export', entity: 'audit_log', after: { rows, from: options.from ?? null, to: options.to ?? null } });
  return rows;
}
