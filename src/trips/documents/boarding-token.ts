// The token inside a boarding QR code. It carries ids only (trip, worker, seat, date),
// never a name or a number, because a printed manifest and a phone screen are both easy to
// photograph. It is short so that a code printed 14 mm wide on a manifest still scans:
// record ids are UUIDs, packed to 16 bytes each, and the MAC is truncated to 96 bits.
//
// Layout before base64url: version (1) · trip id · worker id · seat (u16) · date (u16
// days since 2000-01-01) · HMAC-SM3 tag (12). An id is either 0x80 + 16 UUID bytes, or
// its UTF-8 length (< 0x80) and bytes. Two UUIDs make 39 + 12 = 51 bytes, 68 characters.
//
// The date is the departure day; whether a token is for today is the scanner's business.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidInput } from '../../core/errors.js';

export type BoardingClaims = { trip: string; worker: string; seat: number; date: string };

const VERSION = 1;
const TAG_BYTES = 12;
const UUID_FLAG = 0x80;
const EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
// Only the canonical lowercase form is packed, so an id comes back exactly as it was signed.
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function macKey(secret: Buffer): Buffer {
  if (secret.length < 16) throw new Error('boarding token secret must be at least 16 bytes');
  // A key of its own, so that a tag here can never be replayed as another HMAC of the same secret.
  return createHmac('sm3', secret).update('menkou:boarding-token:v1').digest();
}

const tagOf = (key: Buffer, body: Buffer): Buffer => createHmac('sm3', key).update(body).digest().subarray(0, TAG_BYTES);

function encodeId(id: string, field: string, worker: string): Buffer {
  if (CANONICAL_UUID.test(id)) return Buffer.concat([Buffer.from([UUID_FLAG]), Buffer.from(id.replaceAll('-', ''), 'hex')]);
  const bytes = Buffer.from(id, 'utf8');
  if (bytes.length === 0 || bytes.length >= UUID_FLAG) {
    throw invalidInput(worker, field, { zh: '编号为空或过长（最多 127 字节）', en: 'id is empty or longer than 127 bytes' });
  }
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const days = (ms - EPOCH_MS) / DAY_MS;
  // Rejects 2021-02-30 (which Date.UTC rolls over) and days a u16 cannot hold.
  if (dateOf(days) !== date || days < 0 || days > 0xffff) return undefined;
  return days;
}

const dateOf = (days: number): string => new Date(EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);

export function signBoardingToken(secret: Buffer, claims: BoardingClaims): string {
  const days = dayNumber(claims.date);
  if (days === undefined) {
    throw invalidInput(claims.worker, 'date', { zh: '日期须为 YYYY-MM-DD 格式的有效日期', en: 'date must be a real date written YYYY-MM-DD' });
  }
  if (!Number.isInteger(claims.seat) || claims.seat < 1 || claims.seat > 0xffff) {
    throw invalidInput(claims.worker, 'seat', { zh: '座位号须为正整数', en: 'seat must be a positive whole number' });
  }
  const tail = Buffer.alloc(4);
  tail.writeUInt16BE(claims.seat, 0);
  tail.writeUInt16BE(days, 2);
  const body = Buffer.concat([
    Buffer.from([VERSION]),
    encodeId(claims.trip, 'trip', claims.worker),
    encodeId(claims.worker, 'worker', claims.worker),
    tail,
  ]);
  return Buffer.concat([body, tagOf(macKey(secret), body)]).toString('base64url');
}

function decodeId(raw: Buffer, at: number): { id: string; next: number } | undefined {
  if (at >= raw.length) return undefined;
  const head = raw[at];
  if (head === UUID_FLAG) {
    if (at + 17 > raw.length) return undefined;
    const hex = raw.subarray(at + 1, at + 17).toString('hex');
    return { id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, next: at + 17 };
  }
  if (head === 0 || head > UUID_FLAG || at + 1 + head > raw.length) return undefined;
  const bytes = raw.subarray(at + 1, at + 1 + head);
  const id = bytes.toString('utf8');
  // Invalid UTF-8 would decode to a different id than any that was signed.
  if (!Buffer.from(id, 'utf8').equals(bytes)) return undefined;
  return { id, next: at + 1 + head };
}

/** The claims of a token signed with this secret, or undefined for anything else. */
export function verifyBoardingToken(secret: Buffer, token: string): BoardingClaims | undefined {
  if (typeof token !== 'string' || token.length > 600 || !BASE64URL.test(token)) return undefined;
  const raw = Buffer.from(token, 'base64url');
  // Node ignores stray trailing bits; only the one spelling that was issued is accepted.
  if (raw.toString('base64url') !== token || raw.length < 1 + TAG_BYTES) return undefined;
  const body = raw.subarray(0, raw.length - TAG_BYTES);
  const tag = raw.subarray(raw.length - TAG_BYTES);
  if (!timingSafeEqual(tag, tagOf(macKey(secret), body))) return undefined;
  if (body[0] !== VERSION) return undefined;
  const trip = decodeId(body, 1);
  const worker = trip && decodeId(body, trip.next);
  if (!trip || !worker || worker.next + 4 !== body.length) return undefined;
  return {
    trip: trip.id,
    worker: worker.id,
    seat: body.readUInt16BE(worker.next),
    date: dateOf(body.readUInt16BE(worker.next + 2)),
  };
}
