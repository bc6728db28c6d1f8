// /api/m/code and /api/m/code/verify on both databases: the code reaches the phone only
// through the SMS adapter, becomes a ticket once, a wrong code is refused naming the field,
// and neither the answers nor the server log hold the phone.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import type { SmsSender } from '../src/worker-portal/sms.js';
import { describeEachDatabase } from './db.js';

const PHONE = '13812345678';

describeEachDatabase('worker phone pages: registration code', (ctx) => {
  let app: FastifyInstance;
  const sent: { phone: string; text: string }[] = [];
  const sms: SmsSender = { kind: 'console', send: async (phone, text) => { sent.push({ phone, text }); } };
  beforeAll(async () => { app = await buildServer(ctx(), { printCode: () => undefined, sms }); });
  afterAll(async () => app?.close());

  const codeOf = (): string => /(\d{6})/.exec(sent.at(-1)?.text ?? '')?.[1] ?? '';

  it('sends a code to the phone and turns the right code into a ticket, once', async () => {
    const asked = await app.inject({ method: 'POST', url: '/api/m/code', payload: { phone: PHONE }, remoteAddress: '10.9.0.1' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).not.toContain(PHONE);
    expect(sent.at(-1)?.phone).toBe(PHONE);
    expect(sent.at(-1)?.text).toContain('免费');
    const code = codeOf();
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await app.inject({ method: 'POST', url: '/api/m/code/verify', payload: { phone: PHONE, code: code === '000000' ? '111111' : '000000' }, remoteAddress: '10.9.0.1' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'code' });

    const right = await app.inject({ method: 'POST', url: '/api/m/code/verify', payload: { phone: PHONE, code }, remoteAddress: '10.9.0.1' });
    expect(right.statusCode).toBe(200);
    const body = right.json() as { ticket: string; expiresAt: string };
    expect(body.ticket.length).toBeGreaterThan(20);
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    expect(right.body).not.toContain(PHONE);

    const again = await app.inject({ method: 'POST', url: '/api/m/code/verify', payload: { phone: PHONE, code }, remoteAddress: '10.9.0.1' });
    expect(again.statusCode).toBe(400);
  });

  it('refuses a phone that is not a mainland mobile, naming the field in both languages', async () => {
    const before = sent.length;
    const response = await app.inject({ method: 'POST', url: '/api/m/code', payload: { phone: '12345' }, remoteAddress: '10.9.0.2' });
    expect(response.statusCode).toBe(400);
    const problem = response.json() as { field: string; zh: string; en: string };
    expect(problem.field).toBe('phone');
    expect(problem.zh.length).toBeGreaterThan(0);
    expect(problem.en.length).toBeGreaterThan(0);
    expect(sent.length).toBe(before);
  });

  it('limits code requests per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push((await app.inject({ method: 'POST', url: '/api/m/code', payload: { phone: PHONE }, remoteAddress: '10.9.0.3' })).statusCode);
    }
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
