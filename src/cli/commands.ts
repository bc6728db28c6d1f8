// The top-level commands, each with its summary for `menkou --help` and how to load it. A
// command's module pulls in the database, the server or an engine, so only the one being
// run is loaded (src/cli/main.ts). A new command is one more line here.
import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * One top-level command: its summary for `menkou --help` (the same text as the description
 * its module gives it, test/cli-lazy.test.ts checks) and how to load its registration.
 */
export type CommandEntry = { name: string; summary: string; load: () => Promise<Register> };

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'serve', summary: '启动服务（首次启动时生成演示活动）/ start the server (creates the demo campaign on first run)', load: async () => (await import('../serve.command.js')).registerServeCommand },
  { name: 'demo', summary: '生成演示活动（山西 2021 元旦春节点对点劳务输出）/ build the demo campaign (Shanxi, New Year 2021)', load: async () => (await import('../demo/demo.command.js')).registerDemoCommand },
  { name: 'import', summary: '导入劳动力或岗位表格 / import registrations or vacancies from .xlsx or .csv', load: async () => (await import('../imports/import.command.js')).registerImportCommand },
  { name: 'export', summary: '导出劳动力或岗位（身份证号、手机号脱敏）/ export workers or vacancies (identity numbers and phones masked)', load: async () => (await import('../imports/export.command.js')).registerExportCommand },
  { name: 'db', summary: '数据库维护 / database maintenance', load: async () => (await import('../db/db.command.js')).registerDbCommand },
  { name: 'match', summary: '批量匹配劳动力与岗位（精确最优，见 docs/matching.md）/ exact batch allocation of workers to vacancies', load: async () => (await import('../allocation/match.command.js')).registerMatchCommand },
  { name: 'allocate', summary: '按匹配规则为活动分配岗位（已确认的保持不变）/ allocate a campaign\'s workers to vacancies (confirmed ones stay)', load: async () => (await import('../allocation/allocate.command.js')).registerAllocateCommand },
  { name: 'plan-trips', summary: '规划一天的包车（docs/trips.md）/ plan chartered coaches for one departure day', load: async () => (await import('../trips/plan-trips.command.js')).registerPlanTripsCommand },
  { name: 'trips', summary: '包车车次 / chartered coach trips', load: async () => (await import('../trips/trips.command.js')).registerTripsCommand },
  { name: 'users', summary: '账户管理 / accounts', load: async () => (await import('../auth/users.command.js')).registerUsersCommand },
  { name: 'audit', summary: '查看审计日志 / show the audit log', load: async () => (await import('../auth/users.command.js')).registerAuditCommand },
  { name: 'campaigns', summary: '输出活动与统计 / campaigns and their statistics', load: async () => (await import('../campaigns/campaigns.command.js')).registerCampaignsCommand },
  { name: 'report', summary: '报表 / reports', load: async () => (await import('../reports/reports.command.js')).registerReportCommand },
  { name: 'retention', summary: '稳岗回访 / job-retention follow-up', load: async () => (await import('../retention/retention.command.js')).registerRetentionCommand },
  { name: 'reconcile', summary: '发车日对账：每位乘客恰在一个状态 / reconcile a departure day: every passenger in exactly one state', load: async () => (await import('../departure/reconcile.command.js')).registerReconcileCommand },
  { name: 'backup', summary: '备份数据库（一致快照，压缩，不含主密钥）/ back up the database (consistent snapshot, compressed, without the master key)', load: async () => (await import('../operations/backup.command.js')).registerBackupCommand },
  { name: 'restore', summary: '从备份恢复到空的数据目录或数据库 / restore a backup into an empty data folder or database', load: async () => (await import('../operations/backup.command.js')).registerRestoreCommand },
  { name: 'keys', summary: '主密钥管理（轮换）/ master key management (rotation)', load: async () => (await import('../operations/keys.command.js')).registerKeysCommand },
];
