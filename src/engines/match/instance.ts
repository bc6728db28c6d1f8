// Turns the JSON instance of the matching contract into typed records, refusing anything
// the contract does not allow. Hand-written rather than zod: it runs over a million
// records, and every refusal must name the record (`workers[3] (id w17)`) and the field
// in both languages. Unknown extra fields are ignored; wrong types of known ones are not.

import { domainError, invalidInput, type Bilingual, type DomainError } from '../../core/errors.js';
import type { Job, MatchInstance, Worker } from './types.js';

const REGION_CODE = /^\d{6}$/;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordName(list: string, index: number, raw: unknown): string {
  const id = isRecord(raw) && typeof raw.id === 'string' ? ` (id ${raw.id})` : '';
  return `${list}[${index}]${id}`;
}

function refuse(record: string, field: string, text: Bilingual): DomainError {
  return invalidInput(record, field, text);
}

/** Optional fields may be absent or null; both mean "missing" in the contract. */
function present(raw: Raw, field: string): boolean {
  return raw[field] !== undefined && raw[field] !== null;
}

function requireId(raw: Raw, record: string): string {
  const id = raw.id;
  if (typeof id !== 'string' || id.length === 0) {
    throw refuse(record, 'id', { zh: '编号必须是非空字符串', en: 'id must be a non-empty string' });
  }
  return id;
}

function integerField(raw: Raw, field: string, record: string, min: number): number {
  const value = raw[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw refuse(record, field, { zh: `${field} 必须是整数`, en: `${field} must be an integer` });
  }
  if (value < min) {
    throw refuse(record, field, { zh: `${field} 不能小于 ${min}`, en: `${field} must be at least ${min}` });
  }
  return value;
}

function optionalInteger(raw: Raw, field: string, record: string, min: number): number | null {
  return present(raw, field) ? integerField(raw, field, record, min) : null;
}

function stringList(raw: Raw, field: string, record: string, codes: boolean): string[] {
  if (!present(raw, field)) return [];
  const value = raw[field];
  if (!Array.isArray(value)) {
    throw refuse(record, field, { zh: `${field} 必须是字符串数组`, en: `${field} must be an array of strings` });
  }
  const out: string[] = [];
  for (let k = 0; k < value.length; k++) {
    const item: unknown = value[k];
    if (typeof item !== 'string' || item.length === 0) {
      throw refuse(record, `${field}[${k}]`, {
        zh: `${field} 的第 ${k + 1} 项必须是非空字符串`,
        en: `${field}[${k}] must be a non-empty string`,
      });
    }
    if (codes && !REGION_CODE.test(item)) {
      throw refuse(record, `${field}[${k}]`, {
        zh: `行政区划代码必须是 6 位数字：${item}`,
        en: `region code must be 6 digits: ${item}`,
      });
    }
    out.push(item);
  }
  return out;
}

function requireString(raw: Raw, field: string, record: string): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw refuse(record, field, { zh: `${field} 必须是非空字符串`, en: `${field} must be a non-empty string` });
  }
  return value;
}

function parseWorker(raw: unknown, index: number): Worker {
  const record = recordName('workers', index, raw);
  if (!isRecord(raw)) throw refuse(record, '', { zh: '劳动者记录必须是对象', en: 'a worker must be an object' });
  const id = requireId(raw, record);
  const age = integerField(raw, 'age', record, 0);
  const priority = present(raw, 'priority') ? raw.priority : false;
  if (typeof priority !== 'boolean') {
    throw refuse(record, 'priority', { zh: 'priority 必须是 true 或 false', en: 'priority must be true or false' });
  }
  return {
    id,
    age,
    certificates: stringList(raw, 'certificates', record, false),
    industries: stringList(raw, 'industries', record, false),
    destinations: stringList(raw, 'destinations', record, true),
    minWage: optionalInteger(raw, 'minWage', record, 0) ?? 0,
    priority,
  };
}

function parseJob(raw: unknown, index: number): Job {
  const record = recordName('jobs', index, raw);
  if (!isRecord(raw)) throw refuse(record, '', { zh: '岗位记录必须是对象', en: 'a job must be an object' });
  const id = requireId(raw, record);
  const site = requireString(raw, 'site', record);
  if (!REGION_CODE.test(site)) {
    throw refuse(record, 'site', { zh: `行政区划代码必须是 6 位数字：${site}`, en: `region code must be 6 digits: ${site}` });
  }
  return {
    id,
    site,
    industry: requireString(raw, 'industry', record),
    headcount: integerField(raw, 'headcount', record, 0),
    wage: integerField(raw, 'wage', record, 0),
    certificates: stringList(raw, 'certificates', record, false),
    ageMin: optionalInteger(raw, 'ageMin', record, 0),
    ageMax: optionalInteger(raw, 'ageMax', record, 0),
  };
}

function rejectDuplicates(list: string, ids: string[]): void {
  const seen = new Map<string, number>();
  for (let k = 0; k < ids.length; k++) {
    const first = seen.get(ids[k]);
    if (first !== undefined) {
      throw refuse(`${list}[${k}] (id ${ids[k]})`, 'id', {
        zh: `编号重复，与 ${list}[${first}] 相同`,
        en: `duplicate id, same as ${list}[${first}]`,
      });
    }
    seen.set(ids[k], k);
  }
}

/** Validates an already-parsed JSON value. Throws DomainError (invalid_input). */
export function parseInstance(value: unknown): MatchInstance {
  if (!isRecord(value)) {
    throw invalidInput('instance', '', { zh: '实例必须是 JSON 对象', en: 'the instance must be a JSON object' });
  }
  for (const list of ['workers', 'jobs'] as const) {
    if (!Array.isArray(value[list])) {
      throw invalidInput('instance', list, { zh: `${list} 必须是数组`, en: `${list} must be an array` });
    }
  }
  const workers = (value.workers as unknown[]).map(parseWorker);
  const jobs = (value.jobs as unknown[]).map(parseJob);
  rejectDuplicates('workers', workers.map((w) => w.id));
  rejectDuplicates('jobs', jobs.map((j) => j.id));
  return { workers, jobs };
}

/** Parses file text; a text that is not JSON is a bad file, not a bad record. */
export function parseInstanceText(text: string, fileName: string): MatchInstance {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw domainError({
      code: 'bad_file',
      record: fileName,
      zh: '文件不是有效的 JSON',
      en: `the file is not valid JSON (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')})`,
    });
  }
  return parseInstance(value);
}
