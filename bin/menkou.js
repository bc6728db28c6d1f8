#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm start`, `npm test` and `npm run build`) while
// it is current, so a command starts without compiling TypeScript; otherwise (a fresh
// clone, or sources edited since the build) the TypeScript sources through tsx, so what
// runs is always what the sources say. MENKOU_FROM_SOURCES=1 forces the sources.
import { serverIsCurrent } from '../scripts/build-server.mjs';

if (process.env.MENKOU_FROM_SOURCES !== '1' && serverIsCurrent()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
