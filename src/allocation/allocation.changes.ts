// What a run changed against the open proposals before it, and why, in words an officer
// can repeat: a worker who is new, moved to another vacancy, or left without one. Pure;
// the reasons follow the contract's rules (a rule that no longer holds, a better value,
// a vacancy whose places went to others worth more overall).
import type { Bilingual } from '../core/errors.js';
import { failedRule, value } from '../engines/match/rules.js';
import type { Assignment, MatchInstance } from '../engines/match/types.js';

export type ChangeKind = 'new' | 'moved' | 'dropped';

export type Change = {
  workerId: string;
  kind: ChangeKind;
  jobBefore: string | null;
  jobAfter: string | null;
  valueBefore: number | null;
  valueAfter: number | null;
  reason: string;
};

export type PreviousProposal = { job: string; value: number | null };

export type ChangeInputs = {
  instance: MatchInstance;
  /** Open proposals before the run: worker id → vacancy and its stored value. */
  previous: ReadonlyMap<string, PreviousProposal>;
  /** The run's proposals, confirmed (fixed) pairs left out. */
  proposals: readonly Assignment[];
  /** Whether any earlier run of the campaign finished: otherwise every proposal is a first one. */
  earlierRun: boolean;
  /** Workers registered after the earlier run started. */
  registeredSince: ReadonlySet<string>;
};

export function diffProposals(input: ChangeInputs): Change[] {
  const workers = new Map(input.instance.workers.map((w) => [w.id, w]));
  const jobs = new Map(input.instance.jobs.map((j) => [j.id, j]));
  const after = new Map(input.proposals.map((p) => [p.worker, p.job]));
  const changes: Change[] = [];
  const valueOf = (workerId: string, jobId: string): number | null => {
    const worker = workers.get(workerId);
    const job = jobs.get(jobId);
    return worker && job ? value(worker, job) : null;
  };
  // Why the previous vacancy no longer holds this worker (or null when it still could).
  const lostBecause = (workerId: string, jobId: string): string | null => {
    const worker = workers.get(workerId);
    if (!worker) return 'withdrawn';
    const job = jobs.get(jobId);
    if (!job) return 'vacancy_gone';
    const rule = failedRule(worker, job);
    return rule === null ? null : `rule:${rule}`;
  };
  for (const [workerId, before] of input.previous) {
    const jobAfter = after.get(workerId);
    if (jobAfter === before.job) continue;
    if (jobAfter === undefined) {
      changes.push({
        workerId, kind: 'dropped', jobBefore: before.job, jobAfter: null, valueBefore: before.value, valueAfter: null,
        reason: lostBecause(workerId, before.job) ?? 'displaced',
      });
      continue;
    }
    const valueAfter = valueOf(workerId, jobAfter);
    const now = valueOf(workerId, before.job);
    const reason = lostBecause(workerId, before.job)
      ?? (valueAfter !== null && now !== null && valueAfter > now ? 'better_value' : 'vacancy_full');
    changes.push({ workerId, kind: 'moved', jobBefore: before.job, jobAfter, valueBefore: before.value, valueAfter, reason });
  }
  for (const pair of input.proposals) {
    if (input.previous.has(pair.worker)) continue;
    const reason = !input.earlierRun ? 'first_run' : input.registeredSince.has(pair.worker) ? 'registered' : 'place_opened';
    changes.push({ workerId: pair.worker, kind: 'new', jobBefore: null, jobAfter: pair.job, valueBefore: null, valueAfter: valueOf(pair.worker, pair.job), reason });
  }
  return changes;
}

export function countChanges(changes: readonly { kind: ChangeKind }[]): Record<ChangeKind, number> {
  const counts = { new: 0, moved: 0, dropped: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

const RULE_TEXT: Record<string, Bilingual> = {
  age: { zh: '年龄不再符合原岗位要求', en: 'age no longer fits the previous vacancy' },
  certificates: { zh: '缺少原岗位要求的证书', en: 'lacks a certificate the previous vacancy needs' },
  wage: { zh: '原岗位月薪低于现在的期望', en: 'the previous vacancy pays less than now wanted' },
  industry: { zh: '原岗位行业不在现在的意向中', en: 'the previous vacancy\'s industry is no longer wanted' },
  destination: { zh: '原岗位地点不在现在的意向地区', en: 'the previous vacancy\'s place is no longer wanted' },
};

const REASON_TEXT: Record<string, Bilingual> = {
  first_run: { zh: '首次分配', en: 'first allocation of the campaign' },
  registered: { zh: '上次运行后新登记', en: 'registered since the previous run' },
  place_opened: { zh: '上次未分到岗位，本次有了合适空缺', en: 'had no proposal before; a fitting place is open now' },
  better_value: { zh: '新岗位得分更高', en: 'the new vacancy is worth more' },
  vacancy_full: { zh: '原岗位名额已被整体更优的人选占用', en: 'the previous vacancy\'s places went to others worth more overall' },
  vacancy_gone: { zh: '原岗位已不在活动中', en: 'the previous vacancy is no longer in the campaign' },
  withdrawn: { zh: '已退出或记录不再参与分配', en: 'withdrew, or the record no longer takes part' },
  displaced: { zh: '符合条件的名额已被整体更优的人选占用', en: 'the places that fit went to others worth more overall' },
};

/** The reason code stored with a change, in Chinese and English. */
export function changeReasonText(reason: string): Bilingual {
  if (reason.startsWith('rule:')) return RULE_TEXT[reason.slice(5)] ?? { zh: reason, en: reason };
  return REASON_TEXT[reason] ?? { zh: reason, en: reason };
}
