// Accounts and the audit log over the typed client (their shapes come from the server's
// response schemas in src/auth/accounts.schema.ts).
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type Account = ApiResponse<'/api/users'>['items'][number];
export type AuditRow = ApiResponse<'/api/audit'>['items'][number];

export function useAccounts() {
  return api.useQuery('get', '/api/users', {}, { select: (data) => data.items });
}

export type AuditFilter = { action?: string; entity?: string; actor?: string; from?: string; to?: string };

export function useAudit(paging: { page: number; pageSize: number }, filter: AuditFilter) {
  const query = {
    ...paging, action: filter.action || undefined, entity: filter.entity || undefined, actor: filter.actor || undefined,
    from: filter.from || undefined, to: filter.to || undefined,
  };
  return api.useQuery('get', '/api/audit', { params: { query } }, { placeholderData: keepPreviousData });
}

export function useGatheringPoints(campaignId: string | undefined) {
  return api.useQuery('get', '/api/campaigns/{id}/gathering-points', { params: { path: { id: campaignId ?? '' } } }, { enabled: Boolean(campaignId) });
}

export function useEmployers() {
  return api.useQuery('get', '/api/employers', { params: { query: { pageSize: 500 } } });
}

function useRefreshAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[1] === '/api/users' || q.queryKey[1] === '/api/audit' });
}

export function useCreateAccount() {
  const refresh = useRefreshAccounts();
  return api.useMutation('post', '/api/users', { onSuccess: () => refresh() });
}

export function useAccountAction(action: 'disable' | 'enable' | 'unlock' | 'password') {
  const refresh = useRefreshAccounts();
  const path = `/api/users/{id}/${action}` as const;
  return api.useMutation('post', path, { onSuccess: () => refresh() });
}
