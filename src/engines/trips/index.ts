// The trip-planning engine's public surface.
export type { Location, Passenger, Plan, PlanOptions, PlanProgress, Trip, TripInstance, Vehicle } from './types.js';
export { parseInstance } from './instance.js';
export { parsePlan } from './plan-file.js';
export { haversineKm, roadKm } from './distance.js';
export { planTrips } from './plan.js';
export { replanTrips, type PlanChanges, type ReplanResult } from './replan.js';
export { validatePlan, type PlanCheck } from './validate.js';
export { costOf, lowerBound, naivePlan, tripKm, type LowerBound } from './naive.js';
