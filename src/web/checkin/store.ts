// The phone's own storage (IndexedDB through Dexie). Every row carries the account (the
// login) that made or downloaded it: another account signing in on the same phone reads
// and sends only its own rows, and nothing of the first account's is ever deleted by a
// sign-out. A record is written here before the screen shows its result.
import Dexie, { type EntityTable } from 'dexie';
import type { ArrivalManifest, Manifest } from './api';

export type Outcome = 'waiting' | 'stored' | 'duplicate' | 'rejected';

export type QueuedRecord = {
  id: string; account: string; deviceId: string; tripId: string; workerId: string;
  /** ISO with offset, on the server's clock as the phone knows it. */
  at: string; identity: 'verified' | 'mismatch'; temperature: number; security: 'passed' | 'failed';
  passed: boolean; status: Outcome; reason?: string; serverState?: string; madeAt: number; syncedAt?: number;
};

/** A handover at the gate (the arrivals desk), queued like a check-in. */
export type QueuedArrival = {
  id: string; account: string; deviceId: string; tripId: string; workerId: string;
  at: string; outcome: 'handed_over' | 'absent'; status: Outcome; reason?: string; serverState?: string; madeAt: number; syncedAt?: number;
};
export type StoredArrivals = { key: string; account: string; date: string; downloadedAt: number; manifest: ArrivalManifest };

export type StoredManifest = { key: string; account: string; date: string; downloadedAt: number; manifest: Manifest };
export type AccountMeta = { account: string; lastSyncAt?: number; clockOffsetMs?: number; syncProblem?: string };

export const db = new Dexie('menkou-checkin') as Dexie & {
  records: EntityTable<QueuedRecord, 'id'>;
  manifests: EntityTable<StoredManifest, 'key'>;
  meta: EntityTable<AccountMeta, 'account'>;
  arrivals: EntityTable<QueuedArrival, 'id'>;
  arrivalManifests: EntityTable<StoredArrivals, 'key'>;
};
db.version(1).stores({
  records: 'id, [account+status], [account+tripId+workerId]',
  manifests: 'key, account',
  meta: 'account',
});
// Version 2 adds the arrivals desk's queue and manifests; version 1's rows stay as they are.
db.version(2).stores({
  records: 'id, [account+status], [account+tripId+workerId]',
  manifests: 'key, account',
  meta: 'account',
  arrivals: 'id, [account+status], [account+tripId]',
  arrivalManifests: 'key, account',
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

/** Over the account's whole outbox: check-ins and handovers alike. */
export async function countByStatus(account: string, status: Outcome): Promise<number> {
  const [checkins, arrivals] = await Promise.all([
    db.records.where('[account+status]').equals([account, status]).count(),
    db.arrivals.where('[account+status]').equals([account, status]).count(),
  ]);
  return checkins + arrivals;
}

export async function saveArrivals(account: string, manifest: ArrivalManifest): Promise<StoredArrivals> {
  const row = { key: manifestKey(account, manifest.date), account, date: manifest.date, downloadedAt: Date.now(), manifest };
  await db.arrivalManifests.put(row);
  return row;
}

export function loadArrivals(account: string, date: string): Promise<StoredArrivals | undefined> {
  return db.arrivalManifests.get(manifestKey(account, date));
}

export async function addArrival(record: QueuedArrival): Promise<void> {
  await db.arrivals.add(record);
}

export function arrivalsOfTrip(account: string, tripId: string): Promise<QueuedArrival[]> {
  return db.arrivals.where('[account+tripId]').equals([account, tripId]).toArray();
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
