// The allocation page's reads and writes over the typed client. A running run is polled
// until it finishes; confirming refreshes everything the run shows.
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type Run = ApiResponse<'/api/allocations/{id}'>;
export type Proposal = ApiResponse<'/api/allocations/{id}/proposals'>['items'][number];
export type VacancyProposals = ApiResponse<'/api/allocations/{id}/vacancies'>['items'][number];
export type Change = ApiResponse<'/api/allocations/{id}/changes'>['items'][number];
export type ChangeKind = Change['kind'];

// Annotated so the hook's options don't infer themselves from their own callback.
type Polled<T> = { state: { data?: T } };
type RunList = ApiResponse<'/api/campaigns/{id}/allocations'>;

export type Paging = { page: number; pageSize: number };

const POLL_MS = 500;

export function useRuns(campaignId: string) {
  return api.useQuery('get', '/api/campaigns/{id}/allocations', { params: { path: { id: campaignId } } }, {
    refetchInterval: (query: Polled<RunList>) => (query.state.data?.items.some((r) => r.status === 'running') ? POLL_MS : false),
  });
}

export function useRun(runId: string | undefined) {
  return api.useQuery('get', '/api/allocations/{id}', { params: { path: { id: runId ?? '' } } }, {
    enabled: Boolean(runId),
    refetchInterval: (query: Polled<Run>) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
}

export function useStartRun() {
  return api.useMutation('post', '/api/campaigns/{id}/allocations');
}

export function useProposals(runId: string, paging: Paging, filter: { job?: string; status?: 'proposed' | 'confirmed'; search?: string }) {
  return api.useQuery('get', '/api/allocations/{id}/proposals', {
    params: { path: { id: runId }, query: { ...paging, ...filter, search: filter.search || undefined } },
  }, { placeholderData: keepPreviousData });
}

export function useVacancies(runId: string, paging: Paging, search: string) {
  return api.useQuery('get', '/api/allocations/{id}/vacancies', {
    params: { path: { id: runId }, query: { ...paging, search: search || undefined } },
  }, { placeholderData: keepPreviousData });
}

export function useChanges(runId: string, paging: Paging, kind: ChangeKind | undefined) {
  return api.useQuery('get', '/api/allocations/{id}/changes', { params: { path: { id: runId }, query: { ...paging, kind } } }, { placeholderData: keepPreviousData });
}

/** Confirms all of a run's open proposals, or the selected workers'; refreshes the run's views. */
export function useConfirm() {
  const queryClient = useQueryClient();
  return api.useMutation('post', '/api/allocations/{id}/confirm', {
    onSuccess: () => queryClient.invalidateQueries({
      predicate: (query) => typeof query.queryKey[1] === 'string' && (query.queryKey[1].startsWith('/api/allocations') || query.queryKey[1].includes('/allocations')),
    }),
  });
}
