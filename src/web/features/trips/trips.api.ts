// The trips page's reads and writes over the typed client.
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type Trip = ApiResponse<'/api/campaigns/{id}/trips'>['items'][number];
export type TripDetail = ApiResponse<'/api/trips/{id}'>;
export type Passenger = TripDetail['passengers'][number];
export type PlanSummary = ApiResponse<'/api/campaigns/{id}/trips', 'post'>;

export function useDayTrips(campaignId: string, date: string | undefined) {
  return api.useQuery('get', '/api/campaigns/{id}/trips', { params: { path: { id: campaignId }, query: { date } } });
}

export function useTrip(tripId: string | undefined) {
  return api.useQuery('get', '/api/trips/{id}', { params: { path: { id: tripId ?? '' } } }, { enabled: Boolean(tripId) });
}

export function usePlanDay() {
  const queryClient = useQueryClient();
  return api.useMutation('post', '/api/campaigns/{id}/trips', {
    onSuccess: () => queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[1] === '/api/campaigns/{id}/trips' || query.queryKey[1] === '/api/trips/{id}',
    }),
  });
}

/** Download links: the session cookie goes with a same-origin GET, so a plain link works. */
export const manifestUrl = (tripId: string, format: 'pdf' | 'xlsx') => `/api/trips/${tripId}/manifest.${format}`;
export const passUrl = (tripId: string, workerId: string) => `/api/trips/${tripId}/passes/${workerId}`;
