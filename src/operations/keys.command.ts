// `menkou keys rotate [--new-key-file F]`.
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';
import { loadConfig } from '../core/config.js';
import { invalidInput } from '../core/errors.js';

export const KEYS_SUMMARY = '主密钥管理（轮换）/ master key management (rotation)';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description(KEYS_SUMMARY);
  keys.command('rotate')
    .description('用新主密钥重新加密全部身份证号、手机号等并重建盲索引（服务可继续运行，中断后再次运行即续做）/ re-encrypt every sealed value under a new master key and rebuild the blind indexes (the server keeps serving; run again to resume)')
    .option('--new-key-file <file>', '新主密钥文件（64 位十六进制）；不给则生成 / a file holding the new key (64 hex characters); generated when left out')
    .option('--batch <n>', '每批行数 / rows per batch', '500')
    .action(action(async (o: { newKeyFile?: string; batch: string }) => {
      const batch = Number(o.batch);
      if (!Number.isInteger(batch) || batch < 1) throw invalidInput('keys rotate', '--batch', { zh: '须为正整数', en: 'must be a whole number above 0' });
      const config = loadConfig();
      const { rotateKeys } = await import('./keys-rotate.service.js');
      const bar = progressBar('轮换 rotate', ' 行 rows');
      try {
        const result = await withContext((ctx) => rotateKeys(ctx, cliActor(), { masterKeyHex: config.masterKeyHex, keyFile: config.keyFile }, { newKeyFile: o.newKeyFile, batch, progress: bar.update }));
        bar.stop();
        process.stdout.write(`${result.resumed ? '已续做并完成 / resumed and finished' : '已完成 / finished'}: 重新加密 re-sealed ${result.resealed} 行 rows; 手机号登录 phone logins ${result.logins.rekeyed}` +
          `${result.logins.unmatched ? `（${result.logins.unmatched} 个无法对应，需重新注册 / ${result.logins.unmatched} could not be matched and must register again）` : ''}; 作废待用验证码 pending codes dropped ${result.codesDropped}\n`);
        if (result.usesEnvKey) {
          process.stdout.write(`!! 使用 MENKOU_KEY：请立即把 MENKOU_KEY 改为 ${result.newKeyFile} 中的新密钥并重启服务，然后删除该文件；旧密钥请另行保管\n` +
            `!! MENKOU_KEY is in use: set MENKOU_KEY to the new key in ${result.newKeyFile} and restart the server now, then delete that file; keep the old key apart\n`);
        } else {
          process.stdout.write(`新主密钥 new master key: ${result.newKeyFile}\n` +
            `!! 旧主密钥已保存为 ${result.oldKeyFile}：请将其移出本机另行保管（旧备份需要它），新主密钥也请立即另存两份\n` +
            `!! the old key is kept as ${result.oldKeyFile}: move it off this machine and keep it apart (older backups need it), and keep two copies of the new key apart now\n`);
        }
      } finally {
        bar.stop();
      }
    }));
}
