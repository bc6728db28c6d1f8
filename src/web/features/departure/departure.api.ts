// Departure day's reads and writes over the typed client, and the live board's event stream.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type Board = ApiResponse<'/api/campaigns/{id}/board'>;
export type BoardPoint = Board['points'][number];
export type DayPassenger = ApiResponse<'/api/campaigns/{id}/passengers'>['items'][number];
export type PassengerState = DayPassenger['state'];
export type AttentionItem = ApiResponse<'/api/campaigns/{id}/needs-attention'>['items'][number];

export const STATE_ORDER: readonly PassengerState[] = ['expected', 'checked_in', 'refused', 'departed', 'no_show', 'arrived', 'absent_at_arrival', 'rebooked', 'cancelled'];

export function useBoard(campaignId: string, date: string) {
  return api.useQuery('get', '/api/campaigns/{id}/board', { params: { path: { id: campaignId }, query: { date } } });
}

export function useReconciliation(campaignId: string, date: string) {
  return api.useQuery('get', '/api/campaigns/{id}/reconciliation', { params: { path: { id: campaignId }, query: { date } } });
}

/**
 * Keeps the board query fed by the server's event stream (EventSource reconnects by
 * itself and sends Last-Event-ID; the server answers with the whole board). Each event
 * also refreshes the day's other reads, which change with the same records.
 */
export function useLiveBoard(campaignId: string, date: string): { live: boolean } {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!campaignId || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(`/api/campaigns/${campaignId}/board/stream?date=${date}`);
    source.addEventListener('open', () => setLive(true));
    source.addEventListener('error', () => setLive(false));
    source.addEventListener('board', (event) => {
      setLive(true);
      const board = JSON.parse((event as MessageEvent<string>).data) as Board;
      queryClient.setQueryData(['get', '/api/campaigns/{id}/board', { params: { path: { id: campaignId }, query: { date } } }], board);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[1] === '/api/campaigns/{id}/reconciliation' || query.queryKey[1] === '/api/campaigns/{id}/passengers',
      });
    });
    return () => { source.close(); setLive(false); };
  }, [campaignId, date, queryClient]);
  return { live };
}

export function useDayPassengers(campaignId: string, date: string, filter: { state?: PassengerState; trip?: string; overdue?: boolean } | undefined) {
  return api.useQuery('get', '/api/campaigns/{id}/passengers', {
    params: { path: { id: campaignId }, query: { date, state: filter?.state, trip: filter?.trip, overdue: filter?.overdue ? 'true' : undefined } },
  }, { enabled: Boolean(filter) });
}

const refreshDay = (queryClient: ReturnType<typeof useQueryClient>) => queryClient.invalidateQueries({
  predicate: (query) => typeof query.queryKey[1] === 'string' && /^\/api\/campaigns\/\{id\}\/(board|passengers|reconciliation|needs-attention)$|^\/api\/trips/.test(query.queryKey[1]),
});

export function useRebook() {
  const queryClient = useQueryClient();
  return api.useMutation('post', '/api/trips/{id}/rebook', { onSuccess: () => refreshDay(queryClient) });
}

export function useCancelRide() {
  const queryClient = useQueryClient();
  return api.useMutation('post', '/api/trips/{id}/cancel', { onSuccess: () => refreshDay(queryClient) });
}

export function useAttention(campaignId: string, status: 'open' | 'resolved' | 'all') {
  return api.useQuery('get', '/api/campaigns/{id}/needs-attention', { params: { path: { id: campaignId }, query: { status } } });
}

export function useResolve() {
  const queryClient = useQueryClient();
  return api.useMutation('post', '/api/needs-attention/{id}/resolve', { onSuccess: () => refreshDay(queryClient) });
}

export const reconciliationUrl = (campaignId: string, date: string) => `/api/campaigns/${campaignId}/reconciliation.xlsx?date=${date}`;
