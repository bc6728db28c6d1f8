// Where the region's workers go: a line from each city of origin to each destination
// province (allocations, or first wishes before any), on the complete map of China.
import { EffectScatterChart, LinesChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINA_MAP, useChinaMap } from '../../components/china-map';
import { EChart } from '../../components/EChart';
import { LoadingState } from '../../components/PageState';
import type { DashboardStats } from './dashboard.api';

use([LinesChart, ScatterChart, EffectScatterChart, GeoComponent, TooltipComponent, AriaComponent]);

type Located = { code: string; name: string; lat: number; lon: number };
const located = (p: { code: string; name: string; lat: number | null; lon: number | null }): p is Located => p.lat !== null && p.lon !== null;

/** The map names provinces as people say them: 江苏省 → 江苏, 广西壮族自治区 → 广西. */
function mapName(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

export function FlowMap({ flows, basis }: { flows: DashboardStats['flows']; basis: DashboardStats['flowBasis'] }) {
  const { t } = useTranslation();
  const map = useChinaMap();
  const option = useMemo(() => {
    const drawn = flows.filter((f) => located(f.origin) && located(f.destination));
    const max = Math.max(1, ...drawn.map((f) => f.workers));
    const totals = new Map<string, { p: Located; n: number }>();
    const origins = new Map<string, { p: Located; n: number }>();
    for (const f of drawn) {
      const d = f.destination as Located;
      const o = f.origin as Located;
      totals.set(d.code, { p: d, n: (totals.get(d.code)?.n ?? 0) + f.workers });
      origins.set(o.code, { p: o, n: (origins.get(o.code)?.n ?? 0) + f.workers });
    }
    return {
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      geo: {
        map: CHINA_MAP,
        roam: false,
        // Mainland, Taiwan and the South China Sea islands down to 曾母暗沙 all in view.
        boundingCoords: [[73, 54], [136, 3]],
        label: { show: false },
        itemStyle: { areaColor: '#eef3fb', borderColor: '#9aaccc', borderWidth: 0.6 },
        emphasis: { disabled: true },
        regions: [...totals.values()].map(({ p }) => ({ name: mapName(p.name), itemStyle: { areaColor: '#d6e4ff' } })),
      },
      series: [
        {
          type: 'lines',
          coordinateSystem: 'geo',
          zlevel: 1,
          data: drawn.map((f) => ({
            name: `${f.origin.name} → ${f.destination.name}`,
            value: f.workers,
            coords: [[f.origin.lon, f.origin.lat], [f.destination.lon, f.destination.lat]],
            lineStyle: { width: 0.6 + (4 * f.workers) / max },
          })),
          lineStyle: { color: '#1677ff', opacity: 0.55, curveness: 0.25 },
          tooltip: { formatter: (p: { name: string; value: number }) => `${p.name}: ${p.value}` },
        },
        {
          type: 'effectScatter',
          coordinateSystem: 'geo',
          zlevel: 2,
          rippleEffect: { scale: 2.5, brushType: 'stroke' },
          data: [...totals.values()].map(({ p, n }) => ({ name: p.name, value: [p.lon, p.lat, n] })),
          symbolSize: (v: number[]) => 6 + (10 * v[2]) / Math.max(1, ...[...totals.values()].map((x) => x.n)),
          itemStyle: { color: '#fa541c' },
          label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          zlevel: 2,
          data: [...origins.values()].map(({ p, n }) => ({ name: p.name, value: [p.lon, p.lat, n] })),
          symbolSize: 5,
          itemStyle: { color: '#1677ff' },
        },
      ],
    };
  }, [flows]);
  if (map.error) return <Alert type="warning" showIcon title={t('dashboard.mapFailed')} />;
  if (!map.ready) return <LoadingState />;
  return (
    <>
      <EChart option={option} height={460} label={t('dashboard.flowsLabel')} />
      <div style={{ color: '#595959', fontSize: 12 }} data-testid="flow-basis">{t(`dashboard.flowBasis.${basis}`)}</div>
    </>
  );
}
