import type { Command } from 'commander';
import type { AppContext } from './app/context.js';
import { action } from './cli/run.js';
import { loadConfig } from './core/config.js';

/**
 * The demo's allocation and coaches (about a minute for 27,000 workers) are made after the
 * server answers, so the first start is not held up; the pages fill as each day is planned.
 */
async function scheduleInBackground(ctx: AppContext): Promise<void> {
  try {
    const { systemActor } = await import('./auth/audit.service.js');
    const { scheduleDemo } = await import('./demo/demo.schedule.js');
    const { existingDemo } = await import('./demo/demo.service.js');
    const demo = await existingDemo(ctx);
    if (!demo) return;
    const done = await scheduleDemo(ctx, systemActor('demo'), demo.id, (line) => process.stdout.write(`${line}\n`));
    if (done.days.length > 0) process.stdout.write('演示活动已排车 / the demo campaign\'s coaches are planned\n');
  } catch (error) {
    process.stderr.write(`演示排车未完成，下次启动时继续 / the demo schedule stopped, it goes on at the next start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动服务（首次启动时生成演示活动）/ start the server (creates the demo campaign on first run)')
    .option('--port <port>', '端口 / port (default: $PORT or 3000)')
    .option('--host <host>', '监听地址 / host (default: $HOST or 127.0.0.1)')
    .action(action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig();
      // The server loads with the action, so `menkou --help` and other commands skip it.
      const { openAppContext } = await import('./app/context.js');
      const { announceDemoLogins, ensureDemoCampaign } = await import('./demo/demo.service.js');
      const { buildServer } = await import('./server.js');
      const ctx = await openAppContext({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        masterKeyHex: config.masterKeyHex,
        keyFile: config.keyFile,
        logLevel: config.logLevel,
      });
      let loginLines: string[] = [];
      if (config.demo) {
        const created = await ensureDemoCampaign(ctx, { workers: config.demoWorkers, seed: 2021, log: (line) => process.stdout.write(`${line}\n`) });
        if (created) process.stdout.write(`演示活动已生成 / demo campaign created: ${created.campaign.name}\n`);
        loginLines = announceDemoLogins(created?.accounts, config.dataDir);
      }
      const app = await buildServer(ctx, { trustProxy: config.trustProxy, metrics: config.metrics });
      const port = options.port ? Number.parseInt(options.port, 10) : config.port;
      const host = options.host ?? config.host;
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      for (const line of loginLines) process.stdout.write(`${line}\n`);
      process.stdout.write(`menkou 已启动 / is running — 网页工作台 web console: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/  (API docs: /api/docs/ui, database: ${ctx.kind})\n`);
      process.stdout.write(`劳动力手机报名页 worker phone pages: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/m/\n`);
      if (config.demo) void scheduleInBackground(ctx);
      const stop = async (): Promise<void> => {
        await app.close();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    }));
}
