// Where each of a vacancy's fields (jobs.schema.ts) is stored: the one map that the bulk
// import, the one-at-a-time writes and every read go through, so a new field is added to
// the schema and here, and nowhere else. `cast` is the type unnest() reads it as.
import type { VacancyFields } from './jobs.schema.js';

export const VACANCY_COLUMNS = {
  siteCode: { column: 'site_code', cast: 'text' },
  title: { column: 'title', cast: 'text' },
  industry: { column: 'industry', cast: 'text' },
  headcount: { column: 'headcount', cast: 'integer' },
  wage: { column: 'wage', cast: 'integer' },
  wageMax: { column: 'wage_max', cast: 'integer' },
  certificates: { column: 'certificates', cast: 'text[]' },
  ageMin: { column: 'age_min', cast: 'integer' },
  ageMax: { column: 'age_max', cast: 'integer' },
  contactName: { column: 'contact_name', cast: 'text' },
  startDate: { column: 'start_date', cast: 'date' },
  siteAddress: { column: 'site_address', cast: 'text' },
  accommodation: { column: 'accommodation', cast: 'text' },
  meals: { column: 'meals', cast: 'text' },
} as const satisfies { [K in keyof VacancyFields]: { column: string; cast: 'text' | 'integer' | 'text[]' | 'date' } };

type Map = typeof VACANCY_COLUMNS;
export type VacancyField = keyof Map;
export type VacancyColumn = Map[VacancyField]['column'];

/** A vacancy's fields under their column names, as the jobs table holds them. */
export type VacancyColumnValues = { [K in VacancyField as Map[K]['column']]: VacancyFields[K] };

export const VACANCY_FIELDS = Object.keys(VACANCY_COLUMNS) as VacancyField[];

/** `j.site_code`, … for a select list over `jobs as j`. */
export const VACANCY_SELECT = VACANCY_FIELDS.map((field) => `j.${VACANCY_COLUMNS[field].column}` as `j.${VacancyColumn}`);

export function toVacancyColumns(fields: VacancyFields): VacancyColumnValues {
  const out: Record<string, unknown> = {};
  for (const field of VACANCY_FIELDS) out[VACANCY_COLUMNS[field].column] = fields[field];
  return out as VacancyColumnValues;
}

export function fromVacancyColumns(row: VacancyColumnValues): VacancyFields {
  const values = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of VACANCY_FIELDS) out[field] = values[VACANCY_COLUMNS[field].column];
  return out as VacancyFields;
}

/** Just the vacancy's fields of a larger record (a parsed row, a sealed one). */
export function pickVacancyFields(record: VacancyFields): VacancyFields {
  const out: Record<string, unknown> = {};
  for (const field of VACANCY_FIELDS) out[field] = record[field];
  return out as VacancyFields;
}
