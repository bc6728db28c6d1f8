// `menkou db migrate`.
import { withContext } from '../cli/run.js';

export async function migrate(): Promise<void> {
  // Opening the context migrates to the latest version.
  const kind = await withContext(async (ctx) => ctx.kind);
  process.stdout.write(`数据库已是最新版本 / database is up to date (${kind})\n`);
}
