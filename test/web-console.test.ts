// The server serves the built console beside /api: hashed assets cached for good,
// index.html never, browser addresses answered with index.html, /api misses still JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openAppContext } from '../src/app/context.js';
import { buildServer } from '../src/server.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };

describe('web console serving', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let bare: FastifyInstance;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-web-'));
  const script = `console.log(${JSON.stringify('门口'.repeat(400))});`;

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    for (const entry of ['m', 'checkin']) {
      fs.mkdirSync(path.join(root, entry));
      fs.writeFileSync(path.join(root, entry, 'index.html'), `<!doctype html><div id="root" data-entry="${entry}"></div>`);
    }
    fs.writeFileSync(path.join(root, 'checkin/sw.js'), 'self.addEventListener("fetch", () => {});');
    fs.writeFileSync(path.join(root, 'checkin/manifest.webmanifest'), '{"name":"门口·签到","scope":"/checkin/"}');
    fs.writeFileSync(path.join(root, 'assets/app-abc123.js'), script);
    fs.writeFileSync(path.join(root, 'assets/app-abc123.js.gz'), zlib.gzipSync(script));
    ctx = await openAppContext({ masterKeyHex: randomBytes(32).toString('hex'), seedDemo: false });
    app = await buildServer(ctx, { webRoot: root });
    bare = await buildServer(ctx, { webRoot: path.join(root, 'missing') });
  });
  afterAll(async () => {
    await app?.close();
    await bare?.close();
    await ctx?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers / and any browser address with index.html, never cached', async () => {
    for (const url of ['/', '/dashboard', '/workers/123?tab=journey']) {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('answers the workers\' pages and the check-in PWA with their own entry', async () => {
    const cases: [string, string][] = [['/m', 'm'], ['/m/', 'm'], ['/m/status?x=1', 'm'], ['/checkin/', 'checkin'], ['/checkin/trip/5', 'checkin'], ['/mine', ''], ['/checkins', '']];
    for (const [url, entry] of cases) {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.body.includes('data-entry'), url).toBe(entry !== '');
      if (entry) expect(response.body, url).toContain(`data-entry="${entry}"`);
    }
  });

  it('serves the check-in service worker and web app manifest uncached, with their types', async () => {
    const sw = await app.inject({ method: 'GET', url: '/checkin/sw.js', headers: { accept: '*/*', 'service-worker': 'script' } });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    // A long-cached worker would pin phones to an old bundle: browsers revalidate it every time.
    expect(sw.headers['cache-control']).toBe('no-cache');
    const manifest = await app.inject({ method: 'GET', url: '/checkin/manifest.webmanifest', headers: { accept: '*/*' } });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets for a year, precompressed when the browser takes it', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(script);
    const gzipped = await app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.rawPayload).toString()).toBe(script);
  });

  it('keeps /api misses and missing files as problem+json 404s', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/health/nope', headers: HTML });
    expect(api.statusCode).toBe(401); // unknown API addresses need a session like the rest
    const file = await app.inject({ method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } });
    expect(file.statusCode).toBe(404);
    expect(file.headers['content-type']).toContain('application/problem+json');
  });

  it('says how to build the console when dist/web is missing', async () => {
    const response = await bare.inject({ method: 'GET', url: '/', headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('npm run build');
  });
});
