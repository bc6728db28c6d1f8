// First load of the employer portal: `node --import tsx bench/web/employer-portal.ts [--workers=N] [--rounds=N]`.
// Target (issue 11): the portal's JavaScript under the console's budget (600 KB gzipped for
// the first route). The employer signs in on the same page as officers and lands on /portal;
// each round opens /portal in a fresh browser context (empty cache, the session cookie
// carried over) and times navigation start → its vacancy table drawn with rows. The JS size
// is the gzipped size of every .js file the browser fetched for that load.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.mjs';
import { openAppContext } from '../../src/app/context.js';
import { buildDemo } from '../../src/demo/demo.service.js';
import { buildServer } from '../../src/server.js';

const BUDGET_JS = 600 * 1024;
const WEB = path.resolve(import.meta.dirname, '../../dist/web');
const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const workers = Number(arg('workers') ?? 2000);
const rounds = Number(arg('rounds') ?? 5);

await buildWeb({ quiet: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-bench-portal-'));
const ctx = await openAppContext({ dataDir, logLevel: 'silent', seedDemo: false, masterKeyHex: randomBytes(32).toString('hex') });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const demo = await buildDemo(ctx, { workers, seed: 2021 });
  const app = await buildServer(ctx, { printCode: () => undefined });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const password = demo.accounts.logins.find((l) => l.login === 'employer')?.password ?? '';
  const signIn = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: base, locale: 'zh-CN' });
  const first = await signIn.newPage();
  await first.goto('/login');
  await first.locator('#sign-in_login').fill('employer');
  await first.locator('#sign-in_password').fill(password);
  await first.locator('form button[type="submit"]').click();
  await first.waitForURL(/\/portal$/);
  const cookies = await signIn.cookies();
  await signIn.close();

  const times: number[] = [];
  let scripts: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: base, locale: 'zh-CN' });
    await context.addCookies(cookies);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('response', (r) => { const p = new URL(r.url()).pathname; if (p.endsWith('.js')) fetched.push(p); });
    await page.goto('/portal');
    await page.getByTestId('own-vacancies').locator('tbody tr.ant-table-row').first().waitFor({ timeout: 30_000 });
    times.push(await page.evaluate(() => performance.now()));
    scripts = fetched;
    await context.close();
  }
  await app.close();

  const gz = (file: string) => {
    const full = path.join(WEB, file);
    return fs.existsSync(`${full}.gz`) ? fs.statSync(`${full}.gz`).size : zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length;
  };
  const js = [...new Set(scripts)].map((file) => ({ file, bytes: gz(file) })).sort((a, b) => b.bytes - a.bytes);
  const total = js.reduce((s, f) => s + f.bytes, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  process.stdout.write(`employer portal first load, median of ${rounds}: ${sorted[Math.floor(rounds / 2)].toFixed(0)} ms (${sorted.map((t) => t.toFixed(0)).join(', ')})\n`);
  process.stdout.write(`JavaScript of /portal, gzipped: ${kb(total)} in ${js.length} files (budget 600 KB: ${total < BUDGET_JS ? 'met' : 'NOT met'})\n`);
  process.stdout.write(`largest: ${js.slice(0, 5).map((f) => `${path.basename(f.file)} ${kb(f.bytes)}`).join(', ')}\n`);
  if (total >= BUDGET_JS) process.exitCode = 1;
} finally {
  await browser.close();
  await ctx.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
