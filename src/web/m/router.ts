// A tiny history router for /m/ (react-router would cost more than all the pages): the
// server answers every /m/* path with this page, so plain paths work on reload and share.
// The assisted-mode ?worker=<id> is carried along on every move.
import { useEffect, useState } from 'react';

export const BASE = '/m';

function current(): string {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  return path === '' ? '/' : path;
}

/** The worker an officer is helping (assisted mode), from ?worker=<id>. */
export function assistedWorkerId(): string | undefined {
  return new URLSearchParams(location.search).get('worker') ?? undefined;
}

export function href(path: string, worker = assistedWorkerId()): string {
  return `${BASE}${path}${worker ? `?worker=${encodeURIComponent(worker)}` : ''}`;
}

export function navigate(path: string, replace = false, worker?: string): void {
  const target = href(path, worker ?? assistedWorkerId());
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export function usePath(): string {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const update = () => setPath(current());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return path;
}
