// Grievances as the console and the employer portal call them (the generated client).
// After a move every grievance list, the counts by employer and the worker's journey are
// stale: the journey has the new step.
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type GrievanceList = ApiResponse<'/api/grievances'>;
export type Grievance = GrievanceList['items'][number];
export type GrievanceState = Grievance['state'];
export type GrievanceCategory = Grievance['category'];

export const STATES: readonly GrievanceState[] = ['received', 'in_hand', 'resolved', 'closed'];
export const CATEGORIES: readonly GrievanceCategory[] = ['wage_below_advertised', 'unpaid_wages', 'hours', 'housing', 'safety', 'no_contract', 'other'];
export const PAGE_SIZE = 20;

export type GrievanceFilter = { state?: GrievanceState; category?: GrievanceCategory; overdue?: 'true'; employer?: string; worker?: string };

export function useGrievances(filter: GrievanceFilter, page: number, pageSize = PAGE_SIZE) {
  return api.useQuery('get', '/api/grievances', { params: { query: { ...filter, page, pageSize } } }, { placeholderData: (previous) => previous });
}

export function useGrievance(id: string | undefined) {
  return api.useQuery('get', '/api/grievances/{id}', { params: { path: { id: id ?? '' } } }, { enabled: id !== undefined, retry: false });
}

export function useGrievanceCounts() {
  return api.useQuery('get', '/api/grievances/by-employer', {}, { retry: false });
}

export function useMoveGrievance() {
  const client = useQueryClient();
  return api.useMutation('post', '/api/grievances/{id}/state', {
    onSuccess: () => client.invalidateQueries({ predicate: (q) => /\/api\/(grievances|workers)/.test(JSON.stringify(q.queryKey)) }),
  });
}

/** The worker's phone page in assisted mode, on the "report a problem" form (photos included). */
export const fileForWorkerUrl = (workerId: string) => `/m/problems/new?worker=${encodeURIComponent(workerId)}`;
