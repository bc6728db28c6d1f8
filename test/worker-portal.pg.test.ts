// The worker portal's store (migration 0012) on both databases: registration codes turn
// into a one-use ticket, wrong codes are counted, interest marks are idempotent; and the
// console SMS sender never prints the phone in clear.
import { expect, it } from 'vitest';
import { consoleSender, httpSender } from '../src/worker-portal/sms.js';
import {
  dropRegistrationCode, markInterest, saveRegistrationCode, takeRegistrationCode, ticketValid,
} from '../src/worker-portal/portal.repository.js';
import { describeEachDatabase } from './db.js';

it('the console SMS sender masks the phone', async () => {
  const lines: string[] = [];
  await consoleSender((line) => lines.push(line)).send('13812345678', '验证码 123456');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain('13812345678');
  expect(lines[0]).toContain('123456');
});

it('the HTTP SMS sender posts phone and text, and fails on a gateway error', async () => {
  const calls: { url: string; body: string; auth: string | null }[] = [];
  const fake = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: String(init?.body), auth: new Headers(init?.headers).get('authorization') });
    return new Response('{}', { status: calls.length === 1 ? 200 : 502 });
  }) as typeof fetch;
  const sender = httpSender('http://gateway.invalid/sms', 'secret', fake);
  await sender.send('13812345678', 'hello');
  expect(JSON.parse(calls[0].body)).toEqual({ phone: '13812345678', text: 'hello' });
  expect(calls[0].auth).toBe('Bearer secret');
  await expect(sender.send('13812345678', 'again')).rejects.toThrow(/502/);
});

describeEachDatabase('worker portal store (0012)', (ctx) => {
  it('a code becomes a ticket once; wrong codes count towards the limit', async () => {
    const db = ctx().db;
    await saveRegistrationCode(db, 'phone-a', 'code-1', new Date(Date.now() + 60_000));
    expect(await takeRegistrationCode(db, 'phone-a', 'wrong', 'ticket', 5, 30)).toBe(false);
    expect(await takeRegistrationCode(db, 'phone-a', 'code-1', 'ticket', 5, 30)).toBe(true);
    expect(await takeRegistrationCode(db, 'phone-a', 'code-1', 'ticket-2', 5, 30)).toBe(false);
    expect(await ticketValid(db, 'phone-a', 'ticket')).toBe(true);
    expect(await ticketValid(db, 'phone-a', 'other')).toBe(false);
    await dropRegistrationCode(db, 'phone-a');
    expect(await ticketValid(db, 'phone-a', 'ticket')).toBe(false);

    await saveRegistrationCode(db, 'phone-b', 'code-2', new Date(Date.now() + 60_000));
    for (let i = 0; i < 3; i += 1) await takeRegistrationCode(db, 'phone-b', 'wrong', 't', 3, 30);
    expect(await takeRegistrationCode(db, 'phone-b', 'code-2', 't', 3, 30)).toBe(false);
  });

  it('interest marks are idempotent and can be taken back', async () => {
    const db = ctx().db;
    const worker = { province: '14', id: '00000000-0000-4000-8000-000000000001' };
    const job = { province: '32', id: '00000000-0000-4000-8000-000000000002' };
    await markInterest(db, worker, job, true);
    await markInterest(db, worker, job, true);
    const count = async () => (await db.selectFrom('worker_interests').select('job_id').where('worker_id', '=', worker.id).execute()).length;
    expect(await count()).toBe(1);
    await markInterest(db, worker, job, false);
    expect(await count()).toBe(0);
    const columns = await db.selectFrom('workers').select(['travel_group', 'consent_at']).limit(1).execute();
    expect(Array.isArray(columns)).toBe(true);
  });
});
