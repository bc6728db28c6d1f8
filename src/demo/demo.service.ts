// Builds the demo campaign into the current database through the same write paths as the
// import (sealing personal data, batches, journey events).
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app/context.js';
import { type Campaign, insertCampaign } from '../campaigns/campaigns.repository.js';
import { employersOf, sealJob } from '../jobs/jobs.import.js';
import { upsertEmployersAndJobs } from '../jobs/jobs.repository.js';
import { sealWorker } from '../workers/workers.import.js';
import { refreshWorkerStatistics, upsertWorkers } from '../workers/workers.repository.js';
import { DEMO_CAMPAIGN } from './demo.data.js';
import { generateDemo } from './demo.generate.js';
import { findCampaignByName, insertGatheringPoints, renameCampaign } from './demo.repository.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, systemActor } from '../auth/audit.service.js';
import { createDemoAccounts, type DemoAccounts } from './demo.accounts.js';

export type DemoOptions = {
  workers: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
  log?: (line: string) => void;
  /** Who builds it, for the audit log (default: the system actor `demo`). */
  actor?: Actor;
};
export type DemoSummary = { campaign: Campaign; workers: number; jobs: number; employers: number; gatheringPoints: number; accounts: DemoAccounts };

const BATCH = 2000;

export async function buildDemo(ctx: AppContext, options: DemoOptions): Promise<DemoSummary> {
  const data = generateDemo({ workers: options.workers, seed: options.seed });
  const campaign = await insertCampaign(ctx.db, {
    name: DEMO_CAMPAIGN.name,
    target: DEMO_CAMPAIGN.target,
    region_code: DEMO_CAMPAIGN.regionCode,
    start_date: DEMO_CAMPAIGN.startDate,
    end_date: DEMO_CAMPAIGN.endDate,
  });
  await insertGatheringPoints(ctx.db, campaign.id, data.gatheringPoints);
  const total = data.jobs.length + data.workers.length;
  for (let i = 0; i < data.jobs.length; i += BATCH) {
    const batch = data.jobs.slice(i, i + BATCH);
    await upsertEmployersAndJobs(ctx.db, campaign.id, employersOf(batch), batch.map((job) => sealJob(ctx.vault, job)));
    options.onProgress?.(i + batch.length, total);
  }
  for (let i = 0; i < data.workers.length; i += BATCH) {
    const batch = data.workers.slice(i, i + BATCH);
    await upsertWorkers(ctx.db, campaign.id, batch.map((w) => sealWorker(ctx.vault, w)), { actor: 'demo', source: 'demo' });
    options.onProgress?.(data.jobs.length + i + batch.length, total);
  }
  await refreshWorkerStatistics(ctx.db);
  const accounts = await createDemoAccounts(ctx, campaign.id, options.actor ?? systemActor('demo'));
  await recordAudit(ctx, options.actor ?? systemActor('demo'), {
    action: 'demo.build', entity: 'campaign', entityId: campaign.id, regionCode: DEMO_CAMPAIGN.regionCode,
    after: { workers: data.workers.length, jobs: data.jobs.length, seed: options.seed },
  });
  ctx.log.info({ campaign: campaign.id, workers: data.workers.length, jobs: data.jobs.length }, 'demo campaign built');
  return {
    campaign,
    workers: data.workers.length,
    jobs: data.jobs.length,
    employers: employersOf(data.jobs).length,
    gatheringPoints: data.gatheringPoints.length,
    accounts,
  };
}

/** The demo campaign already in this database, if any. */
export async function existingDemo(ctx: AppContext): Promise<{ id: string; name: string } | undefined> {
  const found = await findCampaignByName(ctx.db, DEMO_CAMPAIGN.name);
  return found ? { id: found.id, name: DEMO_CAMPAIGN.name } : undefined;
}

/**
 * `menkou demo --force`: the demo in place is renamed aside (its journey events and audit
 * entries are append-only, so it is kept, not deleted) and a new one is built under the name.
 */
export async function replaceDemo(ctx: AppContext, options: DemoOptions): Promise<{ summary: DemoSummary; setAside?: string }> {
  const old = await existingDemo(ctx);
  let setAside: string | undefined;
  if (old) {
    setAside = `${DEMO_CAMPAIGN.name}（已替换 replaced ${new Date().toISOString().slice(0, 19).replace('T', ' ')}）`;
    await renameCampaign(ctx.db, old.id, setAside);
    await recordAudit(ctx, options.actor ?? systemActor('demo'), {
      action: 'demo.replace', entity: 'campaign', entityId: old.id, regionCode: DEMO_CAMPAIGN.regionCode,
      before: { name: old.name }, after: { name: setAside },
    });
  }
  return { summary: await buildDemo(ctx, options), setAside };
}

/** On first start: build the demo unless a campaign of that name exists. */
export async function ensureDemoCampaign(ctx: AppContext, options: DemoOptions): Promise<DemoSummary | undefined> {
  if (await findCampaignByName(ctx.db, DEMO_CAMPAIGN.name)) return undefined;
  options.log?.(`正在生成演示活动（${options.workers} 名劳动力）/ building the demo campaign (${options.workers} workers)…`);
  return buildDemo(ctx, options);
}

export const DEMO_LOGINS_FILE = 'demo-logins.txt';

/**
 * The demo logins as lines for the console. Passwords appear only right after the
 * accounts were made (and the worker's code right after building); otherwise the lines
 * point to the file where they were kept.
 */
export function demoLoginLines(accounts: DemoAccounts | undefined, loginsFile: string): string[] {
  const fresh = accounts?.logins.some((l) => l.password) ?? false;
  const lines = [fresh
    ? `演示账户 demo accounts（密码随机生成，只显示这一次，另存于 ${loginsFile} / random passwords, shown once, kept in ${loginsFile}):`
    : `演示账户 demo accounts（密码见 ${loginsFile} / passwords in ${loginsFile}):`];
  const logins = accounts?.logins ?? [
    { role: 'admin', login: 'admin', scope: '全国 all' }, { role: 'province', login: 'shanxi', scope: '14' },
    { role: 'city', login: 'lvliang', scope: '1411' }, { role: 'county', login: 'xingxian', scope: '141123' },
    { role: 'employer', login: 'employer', scope: '' }, { role: 'checkin', login: 'checkin-taiyuan', scope: '' },
  ];
  for (const l of logins.filter((l) => l.role !== 'worker')) {
    const password = l.password ? `密码 password ${l.password}` : '（密码未变 / password unchanged）';
    lines.push(`  ${l.role.padEnd(9)} ${l.login.padEnd(16)} ${password}  ${l.scope}`);
  }
  if (accounts?.workerCode) {
    lines.push(`  worker    手机 phone ${accounts.workerCode.phone}  验证码 code ${accounts.workerCode.code} (7 天有效 valid 7 days)`);
  } else {
    lines.push('  worker    手机号 + 验证码：POST /api/auth/code 后验证码显示在服务器控制台 / phone + code: the code appears on the server console');
  }
  return lines;
}

/**
 * Prints nothing itself: returns the lines and, when there are new passwords, appends
 * them to `dataDir/demo-logins.txt` (mode 600, readable by the server's user only), so
 * the logins printed once can be found again.
 */
export function announceDemoLogins(accounts: DemoAccounts | undefined, dataDir: string): string[] {
  const file = path.join(dataDir, DEMO_LOGINS_FILE);
  const lines = demoLoginLines(accounts, file);
  if (accounts?.logins.some((l) => l.password)) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.appendFileSync(file, `# ${new Date().toISOString()}\n${lines.join('\n')}\n`, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  }
  return lines;
}
