// Top-k vacancies for a worker and top-k workers for a vacancy, ranked by the contract's
// score, each with its reasons in words an officer can repeat on the phone. Pure.
import type { Bilingual } from '../core/errors.js';
import { ageFits, certificatesFit, destinationMatches, destinationPart, industryPart, scoreParts } from '../engines/match/rules.js';
import type { Job, Worker } from '../engines/match/types.js';

export type Names = {
  industry: (code: string) => Bilingual;
  region: (code: string) => Bilingual;
  certificate: (code: string) => Bilingual;
};

export type Recommendation = { id: string; score: number; value: number; reasons: Bilingual[] };
export type Exclusion = { rule: string; reason: Bilingual; count: number };

const ORDINAL_ZH = ['第一', '第二', '第三'];
const ORDINAL_EN = ['1st', '2nd', '3rd'];
const yuan = (n: number): string => n.toLocaleString('en-US');

export function reasonsFor(worker: Worker, job: Job, names: Names): Bilingual[] {
  const reasons: Bilingual[] = [];
  const industry = names.industry(job.industry);
  const rank = worker.industries.indexOf(job.industry);
  reasons.push(rank < 0
    ? { zh: `行业：${industry.zh}（不限行业）`, en: `industry: ${industry.en} (any industry)` }
    : { zh: `行业：${ORDINAL_ZH[rank] ?? `第${rank + 1}`}意向 ${industry.zh}`, en: `industry: ${ORDINAL_EN[rank] ?? `${rank + 1}th`} choice ${industry.en}` });
  const site = names.region(job.site);
  const dRank = worker.destinations.findIndex((d) => destinationMatches(d, job.site));
  if (dRank < 0) reasons.push({ zh: `地点：${site.zh}（不限地区）`, en: `destination: ${site.en} (anywhere)` });
  else {
    const wished = names.region(worker.destinations[dRank]);
    reasons.push({
      zh: `地点：${ORDINAL_ZH[dRank] ?? `第${dRank + 1}`}意向 ${wished.zh}（${site.zh}）`,
      en: `destination: ${ORDINAL_EN[dRank] ?? `${dRank + 1}th`} choice ${wished.en} (${site.en})`,
    });
  }
  reasons.push({
    zh: `月薪 ${yuan(job.wage)} 元，期望 ${worker.minWage > 0 ? `${yuan(worker.minWage)} 元` : '不限'}`,
    en: `wage ${yuan(job.wage)} vs wanted ${worker.minWage > 0 ? yuan(worker.minWage) : 'any'}`,
  });
  if (worker.priority) reasons.push({ zh: '脱贫劳动力优先', en: 'priority group (poverty-alleviated)' });
  return reasons;
}

function exclusionReason(rule: string, worker: Worker, job: Job, names: Names): Bilingual {
  switch (rule) {
    case 'certificates': {
      const missing = job.certificates.filter((c) => !worker.certificates.includes(c)).map(names.certificate);
      return { zh: `需要证书：${missing.map((m) => m.zh).join('、')}`, en: `needs certificate: ${missing.map((m) => m.en).join(', ')}` };
    }
    case 'age':
      return { zh: `年龄要求 ${job.ageMin ?? ''}–${job.ageMax ?? ''} 岁（本人 ${worker.age} 岁）`, en: `age ${job.ageMin ?? ''}–${job.ageMax ?? ''} required (is ${worker.age})` };
    case 'wage':
      return { zh: `月薪 ${yuan(job.wage)} 元低于期望 ${yuan(worker.minWage)} 元`, en: `wage ${yuan(job.wage)} below wanted ${yuan(worker.minWage)}` };
    case 'industry':
      return { zh: `行业 ${names.industry(job.industry).zh} 不在意向中`, en: `industry ${names.industry(job.industry).en} not wanted` };
    default:
      return { zh: `地点 ${names.region(job.site).zh} 不在意向地区`, en: `destination ${names.region(job.site).en} not wanted` };
  }
}

/** The best k vacancies; when none is eligible, the rules that excluded the nearest ones. */
export function recommendJobs(worker: Worker, jobs: readonly Job[], k: number, names: Names): { items: Recommendation[]; exclusions: Exclusion[] } {
  const scored: Recommendation[] = [];
  for (const job of jobs) {
    if (job.headcount <= 0) continue;
    const parts = scoreParts(worker, job);
    if (parts) scored.push({ id: job.id, score: parts.score, value: parts.value, reasons: reasonsFor(worker, job, names) });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  if (scored.length > 0) return { items: scored.slice(0, k), exclusions: [] };
  // The nearest vacancies are those failing the fewest rules; say which rules those are.
  const failing = jobs.filter((job) => job.headcount > 0).map((job) => ({ job, rules: failingRules(worker, job) }));
  const fewest = Math.min(...failing.map((f) => f.rules.length));
  const byRule = new Map<string, Exclusion>();
  for (const { job, rules } of failing) {
    if (rules.length !== fewest) continue;
    for (const rule of rules) {
      const reason = exclusionReason(rule, worker, job, names);
      const key = `${rule}:${reason.en}`;
      const entry = byRule.get(key) ?? { rule, reason, count: 0 };
      entry.count += 1;
      byRule.set(key, entry);
    }
  }
  return { items: [], exclusions: [...byRule.values()].sort((a, b) => b.count - a.count).slice(0, 5) };
}

type Rule = 'age' | 'certificates' | 'wage' | 'industry' | 'destination';

function failingRules(worker: Worker, job: Job): Rule[] {
  const rules: Rule[] = [];
  if (!ageFits(worker, job)) rules.push('age');
  if (!certificatesFit(worker, job)) rules.push('certificates');
  if (job.wage < worker.minWage) rules.push('wage');
  if (industryPart(worker, job) === null) rules.push('industry');
  if (destinationPart(worker, job) === null) rules.push('destination');
  return rules;
}

/** The best k workers for one vacancy, among those the caller may see. */
export function recommendWorkers(job: Job, workers: readonly Worker[], k: number, names: Names): Recommendation[] {
  const scored: Recommendation[] = [];
  for (const worker of workers) {
    const parts = scoreParts(worker, job);
    if (parts) scored.push({ id: worker.id, score: parts.score, value: parts.value, reasons: reasonsFor(worker, job, names) });
  }
  return scored.sort((a, b) => b.value - a.value || b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, k);
}
