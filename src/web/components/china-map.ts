// The complete map of China (南海诸岛 included; see data/README.md for its source) as a
// static asset, fetched only by the pages that draw it and registered with ECharts once
// under the name "china" (ECharts then adds the 南海诸岛 inset frame and 钓鱼岛 itself).
import { useQuery } from '@tanstack/react-query';
import { registerMap } from 'echarts/core';

export const CHINA_MAP = 'china';
export const CHINA_MAP_URL = '/maps/china.json';

let registered = false;

async function loadChinaMap(): Promise<true> {
  if (registered) return true;
  const response = await fetch(CHINA_MAP_URL, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`map ${response.status}`);
  registerMap(CHINA_MAP, (await response.json()) as Parameters<typeof registerMap>[1]);
  registered = true;
  return true;
}

/** True once the map is registered; pages draw their points without it meanwhile. */
export function useChinaMap(): { ready: boolean; error: unknown } {
  const query = useQuery({ queryKey: ['static', CHINA_MAP_URL], queryFn: loadChinaMap, staleTime: Infinity, retry: 1 });
  return { ready: query.data === true, error: query.error };
}
