import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { registerAccountCommands } from './accounts.command.js';
import { registerAuditChainCommands } from './audit.command.js';
import { auditTrail } from './audit.service.js';
import { listUsers } from './auth.repository.js';
import { addUser } from './users.service.js';

type AddOptions = { role: string; name: string; login?: string; password?: string; region?: string; employer?: string; gatheringPoint?: string; worker?: string };

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('账户管理 / accounts');
  users
    .command('add')
    .description('创建账户 / create an account')
    .requiredOption('--role <role>', 'admin | province | city | county | employer | checkin | worker')
    .requiredOption('--name <name>', '姓名 / name')
    .option('--login <login>', '登录名 / login (not for workers: they sign in with their phone)')
    .option('--password <password>', '密码（至少 10 位，含字母和数字）/ password (10+ characters, letters and digits)')
    .option('--region <code>', '辖区代码（官员）/ region code for officers, e.g. 141123')
    .option('--employer <id>', '用人单位 id / employer id (employer accounts)')
    .option('--gathering-point <id>', '集合点 id / gathering point id (check-in staff)')
    .option('--worker <id>', '劳动力 id / worker id (worker accounts)')
    .action(action(async (o: AddOptions) => {
      const created = await withContext((ctx) => addUser(ctx, cliActor(), {
        role: o.role, name: o.name, login: o.login, password: o.password, region: o.region,
        employerId: o.employer, gatheringPointId: o.gatheringPoint, workerId: o.worker,
      }));
      process.stdout.write(`已创建账户 / created: ${created.login} (${created.role}, ${created.regionPrefix || 'all'}) ${created.id}\n`);
    }));
  users
    .command('list')
    .description('列出账户 / list accounts')
    .action(action(async () => {
      const rows = await withContext((ctx) => listUsers(ctx.db, ''));
      for (const u of rows) {
        const state = u.disabled_at ? '  已停用 disabled' : '';
        process.stdout.write(`${u.role.padEnd(9)} ${(u.login.startsWith('phone:') ? 'worker' : u.login).padEnd(24)} ${u.region_prefix.padEnd(7)} ${u.name}  ${u.id}${state}\n`);
      }
    }));
  registerAccountCommands(users);
}

export function registerAuditCommand(program: Command): void {
  const audit = program
    .command('audit')
    .description('查看审计日志 / show the audit log')
    .option('--action <action>', '只看某类操作 / only this action, e.g. worker.reveal')
    .option('--actor <login>', '只看某操作人 / only this actor, e.g. shanxi or cli:alice')
    .option('--from <YYYY-MM-DD>', '起始日期（含）/ from this day (inclusive)')
    .option('--to <YYYY-MM-DD>', '截止日期（含）/ to this day (inclusive)')
    .option('--limit <n>', '条数 / entries', '50')
    .option('--json', 'JSON 输出 / JSON lines')
    .action(action(async (o: { action?: string; actor?: string; from?: string; to?: string; limit: string; json?: boolean }) => {
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
    }));
  registerAuditChainCommands(audit);
}
