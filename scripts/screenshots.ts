// Redraws docs/screenshots/console-*.png: the main pages of the web console at 1366×768,
// signed in as the province officer, on the full demo campaign (27,000 workers; set
// MENKOU_DEMO_WORKERS for a smaller one). Run: npm run screenshots [-- name …]
// To add a page, add a line to SHOTS (what to wait for before the picture is taken).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startWorld } from '../test/e2e/harness.js';
import { allocationPage } from '../test/e2e/page-models/allocation-page.js';
import { loginPage } from '../test/e2e/page-models/login-page.js';
import { tripsPage } from '../test/e2e/page-models/trips-page.js';
import { workersPage } from '../test/e2e/page-models/workers-page.js';

type Shot = { name: string; path: string; login?: string; ready: (page: Page) => Promise<unknown> };

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

export const SHOTS: Shot[] = [
  { name: 'console-sign-in', path: '/login', ready: (page) => page.locator('#sign-in_login').waitFor() },
  { name: 'console-dashboard', path: '/dashboard', login: 'shanxi', ready: (page) => page.locator('[data-testid="dashboard"] canvas').first().waitFor() },
  { name: 'console-campaigns', path: '/campaigns', login: 'shanxi', ready: (page) => page.locator('.ant-table-row').first().waitFor() },
  { name: 'console-workers', path: '/workers', login: 'shanxi', ready: (page) => workersPage(page).rows().first().waitFor() },
  {
    name: 'console-worker', path: '/workers?region=141123', login: 'xingxian',
    ready: async (page) => {
      const workers = workersPage(page);
      await workers.rows().first().waitFor();
      await workers.openRow(0);
      await workers.journey().waitFor();
      await page.getByTestId('recommendations').or(page.locator('.ant-empty')).first().waitFor();
    },
  },
  {
    name: 'console-worker-register', path: '/workers', login: 'xingxian',
    ready: async (page) => {
      const workers = workersPage(page);
      await workers.rows().first().waitFor();
      await workers.startRegister();
    },
  },
  { name: 'console-vacancies', path: '/jobs', login: 'shanxi', ready: (page) => page.getByTestId('vacancies-table').locator('.ant-table-row').first().waitFor() },
  {
    name: 'console-vacancy', path: '/jobs', login: 'shanxi',
    ready: async (page) => {
      await page.getByTestId('vacancies-table').locator('.ant-table-row a').first().click();
      await page.getByTestId('vacancy-workers').waitFor();
    },
  },
  { name: 'console-employers', path: '/jobs?tab=employers', login: 'shanxi', ready: (page) => page.getByTestId('employers-table').locator('.ant-table-row').first().waitFor() },
  {
    name: 'console-employer', path: '/jobs?tab=employers', login: 'shanxi',
    ready: async (page) => {
      await page.getByTestId('employers-table').locator('.ant-table-row a').first().click();
      await page.getByTestId('employer-name').waitFor();
      await page.locator('.ant-table-row').first().waitFor();
    },
  },
  { name: 'console-imports', path: '/imports', login: 'xingxian', ready: (page) => page.getByTestId('import-history').waitFor() },
  {
    name: 'console-allocation', path: '/allocation', login: 'shanxi',
    ready: async (page) => {
      const allocation = allocationPage(page);
      if ((await allocation.runCount().catch(() => 0)) === 0) await allocation.startRun();
      await allocation.showTab('vacancy');
    },
  },
  {
    name: 'console-allocation-reasons', path: '/allocation', login: 'shanxi',
    ready: (page) => allocationPage(page).showTab('worker'),
  },
  {
    name: 'console-trips', path: '/allocation', login: 'shanxi',
    ready: async (page) => {
      await allocationPage(page).confirm('all');
      const trips = tripsPage(page);
      await trips.open();
      await trips.plan();
      await page.locator('[data-testid="trips-page"] canvas').first().waitFor();
    },
  },
  {
    name: 'console-trip-coach', path: '/trips', login: 'shanxi',
    ready: async (page) => {
      const trips = tripsPage(page);
      await trips.openCoach(0);
      await page.getByTestId('coach-detail').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    },
  },
  { name: 'console-departure', path: '/departure', login: 'shanxi', ready: (page) => page.getByTestId('board-table').locator('.ant-table-row').first().waitFor() },
  { name: 'console-accounts', path: '/accounts', login: 'shanxi', ready: (page) => page.getByTestId('accounts-table').locator('.ant-table-row').first().waitFor() },
  { name: 'console-audit', path: '/audit', login: 'shanxi', ready: (page) => page.getByTestId('audit-table').locator('.ant-table-row').first().waitFor() },
];

const wanted = process.argv.slice(2);
const shots = wanted.length ? SHOTS.filter((s) => wanted.includes(s.name)) : SHOTS;
const workers = Number.parseInt(process.env.MENKOU_DEMO_WORKERS ?? '27000', 10);
process.stdout.write(`building a demo of ${workers} workers…\n`);
const { env, close } = await startWorld({ workers });
try {
  fs.mkdirSync(OUT, { recursive: true });
  const pages = new Map<string, Page>();
  for (const shot of shots) {
    const key = shot.login ?? '';
    let page = pages.get(key);
    if (!page) {
      page = await env.newPage();
      if (shot.login) {
        const signIn = loginPage(page);
        await signIn.open();
        await signIn.signIn(shot.login, env.password(shot.login));
        await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      }
      pages.set(key, page);
    }
    await page.goto(shot.path);
    await shot.ready(page);
    // Charts animate in; let them settle.
    await page.waitForTimeout(1200);
    const file = path.join(OUT, `${shot.name}.png`);
    await page.screenshot({ path: file });
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
} finally {
  await close();
}
