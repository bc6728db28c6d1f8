// Who is signed in. The session lives in an HttpOnly cookie the page can't read, so the
// console asks GET /api/auth/me; its answer also carries the CSRF token for writes.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { fetchClient, setCsrfToken } from '../api/client';
import type { ApiBody, Me, Role } from '../api/types';

export const ME_KEY = ['session', 'me'] as const;

async function fetchMe(): Promise<Me> {
  const { data } = await fetchClient.GET('/api/auth/me');
  if (!data) throw new Error('empty answer from /api/auth/me');
  setCsrfToken(data.csrfToken);
  return data;
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, retry: false, staleTime: Infinity });
}

/** The signed-in user inside the layout (RequireSession has made sure there is one). */
export function useUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useUser outside a signed-in page');
  return data;
}

export async function signIn(queryClient: QueryClient, credentials: ApiBody<'/api/auth/login'>): Promise<Me> {
  const { data } = await fetchClient.POST('/api/auth/login', { body: credentials });
  if (!data) throw new Error('empty answer from /api/auth/login');
  setCsrfToken(data.csrfToken);
  const me: Me = { ...data.user, csrfToken: data.csrfToken };
  queryClient.clear();
  queryClient.setQueryData(ME_KEY, me);
  return me;
}

export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await fetchClient.POST('/api/auth/logout');
  } finally {
    setCsrfToken(undefined);
    queryClient.clear();
  }
}

export const OFFICERS: readonly Role[] = ['admin', 'province', 'city', 'county'];
