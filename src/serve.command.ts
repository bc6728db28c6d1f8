// `menkou serve`: the declaration only; the action (and the server it loads) is in
// serve.actions.ts, imported when the command runs.
import type { Command } from 'commander';
import { lazyAction } from './cli/run.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动服务（首次启动时生成演示活动）/ start the server (creates the demo campaign on first run)')
    .option('--port <port>', '端口 / port (default: $PORT or 3000)')
    .option('--host <host>', '监听地址 / host (default: $HOST or 127.0.0.1)')
    .action(lazyAction(() => import('./serve.actions.js'), 'serve'));
}
