// How a vacancy's wage and age requirement read on screen.
import type { VacancyWorker } from './jobs.api';

export function wageText(v: { wage: number; wageMax: number | null }, number: (n: number) => string): string {
  return v.wageMax !== null && v.wageMax !== v.wage ? `${number(v.wage)}–${number(v.wageMax)}` : number(v.wage);
}

export function ageText(v: { ageMin: number | null; ageMax: number | null }, any: string): string {
  if (v.ageMin === null && v.ageMax === null) return any;
  return `${v.ageMin ?? ''}–${v.ageMax ?? ''}`;
}

/** The catalogue key naming what a vacancy says about housing or meals. */
export function provisionKey(field: 'accommodation' | 'meals', value: 'provided' | 'allowance' | 'none' | null) {
  return value ? (`employer.provision.${field}.${value}` as const) : ('employer.notStated' as const);
}

/** A worker's stage on a vacancy as a badge status (officers' and employers' pages alike). */
export const STAGE_BADGE: Record<VacancyWorker['stage'], 'warning' | 'success' | 'processing'> = { proposed: 'warning', confirmed: 'success', onTrip: 'processing' };
