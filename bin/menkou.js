#!/usr/bin/env node
// Runs the CLI compiled to lib/ (scripts/build-cli.mjs), which starts in tens of
// milliseconds where compiling the TypeScript at each start took about a second. lib/ is
// (re)built here when it is missing or any source changed, so a fresh clone and an edited
// checkout both work with no build step; tsx runs the sources only if building fails.
import { cliEntry } from '../scripts/build-cli.mjs';

const entry = await cliEntry();
if (!entry.compiled) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entry.url);
