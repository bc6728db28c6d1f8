import { z } from 'zod';

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码 / page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(500).default(50).describe('每页条数 / items per page (max 500)'),
};

export const regionQuery = z
  .string()
  .regex(/^\d{1,6}$/, '行政区划代码前缀为 1–6 位数字 / a region code prefix is 1–6 digits')
  .optional()
  .describe('行政区划代码前缀 / region code prefix, e.g. 14, 1411, 141123 or 140000');

export const uuidParam = z.object({ id: z.string().max(64).describe('记录 id / record id') });

export function pageOf(query: { page: number; pageSize: number }): { limit: number; offset: number } {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}
