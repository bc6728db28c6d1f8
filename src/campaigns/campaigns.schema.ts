// Response shapes of the campaign routes, published in the OpenAPI document (the web
// console's client is typed from it). Keys are camelCase like every API body; dates
// travel as ISO strings.
import { z } from 'zod';
import type { Campaign } from './campaigns.repository.js';

export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  target: z.number().int().describe('目标输出人数 / target number of workers'),
  regionCode: z.string().describe('组织地区代码 / organising region (GB/T 2260)'),
  startDate: z.string().describe('开始日期 / start date, YYYY-MM-DD'),
  endDate: z.string().nullable(),
  destinations: z.array(z.string()).describe('目的省份代码 / destination province codes'),
  feverThreshold: z.number().describe('发热阈值 °C / fever threshold, °C'),
  createdAt: z.string().describe('创建时间 / created at, ISO 8601'),
  updatedAt: z.string().describe('修改时间 / last changed, ISO 8601'),
});

export const campaignListResponse = z.object({ items: z.array(campaignSchema) });

export const campaignStatsResponse = z.object({
  campaign: campaignSchema,
  workers: z.number().int().describe('登记劳动力 / registered workers in reach'),
  priority: z.number().int().describe('其中重点人群 / of them priority workers'),
  vacancies: z.number().int(),
  headcount: z.number().int().describe('岗位需求人数 / people the vacancies ask for'),
  byCity: z.array(z.object({ code: z.string(), name: z.string(), workers: z.number().int(), priority: z.number().int() })),
  byDestinationProvince: z.array(z.object({ code: z.string(), name: z.string(), vacancies: z.number().int(), headcount: z.number().int() })),
  byIndustry: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string(), vacancies: z.number().int(), headcount: z.number().int() })),
  progress: z.number().nullable().describe('登记数 / 目标 / workers over target'),
});

export type CampaignJson = z.infer<typeof campaignSchema>;

export function campaignJson(campaign: Campaign): CampaignJson {
  return { ...campaign, createdAt: campaign.createdAt.toISOString(), updatedAt: campaign.updatedAt.toISOString() };
}
