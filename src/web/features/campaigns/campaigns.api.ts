// Writes of the campaigns page: create, edit, regional targets. Each refreshes what it
// changes (the list, the dashboard's numbers).
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type QuotaList = ApiResponse<'/api/campaigns/{id}/quotas'>;

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes('/api/campaigns') });
}

export function useCreateCampaign() {
  const refresh = useRefresh();
  return api.useMutation('post', '/api/campaigns', { onSuccess: refresh });
}

export function useEditCampaign() {
  const refresh = useRefresh();
  return api.useMutation('patch', '/api/campaigns/{id}', { onSuccess: refresh });
}

export function useQuotas(campaignId: string | undefined) {
  return api.useQuery('get', '/api/campaigns/{id}/quotas', { params: { path: { id: campaignId ?? '' } } }, { enabled: Boolean(campaignId) });
}

export function useSetQuota() {
  const refresh = useRefresh();
  return api.useMutation('put', '/api/campaigns/{id}/quotas/{region}', { onSuccess: refresh });
}

export function useRemoveQuota() {
  const refresh = useRefresh();
  return api.useMutation('delete', '/api/campaigns/{id}/quotas/{region}', { onSuccess: refresh });
}
