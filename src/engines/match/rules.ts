// Reference implementation of the contract's eligibility and score rules, one pair at a
// time. The fast solver never calls these in its hot loops; they are the yardstick that
// tests, verification and the recommendations API hold it to.

import type { Job, Worker } from './types.js';

export const BASE_VALUE = 100;
export const PRIORITY_BONUS = 100;
export const WAGE_STEP = 200;
export const WAGE_PART_CAP = 29;

/** "320000" → "32", "440300" → "4403", "320505" → "320505": trailing "00" pairs removed. */
export function destinationPrefix(code: string): string {
  let prefix = code;
  while (prefix.length >= 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

export function destinationMatches(entry: string, site: string): boolean {
  return site.startsWith(destinationPrefix(entry));
}

/** Rank-based part: r=0 → first, r=1 → second, r≥2 → rest. */
function rankPart(rank: number, first: number, second: number, rest: number): number {
  return rank === 0 ? first : rank === 1 ? second : rest;
}

/** 20 for "any industry", 40/25/10 by rank, null when the job's industry is not wanted. */
export function industryPart(worker: Worker, job: Job): number | null {
  if (worker.industries.length === 0) return 20;
  const rank = worker.industries.indexOf(job.industry);
  return rank < 0 ? null : rankPart(rank, 40, 25, 10);
}

/** 15 for "anywhere", 30/20/10 by the rank of the first matching entry, null when none matches. */
export function destinationPart(worker: Worker, job: Job): number | null {
  if (worker.destinations.length === 0) return 15;
  const rank = worker.destinations.findIndex((entry) => destinationMatches(entry, job.site));
  return rank < 0 ? null : rankPart(rank, 30, 20, 10);
}

export function wagePart(minWage: number, wage: number): number {
  return Math.min(WAGE_PART_CAP, Math.floor((wage - minWage) / WAGE_STEP));
}

export function ageFits(worker: Worker, job: Job): boolean {
  return (job.ageMin === null || job.ageMin <= worker.age) && (job.ageMax === null || worker.age <= job.ageMax);
}

export function certificatesFit(worker: Worker, job: Job): boolean {
  return job.certificates.every((c) => worker.certificates.includes(c));
}

/** Which eligibility rule (1–5 of the contract) fails first, or null when the pair is eligible. */
export function failedRule(worker: Worker, job: Job): 'age' | 'certificates' | 'wage' | 'industry' | 'destination' | null {
  if (!ageFits(worker, job)) return 'age';
  if (!certificatesFit(worker, job)) return 'certificates';
  if (job.wage < worker.minWage) return 'wage';
  if (industryPart(worker, job) === null) return 'industry';
  if (destinationPart(worker, job) === null) return 'destination';
  return null;
}

export function eligible(worker: Worker, job: Job): boolean {
  return failedRule(worker, job) === null;
}

export type ScoreParts = { industry: number; destination: number; wage: number; score: number; value: number };

/** The score's parts (the "reasons" a recommendation shows), or null when not eligible. */
export function scoreParts(worker: Worker, job: Job): ScoreParts | null {
  if (!eligible(worker, job)) return null;
  const industry = industryPart(worker, job) ?? 0;
  const destination = destinationPart(worker, job) ?? 0;
  const wage = wagePart(worker.minWage, job.wage);
  const score = industry + destination + wage;
  return { industry, destination, wage, score, value: BASE_VALUE + (worker.priority ? PRIORITY_BONUS : 0) + score };
}

export function score(worker: Worker, job: Job): number | null {
  return scoreParts(worker, job)?.score ?? null;
}

/** value(i, j) of the contract, or null when the pair is not eligible. */
export function value(worker: Worker, job: Job): number | null {
  return scoreParts(worker, job)?.value ?? null;
}
