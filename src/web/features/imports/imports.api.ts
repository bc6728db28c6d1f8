// Import runs as the page uses them: the upload (multipart, through the one client so the
// CSRF header and error handling are the same), the run polled while it goes on, history.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IMPORT_POLL_MS, type ImportKind } from '../../../import-runs/import-runs.schema';
import { api, fetchClient } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type ImportRun = ApiResponse<'/api/imports/{id}'>;

export const HISTORY_PAGE_SIZE = 10;

export function useUpload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, campaign, file }: { kind: ImportKind; campaign?: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const { data } = await fetchClient.POST('/api/imports', {
        params: { query: { kind, campaign } },
        body: form as never,
        bodySerializer: (body: unknown) => body as FormData,
      });
      return data as unknown as ImportRun;
    },
    onSuccess: () => client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes('/api/imports') }),
  });
}

export function useRun(id: string | undefined) {
  const client = useQueryClient();
  return api.useQuery('get', '/api/imports/{id}', { params: { path: { id: id ?? '' } } }, {
    enabled: id !== undefined,
    refetchInterval: (query) => {
      const status = (query.state.data as ImportRun | undefined)?.status;
      if (status && status !== 'running') {
        void client.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes('"/api/imports"') });
        return false;
      }
      return IMPORT_POLL_MS;
    },
  });
}

export function useHistory(page: number) {
  return api.useQuery('get', '/api/imports', { params: { query: { page, pageSize: HISTORY_PAGE_SIZE } } }, { placeholderData: (previous) => previous });
}

export const errorsUrl = (id: string) => `/api/imports/${id}/errors`;
export const templateUrl = (kind: ImportKind) => `/api/imports/templates/${kind}`;
