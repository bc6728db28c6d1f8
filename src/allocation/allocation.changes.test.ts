import { expect, it } from 'vitest';
import type { Job, MatchInstance, Worker } from '../engines/match/types.js';
import { changeReasonText, countChanges, diffProposals } from './allocation.changes.js';

const worker = (id: string, extra: Partial<Worker> = {}): Worker => ({ id, age: 30, certificates: [], industries: [], destinations: [], minWage: 0, priority: false, ...extra });
const job = (id: string, extra: Partial<Job> = {}): Job => ({ id, site: '320506', industry: 'C', headcount: 1, wage: 5000, certificates: [], ageMin: null, ageMax: null, ...extra });

it('names each change and its reason', () => {
  const instance: MatchInstance = {
    workers: [worker('kept'), worker('better'), worker('full'), worker('rule', { minWage: 6000 }), worker('lost'), worker('fresh'), worker('late')],
    jobs: [job('j1'), job('j2', { wage: 7000, headcount: 5 }), job('j3'), job('j4')],
  };
  const previous = new Map([
    ['kept', { job: 'j1', value: 100 }],
    ['better', { job: 'j3', value: 124 }],
    ['full', { job: 'j4', value: 124 }],
    ['rule', { job: 'j3', value: 100 }],
    ['lost', { job: 'j4', value: 124 }],
    ['gone', { job: 'j1', value: 100 }],
  ]);
  const proposals = [
    { worker: 'kept', job: 'j1' }, { worker: 'better', job: 'j2' }, { worker: 'full', job: 'j3' }, { worker: 'rule', job: 'j2' },
    { worker: 'fresh', job: 'j2' }, { worker: 'late', job: 'j2' },
  ];
  const changes = diffProposals({ instance, previous, proposals, earlierRun: true, registeredSince: new Set(['late']) });
  const byWorker = Object.fromEntries(changes.map((c) => [c.workerId, [c.kind, c.reason]]));
  expect(byWorker).toEqual({
    better: ['moved', 'better_value'],
    full: ['moved', 'vacancy_full'],
    rule: ['moved', 'rule:wage'],
    lost: ['dropped', 'displaced'],
    gone: ['dropped', 'withdrawn'],
    fresh: ['new', 'place_opened'],
    late: ['new', 'registered'],
  });
  expect(countChanges(changes)).toEqual({ new: 2, moved: 3, dropped: 2 });
  expect(changes.find((c) => c.workerId === 'better')).toMatchObject({ jobBefore: 'j3', jobAfter: 'j2', valueBefore: 124, valueAfter: 164 });
  // A vacancy that is not in the instance is "gone" for a worker still there.
  const gone = diffProposals({ instance, previous: new Map([['kept', { job: 'j9', value: 1 }]]), proposals: [], earlierRun: true, registeredSince: new Set() });
  expect(gone[0]).toMatchObject({ kind: 'dropped', reason: 'vacancy_gone' });
});

it('calls every proposal of a first run a first allocation, and says each reason in both languages', () => {
  const changes = diffProposals({ instance: { workers: [worker('a')], jobs: [job('j')] }, previous: new Map(), proposals: [{ worker: 'a', job: 'j' }], earlierRun: false, registeredSince: new Set(['a']) });
  expect(changes).toEqual([{ workerId: 'a', kind: 'new', jobBefore: null, jobAfter: 'j', valueBefore: null, valueAfter: 160, reason: 'first_run' }]);
  for (const code of ['first_run', 'registered', 'place_opened', 'better_value', 'vacancy_full', 'vacancy_gone', 'withdrawn', 'displaced', 'rule:age', 'rule:certificates', 'rule:wage', 'rule:industry', 'rule:destination']) {
    const text = changeReasonText(code);
    expect(text.zh, code).toMatch(/[\u4e00-\u9fff]/);
    expect(text.en, code).not.toBe(code);
  }
});
