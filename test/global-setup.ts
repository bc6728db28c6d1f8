// Starts one throwaway PostgreSQL cluster for the whole run; each test file makes its own
// database in it. Without PostgreSQL the *.pg tests skip, except under CI where they must run.
import type { TestProject } from 'vitest/node';
import { type PgCluster, postgresAvailable, startPgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let cluster: PgCluster | undefined;
  if (process.env.MENKOU_TEST_PG_URL) {
    project.provide('pgUrl', process.env.MENKOU_TEST_PG_URL);
  } else if (postgresAvailable()) {
    cluster = await startPgCluster();
    project.provide('pgUrl', cluster.url);
  } else if (process.env.CI === 'true') {
    throw new Error('CI: PostgreSQL (initdb) is required for the PostgreSQL tests but was not found');
  } else {
    console.warn('[menkou] PostgreSQL not found: PostgreSQL-backed tests are SKIPPED on this machine (PGlite ones still run).');
    project.provide('pgUrl', '');
  }
  return () => cluster?.stop();
}
