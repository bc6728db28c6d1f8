// Forward-only migrations, listed in code so they ship inside the package and run at start.
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db } from './database.js';
import * as foundation from './migrations/0001-foundation.js';
import * as accounts from './migrations/0002-accounts.js';
import * as allocationAndTrips from './migrations/0003-allocation-and-trips.js';
import * as allocationChanges from './migrations/0004-allocation-changes.js';
import * as accountManagement from './migrations/0005-account-management.js';
import * as importRuns from './migrations/0007-import-runs.js';
import * as campaignSettingsAndQuotas from './migrations/0008-campaign-settings-and-quotas.js';
import * as workerSearch from './migrations/0009-worker-search.js';
import * as departure from './migrations/0010-departure.js';
import * as vacancyApproval from './migrations/0011-vacancy-approval.js';
import * as workerPortal from './migrations/0012-worker-portal.js';
import * as runPrices from './migrations/0013-run-prices.js';
import * as vacancyConditions from './migrations/0014-vacancy-conditions.js';
import * as retention from './migrations/0015-retention.js';
import * as grievances from './migrations/0016-grievances.js';
import * as auditChain from './migrations/0017-audit-chain.js';
import * as keyRotation from './migrations/0018-key-rotation.js';

const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-accounts': accounts,
  '0003-allocation-and-trips': allocationAndTrips,
  '0004-allocation-changes': allocationChanges,
  '0005-account-management': accountManagement,
  '0007-import-runs': importRuns,
  '0008-campaign-settings-and-quotas': campaignSettingsAndQuotas,
  '0009-worker-search': workerSearch,
  '0010-departure': departure,
  '0011-vacancy-approval': vacancyApproval,
  '0012-worker-portal': workerPortal,
  '0013-run-prices': runPrices,
  '0014-vacancy-conditions': vacancyConditions,
  '0015-retention': retention,
  '0016-grievances': grievances,
  '0017-audit-chain': auditChain,
  '0018-key-rotation': keyRotation,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Rooms add migrations independently (each touches only its own tables and columns), so
  // a database that already ran a later number can still take an earlier one that landed after.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations this build knows and the database has not run yet (readiness: none). */
export async function pendingMigrations(db: Db): Promise<{ applied: number; pending: string[] }> {
  const infos = await new Migrator({ db, provider, allowUnorderedMigrations: true }).getMigrations();
  return { applied: infos.filter((m) => m.executedAt).length, pending: infos.filter((m) => !m.executedAt).map((m) => m.name) };
}

/** Every migration name this build knows, in order (a backup's manifest records them). */
export const knownMigrations = (): string[] => Object.keys(migrations).sort();

/**
 * Runs exactly the named migrations (a backup's level, for restore), on the caller's
 * transaction when given one; throws naming any this build does not know.
 */
export async function migrateOnly(db: Db, names: readonly string[]): Promise<void> {
  const unknown = names.filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new Error(`unknown migrations: ${unknown.join(', ')}`);
  const subset = Object.fromEntries(names.map((name) => [name, migrations[name]]));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => subset }, allowUnorderedMigrations: true });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
