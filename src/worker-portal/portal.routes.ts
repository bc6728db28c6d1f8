// /api/m/*: the workers' phone pages. The code routes are public (a worker has no account
// yet); the rate limit is per address, and the answers never echo the phone. Registration
// is public with a ticket, or an officer's (assisted); the rest is the signed-in worker's
// own record, or an officer's on a worker's behalf (?worker=, inside their reach).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf, CSRF_HEADER } from '../auth/auth.plugin.js';
import { setSession } from '../auth/auth.routes.js';
import { type Session, sessionCsrf } from '../auth/auth.service.js';
import { domainError } from '../core/errors.js';
import { requestRegistrationCode, verifyRegistrationCode } from './portal.service.js';
import {
  assistedQuery, interestBody, interestedResponse, interestResponse, meResponse, offerBody, offerResponse, registerBody,
  registerResponse, vacancyDetail, vacancyList, vacancyQuery, verifyResponse, wishesBody, withdrawBody,
} from './portal.schema.js';
import { registerFromPhone } from './register.service.js';
import { myPortal, portalWorker } from './me.service.js';
import { answerOffer, changeWishes, withdrawFromCampaign } from './answers.service.js';
import { interestedWorkers, markVacancyInterest, portalVacancies, portalVacancy } from './vacancies.service.js';
import { whoFor } from './assisted.js';
import type { SmsSender } from './sms.js';

const CODE_LIMIT = { rateLimit: { max: 5, timeWindow: '1 minute' } };
const REGISTER_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };
const TAGS = ['worker-portal'];

function signIn(request: FastifyRequest, reply: FastifyReply, session: Session | null): string | null {
  if (!session) return null;
  setSession(reply, session, request.protocol === 'https');
  return session.csrfToken;
}

export function workerPortalRoutes(app: FastifyInstance, ctx: AppContext, options: { sms: SmsSender }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/m/code', {
    config: CODE_LIMIT,
    schema: {
      tags: TAGS, summary: '劳动力报名：获取验证码 / a worker asks for a registration code',
      body: z.object({ phone: z.string().min(1).max(30) }), response: { 200: z.object({ sent: z.boolean() }) },
    },
  }, async (request) => {
    await requestRegistrationCode(ctx, options.sms, request.body.phone);
    return { sent: true };
  });

  r.post('/api/m/code/verify', {
    config: CODE_LIMIT,
    schema: {
      tags: TAGS,
      summary: '劳动力报名：核对验证码（已有账户则直接登录）/ a worker checks the code: a registration ticket, and a session when the phone already has an account',
      body: z.object({ phone: z.string().min(1).max(30), code: z.string().min(1).max(10) }),
      response: { 200: verifyResponse },
    },
  }, async (request, reply) => {
    const verified = await verifyRegistrationCode(ctx, request.body.phone, request.body.code, request.ip);
    const csrfToken = signIn(request, reply, verified.session);
    return { ticket: verified.ticket, expiresAt: verified.expiresAt.toISOString(), signedIn: csrfToken !== null, csrfToken };
  });

  r.post('/api/m/register', {
    config: REGISTER_LIMIT,
    schema: {
      tags: TAGS,
      summary: '劳动力报名（凭证自助，或官员代办）/ a worker registers (with a ticket, or assisted by an officer)',
      body: registerBody, response: { 200: registerResponse },
    },
  }, async (request, reply) => {
    // The route is public (a ticket is the worker's proof), so the session hook checks no
    // CSRF token: an officer's assisted registration is checked here.
    if (request.actor && !request.body.ticket) {
      const expected = await sessionCsrf(ctx, request.sessionToken ?? '');
      if (!expected || request.headers[CSRF_HEADER] !== expected) {
        throw domainError({ code: 'forbidden', zh: '缺少或错误的 CSRF 令牌', en: 'missing or wrong CSRF token' });
      }
    }
    const done = await registerFromPhone(ctx, request.actor, request.body, request.ip);
    const csrfToken = signIn(request, reply, done.session);
    return { workerId: done.workerId, linked: done.linked, signedIn: csrfToken !== null, csrfToken };
  });

  r.get('/api/m/me', {
    schema: { tags: TAGS, summary: '我的报名与行程 / my registration, offer and trip', querystring: assistedQuery, response: { 200: meResponse } },
  }, async (request) => myPortal(ctx, await whoFor(ctx, actorOf(request), request.query.worker)));

  r.post('/api/m/offer', {
    schema: {
      tags: TAGS, summary: '接受或婉拒推荐的岗位 / accept or decline the job offered', querystring: assistedQuery, body: offerBody,
      response: { 200: offerResponse },
    },
  }, async (request) => answerOffer(ctx, await whoFor(ctx, actorOf(request), request.query.worker), request.body));

  r.patch('/api/m/wishes', {
    schema: {
      tags: TAGS, summary: '修改求职意向 / change my wishes', querystring: assistedQuery, body: wishesBody,
      response: { 200: meResponse.shape.worker },
    },
  }, async (request) => {
    const who = await whoFor(ctx, actorOf(request), request.query.worker);
    await changeWishes(ctx, who, request.body);
    return portalWorker(ctx, who);
  });

  r.post('/api/m/withdraw', {
    schema: {
      tags: TAGS, summary: '退出本次活动（须填原因）/ withdraw from the campaign (with a reason)', querystring: assistedQuery, body: withdrawBody,
      response: { 200: meResponse.shape.worker },
    },
  }, async (request) => {
    const who = await whoFor(ctx, actorOf(request), request.query.worker);
    await withdrawFromCampaign(ctx, who, request.body.reason);
    return portalWorker(ctx, who);
  });

  r.get('/api/m/vacancies', {
    schema: {
      tags: TAGS, summary: '本活动已发布的岗位 / the campaign\'s published vacancies',
      querystring: vacancyQuery.extend(assistedQuery.shape), response: { 200: vacancyList },
    },
  }, async (request) => portalVacancies(ctx, await whoFor(ctx, actorOf(request), request.query.worker), request.query));

  r.get('/api/m/vacancies/:id', {
    schema: {
      tags: TAGS, summary: '岗位详情 / one published vacancy', params: uuidParam, querystring: assistedQuery, response: { 200: vacancyDetail },
    },
  }, async (request) => portalVacancy(ctx, await whoFor(ctx, actorOf(request), request.query.worker), request.params.id));

  r.put('/api/m/vacancies/:id/interest', {
    schema: {
      tags: TAGS, summary: '标记或取消“我感兴趣” / mark or unmark "I\'m interested"', params: uuidParam, querystring: assistedQuery,
      body: interestBody, response: { 200: interestResponse },
    },
  }, async (request) => markVacancyInterest(ctx, await whoFor(ctx, actorOf(request), request.query.worker), request.params.id, request.body.interested));

  r.get('/api/jobs/:id/interested', {
    schema: {
      tags: ['jobs'], summary: '对该岗位感兴趣的劳动力（证件号脱敏）/ workers interested in a vacancy (ids masked)', params: uuidParam,
      response: { 200: interestedResponse },
    },
  }, async (request) => interestedWorkers(ctx, actorOf(request), request.params.id));
}
