// Imports started from the web console, as the API shows them (and the page reads them).
// No Node imports: the web console bundles this file.
import { z } from 'zod';

export const IMPORT_KINDS = ['workers', 'jobs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Uploads larger than this are refused while streaming (413). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** How long the refused rows' workbook is kept. */
export const ERROR_WORKBOOK_DAYS = 7;
/** The page polls a running import this often (ms). */
export const IMPORT_POLL_MS = 500;

export const importRunSchema = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  campaignId: z.string().nullable(),
  actorLogin: z.string().describe('上传人 / who uploaded'),
  fileName: z.string(),
  fileBytes: z.number().int(),
  status: z.enum(['running', 'done', 'failed']),
  rows: z.number().int().describe('已读行数 / rows read so far'),
  bytesRead: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  error: z.object({ zh: z.string(), en: z.string() }).nullable().describe('文件无法读取时的原因 / why the file could not be read'),
  errorsAvailable: z.boolean().describe('可下载拒绝行工作簿 / the refused rows workbook can be downloaded'),
  errorsExpireAt: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

export const importRunListResponse = z.object({
  total: z.number().int(),
  items: z.array(importRunSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
});
