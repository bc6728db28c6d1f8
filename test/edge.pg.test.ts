// What the edge answers to broken input, on both databases: control characters in every
// query parameter, path parameter and body field of every route (400 naming the field,
// never 500), every kind of refusal in problem+json with a stable type and both
// languages, and TRUST_PROXY for the session cookie behind a TLS-terminating proxy.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../src/core/config.js';
import { buildDemo, type DemoSummary } from '../src/demo/demo.service.js';
import { buildServer } from '../src/server.js';
import { describeEachDatabase } from './db.js';
import { as, demoPassword, type Session, signIn } from './session.js';

type Spec = {
  paths: Record<string, Record<string, {
    parameters?: { in: string; name: string }[];
    requestBody?: { content: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  }>>;
};

function expectProblem(response: LightMyRequestResponse, status: number, type: string, label: string): Record<string, unknown> {
  expect(response.statusCode, `${label}: ${response.body}`).toBe(status);
  expect(response.headers['content-type'], label).toMatch(/^application\/problem\+json/);
  const body = response.json() as Record<string, unknown>;
  expect(body.type, label).toBe(type);
  expect(body.zh, label).toMatch(/[\u4e00-\u9fff]/);
  expect(body.en, label).toMatch(/^[\x20-\x7e]+$/);
  expect(body.title, label).toBe(`${String(body.zh)} / ${String(body.en)}`);
  expect(response.body, label).not.toMatch(/\s+at\s.*\.(ts|js)|Rate limit exceeded|FST_/);
  return body;
}

describeEachDatabase('the edge', (ctx) => {
  let app: FastifyInstance;
  let demo: DemoSummary;
  let admin: Session;
  beforeAll(async () => {
    demo = await buildDemo(ctx(), { workers: 50, seed: 5 });
    app = await buildServer(ctx(), { printCode: () => undefined });
    admin = await signIn(app, 'admin', demo, '10.20.0.1');
  });
  afterAll(async () => app?.close());

  it('answers a control character in any parameter or field of any route with 400 naming it', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/docs' })).json() as Spec;
    let tried = 0;
    for (const [route, methods] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const verb = method.toUpperCase() as 'GET' | 'POST' | 'PATCH';
        const send = (url: string, payload?: object) =>
          app.inject(as(admin, { method: verb, url, ...(verb === 'GET' ? {} : { payload: payload ?? {} }), remoteAddress: `10.21.${tried % 250}.1` }));
        const params = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const sample = route.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');
        for (const name of params) {
          tried += 1;
          const url = route.replace(/\{(\w+)\}/g, (_all, p: string) => (p === name ? 'a%00b' : '00000000-0000-4000-8000-000000000000'));
          const body = expectProblem(await send(url), 400, 'invalid_input', `${verb} ${route} params.${name}`);
          expect(body.field).toBe(`params.${name}`);
        }
        for (const query of (operation.parameters ?? []).filter((p) => p.in === 'query')) {
          for (const bad of ['a%00b', '%1Bx', 'a%C2%85', '%7F']) {
            tried += 1;
            const body = expectProblem(await send(`${sample}?${query.name}=${bad}`), 400, 'invalid_input', `${verb} ${route} query.${query.name}=${bad}`);
            expect(body.field).toBe(`query.${query.name}`);
          }
        }
        const json = operation.requestBody?.content['application/json']?.schema?.properties ?? {};
        for (const field of Object.keys(json)) {
          tried += 1;
          const body = expectProblem(await send(sample, { [field]: 'a\u0000b' }), 400, 'invalid_input', `${verb} ${route} body.${field}`);
          expect(body.field).toBe(`body.${field}`);
          expect(body.en).toContain('U+0000');
        }
      }
    }
    expect(tried).toBeGreaterThan(40);
  });

  it('answers a date that names no real day with 400 naming the field, on every route that takes one', async () => {
    const campaign = demo.campaign.id;
    const trip = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, object | undefined, string][] = [
      ['GET', `/api/campaigns/${campaign}/trips?date=2021-13-06`, undefined, 'query.date'],
      ['POST', `/api/campaigns/${campaign}/trips`, { date: '2021-02-30' }, 'body.date'],
      ['POST', `/api/campaigns/${campaign}/trips`, { date: '2021-01-06', startsBy: '2021-01-32' }, 'body.startsBy'],
      ['GET', `/api/campaigns/${campaign}/passengers?date=2021-00-06`, undefined, 'query.date'],
      ['GET', `/api/campaigns/${campaign}/reconciliation?date=2021-02-29`, undefined, 'query.date'],
      ['GET', `/api/campaigns/${campaign}/needs-attention?date=2021-04-31`, undefined, 'query.date'],
      ['GET', '/api/checkin/manifest?date=2021-13-01', undefined, 'query.date'],
      ['GET', '/api/arrivals/manifest?date=2021-13-01', undefined, 'query.date'],
      ['GET', '/api/audit?from=2021-02-30', undefined, 'query.from'],
      ['GET', '/api/audit?to=2021-13-01', undefined, 'query.to'],
      ['POST', `/api/trips/${trip}/departure`, { id: trip, at: '2021-01-06T25:00+08:00', onBoard: 3 }, 'body.at'],
      ['POST', `/api/trips/${trip}/departure`, { id: trip, at: '2021-13-06T10:00+08:00', onBoard: 3 }, 'body.at'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await app.inject(as(admin, { method: method as 'GET' | 'POST', url, ...(payload ? { payload } : {}), remoteAddress: '10.23.0.1' }));
      const body = expectProblem(response, 400, 'invalid_input', `${method} ${url} ${field}`);
      expect(body.field, `${method} ${url}`).toBe(field);
    }
  });

  it('checks sign-in fields, nested fields, keys and broken surrogates the same way', async () => {
    const cases: [object | string, string][] = [
      [{ login: 'ad\u0000min', password: 'x' }, 'body.login'],
      [{ login: 'admin', password: 'x\u0007' }, 'body.password'],
      ['{"login":"\\ud800","password":"x"}', 'body.login'],
      ['{"login":"admin","password":"x","extra":{"deep":["ok","\\u009b"]}}', 'body.extra.deep.1'],
      ['{"login":"admin","password":"x","k\\u0000":1}', 'body.k?'],
    ];
    for (const [payload, field] of cases) {
      const response = await app.inject({
        method: 'POST', url: '/api/auth/login', payload: payload as string, remoteAddress: '10.22.0.1',
        headers: { 'content-type': 'application/json' },
      });
      expect(expectProblem(response, 400, 'invalid_input', field).field).toBe(field);
    }
    const code = await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: '138\u00001234567' }, remoteAddress: '10.22.0.2' });
    expect(expectProblem(code, 400, 'invalid_input', 'code').field).toBe('body.phone');
    // Emoji (a proper surrogate pair), tabs and line breaks in a body are text, not refused here.
    const fine = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'admin😀', password: 'a\tb\nc' }, remoteAddress: '10.22.0.3' });
    expect(fine.statusCode).toBe(401);
  });

  it('answers every kind of refusal in problem+json with a stable type, in Chinese and English', async () => {
    const post = (payload: string, contentType: string, address: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': contentType }, remoteAddress: address });
    expectProblem(await post('{"login":', 'application/json', '10.23.0.1'), 400, 'malformed_json', 'malformed JSON');
    expectProblem(await post('', 'application/json', '10.23.0.2'), 400, 'empty_body', 'empty JSON body');
    expectProblem(await post('<login/>', 'application/xml', '10.23.0.3'), 415, 'unsupported_media_type', 'xml');
    expect(expectProblem(await post('login=admin', 'text/plain', '10.23.0.6'), 400, 'invalid_input', 'text/plain').field).toBe('body');
    expectProblem(await app.inject(as(admin, { method: 'GET', url: '/api/no-such-route' })), 404, 'not_found', 'no route');
    expectProblem(await app.inject({ method: 'GET', url: '/no-such-page.txt' }), 404, 'not_found', 'no page');
    expectProblem(await app.inject(as(admin, { method: 'DELETE', url: '/api/workers' })), 404, 'not_found', 'no such method');
    expectProblem(await app.inject(as(admin, { method: 'GET', url: '/api/workers/%E0%A4%A' })), 400, 'bad_url', 'bad escape');
    expectProblem(await app.inject({ method: 'GET', url: '/api/workers' }), 401, 'unauthorized', 'anonymous');
    expectProblem(await app.inject({ method: 'PATCH', url: '/api/workers/x', payload: {}, headers: { cookie: admin.cookie } }), 403, 'forbidden', 'no CSRF');
    expectProblem(await app.inject(as(admin, { method: 'GET', url: '/api/workers/00000000-0000-4000-8000-000000000000' })), 404, 'not_found', 'no such worker');
    const invalid = expectProblem(await app.inject(as(admin, { method: 'GET', url: '/api/workers?pageSize=abc' })), 400, 'invalid_input', 'validation');
    expect(invalid.field).toBe('query.pageSize');
    expect(invalid.zh).toContain('query.pageSize');
    const big = await app.inject(as(admin, { method: 'POST', url: '/api/users', payload: { role: 'county', name: 'x'.repeat(2 * 1024 * 1024) } }));
    expectProblem(big, 413, 'payload_too_large', 'too large');
    expectProblem(await post('{"login":"x","password":"y"}', 'application/json', '10.23.0.4'), 401, 'unauthorized', 'wrong password');

    // A wrong one-time code says so, not "wrong login or password".
    const wrongCode = expectProblem(
      await app.inject({ method: 'POST', url: '/api/auth/code/login', payload: { phone: '13912345678', code: '000000' }, remoteAddress: '10.23.0.5' }),
      401, 'unauthorized', 'wrong code',
    );
    expect(wrongCode.en).toContain('one-time code');
    expect(wrongCode.zh).toContain('验证码');

    // The rate limit (10 sign-ins a minute from one address).
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 11; i += 1) last = await post(JSON.stringify({ login: `x${i}`, password: 'y' }), 'application/json', '10.23.1.1');
    const limited = expectProblem(last as LightMyRequestResponse, 429, 'too_many_requests', 'rate limit');
    expect(limited.zh).toMatch(/请求过于频繁，请 \d+ 秒后再试/);
  });

  it('makes the session cookie Secure when the request came over https through a trusted proxy', async () => {
    const password = demoPassword(demo, 'shanxi');
    const trusting = await buildServer(ctx(), { printCode: () => undefined, trustProxy: parseTrustProxy('true') });
    try {
      const signInVia = (server: FastifyInstance, headers: Record<string, string>, address: string) =>
        server.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'shanxi', password }, headers, remoteAddress: address });
      const viaTls = await signInVia(trusting, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' }, '10.24.0.1');
      expect(viaTls.statusCode).toBe(200);
      expect(String(viaTls.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      const plain = await signInVia(trusting, { 'x-forwarded-proto': 'http' }, '10.24.0.2');
      expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/i);
      // Without TRUST_PROXY the header is anyone's to send, and is ignored.
      const spoofed = await signInVia(app, { 'x-forwarded-proto': 'https' }, '10.24.0.3');
      expect(spoofed.statusCode).toBe(200);
      expect(String(spoofed.headers['set-cookie'])).not.toMatch(/Secure/i);
      // Behind the proxy, sign-in locks count the client's address, not the proxy's.
      for (let i = 0; i < 5; i += 1) {
        await trusting.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'shanxi', password: 'wrong-1234' }, headers: { 'x-forwarded-for': '198.51.100.1' }, remoteAddress: '10.24.0.9' });
      }
      expect((await signInVia(trusting, { 'x-forwarded-for': '198.51.100.1' }, '10.24.0.9')).statusCode).toBe(429);
      expect((await signInVia(trusting, { 'x-forwarded-for': '198.51.100.2' }, '10.24.0.9')).statusCode).toBe(200);
    } finally {
      await trusting.close();
    }
  });
});

describe('TRUST_PROXY', () => {
  it('reads off, on, a hop count or addresses, and refuses anything else', () => {
    expect([undefined, '', 'false', 'off', '0'].map(parseTrustProxy)).toEqual([false, false, false, false, false]);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/TRUST_PROXY 无效 \/ TRUST_PROXY is not valid/);
  });
});
