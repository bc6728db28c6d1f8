// `menkou users add|list` and `menkou audit`, as the OS user.
import { cliActor } from '../cli/actor.js';
import { withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { auditTrail } from './audit.service.js';
import { listUsers } from './auth.repository.js';
import { addUser } from './users.service.js';

type AddOptions = { role: string; name: string; login?: string; password?: string; region?: string; employer?: string; gatheringPoint?: string; worker?: string };

export async function addUserCommand(o: AddOptions): Promise<void> {
  const created = await withContext((ctx) => addUser(ctx, cliActor(), {
    role: o.role, name: o.name, login: o.login, password: o.password, region: o.region,
    employerId: o.employer, gatheringPointId: o.gatheringPoint, workerId: o.worker,
  }));
  process.stdout.write(`已创建账户 / created: ${created.login} (${created.role}, ${created.regionPrefix || 'all'}) ${created.id}\n`);
}

export async function listUsersCommand(): Promise<void> {
  const rows = await withContext((ctx) => listUsers(ctx.db, ''));
  for (const u of rows) {
    const state = u.disabled_at ? '  已停用 disabled' : '';
    process.stdout.write(`${u.role.padEnd(9)} ${(u.login.startsWith('phone:') ? 'worker' : u.login).padEnd(24)} ${u.region_prefix.padEnd(7)} ${u.name}  ${u.id}${state}\n`);
  }
}

export async function auditCommand(o: { action?: string; actor?: string; from?: string; to?: string; limit: string; json?: boolean }): Promise<void> {
  for (const [field, value] of [['--from', o.from], ['--to', o.to]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw invalidInput('audit', field, { zh: '日期格式为 YYYY-MM-DD', en: 'a date is YYYY-MM-DD' });
    }
  }
  const limit = Math.min(Math.max(Number.parseInt(o.limit, 10) || 50, 1), 10_000);
  const filter = { action: o.action, actorLogin: o.actor, from: o.from, to: o.to };
  const result = await withContext((ctx) => auditTrail(ctx, cliActor(), { limit, offset: 0 }, filter));
  for (const e of result.items) {
    if (o.json) process.stdout.write(`${JSON.stringify(e)}\n`);
    else process.stdout.write(`${e.at} ${e.actorLogin.padEnd(16)} ${e.action.padEnd(16)} ${e.entity} ${e.entityId ?? ''} ${e.regionCode} ${e.ip ?? ''}\n`);
  }
}
