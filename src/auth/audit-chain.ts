// The audit log as a hash chain (GB/T 22239-2019 8.1.4.3 security audit: records protected
// from deletion and change). Each entry stores the SM3 digest of the entry before it and its
// own digest over that and its content, so an edit breaks the entry's own digest and a
// removal breaks the next entry's link. Content is hashed in the text form the database
// gives back (jsonb's own rendering, timestamps in UTC to the microsecond), so what the
// writer hashed and what `audit verify` re-reads are the same bytes on PGlite and PostgreSQL.
import { createHash } from 'node:crypto';

/** The link before the first entry (and after a full prune, the last pruned entry's digest). */
export const GENESIS = '0'.repeat(64);

/** An entry as the chain hashes it: every column but the two digests, as text. */
export type CanonicalEntry = {
  id: string;
  at: string;
  actorId: string | null;
  actorLogin: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string;
  ip: string | null;
  before: string | null;
  after: string | null;
};

export function entryHash(previous: string, entry: CanonicalEntry): string {
  const content = JSON.stringify([
    entry.id, entry.at, entry.actorId, entry.actorLogin, entry.action, entry.entity, entry.entityId, entry.regionCode, entry.ip, entry.before, entry.after,
  ]);
  return createHash('sm3').update(`${previous}\n${content}`).digest('hex');
}

export type ChainRow = CanonicalEntry & { prevHash: string | null; hash: string | null };

export type ChainProblem =
  | { kind: 'altered'; id: string }
  | { kind: 'removed'; afterId: string | null; beforeId: string }
  | { kind: 'tail_removed'; afterId: string | null; headId: string }
  | { kind: 'head_mismatch'; lastId: string | null; headId: string }
  | { kind: 'unchained'; id: string };

/**
 * Walks rows in id order from a known link, reporting each break once. After a removal the
 * walk goes on from the row that is there, so later breaks are still found.
 */
export function checkChain(rows: readonly ChainRow[], state: { previousHash: string; previousId: string | null }): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (const row of rows) {
    if (row.hash === null || row.prevHash === null) {
      problems.push({ kind: 'unchained', id: row.id });
    } else {
      if (row.prevHash !== state.previousHash) problems.push({ kind: 'removed', afterId: state.previousId, beforeId: row.id });
      if (entryHash(row.prevHash, row) !== row.hash) problems.push({ kind: 'altered', id: row.id });
    }
    state.previousHash = row.hash ?? '';
    state.previousId = row.id;
  }
  return problems;
}

const ref = (id: string | null): string => (id === null ? '链首 the start' : `#${id}`);

/** One line per break, Chinese then English, naming the entries. */
export function describeProblem(problem: ChainProblem): { zh: string; en: string } {
  switch (problem.kind) {
    case 'altered':
      return { zh: `审计记录 #${problem.id} 被修改`, en: `audit entry #${problem.id} was altered` };
    case 'removed':
      return problem.afterId === null
        ? { zh: `审计记录 #${problem.beforeId} 之前的记录被删除`, en: `audit entries before #${problem.beforeId} were removed` }
        : { zh: `审计记录 #${problem.afterId} 与 #${problem.beforeId} 之间的记录被删除`, en: `audit entries between #${problem.afterId} and #${problem.beforeId} were removed` };
    case 'tail_removed':
      return { zh: `${ref(problem.afterId)} 之后直到链头 #${problem.headId} 的审计记录被删除`, en: `audit entries after ${ref(problem.afterId)} up to the chain's head #${problem.headId} were removed` };
    case 'head_mismatch':
      return { zh: `最后一条审计记录 ${ref(problem.lastId)} 与链头 #${problem.headId} 不符`, en: `the last audit entry ${ref(problem.lastId)} does not match the chain's head #${problem.headId}` };
    case 'unchained':
      return { zh: `审计记录 #${problem.id} 没有链摘要（绕过程序写入）`, en: `audit entry #${problem.id} carries no chain digest (written around the application)` };
  }
}
