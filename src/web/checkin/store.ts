// The phone's own storage (IndexedDB through Dexie). Every row carries the account (the
// login) that made or downloaded it: another account signing in on the same phone reads
// and sends only its own rows, and nothing of the first account's is ever deleted by a
// sign-out. A record is written here before the screen shows its result.
import Dexie, { type EntityTable } from 'dexie';
import type { Manifest } from './api';

export type Outcome = 'waiting' | 'stored' | 'duplicate' | 'rejected';

export type QueuedRecord = {
  id: string; account: string; deviceId: string; tripId: string; workerId: string;
  /** ISO with offset, on the server's clock as the phone knows it. */
  at: string; identity: 'verified' | 'mismatch'; temperature: number; security: 'passed' | 'failed';
  passed: boolean; status: Outcome; reason?: string; serverState?: string; madeAt: number; syncedAt?: number;
};

export type StoredManifest = { key: string; account: string; date: string; downloadedAt: number; manifest: Manifest };
export type AccountMeta = { account: string; lastSyncAt?: number; clockOffsetMs?: number; syncProblem?: string };

export const db = new Dexie('menkou-checkin') as Dexie & {
  records: EntityTable<QueuedRecord, 'id'>;
  manifests: EntityTable<StoredManifest, 'key'>;
  meta: EntityTable<AccountMeta, 'account'>;
};
db.version(1).stores({
  records: 'id, [account+status], [account+tripId+workerId]',
  manifests: 'key, account',
  meta: 'account',
});

export const manifestKey = (account: string, date: string) => `${account}|${date}`;

export async function saveManifest(account: string, manifest: Manifest): Promise<StoredManifest> {
  const row = { key: manifestKey(account, manifest.date), account, date: manifest.date, downloadedAt: Date.now(), manifest };
  await db.manifests.put(row);
  return row;
}

export function loadManifest(account: string, date: string): Promise<StoredManifest | undefined> {
  return db.manifests.get(manifestKey(account, date));
}

export async function addRecord(record: QueuedRecord): Promise<void> {
  await db.records.add(record);
}

export function waitingRecords(account: string, limit: number): Promise<QueuedRecord[]> {
  return db.records.where('[account+status]').equals([account, 'waiting']).limit(limit).toArray();
}

export function countByStatus(account: string, status: Outcome): Promise<number> {
  return db.records.where('[account+status]').equals([account, status]).count();
}

export function recordsOf(account: string, tripId: string, workerId: string): Promise<QueuedRecord[]> {
  return db.records.where('[account+tripId+workerId]').equals([account, tripId, workerId]).toArray();
}

export function recordsOfAccount(account: string): Promise<QueuedRecord[]> {
  return db.records.where('[account+status]').between([account, Dexie.minKey], [account, Dexie.maxKey]).toArray();
}

export async function getMeta(account: string): Promise<AccountMeta> {
  return (await db.meta.get(account)) ?? { account };
}

export async function patchMeta(account: string, patch: Partial<AccountMeta>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ ...(await getMeta(account)), ...patch, account });
  });
}

const DEVICE_KEY = 'menkou.checkin.device';

/** A name for this phone, made once, sent with every batch (the needs-attention list shows it). */
export function deviceId(): string {
  try {
    const known = localStorage.getItem(DEVICE_KEY);
    if (known) return known;
    const made = `phone-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return 'phone-unnamed';
  }
}
