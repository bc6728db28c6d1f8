// The employers and vacancies API as the pages use it: typed queries and mutations over
// the generated client, and the shared rules (src/jobs/jobs.schema.ts) turned into form
// field errors in the user's language.
import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import type { Language } from '../../i18n';

export type Vacancy = ApiResponse<'/api/jobs/{id}'>;
export type Employer = ApiResponse<'/api/employers/{id}'>;
export type EmployerRow = ApiResponse<'/api/employers'>['items'][number];
export type VacancyWorker = ApiResponse<'/api/jobs/{id}/workers'>['items'][number];

export const PAGE_SIZE = 20;

export function useVacancies(query: { campaign?: string; employer?: string; search?: string; page: number }) {
  return api.useQuery('get', '/api/jobs', {
    params: { query: { campaign: query.campaign, employer: query.employer, search: query.search || undefined, page: query.page, pageSize: PAGE_SIZE } },
  }, { placeholderData: (previous) => previous });
}

export function useVacancy(id: string) {
  return api.useQuery('get', '/api/jobs/{id}', { params: { path: { id } } }, { retry: false });
}

export function useVacancyWorkers(id: string) {
  return api.useQuery('get', '/api/jobs/{id}/workers', { params: { path: { id } } }, { retry: false });
}

export function useEmployers(query: { search?: string; page: number; pageSize?: number }, options: { enabled?: boolean } = {}) {
  return api.useQuery('get', '/api/employers', {
    params: { query: { search: query.search || undefined, page: query.page, pageSize: query.pageSize ?? PAGE_SIZE } },
  }, { placeholderData: (previous) => previous, enabled: options.enabled ?? true });
}

export function useEmployer(id: string) {
  return api.useQuery('get', '/api/employers/{id}', { params: { path: { id } } }, { retry: false });
}

/** A catalogue entry; the reference routes publish no response schema, so it is named here. */
export type CatalogItem = { code: string; zh: string; en: string };
const asCatalog = (data: unknown) => data as { items: CatalogItem[] };

export function useIndustries() {
  return api.useQuery('get', '/api/industries', {}, { staleTime: Infinity, select: asCatalog });
}

export function useCertificates() {
  return api.useQuery('get', '/api/certificates', {}, { staleTime: Infinity, select: asCatalog });
}

/** After a change every list and page of the room is stale. */
function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).match(/\/api\/(jobs|employers|employer|job-approvals)/) !== null });
}

export function useSaveEmployer() {
  const invalidate = useInvalidate();
  const create = api.useMutation('post', '/api/employers', { onSuccess: invalidate });
  const update = api.useMutation('patch', '/api/employers/{id}', { onSuccess: invalidate });
  return { create, update };
}

export function useSaveVacancy() {
  const invalidate = useInvalidate();
  const create = api.useMutation('post', '/api/jobs', { onSuccess: invalidate });
  const update = api.useMutation('patch', '/api/jobs/{id}', { onSuccess: invalidate });
  return { create, update };
}

/**
 * The shared schema's problems as antd field errors: the rules say why in both languages
 * (issue params zh/en); type errors fall back to zod's own message.
 */
export function fieldErrors(error: z.ZodError, language: Language): { name: string; errors: string[] }[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!name || byField.has(name)) continue;
    const params = (issue as { params?: { zh?: string; en?: string } }).params;
    byField.set(name, (language === 'en' ? params?.en : params?.zh) ?? issue.message);
  }
  return [...byField].map(([name, message]) => ({ name, errors: [message] }));
}
