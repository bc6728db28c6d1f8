// The HTTP server, assembled from the rooms' routes. OpenAPI at /api/docs (JSON) and a
// browsable UI at /api/docs/ui.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './app/context.js';
import type { MetricsSettings, TrustProxy } from './core/config.js';
import { frameworkErrors, installErrorHandler } from './app/http-errors.js';
import { installTextGuard } from './app/text-guard.js';
import { installWebConsole } from './app/web-console.js';
import { installAuth } from './auth/auth.plugin.js';
import { healthRoutes } from './operations/health.routes.js';
import { installMetrics } from './operations/metrics.js';
import { accountsRoutes } from './auth/accounts.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { allocationRoutes } from './allocation/allocation.routes.js';
import { campaignsRoutes } from './campaigns/campaigns.routes.js';
import { campaignWriteRoutes } from './campaigns/campaigns.write.routes.js';
import { departureRoutes } from './departure/departure.routes.js';
import { departurePassengersRoutes } from './departure/passengers.routes.js';
import { importRunsRoutes } from './import-runs/import-runs.routes.js';
import { jobsRoutes } from './jobs/jobs.routes.js';
import { employerPortalRoutes } from './employer-portal/employer-portal.routes.js';
import { grievancesRoutes } from './grievances/grievances.routes.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { reportsRoutes } from './reports/reports.routes.js';
import { retentionRoutes } from './retention/retention.routes.js';
import { tripsRoutes } from './trips/trips.routes.js';
import { workersRoutes } from './workers/workers.routes.js';
import { workerPortalRoutes } from './worker-portal/portal.routes.js';
import { type SmsSender, smsSenderFromEnv } from './worker-portal/sms.js';

export const BODY_LIMIT = 1024 * 1024;

export type ServerOptions = {
  printCode?: (line: string) => void;
  /** Where the phone pages' one-time codes go (default: MENKOU_SMS_URL, else the console). */
  sms?: SmsSender;
  /** TRUST_PROXY: whose X-Forwarded-For/-Proto to believe (default: nobody's). */
  trustProxy?: TrustProxy;
  /** MENKOU_METRICS / MENKOU_METRICS_TOKEN: /metrics (default: off). */
  metrics?: MetricsSettings;
  /** The built web console (default dist/web). */
  webRoot?: string;
};

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  // Fastify takes any of these; its overloads only resolve for a single member type.
  const trustProxy: boolean | number | string[] = options.trustProxy ?? false;
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger, bodyLimit: BODY_LIMIT, trustProxy: trustProxy as boolean, frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installTextGuard(app);
  installMetrics(app, ctx, options.metrics ?? { enabled: false, token: undefined });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'menkou 门口 API', description: '点对点劳务输出 / point-to-point labour export', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs/ui' });
  await installAuth(app, ctx);
  app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());
  await installWebConsole(app, options.webRoot);
  const health = { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) };
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', { schema: { tags: ['system'], summary: '健康检查 / health', response: health } }, async () => {
    await ctx.db.selectFrom('regions').select('code').limit(1).execute();
    return { status: 'ok' as const, database: ctx.kind };
  });
  healthRoutes(app, ctx);
  authRoutes(app, ctx, { printCode: options.printCode ?? ((line) => process.stdout.write(`${line}\n`)) });
  accountsRoutes(app, ctx);
  workersRoutes(app, ctx);
  jobsRoutes(app, ctx);
  employerPortalRoutes(app, ctx);
  importRunsRoutes(app, ctx);
  campaignsRoutes(app, ctx);
  campaignWriteRoutes(app, ctx);
  referenceRoutes(app, ctx);
  allocationRoutes(app, ctx);
  tripsRoutes(app, ctx);
  departureRoutes(app, ctx);
  departurePassengersRoutes(app, ctx);
  grievancesRoutes(app, ctx);
  retentionRoutes(app, ctx);
  reportsRoutes(app, ctx);
  workerPortalRoutes(app, ctx, { sms: options.sms ?? smsSenderFromEnv(process.env, (line) => process.stdout.write(`${line}\n`)) });
  return app;
}
