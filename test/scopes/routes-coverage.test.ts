// Fails when a route exists in the OpenAPI document that no *.scopes.test.ts covers.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { openAppContext } from '../../src/app/context.js';
import { buildServer } from '../../src/server.js';

function scopeTestFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : scopeTestFiles(full);
    return entry.name.endsWith('.scopes.test.ts') ? [full] : [];
  });
}

it('every route in the OpenAPI document has a scope test', async () => {
  const ctx = await openAppContext({ masterKeyHex: randomBytes(32).toString('hex') });
  const app = await buildServer(ctx);
  const spec = (await app.inject({ method: 'GET', url: '/api/docs' })).json() as { paths: Record<string, Record<string, unknown>> };
  await app.close();
  await ctx.close();
  const routes = Object.entries(spec.paths).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${route}`));
  expect(routes.length).toBeGreaterThan(15);

  const covered = new Set<string>();
  for (const file of [...scopeTestFiles('test'), ...scopeTestFiles('src')]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const call of text.matchAll(/covers\(([^)]*)\)/g)) {
      for (const route of call[1].matchAll(/'([A-Z]+ \/api\/[^']*)'/g)) covered.add(route[1]);
    }
  }
  const uncovered = routes.filter((route) => !covered.has(route)).sort();
  expect(uncovered, 'routes without a scope test').toEqual([]);
});
