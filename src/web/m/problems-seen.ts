// Whether a grievance changed since the worker last looked (the badge on the menu and the
// notice on the home page). Only someone else's step counts: the worker knows their own.
// Kept apart from the page so the first screen carries a few lines, not the page.
import { useEffect, useState } from 'react';
import { call } from './api';

const SEEN_KEY = 'menkou.m.problemsSeen';

export type Seenable = { id: string; updatedAt: string; history: { at: string; role: string }[] };

function seenMap(): Record<string, string> {
  try { return JSON.parse(localStorage.getItem(SEEN_KEY) ?? '{}') as Record<string, string>; } catch { return {}; }
}

/** The latest step by an officer or the employer that the worker has not seen yet, if any. */
export function unseenChange(g: Seenable, seen = seenMap()): string | undefined {
  const last = [...g.history].reverse().find((h) => h.role !== 'worker');
  if (!last) return undefined;
  const mark = seen[g.id];
  return mark && mark >= last.at ? undefined : last.at;
}

export function markSeen(items: readonly Seenable[]): void {
  const seen = seenMap();
  for (const g of items) seen[g.id] = g.history.at(-1)?.at ?? g.updatedAt;
  try { localStorage.setItem(SEEN_KEY, JSON.stringify(seen)); } catch { /* private mode: the badge stays until the next visit */ }
}

/** How many of the worker's grievances moved since last seen; fetched after the first screen. */
export function useUnseenProblems(active: boolean, path: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!active || path.startsWith('/problems')) { setCount(0); return; }
    let live = true;
    void call<{ items: Seenable[] }>('GET', '/api/m/grievances').then((result) => {
      if (live && result.ok) { const seen = seenMap(); setCount(result.data.items.filter((g) => unseenChange(g, seen) !== undefined).length); }
    });
    return () => { live = false; };
  }, [active, path]);
  return count;
}
