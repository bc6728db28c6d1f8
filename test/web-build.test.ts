// The built web (as the browser tests and `npm start` build it) ships React's production
// build: the build runs inside vitest too, where NODE_ENV is "test", which would otherwise
// give every bundle React's development build (about twice the size, and slower).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildWeb } from '../scripts/build-web.mjs';

const ASSETS = path.resolve(import.meta.dirname, '../dist/web/assets');

it('the web bundles carry React\'s production build, even when built under vitest', { timeout: 300_000 }, async () => {
  expect(process.env.NODE_ENV).toBe('test');
  await buildWeb({ quiet: true });
  const scripts = fs.readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((f) => f.startsWith('jsx-dev-runtime'))).toEqual([]);
  const development = scripts.filter((f) => fs.readFileSync(path.join(ASSETS, f), 'utf8').includes('react-dom.development'));
  expect(development).toEqual([]);
  expect(process.env.NODE_ENV).toBe('test');
});

it('the workers\' phone pages (/m/) run on preact/compat, not React (vite.m.config.ts)', { timeout: 300_000 }, async () => {
  await buildWeb({ quiet: true });
  const html = fs.readFileSync(path.resolve(ASSETS, '../m/index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    const code = fs.readFileSync(path.join(ASSETS, file), 'utf8');
    // React's production build names its error page in every minified error; Preact has none.
    expect(code.includes('react.dev/errors'), file).toBe(false);
  }
});
