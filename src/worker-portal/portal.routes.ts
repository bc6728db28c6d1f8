// /api/m/*: the workers' phone pages. The code routes are public (a worker has no account
// yet); the rate limit is per address, and the answers never echo the phone.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { requestRegistrationCode, verifyRegistrationCode } from './portal.service.js';
import type { SmsSender } from './sms.js';

const CODE_LIMIT = { rateLimit: { max: 5, timeWindow: '1 minute' } };

export function workerPortalRoutes(app: FastifyInstance, ctx: AppContext, options: { sms: SmsSender }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/m/code', {
    config: CODE_LIMIT,
    schema: {
      tags: ['worker-portal'], summary: '劳动力报名：获取验证码 / a worker asks for a registration code',
      body: z.object({ phone: z.string().min(1).max(30) }), response: { 200: z.object({ sent: z.boolean() }) },
    },
  }, async (request) => {
    await requestRegistrationCode(ctx, options.sms, request.body.phone);
    return { sent: true };
  });

  r.post('/api/m/code/verify', {
    config: CODE_LIMIT,
    schema: {
      tags: ['worker-portal'], summary: '劳动力报名：核对验证码 / a worker checks the code and gets a registration ticket',
      body: z.object({ phone: z.string().min(1).max(30), code: z.string().min(1).max(10) }),
      response: { 200: z.object({ ticket: z.string(), expiresAt: z.string() }) },
    },
  }, async (request) => {
    const { ticket, expiresAt } = await verifyRegistrationCode(ctx, request.body.phone, request.body.code);
    return { ticket, expiresAt: expiresAt.toISOString() };
  });
}
