// The daily report's figures (日报) for one campaign, one region prefix and one day (China
// time): each worker's furthest journey step by the end of the day and of the day before,
// from the worker_events log, counted by destination province and industry. A later step
// implies the earlier ones (a worker who departed by the day was confirmed by it), so a day's
// figures never fall below the next step's. Counting is by worker, so a province's figures
// are exactly the sum of its cities' and a city's of its counties'.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** The journey steps the report counts, in order; still employed is arrived minus those lost by the last follow-up. */
export const REPORT_STEPS = ['registered', 'matched', 'confirmed', 'departed', 'arrived', 'stillEmployed'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export type ReportCell = {
  destination: string | null;
  industry: string | null;
  priority: boolean;
} & Record<`${ReportStep}` | `${ReportStep}Before`, number>;

const MATCHED = ['matched', 'confirmed', 'trip_assigned', 'checked_in', 'refused', 'no_show', 'rebooked', 'departed', 'absent_at_arrival', 'arrived'];
const CONFIRMED = ['confirmed', 'trip_assigned', 'checked_in', 'refused', 'no_show', 'rebooked', 'departed', 'absent_at_arrival', 'arrived'];
const DEPARTED = ['departed', 'absent_at_arrival', 'arrived'];

export async function dailyCells(db: Db, campaignId: string, prefix: string, date: string): Promise<ReportCell[]> {
  const end = sql`((${date}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const before = sql`(${date}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const province = prefix.length >= 2 ? sql`AND w.province = ${prefix.slice(0, 2)}` : sql``;
  const flags = (limit: typeof end) => sql`
    bool_or(e.at < ${limit}) AS reg,
    bool_or(e.at < ${limit} AND e.type = ANY(${MATCHED}::text[])) AS mat,
    bool_or(e.at < ${limit} AND e.type = ANY(${CONFIRMED}::text[])) AS con,
    bool_or(e.at < ${limit} AND e.type = ANY(${DEPARTED}::text[])) AS dep,
    bool_or(e.at < ${limit} AND e.type = 'arrived') AS arr,
    (array_agg(e.data->>'outcome' ORDER BY e.at DESC, e.id DESC) FILTER (WHERE e.at < ${limit} AND e.type = 'retention_check'))[1] AS last_check`;
  const { rows } = await sql<ReportCell>`
    WITH per_worker AS (
      SELECT w.province, w.id, w.priority, x.job_province, j.industry,
             ${flags(end)}, b.reg AS reg0, b.mat AS mat0, b.con AS con0, b.dep AS dep0, b.arr AS arr0, b.last_check AS last_check0
      FROM workers w
      JOIN worker_events e ON e.province = w.province AND e.worker_id = w.id AND e.at < ${end}
      LEFT JOIN assignments x ON x.province = w.province AND x.worker_id = w.id AND x.campaign_id = w.campaign_id AND x.status = 'confirmed'
      LEFT JOIN jobs j ON j.province = x.job_province AND j.id = x.job_id
      LEFT JOIN LATERAL (
        SELECT ${flags(before)} FROM worker_events e WHERE e.province = w.province AND e.worker_id = w.id AND e.at < ${before}
      ) b ON true
      WHERE w.campaign_id = ${campaignId}::uuid AND w.region_code LIKE ${`${prefix}%`} ${province}
      GROUP BY w.province, w.id, w.priority, x.job_province, j.industry, b.reg, b.mat, b.con, b.dep, b.arr, b.last_check
    ), steps AS (
      SELECT priority, job_province, industry,
             (reg OR mat OR con OR dep OR arr) AS s1, (mat OR con OR dep OR arr) AS s2, (con OR dep OR arr) AS s3, (dep OR arr) AS s4, arr AS s5,
             (arr AND coalesce(last_check, 'employed') IN ('employed', 'changed_job')) AS s6,
             coalesce(reg0 OR mat0 OR con0 OR dep0 OR arr0, false) AS p1, coalesce(mat0 OR con0 OR dep0 OR arr0, false) AS p2,
             coalesce(con0 OR dep0 OR arr0, false) AS p3, coalesce(dep0 OR arr0, false) AS p4, coalesce(arr0, false) AS p5,
             coalesce(arr0 AND coalesce(last_check0, 'employed') IN ('employed', 'changed_job'), false) AS p6
      FROM per_worker
    )
    SELECT CASE WHEN job_province IS NULL THEN NULL ELSE job_province || '0000' END AS destination, industry, priority,
           count(*) FILTER (WHERE s1)::int AS "registered", count(*) FILTER (WHERE s2)::int AS "matched",
           count(*) FILTER (WHERE s3)::int AS "confirmed", count(*) FILTER (WHERE s4)::int AS "departed",
           count(*) FILTER (WHERE s5)::int AS "arrived", count(*) FILTER (WHERE s6)::int AS "stillEmployed",
           count(*) FILTER (WHERE p1)::int AS "registeredBefore", count(*) FILTER (WHERE p2)::int AS "matchedBefore",
           count(*) FILTER (WHERE p3)::int AS "confirmedBefore", count(*) FILTER (WHERE p4)::int AS "departedBefore",
           count(*) FILTER (WHERE p5)::int AS "arrivedBefore", count(*) FILTER (WHERE p6)::int AS "stillEmployedBefore"
    FROM steps GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(db);
  return rows;
}
