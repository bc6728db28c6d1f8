// First load of the dashboard: `node --import tsx bench/web/dashboard.ts [--workers=N] [--rounds=N] [--shots=DIR] [--write]`.
// Targets (issue 10): the dashboard's first load under 2 s on localhost with the demo data
// (27,000 workers), and the first route's JavaScript under 600 KB gzipped. The demo is
// built into a fresh on-disk PGlite (removed at the end); the real server listens on
// 127.0.0.1 and serves the built console (dist/web, precompressed); Debian's Chromium at
// 1366×768 signs in as the province officer, then each round opens /dashboard in a fresh
// browser context (empty cache, the session cookie carried over) and times navigation
// start → every chart drawn (the four canvases, the map's GeoJSON included). The JS size
// is the gzipped size of every .js file the browser fetched for that load.
// --write puts the table in bench/README.md under "## Web console" between this script's
// markers. --shots=DIR also writes dashboard and campaigns screenshots there.
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

const TARGET_MS = 2000;
const TARGET_JS = 600 * 1024;
const README = path.resolve(import.meta.dirname, '../README.md');
const WEB = path.resolve(import.meta.dirname, '../../dist/web');
const BEGIN = '<!-- bench/web/dashboard.ts: begin -->';
const END = '<!-- bench/web/dashboard.ts: end -->';

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const workers = Number(arg('workers') ?? 27_000);
const rounds = Number(arg('rounds') ?? 5);
const shots = arg('shots');

await buildWeb({ quiet: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `menkou-bench-dash-${workers}-`));
const ctx = await openAppContext({ dataDir, logLevel: 'silent', seedDemo: false, masterKeyHex: randomBytes(32).toString('hex') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  const started = Date.now();
  const demo = await buildDemo(ctx, { workers, seed: 2021 });
  process.stdout.write(`demo of ${workers} workers built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const app = await buildServer(ctx, { printCode: () => undefined });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const password = demo.accounts.logins.find((l) => l.login === 'shanxi')?.password ?? '';

  const signInContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const signInPage = await signInContext.newPage();
  await signInPage.goto('/login');
  await signInPage.locator('#sign-in_login').fill('shanxi');
  await signInPage.locator('#sign-in_password').fill(password);
  await signInPage.locator('form button[type="submit"]').click();
  await signInPage.waitForURL(/\/dashboard$/);
  const cookies = await signInContext.cookies();
  await signInContext.close();

  const times: number[] = [];
  let scripts: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addCookies(cookies);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const fetched: string[] = [];
    page.on('response', (r) => { if (new URL(r.url()).pathname.endsWith('.js')) fetched.push(new URL(r.url()).pathname); });
    await page.goto('/dashboard');
    await page.locator('[data-testid="dashboard"] canvas').nth(3).waitFor({ timeout: 30_000 });
    // Navigation start → now, in the page's own clock, once every chart has its canvas.
    times.push(await page.evaluate(() => performance.now()));
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    scripts = fetched;
    if (shots && round === 0) {
      fs.mkdirSync(shots, { recursive: true });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(shots, 'dashboard.png') });
      await page.goto('/campaigns');
      await page.getByTestId('quotas').locator('table').waitFor();
      await page.screenshot({ path: path.join(shots, 'campaigns.png') });
    }
    await context.close();
  }
  await app.close();

  const gz = (file: string) => {
    const full = path.join(WEB, file);
    return fs.existsSync(`${full}.gz`) ? fs.statSync(`${full}.gz`).size : zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length;
  };
  const js = [...new Set(scripts)].map((file) => ({ file, bytes: gz(file) })).sort((a, b) => b.bytes - a.bytes);
  const jsTotal = js.reduce((s, f) => s + f.bytes, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const lines = [
    `First load of the dashboard as the province officer (all ${workers.toLocaleString('en-US')} workers in reach), real server on`,
    `127.0.0.1, Chromium at 1366×768, a fresh browser context (empty cache) each round, navigation start until all four`,
    `charts are drawn (map GeoJSON included). Run: \`node --import tsx bench/web/dashboard.ts --write\`. Machine: 2 cores,`,
    `Node ${process.versions.node}, load average ${load} at the end; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| measure | result | target |',
    '|---|---|---|',
    `| first load, median of ${rounds} | ${median.toFixed(0)} ms (${sorted.map((t) => t.toFixed(0)).join(', ')}) | < ${TARGET_MS} ms ${median < TARGET_MS ? '(met)' : '(NOT met)'} |`,
    `| JavaScript of the first route, gzipped | ${kb(jsTotal)} in ${js.length} files | < 600 KB ${jsTotal < TARGET_JS ? '(met)' : '(NOT met)'} |`,
    `| of which ECharts and the dashboard | ${kb(js.filter((f) => !/index-|router|vendor/i.test(f.file)).reduce((s, f) => s + f.bytes, 0))} | loaded only on this route |`,
    '',
    `Largest files: ${js.slice(0, 5).map((f) => `\`${path.basename(f.file)}\` ${kb(f.bytes)}`).join(', ')}. The map (\`/maps/china.json\`, ${kb(gz('maps/china.json'))} gzipped) is fetched by the dashboard only.`,
  ];
  const table = lines.join('\n');
  process.stdout.write(`${table}\n`);
  if (args.includes('--write')) {
    const readme = fs.readFileSync(README, 'utf8');
    const block = `${BEGIN}\n${table}\n${END}`;
    const next = readme.includes(BEGIN)
      ? readme.replace(new RegExp(`${BEGIN}[\\s\\S]*?${END}`), block)
      : readme.replace('## Web console\n', `## Web console\n\n${block}\n`);
    fs.writeFileSync(README, next);
  }
} finally {
  await browser.close();
  await ctx.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
