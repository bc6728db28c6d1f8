// /metrics in the Prometheus text format: requests and latency by route (the route's
// pattern, never its address, so ids do not blow up the series), and the day's work counted
// from the database at scrape time (imports, allocation runs, check-ins synced, what is
// still running), which also counts what the CLI did. Off unless MENKOU_METRICS=on; then it
// answers loopback callers, or anyone showing MENKOU_METRICS_TOKEN as a bearer token.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppContext } from '../app/context.js';
import type { MetricsSettings } from '../core/config.js';
import { domainError } from '../core/errors.js';
import { operationCounts } from './operations.repository.js';

export function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

function tokenMatches(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return false;
  const header = request.headers.authorization ?? '';
  const sent = Buffer.from(header.startsWith('Bearer ') ? header.slice(7).trim() : '');
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

function createRegistry(ctx: AppContext): { registry: Registry; requests: Counter; latency: Histogram; newScrape: () => void } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'menkou_' });
  const registers = [registry];
  const requests = new Counter({
    name: 'menkou_http_requests_total', help: 'HTTP requests by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers,
  });
  const latency = new Histogram({
    name: 'menkou_http_request_duration_seconds', help: 'HTTP request latency by method and route pattern', labelNames: ['method', 'route'], registers,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });
  // One database read per scrape feeds every series below.
  let pending: Promise<Awaited<ReturnType<typeof operationCounts>>> | undefined;
  const counts = () => {
    pending ??= operationCounts(ctx.db);
    return pending;
  };
  const newScrape = (): void => {
    pending = undefined;
  };
  new Counter({
    name: 'menkou_import_rows_total', help: 'Rows read by imports, by kind (workers, jobs)', labelNames: ['kind'], registers,
    async collect() {
      const c = await counts();
      this.reset();
      for (const r of c.importRows) this.inc({ kind: r.kind }, r.rows);
    },
  });
  new Counter({
    name: 'menkou_allocation_runs_total', help: 'Allocation runs, by outcome (running, done, failed)', labelNames: ['status'], registers,
    async collect() {
      const c = await counts();
      this.reset();
      for (const r of c.allocationRuns) this.inc({ status: r.status }, r.runs);
    },
  });
  new Counter({
    name: 'menkou_checkins_synced_total', help: 'Check-in records stored (from phones, synced)', registers,
    async collect() {
      this.reset();
      this.inc((await counts()).checkins);
    },
  });
  new Counter({
    name: 'menkou_arrivals_synced_total', help: 'Arrival handover records stored', registers,
    async collect() {
      this.reset();
      this.inc((await counts()).arrivals);
    },
  });
  new Gauge({
    name: 'menkou_queue_length', help: 'Work still running, by queue (imports, allocations)', labelNames: ['queue'], registers,
    async collect() {
      const c = await counts();
      this.set({ queue: 'imports' }, c.importsRunning);
      this.set({ queue: 'allocations' }, c.allocationsRunning);
    },
  });
  return { registry, requests, latency, newScrape };
}

export function installMetrics(app: FastifyInstance, ctx: AppContext, settings: MetricsSettings): void {
  if (!settings.enabled) return;
  const { registry, requests, latency, newScrape } = createRegistry(ctx);
  app.addHook('onResponse', async (request, reply) => {
    // Unmatched addresses share one label (the console's fallback, `/*`, takes most of them):
    // a scanner's guesses must not make new series.
    const route = request.routeOptions.url ?? '(unmatched)';
    if (route === '/metrics') return;
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!isLoopback(request.ip) && !tokenMatches(request, settings.token)) {
      throw domainError({
        code: 'forbidden',
        zh: '监控指标只对本机或持有令牌的请求开放', en: 'metrics answer only loopback callers or a caller with the metrics token',
      });
    }
    newScrape();
    reply.header('cache-control', 'no-store').type(registry.contentType);
    return registry.metrics();
  });
}
