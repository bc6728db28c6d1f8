// The grievance's life, pure: the categories a worker can name, the four states, who may
// move a grievance from one to the next, and the deadline each state sets. Shared by the
// service, the routes' schemas and the pages (no I/O, zod-free).
import type { Bilingual } from '../core/errors.js';

export const GRIEVANCE_CATEGORIES = ['wage_below_advertised', 'unpaid_wages', 'hours', 'housing', 'safety', 'no_contract', 'other'] as const;
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number];

export const CATEGORY_TEXT: Record<GrievanceCategory, Bilingual> = {
  wage_below_advertised: { zh: '工资低于招聘承诺', en: 'wages below what was advertised' },
  unpaid_wages: { zh: '拖欠工资', en: 'unpaid wages' },
  hours: { zh: '工时过长', en: 'working hours' },
  housing: { zh: '住宿问题', en: 'housing' },
  safety: { zh: '安全问题', en: 'safety' },
  no_contract: { zh: '未签劳动合同', en: 'contract not signed' },
  other: { zh: '其他', en: 'other' },
};

export const GRIEVANCE_STATES = ['received', 'in_hand', 'resolved', 'closed'] as const;
export type GrievanceState = (typeof GRIEVANCE_STATES)[number];

export const STATE_TEXT: Record<GrievanceState, Bilingual> = {
  received: { zh: '已收到', en: 'received' },
  in_hand: { zh: '处理中', en: 'in hand' },
  resolved: { zh: '已解决', en: 'resolved' },
  closed: { zh: '已结案', en: 'closed' },
};

/**
 * Days a state may last before the grievance is overdue: two days for someone to take it
 * in hand, seven to resolve it, seven for the worker to say it is not resolved before the
 * officer closes it. Wage arrears cannot wait for a month-long procedure in the middle of
 * a season; the officer escalates to labour inspection (劳动保障监察) outside menkou.
 */
export const DEADLINE_DAYS: Record<Exclude<GrievanceState, 'closed'>, number> = { received: 2, in_hand: 7, resolved: 7 };

/** Who acts: the worker themselves, an officer of the worker's region, the destination employer. */
export type GrievanceParty = 'worker' | 'officer' | 'employer';

type Move = { from: GrievanceState; to: GrievanceState; by: readonly GrievanceParty[]; noteRequired: boolean };

// The destination contact may take a grievance in hand and say it is resolved; only the
// home-county officer may close it without the worker, so an employer cannot bury one.
const MOVES: readonly Move[] = [
  { from: 'received', to: 'in_hand', by: ['officer', 'employer'], noteRequired: false },
  { from: 'received', to: 'closed', by: ['officer'], noteRequired: true },
  { from: 'in_hand', to: 'resolved', by: ['officer', 'employer'], noteRequired: true },
  { from: 'in_hand', to: 'closed', by: ['officer'], noteRequired: true },
  { from: 'resolved', to: 'closed', by: ['officer', 'worker'], noteRequired: false },
  { from: 'resolved', to: 'in_hand', by: ['officer', 'worker'], noteRequired: true },
];

export type MoveCheck = { ok: true; noteRequired: boolean } | { ok: false; why: 'no_such_move' | 'not_yours'; reason: Bilingual };

export function checkMove(from: GrievanceState, to: GrievanceState, party: GrievanceParty): MoveCheck {
  const move = MOVES.find((m) => m.from === from && m.to === to);
  if (!move) {
    return { ok: false, why: 'no_such_move', reason: { zh: `不能从“${STATE_TEXT[from].zh}”改为“${STATE_TEXT[to].zh}”`, en: `a grievance cannot go from ${STATE_TEXT[from].en} to ${STATE_TEXT[to].en}` } };
  }
  if (!move.by.includes(party)) {
    return { ok: false, why: 'not_yours', reason: { zh: `无权将投诉改为“${STATE_TEXT[to].zh}”`, en: `you may not mark a grievance ${STATE_TEXT[to].en}` } };
  }
  return { ok: true, noteRequired: move.noteRequired };
}

/** The moves a party may make from a state (the buttons a page shows). */
export function movesFor(from: GrievanceState, party: GrievanceParty): GrievanceState[] {
  return MOVES.filter((m) => m.from === from && m.by.includes(party)).map((m) => m.to);
}

export function dueAt(state: GrievanceState, from: Date): Date | null {
  if (state === 'closed') return null;
  return new Date(from.getTime() + DEADLINE_DAYS[state] * 86_400_000);
}

/** Overdue against the employer and the officers: still waiting on them past its deadline. */
export function isOverdue(state: GrievanceState, due: Date | null, now: Date): boolean {
  return (state === 'received' || state === 'in_hand') && due !== null && due.getTime() < now.getTime();
}

export function isGrievanceState(text: string): text is GrievanceState {
  return (GRIEVANCE_STATES as readonly string[]).includes(text);
}
