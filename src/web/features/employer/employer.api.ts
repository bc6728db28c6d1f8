// The employer portal's and the approval queue's calls over the generated client. After a
// decision or a review every jobs list and page is stale (the counts and states change).
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type OwnVacancy = ApiResponse<'/api/employer/vacancies'>['items'][number];
export type PendingVacancy = ApiResponse<'/api/job-approvals'>['items'][number];

export const PAGE_SIZE = 20;

export function useOwnVacancies(query: { page: number }) {
  return api.useQuery('get', '/api/employer/vacancies', { params: { query: { page: query.page, pageSize: PAGE_SIZE } } }, { placeholderData: (previous) => previous });
}

export function useApprovalQueue(options: { enabled?: boolean } = {}) {
  return api.useQuery('get', '/api/job-approvals', {}, { enabled: options.enabled ?? true });
}

function useInvalidateJobs() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).match(/\/api\/(jobs|employer|job-approvals)/) !== null });
}

export function useDecision() {
  return api.useMutation('post', '/api/jobs/{id}/workers/{workerId}/decision', { onSuccess: useInvalidateJobs() });
}

export function useReview() {
  return api.useMutation('post', '/api/jobs/{id}/review', { onSuccess: useInvalidateJobs() });
}

/** Where the browser downloads a vacancy's confirmed workers (the session cookie goes along). */
export const confirmedXlsxUrl = (id: string) => `/api/jobs/${encodeURIComponent(id)}/confirmed.xlsx`;

/** The arrivals desk (/checkin/) opened on one coach: `date` is its departure day. */
export const handoverUrl = (tripId: string, date: string) => `/checkin/?date=${encodeURIComponent(date)}&trip=${encodeURIComponent(tripId)}`;
