import { describe, expect, it } from 'vitest';
import { isDomainError, type DomainError } from '../../core/errors.js';
import { parseInstance, parseInstanceText } from './instance.js';

const goodWorker = { id: 'w1', age: 34, certificates: ['food-health'], industries: ['catering'], destinations: ['320000'], minWage: 4500, priority: true };
const goodJob = { id: 'j1', site: '320505', industry: 'logistics', headcount: 30, wage: 6000, certificates: [], ageMin: 18, ageMax: 45 };

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseInstance', () => {
  it('fills the documented defaults', () => {
    const parsed = parseInstance({ workers: [{ id: 'w', age: 20 }], jobs: [{ id: 'j', site: '110105', industry: 'x', headcount: 0, wage: 1 }] });
    expect(parsed.workers[0]).toEqual({ id: 'w', age: 20, certificates: [], industries: [], destinations: [], minWage: 0, priority: false });
    expect(parsed.jobs[0]).toMatchObject({ certificates: [], ageMin: null, ageMax: null });
  });
  it('ignores unknown fields', () => {
    expect(() => parseInstance({ workers: [{ ...goodWorker, nickname: 'x' }], jobs: [goodJob], note: 1 })).not.toThrow();
  });
  it.each([
    ['duplicate worker id', { workers: [goodWorker, { ...goodWorker }], jobs: [] }, 'workers[1] (id w1)', 'id'],
    ['duplicate job id', { workers: [], jobs: [goodJob, goodJob] }, 'jobs[1] (id j1)', 'id'],
    ['negative headcount', { workers: [], jobs: [{ ...goodJob, headcount: -1 }] }, 'jobs[0] (id j1)', 'headcount'],
    ['fractional headcount', { workers: [], jobs: [{ ...goodJob, headcount: 1.5 }] }, 'jobs[0] (id j1)', 'headcount'],
    ['site not 6 digits', { workers: [], jobs: [{ ...goodJob, site: '32050' }] }, 'jobs[0] (id j1)', 'site'],
    ['destination not 6 digits', { workers: [{ ...goodWorker, destinations: ['320000', 'Suzhou'] }], jobs: [] }, 'workers[0] (id w1)', 'destinations[1]'],
    ['age as string', { workers: [{ ...goodWorker, age: '34' }], jobs: [] }, 'workers[0] (id w1)', 'age'],
    ['priority as string', { workers: [{ ...goodWorker, priority: 'yes' }], jobs: [] }, 'workers[0] (id w1)', 'priority'],
    ['certificates not a list', { workers: [{ ...goodWorker, certificates: 'forklift' }], jobs: [] }, 'workers[0] (id w1)', 'certificates'],
    ['industry not a string', { workers: [], jobs: [{ ...goodJob, industry: 3 }] }, 'jobs[0] (id j1)', 'industry'],
    ['wage missing', { workers: [], jobs: [{ ...goodJob, wage: undefined }] }, 'jobs[0] (id j1)', 'wage'],
    ['ageMin fractional', { workers: [], jobs: [{ ...goodJob, ageMin: 18.5 }] }, 'jobs[0] (id j1)', 'ageMin'],
    ['id missing', { workers: [{ age: 3 }], jobs: [] }, 'workers[0]', 'id'],
    ['workers not a list', { workers: {}, jobs: [] }, 'instance', 'workers'],
  ])('refuses %s, naming the record and field in both languages', (_name, input, record, field) => {
    const error = refusal(() => parseInstance(input));
    expect(error.problem).toMatchObject({ code: 'invalid_input', record, field });
    expect(error.problem.zh.length).toBeGreaterThan(0);
    expect(error.problem.en.length).toBeGreaterThan(0);
    expect(error.message).toContain(record);
  });
  it('calls a file that is not JSON a bad file', () => {
    const error = refusal(() => parseInstanceText('{"workers": [', 'x.json'));
    expect(error.problem).toMatchObject({ code: 'bad_file', record: 'x.json' });
  });
});
