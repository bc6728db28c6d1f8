// The dashboard's one query: the campaign's statistics for the region shown.
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type DashboardStats = ApiResponse<'/api/campaigns/{id}/stats'>;

export function useDashboardStats(campaignId: string | undefined, region: string | undefined) {
  return api.useQuery(
    'get',
    '/api/campaigns/{id}/stats',
    { params: { path: { id: campaignId ?? '' }, query: region ? { region } : {} } },
    { enabled: Boolean(campaignId) },
  );
}
