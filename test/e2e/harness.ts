// The browser tests' world: ONE real server per test file (in this process, on a fresh
// on-disk PGlite with a small demo campaign, on a free port) and Debian's Chromium driven
// by playwright-core. Without /usr/bin/chromium the suite skips, saying so, except under
// CI=true, where it fails. Accounts: the demo's generated passwords, read from what the
// demo build returns (`env().password('shanxi')`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { buildWeb } from '../../scripts/build-web.mjs';
import { type AppContext, openAppContext } from '../../src/app/context.js';
import { buildDemo, type DemoSummary } from '../../src/demo/demo.service.js';
import { buildServer } from '../../src/server.js';
import type { SmsSender } from '../../src/worker-portal/sms.js';
import type {} from '../global-setup.js'; // its ProvidedContext declares inject('pgUrl')
import { createPgDatabase } from '../pg-cluster.js';
import { demoPassword } from '../session.js';

export const CHROMIUM = '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * Chinese glyphs for Chromium without installing a system font: a fontconfig file that adds
 * the Noto Sans Hans OTFs which `npm install` already brings (@embedpdf/fonts-sc, for PDFs).
 */
function fontconfigWithCjk(dir: string): string {
  const fonts = fileURLToPath(new URL('../../node_modules/@embedpdf/fonts-sc/fonts/', import.meta.url));
  const file = path.join(dir, 'fonts.conf');
  const system = fs.existsSync('/etc/fonts/fonts.conf') ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' : '';
  fs.writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>${system}<dir>${fonts}</dir><cachedir>${path.join(dir, 'font-cache')}</cachedir></fontconfig>`);
  return file;
}

/**
 * `database: 'postgres'` runs the world on a fresh database in the test run's PostgreSQL
 * cluster; `sms` receives the one-time codes (the phone pages' tests read them there).
 */
export type E2eOptions = { workers?: number; seed?: number; database?: 'pglite' | 'postgres'; sms?: SmsSender };

export type E2eEnv = {
  /** The console's address, e.g. http://127.0.0.1:41234 */
  url: string;
  ctx: AppContext;
  app: FastifyInstance;
  demo: DemoSummary;
  browser: Browser;
  password: (login: string) => string;
  /** A fresh browser context (own cookies and localStorage) at 1366×768, and its page. */
  newPage: (options?: { locale?: string }) => Promise<Page>;
  /** Uncaught errors thrown in any page so far (tests assert there are none). */
  pageErrors: string[];
};

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** A server with a small demo and a browser, as the tests and the screenshot script use it. */
export async function startWorld(options: E2eOptions = {}): Promise<{ env: E2eEnv; close: () => Promise<void> }> {
  await buildWeb({ quiet: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-e2e-'));
  const contexts: BrowserContext[] = [];
  const masterKeyHex = randomBytes(32).toString('hex');
  const ctx = options.database === 'postgres'
    ? await openAppContext({ databaseUrl: await createPgDatabase(inject('pgUrl'), 'e2e'), masterKeyHex })
    : await openAppContext({ dataDir, masterKeyHex });
  const demo = await buildDemo(ctx, { workers: options.workers ?? 2000, seed: options.seed ?? 2021 });
  const app = await buildServer(ctx, { printCode: () => undefined, sms: options.sms ?? { kind: 'console', send: async () => undefined } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // launch() gives every run a fresh temporary profile (user-data dir) of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigWithCjk(dataDir) },
  });
  const pageErrors: string[] = [];
  const env: E2eEnv = {
    url, ctx, app, demo, browser, pageErrors,
    password: (login) => demoPassword(demo, login),
    newPage: async ({ locale = 'zh-CN' } = {}) => {
      const context = await browser.newContext({ viewport: VIEWPORT, locale, timezoneId: 'Asia/Shanghai', baseURL: url });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
  };
  const close = async (): Promise<void> => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser.close();
    await app.close();
    await ctx.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { env, close };
}

/** Starts the world for one test file; the body gets a getter. */
export function describeE2e(title: string, body: (env: () => E2eEnv) => void, options: E2eOptions = {}): void {
  if (!chromiumAvailable()) {
    if (process.env.CI === 'true') throw new Error(`CI: ${CHROMIUM} is required for the browser tests but was not found`);
    console.warn(`[menkou] ${CHROMIUM} not found: browser tests "${title}" are SKIPPED on this machine.`);
    describe.skip(title, () => body(() => { throw new Error('skipped'); }));
    return;
  }
  if (options.database === 'postgres' && !inject('pgUrl')) {
    // global-setup already failed the run under CI=true when PostgreSQL is missing.
    console.warn(`[menkou] PostgreSQL not found: browser tests "${title}" are SKIPPED on this machine.`);
    describe.skip(title, () => body(() => { throw new Error('skipped'); }));
    return;
  }
  describe(title, () => {
    let world: Awaited<ReturnType<typeof startWorld>> | undefined;
    beforeAll(async () => {
      world = await startWorld(options);
    }, 300_000);
    afterAll(async () => {
      await world?.close();
    });
    body(() => {
      if (!world) throw new Error('e2e world not started');
      return world.env;
    });
  });
}
