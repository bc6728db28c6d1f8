// Accounts and the audit log over the typed client. GET /api/users and GET /api/audit
// publish no response schema yet (src/auth), so their rows are read here through one
// normaliser each, accepting the store's snake_case or the API's camelCase keys; when the
// routes publish schemas these become ApiResponse<…> types.
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Role } from '../../api/types';

type Raw = Record<string, unknown>;
const pick = (row: Raw, camel: string, snake: string): unknown => row[camel] ?? row[snake] ?? null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : value == null ? null : String(value));

export type Account = {
  id: string;
  login: string;
  name: string;
  role: Role;
  regionPrefix: string;
  employerId: string | null;
  gatheringPointId: string | null;
  createdAt: string | null;
  disabledAt: string | null;
};

export function accountOf(row: Raw): Account {
  return {
    id: String(row.id), login: String(row.login), name: String(row.name), role: row.role as Role,
    regionPrefix: text(pick(row, 'regionPrefix', 'region_prefix')) ?? '', employerId: text(pick(row, 'employerId', 'employer_id')),
    gatheringPointId: text(pick(row, 'gatheringPointId', 'gathering_point_id')), createdAt: text(pick(row, 'createdAt', 'created_at')),
    disabledAt: text(pick(row, 'disabledAt', 'disabled_at')),
  };
}

export type AuditRow = {
  id: string;
  at: string;
  actorLogin: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string;
  ip: string | null;
  before: unknown;
  after: unknown;
};

export function auditOf(row: Raw): AuditRow {
  return {
    id: String(row.id), at: String(row.at), actorLogin: String(pick(row, 'actorLogin', 'actor_login')), action: String(row.action),
    entity: String(row.entity), entityId: text(pick(row, 'entityId', 'entity_id')), regionCode: text(pick(row, 'regionCode', 'region_code')) ?? '',
    ip: text(row.ip), before: row.before ?? null, after: row.after ?? null,
  };
}

export function useAccounts() {
  return api.useQuery('get', '/api/users', {}, {
    select: (data: unknown) => ((data as { items?: Raw[] }).items ?? []).map(accountOf),
  });
}

export type AuditFilter = { action?: string; entity?: string };

export function useAudit(paging: { page: number; pageSize: number }, filter: AuditFilter) {
  return api.useQuery('get', '/api/audit', { params: { query: { ...paging, action: filter.action || undefined, entity: filter.entity || undefined } } }, {
    placeholderData: keepPreviousData,
    select: (data: unknown) => {
      const body = data as { total?: number; items?: Raw[] };
      return { total: body.total ?? 0, items: (body.items ?? []).map(auditOf) };
    },
  });
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
