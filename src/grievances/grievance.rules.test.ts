import { expect, it } from 'vitest';
import { checkMove, dueAt, GRIEVANCE_STATES, isOverdue, movesFor } from './grievance.rules.js';
import { MAX_PHOTO_BYTES, photoRefusal, sniffPhoto } from './photo.rules.js';

it('an employer can take in hand and resolve, never close; the worker only answers a resolution', () => {
  expect(movesFor('received', 'employer')).toEqual(['in_hand']);
  expect(movesFor('in_hand', 'employer')).toEqual(['resolved']);
  expect(movesFor('resolved', 'employer')).toEqual([]);
  expect(movesFor('received', 'worker')).toEqual([]);
  expect(movesFor('resolved', 'worker').sort()).toEqual(['closed', 'in_hand']);
  expect(checkMove('in_hand', 'closed', 'employer')).toMatchObject({ ok: false, why: 'not_yours' });
  expect(checkMove('closed', 'in_hand', 'officer')).toMatchObject({ ok: false, why: 'no_such_move' });
  expect(checkMove('in_hand', 'resolved', 'officer')).toEqual({ ok: true, noteRequired: true });
  for (const state of GRIEVANCE_STATES) expect(movesFor('closed', 'officer')).not.toContain(state);
});

it('deadlines: two days to take in hand, seven to resolve; a resolved one is not overdue against anyone', () => {
  const t = new Date('2021-01-10T08:00:00Z');
  expect(dueAt('received', t)?.toISOString()).toBe('2021-01-12T08:00:00.000Z');
  expect(dueAt('in_hand', t)?.toISOString()).toBe('2021-01-17T08:00:00.000Z');
  expect(dueAt('closed', t)).toBeNull();
  const later = new Date('2021-01-20T00:00:00Z');
  expect(isOverdue('received', dueAt('received', t), later)).toBe(true);
  expect(isOverdue('resolved', dueAt('resolved', t), later)).toBe(false);
  expect(isOverdue('in_hand', dueAt('in_hand', t), t)).toBe(false);
});

it('photos are told by their bytes: a renamed program, an empty file and an oversized one are refused by name', () => {
  expect(sniffPhoto(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  expect(sniffPhoto(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe('image/png');
  expect(sniffPhoto(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
  expect(sniffPhoto(Buffer.from('\0\0\0\x18ftypheic'))).toBe('image/heic');
  expect(photoRefusal('a.jpg', Buffer.from('MZ\x90\0'))?.zh).toContain('Windows 程序');
  expect(photoRefusal('a.jpg', Buffer.from('%PDF-1.4'))?.en).toContain('PDF');
  expect(photoRefusal('a.jpg', new Uint8Array())?.en).toContain('empty');
  expect(photoRefusal('big.jpg', new Uint8Array(MAX_PHOTO_BYTES + 1))?.en).toContain('larger than 5 MB');
  expect(photoRefusal('ok.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xdb]))).toBeNull();
});
