// The provinces, for picking destinations.
import { useQuery } from '@tanstack/react-query';
import { fetchClient } from '../../api/client';

export function useProvinces() {
  return useQuery({
    queryKey: ['regions', 'provinces'],
    staleTime: Infinity,
    queryFn: async () => {
      const { data } = await fetchClient.GET('/api/regions', { params: { query: {} } });
      const items = (data as { items?: { code: string; name: string }[] } | undefined)?.items ?? [];
      return items.map((r) => ({ value: r.code, label: r.name }));
    },
  });
}
