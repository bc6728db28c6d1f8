#!/usr/bin/env node
// `npm start`'s and `npm run build`'s build: the server and CLI into dist/ (esbuild, about
// a second) and the web console into dist/web (vite), each only when older than its
// sources unless `--force`. One process for both, so that an `npm start` with nothing to
// build costs one Node start and two mtime walks.
import { buildServer } from './build-server.mjs';
import { buildWeb } from './build-web.mjs';

const force = process.argv.includes('--force');
try {
  await buildServer({ force });
} catch (error) {
  process.stderr.write(`服务端编译失败 / server build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
try {
  await buildWeb({ force });
} catch (error) {
  process.stderr.write(`网页工作台构建失败 / web console build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
