// Runs a suite on every database we support: a fresh in-memory PGlite and a fresh database
// in the throwaway PostgreSQL cluster (see global-setup.ts). No mocks: real engines.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type AppContext, openAppContext } from '../src/app/context.js';
import { createPgDatabase } from './pg-cluster.js';

export type DbKindName = 'pglite' | 'postgres';

export async function openTestContext(kind: DbKindName): Promise<AppContext> {
  const masterKeyHex = randomBytes(32).toString('hex');
  if (kind === 'pglite') return openAppContext({ masterKeyHex, seedDemo: false });
  const databaseUrl = await createPgDatabase(inject('pgUrl'));
  return openAppContext({ databaseUrl, masterKeyHex, seedDemo: false });
}

/** describe() once per database; the callback gets a getter for that database's context. */
export function describeEachDatabase(title: string, body: (ctx: () => AppContext, kind: DbKindName) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    // Skipped only without PostgreSQL on this machine; global-setup fails the run under CI=true.
    const pgMissing = kind === 'postgres' && !inject('pgUrl');
    const suite = pgMissing ? describe.skip : describe;
    suite(`${title} [${kind}]`, () => {
      let ctx: AppContext | undefined;
      beforeAll(async () => {
        ctx = await openTestContext(kind);
      });
      afterAll(async () => {
        await ctx?.close();
      });
      body(() => {
        if (!ctx) throw new Error('test context not open');
        return ctx;
      }, kind);
    });
  }
}
