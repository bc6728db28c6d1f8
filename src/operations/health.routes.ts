// Readiness for a load balancer or systemd's watchdog: the database answers and every
// migration this build ships has run. /api/health (liveness) stays in server.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pendingMigrations } from '../db/migrate.js';
import { pingDatabase } from './operations.repository.js';

const READY_TIMEOUT_MS = 3000;

const readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['pglite', 'postgres']),
  reachable: z.boolean(),
  migrationsApplied: z.number().int(),
  migrationsPending: z.array(z.string()),
  zh: z.string().optional(),
  en: z.string().optional(),
});

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function readinessOf(ctx: AppContext): Promise<z.infer<typeof readiness>> {
  const base = { database: ctx.kind, migrationsApplied: 0, migrationsPending: [] as string[] };
  try {
    await withTimeout(pingDatabase(ctx.db), READY_TIMEOUT_MS);
    const { applied, pending } = await withTimeout(pendingMigrations(ctx.db), READY_TIMEOUT_MS);
    if (pending.length > 0) {
      return {
        ...base, status: 'not_ready', reachable: true, migrationsApplied: applied, migrationsPending: pending,
        zh: '数据库迁移未完成', en: 'database migrations are pending',
      };
    }
    return { ...base, status: 'ready', reachable: true, migrationsApplied: applied };
  } catch {
    // No driver message here: it may name the server's address or user.
    return { ...base, status: 'not_ready', reachable: false, zh: '数据库无法连接', en: 'the database does not answer' };
  }
}

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/ready', {
    schema: { tags: ['system'], summary: '就绪检查（数据库可达、迁移已完成）/ readiness (database reachable, migrations current)', response: { 200: readiness, 503: readiness } },
  }, async (_request, reply) => {
    const answer = await readinessOf(ctx);
    reply.status(answer.status === 'ready' ? 200 : 503).header('cache-control', 'no-store');
    return answer;
  });
}
