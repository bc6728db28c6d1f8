// The dashboard's numbers for one campaign within one region prefix (the caller's scope,
// narrowed by a filter). Every count comes from the same rows the worker list and the
// CLI read: workers.status for the journey, assignments for the flows, worker_events for
// the daily trend, so the dashboard and the lists never disagree.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** The journey steps the dashboard counts, in order. */
export const JOURNEY_STEPS = ['registered', 'matched', 'confirmed', 'onTrip', 'departed', 'arrived'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/**
 * Which step each stored status stands for. Departure day's states (checked in, refused,
 * no-show …) still count as "on a trip" until the coach leaves; any status this table
 * does not know counts as registered, the one step every worker has reached.
 */
const STEP_OF_STATUS: Record<string, JourneyStep | 'withdrawn'> = {
  registered: 'registered',
  updated: 'registered',
  matched: 'matched',
  confirmed: 'confirmed',
  trip_assigned: 'onTrip',
  checked_in: 'onTrip',
  refused: 'onTrip',
  no_show: 'onTrip',
  rebooked: 'onTrip',
  departed: 'departed',
  absent_at_arrival: 'departed',
  arrived: 'arrived',
  withdrawn: 'withdrawn',
  cancelled: 'withdrawn',
};

export function stepOfStatus(status: string): JourneyStep | 'withdrawn' {
  return STEP_OF_STATUS[status] ?? 'registered';
}

/** The stored statuses of workers who have reached a step or gone beyond it. */
export function statusesFrom(step: JourneyStep): string[] {
  const from = JOURNEY_STEPS.indexOf(step);
  return Object.keys(STEP_OF_STATUS).filter((status) => {
    const s = STEP_OF_STATUS[status];
    return s !== 'withdrawn' && JOURNEY_STEPS.indexOf(s) >= from;
  });
}

export type JourneyCount = { step: JourneyStep; current: number; reached: number };

export type AreaCount = {
  code: string;
  name: string;
  workers: number;
  priority: number;
  matched: number;
  confirmed: number;
  departed: number;
};

export type Flow = {
  origin: { code: string; name: string; lat: number | null; lon: number | null };
  destination: { code: string; name: string; lat: number | null; lon: number | null };
  workers: number;
  confirmed: number;
};

export type DailyCount = { date: string; registered: number; confirmed: number };

export type IndustryCount = { code: string; zh: string; en: string; workers: number };

export type RegionStats = {
  workers: number;
  priority: number;
  withdrawn: number;
  byStatus: Record<string, number>;
  journey: JourneyCount[];
  byArea: AreaCount[];
  flows: Flow[];
  flowBasis: 'assignments' | 'wishes';
  workersByIndustry: IndustryCount[];
  daily: DailyCount[];
};

/** The province key of a prefix, so a distributed table is read on one shard group. */
function provinceFilter(prefix: string) {
  return prefix.length >= 2 ? sql`AND w.province = ${prefix.slice(0, 2)}` : sql``;
}

/**
 * The region one level below the region shown, for a worker's region code: the
 * province (whole country), the city (a province; a county-level unit directly under
 * the province stands for itself), the county (a city). `shownCode` is the region shown.
 */
function childArea(prefix: string, shownCode: string) {
  if (prefix.length < 2) return sql<string>`substr(w.region_code, 1, 2) || '0000'`;
  return sql<string>`CASE WHEN r.code IS NULL OR r.code = ${shownCode} OR r.parent = ${shownCode} OR coalesce(r.parent, '') = '' THEN w.region_code ELSE r.parent END`;
}

export async function regionStats(db: Db, campaignId: string, prefix: string, shownCode: string): Promise<RegionStats> {
  const like = `${prefix}%`;
  const inReach = sql`w.campaign_id = ${campaignId} AND w.region_code LIKE ${like} ${provinceFilter(prefix)}`;
  const confirmedUp = statusesFrom('confirmed');

  const statuses = await sql<{ status: string; workers: number; priority: number }>`
    SELECT w.status, count(*)::int AS workers, count(*) FILTER (WHERE w.priority)::int AS priority
    FROM workers w WHERE ${inReach} GROUP BY w.status`.execute(db);
  const byStatus: Record<string, number> = {};
  const current = new Map<JourneyStep | 'withdrawn', number>();
  let workers = 0;
  let priority = 0;
  for (const row of statuses.rows) {
    byStatus[row.status] = row.workers;
    workers += row.workers;
    priority += row.priority;
    const step = stepOfStatus(row.status);
    current.set(step, (current.get(step) ?? 0) + row.workers);
  }
  const withdrawn = current.get('withdrawn') ?? 0;
  let beyond = 0;
  const journey: JourneyCount[] = [];
  for (let i = JOURNEY_STEPS.length - 1; i >= 0; i -= 1) {
    const step = JOURNEY_STEPS[i];
    const here = current.get(step) ?? 0;
    beyond += here;
    // Everyone has registered, the withdrawn too; later steps count those still going.
    journey.unshift({ step, current: here, reached: step === 'registered' ? workers : beyond });
  }

  const area = childArea(prefix, shownCode);
  const byArea = await sql<AreaCount>`
    SELECT a.code, coalesce(n.name, a.code) AS name, a.workers, a.priority, a.matched, a.confirmed, a.departed
    FROM (
      SELECT ${area} AS code, count(*)::int AS workers, count(*) FILTER (WHERE w.priority)::int AS priority,
             count(*) FILTER (WHERE w.status = ANY(${statusesFrom('matched')}::text[]))::int AS matched,
             count(*) FILTER (WHERE w.status = ANY(${confirmedUp}::text[]))::int AS confirmed,
             count(*) FILTER (WHERE w.status = ANY(${statusesFrom('departed')}::text[]))::int AS departed
      FROM workers w LEFT JOIN regions r ON r.code = w.region_code
      WHERE ${inReach} GROUP BY 1
    ) a LEFT JOIN regions n ON n.code = a.code
    ORDER BY a.workers DESC, a.code`.execute(db);

  const originCity = sql<string>`CASE WHEN substr(w.region_code, 1, 2) IN ('11', '12', '31', '50') THEN substr(w.region_code, 1, 2) || '0000' ELSE substr(w.region_code, 1, 4) || '00' END`;
  const assigned = await sql<{ origin: string; destination: string; workers: number; confirmed: number }>`
    SELECT ${originCity} AS origin, x.job_province || '0000' AS destination,
           count(*)::int AS workers, count(*) FILTER (WHERE x.status = 'confirmed')::int AS confirmed
    FROM assignments x JOIN workers w ON w.province = x.province AND w.id = x.worker_id
    WHERE x.campaign_id = ${campaignId} AND x.status <> 'withdrawn' AND ${inReach}
    GROUP BY 1, 2`.execute(db);
  let flowBasis: RegionStats['flowBasis'] = 'assignments';
  let flowRows = assigned.rows;
  if (flowRows.length === 0) {
    // Before any allocation, the lines show where people want to go (their first wish).
    flowBasis = 'wishes';
    const wished = await sql<{ origin: string; destination: string; workers: number; confirmed: number }>`
      SELECT ${originCity} AS origin, substr(w.destinations[1], 1, 2) || '0000' AS destination, count(*)::int AS workers, 0 AS confirmed
      FROM workers w WHERE ${inReach} AND cardinality(w.destinations) > 0 AND w.status <> 'withdrawn'
      GROUP BY 1, 2`.execute(db);
    flowRows = wished.rows;
  }
  const flows = await placeFlows(db, flowRows);

  const industries = await sql<IndustryCount>`
    SELECT t.code, coalesce(i.zh, t.code) AS zh, coalesce(i.en, t.code) AS en, t.workers
    FROM (SELECT unnest(w.industries) AS code, count(*)::int AS workers FROM workers w WHERE ${inReach} GROUP BY 1) t
    LEFT JOIN industries i ON i.code = t.code
    ORDER BY t.workers DESC, t.code`.execute(db);

  const daily = await sql<DailyCount>`
    SELECT to_char((e.at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS date,
           count(DISTINCT e.worker_id) FILTER (WHERE e.type = 'registered')::int AS registered,
           count(DISTINCT e.worker_id) FILTER (WHERE e.type = 'confirmed')::int AS confirmed
    FROM worker_events e JOIN workers w ON w.province = e.province AND w.id = e.worker_id
    WHERE e.campaign_id = ${campaignId} AND e.type IN ('registered', 'confirmed') AND ${inReach}
    GROUP BY 1 ORDER BY 1`.execute(db);

  return {
    workers, priority, withdrawn, byStatus, journey,
    byArea: byArea.rows,
    flows, flowBasis,
    workersByIndustry: industries.rows,
    daily: daily.rows,
  };
}

async function placeFlows(db: Db, rows: { origin: string; destination: string; workers: number; confirmed: number }[]): Promise<Flow[]> {
  if (rows.length === 0) return [];
  const codes = [...new Set(rows.flatMap((r) => [r.origin, r.destination]))];
  const places = await db.selectFrom('regions').select(['code', 'name', 'lat', 'lon']).where('code', 'in', codes).execute();
  const byCode = new Map(places.map((p) => [p.code, p]));
  const place = (code: string) => {
    const p = byCode.get(code);
    return { code, name: p?.name ?? code, lat: p?.lat ?? null, lon: p?.lon ?? null };
  };
  return rows
    .map((r) => ({ origin: place(r.origin), destination: place(r.destination), workers: r.workers, confirmed: r.confirmed }))
    .sort((a, b) => b.workers - a.workers || a.origin.code.localeCompare(b.origin.code) || a.destination.code.localeCompare(b.destination.code));
}
