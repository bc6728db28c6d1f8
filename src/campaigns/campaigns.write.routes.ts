// Creating and editing campaigns and setting regional targets. State-changing requests
// carry the session's CSRF token (checked by the auth plugin); every change is audited in
// the services.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { campaignCreateBody, campaignUpdateBody, quotaBody } from './campaign-form.schema.js';
import { campaignJson, campaignSchema } from './campaigns.schema.js';
import { createCampaign, editCampaign } from './campaigns.write.service.js';
import { quotasFor, removeQuota, setQuota } from './quotas.service.js';
import { quotaJson, quotaListJson, quotaListResponse, quotaSchema } from './stats.schema.js';

const quotaParams = uuidParam.extend({
  region: z.string().regex(/^\d{6}$/, '地区须为 6 位行政区划代码 / the region is a 6-digit region code').describe('地区代码 / region code'),
});

export function campaignWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/campaigns', {
    schema: {
      tags: ['campaigns'],
      summary: '创建输出活动（省级官员、管理员）/ create a campaign (province officers, administrators)',
      body: campaignCreateBody,
      response: { 201: campaignSchema },
    },
  }, async (request, reply) => {
    const campaign = await createCampaign(ctx, actorOf(request), request.body);
    return reply.status(201).send(campaignJson(campaign));
  });

  r.patch('/api/campaigns/:id', {
    schema: {
      tags: ['campaigns'],
      summary: '修改输出活动（本辖区组织的活动）/ change a campaign organised in your region',
      params: uuidParam,
      body: campaignUpdateBody,
      response: { 200: campaignSchema },
    },
  }, async (request) => campaignJson(await editCampaign(ctx, actorOf(request), request.params.id, request.body)));

  r.get('/api/campaigns/:id/quotas', {
    schema: {
      tags: ['campaigns'],
      summary: '地区目标（辖区内）/ regional targets within your region',
      params: uuidParam,
      response: { 200: quotaListResponse },
    },
  }, async (request) => quotaListJson(await quotasFor(ctx, actorOf(request), request.params.id)));

  r.put('/api/campaigns/:id/quotas/:region', {
    schema: {
      tags: ['campaigns'],
      summary: '设定直属下级地区的目标（省设市、市设县）/ set the target of a region directly below yours',
      params: quotaParams,
      body: quotaBody,
      response: { 200: quotaSchema },
    },
  }, async (request) => quotaJson(await setQuota(ctx, actorOf(request), request.params.id, request.params.region, request.body.target)));

  r.delete('/api/campaigns/:id/quotas/:region', {
    schema: {
      tags: ['campaigns'],
      summary: '取消地区目标 / remove a regional target',
      params: quotaParams,
      response: { 204: z.null().describe('已取消 / removed') },
    },
  }, async (request, reply) => {
    await removeQuota(ctx, actorOf(request), request.params.id, request.params.region);
    return reply.status(204).send(null);
  });
}
