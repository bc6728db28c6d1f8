// The workers API as the pages use it: typed queries and mutations over the generated
// client. Filters live in the page's address (?q=&status=…), so a filtered list can be
// bookmarked, and the export downloads exactly what the table shows.
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type Worker = ApiResponse<'/api/workers/{id}'>;
export type WorkerEvent = ApiResponse<'/api/workers/{id}/events'>['items'][number];
export type Recommendations = ApiResponse<'/api/workers/{id}/recommendations'>;

export const PAGE_SIZE = 50;

export type WorkerListFilters = {
  q?: string;
  region?: string;
  status?: string;
  priority?: 'true' | 'false';
  industry?: string;
  certificate?: string;
  campaign?: string;
};
export type WorkerListOrder = { sort?: 'name' | 'age' | 'county' | 'status' | 'registeredAt'; order?: 'asc' | 'desc' };

export function useWorkers(filters: WorkerListFilters, order: WorkerListOrder, page: number) {
  return api.useQuery('get', '/api/workers', {
    params: { query: { ...filters, ...order, page, pageSize: PAGE_SIZE } },
  }, { placeholderData: (previous) => previous });
}

/** The export's address for the same filters (a plain download: the browser sends the cookie). */
export function exportHref(filters: WorkerListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return `/api/workers/export${text ? `?${text}` : ''}`;
}

export function useWorker(id: string) {
  return api.useQuery('get', '/api/workers/{id}', { params: { path: { id } } }, { retry: false });
}

export function useWorkerEvents(id: string) {
  return api.useQuery('get', '/api/workers/{id}/events', { params: { path: { id } } }, { retry: false });
}

export function useRecommendations(id: string) {
  return api.useQuery('get', '/api/workers/{id}/recommendations', { params: { path: { id }, query: { k: 5 } } }, { retry: false });
}

/** After a change, every list and page of workers is stale. */
function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes('/api/workers') });
}

export function useWorkerActions() {
  const invalidate = useInvalidate();
  return {
    register: api.useMutation('post', '/api/workers', { onSuccess: invalidate }),
    correct: api.useMutation('patch', '/api/workers/{id}', { onSuccess: invalidate }),
    withdraw: api.useMutation('post', '/api/workers/{id}/withdraw', { onSuccess: invalidate }),
    reveal: api.useMutation('post', '/api/workers/{id}/reveal', { onSuccess: invalidate }),
  };
}
