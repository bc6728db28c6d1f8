// The campaign the console works on, picked in the header and kept in localStorage; the
// latest visible campaign until the user picks one.
import { useSyncExternalStore } from 'react';
import { api } from '../../api/client';
import type { Campaign } from '../../api/types';

const STORAGE_KEY = 'menkou.campaign';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stored(): string | null {
  return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
}

export function setCurrentCampaign(id: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, id);
  for (const listener of listeners) listener();
}

export function useCampaigns() {
  return api.useQuery('get', '/api/campaigns', {}, { staleTime: 60_000 });
}

export function useCurrentCampaign(): { campaign: Campaign | undefined; campaigns: Campaign[]; isPending: boolean; error: unknown } {
  const storedId = useSyncExternalStore(subscribe, stored, () => null);
  const list = useCampaigns();
  const campaigns = list.data?.items ?? [];
  const campaign = campaigns.find((c) => c.id === storedId) ?? campaigns[0];
  return { campaign, campaigns, isPending: list.isPending, error: list.error };
}
