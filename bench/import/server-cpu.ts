// CPU time the PostgreSQL cluster has spent, from /proc (Linux; 0 elsewhere): the server
// works in its own processes, so a client's own CPU says nothing about it. Sums the
// postmaster, its live children, and (through the postmaster's cutime) every backend
// that has already exited.
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number): string[] | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

// After the command: [0] state, [1] ppid, ..., [11] utime, [12] stime, [13] cutime, [14] cstime.
const ticks = (fields: string[], from: number, to: number): number =>
  fields.slice(from, to + 1).reduce((sum, value) => sum + Number(value), 0);

async function postmasterPid(url: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'`);
    const pid = result.rows[0]?.pid;
    return pid === undefined ? undefined : Number(stat(pid)?.[1]);
  } finally {
    await client.end();
  }
}

/** A reader of the cluster's CPU so far, in ms; call it before and after. */
export async function clusterCpu(url: string): Promise<() => number> {
  const root = os.platform() === 'linux' ? await postmasterPid(url) : undefined;
  return () => {
    if (root === undefined) return 0;
    const self = stat(root);
    if (!self) return 0;
    let total = ticks(self, 11, 14);
    for (const entry of fs.readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      const fields = stat(pid);
      if (fields && Number(fields[1]) === root) total += ticks(fields, 11, 12);
    }
    return total * TICK_MS;
  };
}
