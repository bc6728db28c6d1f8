// The one predicate for "which people may this scope read", over a `workers` row aliased
// `w`. The worker routes and every list of people (trip passengers, manifests, passes)
// use it, so a list can never show someone whose own record answers 404.
import { type RawBuilder, sql } from 'kysely';
import type { Scope } from '../core/scope.js';

export function workerReach(scope: Scope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'region':
      return scope.prefix.length >= 2
        ? sql<boolean>`(w.province = ${scope.prefix.slice(0, 2)} AND w.region_code LIKE ${`${scope.prefix}%`})`
        : sql<boolean>`w.region_code LIKE ${`${scope.prefix}%`}`;
    case 'employer':
      return sql<boolean>`EXISTS (
        SELECT 1 FROM assignments a JOIN jobs j ON j.province = a.job_province AND j.id = a.job_id
        WHERE a.province = w.province AND a.worker_id = w.id AND a.status <> 'withdrawn' AND j.employer_id = ${scope.employerId}::uuid)`;
    case 'gathering':
      return sql<boolean>`w.region_code LIKE ${`${scope.servesPrefix}%`}`;
    case 'worker':
      return sql<boolean>`(w.province = ${scope.province} AND w.id = ${scope.workerId}::uuid)`;
    default:
      return sql<boolean>`false`;
  }
}

/**
 * Which riders of a trip a scope may read, over `w` (workers), `tp` (trip_passengers) and
 * `j` (the rider's job): their own record must be in reach, and check-in staff see only
 * those boarding at their gathering point, an employer only those riding to its vacancies.
 */
export function riderReach(scope: Scope): RawBuilder<boolean> {
  const reach = workerReach(scope);
  switch (scope.kind) {
    case 'gathering':
      return sql<boolean>`(${reach} AND tp.pickup = ${`gp:${scope.gatheringPointId}`})`;
    case 'employer':
      return sql<boolean>`(${reach} AND j.employer_id = ${scope.employerId}::uuid)`;
    default:
      return reach;
  }
}
