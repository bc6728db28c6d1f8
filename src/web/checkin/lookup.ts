// Finding a person on the downloaded manifest, offline: by the boarding token scanned from
// their QR code, or by the identity number typed in (its keyed digest, computed here with
// WebCrypto as the server computed it), and deciding what the desk may do with them.
import { DIGEST_HEX, looksLikeIdNumber, normaliseIdNumber } from '../../departure/checkin-lookup';
import type { Manifest, ManifestPassenger, ManifestTrip } from './api';
import type { QueuedRecord } from './store';

export type Index = {
  manifest: Manifest;
  byToken: Map<string, ManifestPassenger>;
  byWorker: Map<string, ManifestPassenger[]>;
  trips: Map<string, ManifestTrip>;
  keys: Map<string, Promise<CryptoKey>>;
};

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

/** Each coach's lookup key, imported once: the keyed digests of typed numbers are made with it. */
export type DigestKeys = Map<string, Promise<CryptoKey>>;

export function digestKeys(trips: readonly { id: string; lookupKey: string }[]): DigestKeys {
  return new Map(trips.map((t) => [t.id, crypto.subtle.importKey('raw', fromBase64url(t.lookupKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])]));
}

export function indexOf(manifest: Manifest): Index {
  const byWorker = new Map<string, ManifestPassenger[]>();
  for (const p of manifest.passengers) byWorker.set(p.workerId, [...(byWorker.get(p.workerId) ?? []), p]);
  return { manifest, byToken: new Map(manifest.passengers.map((p) => [p.token, p])), byWorker, trips: new Map(manifest.trips.map((t) => [t.id, t])), keys: digestKeys(manifest.trips) };
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Every row (one per coach the person rides that day) whose digest matches what was typed:
 * the check-in manifest's and the arrivals desk's alike.
 */
export async function matchIdNumber<P extends { tripId: string; idDigest: string }>(keys: DigestKeys, passengers: readonly P[], typed: string): Promise<P[]> {
  if (!looksLikeIdNumber(typed)) return [];
  const data = new TextEncoder().encode(normaliseIdNumber(typed));
  const found: P[] = [];
  for (const [tripId, key] of keys) {
    const digest = hex(await crypto.subtle.sign('HMAC', await key, data)).slice(0, DIGEST_HEX);
    for (const p of passengers) if (p.tripId === tripId && p.idDigest === digest) found.push(p);
  }
  return found;
}

export function findByIdNumber(index: Index, typed: string): Promise<ManifestPassenger[]> {
  return matchIdNumber(index.keys, index.manifest.passengers, typed);
}

/**
 * The worker id inside a boarding token (version 1: a byte, then trip and worker ids as
 * 0x80 + 16 bytes). The phone cannot check the token's MAC (the key stays on the server),
 * so this only finds the person; a pass printed before a re-plan still finds them.
 */
export function workerOfToken(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{40,600}$/.test(token)) return undefined;
  const raw = fromBase64url(token);
  if (raw[0] !== 1 || raw[1] !== 0x80 || raw[18] !== 0x80 || raw.length < 35) return undefined;
  const h = [...raw.subarray(19, 35)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function findByToken(index: Index, token: string): ManifestPassenger[] {
  const exact = index.byToken.get(token.trim());
  if (exact) return [exact];
  const worker = workerOfToken(token.trim());
  return worker ? index.byWorker.get(worker) ?? [] : [];
}

const GONE = new Set(['rebooked', 'cancelled']);
const HELD = new Set(['checked_in', 'departed', 'arrived', 'absent_at_arrival']);

export type Verdict =
  | { kind: 'check'; passenger: ManifestPassenger; trip: ManifestTrip }
  | { kind: 'other_trip'; passenger: ManifestPassenger; trip: ManifestTrip }
  | { kind: 'already'; passenger: ManifestPassenger; trip: ManifestTrip }
  | { kind: 'departed'; passenger: ManifestPassenger; trip: ManifestTrip }
  | { kind: 'off_manifest'; passenger: ManifestPassenger }
  | { kind: 'not_found' };

/**
 * What the desk does with the rows found for one person. `selected`: the coach this desk
 * serves, or null for all coaches of the point. `local`: this account's records on the phone.
 */
export function verdictOf(index: Index, rows: readonly ManifestPassenger[], selected: string | null, local: readonly QueuedRecord[]): Verdict {
  if (rows.length === 0) return { kind: 'not_found' };
  const live = rows.filter((p) => !GONE.has(p.state));
  if (live.length === 0) return { kind: 'off_manifest', passenger: rows[0] };
  const here = (selected ? live.find((p) => p.tripId === selected) : undefined) ?? live[0];
  const trip = index.trips.get(here.tripId) as ManifestTrip;
  if (selected && here.tripId !== selected) return { kind: 'other_trip', passenger: here, trip };
  const passedHere = local.some((r) => r.tripId === here.tripId && r.workerId === here.workerId && r.passed && r.status !== 'rejected');
  if (passedHere || HELD.has(here.state)) return { kind: 'already', passenger: here, trip };
  if (trip.departedAt) return { kind: 'departed', passenger: here, trip };
  return { kind: 'check', passenger: here, trip };
}

/** Now as ISO 8601 with this phone's UTC offset, moved onto the server's clock. */
export function isoNow(offsetMs: number, now = Date.now()): string {
  const ms = now + offsetMs;
  const minutes = -new Date(ms).getTimezoneOffset();
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Today in China (the manifest's day), on the server's clock. */
export function todayInChina(offsetMs: number): string {
  return new Date(Date.now() + offsetMs + 8 * 3_600_000).toISOString().slice(0, 10);
}
