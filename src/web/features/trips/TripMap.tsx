// The day's coaches on the map of China (the dashboard's asset, components/china-map.ts): a line per coach from its first gathering point
// through its stops to the last site, points at every stop. ECharts loads with this
// route only. Lines are straight between stops (the stops are county seats and
// gathering points; roads are not geocoded here).
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, use } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINA_MAP } from '../../components/china-map';
import { EChart } from '../../components/EChart';
import type { Trip } from './trips.api';

use([LinesChart, ScatterChart, GeoComponent, GridComponent, TooltipComponent]);

type Props = { trips: readonly Trip[]; selected?: string; withMap: boolean };

export function TripMap({ trips, selected, withMap }: Props) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(() => {
    const routes = trips.map((trip) => ({
      name: trip.number,
      coords: trip.stops.filter((s) => s.lat !== null && s.lon !== null).map((s) => [s.lon, s.lat]),
      lineStyle: { width: trip.id === selected ? 3 : 1.2, opacity: selected && trip.id !== selected ? 0.35 : 0.85 },
    }));
    const stops = new Map<string, { name: string; value: [number, number]; kind: string }>();
    for (const trip of trips) {
      for (const s of trip.stops) if (s.lat !== null && s.lon !== null) stops.set(s.location, { name: s.name, value: [s.lon, s.lat], kind: s.kind });
    }
    const points = [...stops.values()];
    const system = withMap ? { coordinateSystem: 'geo' as const } : { coordinateSystem: 'cartesian2d' as const };
    return {
      tooltip: { trigger: 'item' },
      ...(withMap
        ? { geo: { map: CHINA_MAP, roam: true, itemStyle: { areaColor: '#f3f6fa', borderColor: '#9fb3c8' }, emphasis: { disabled: true } } }
        : {
          grid: { left: 48, right: 16, top: 16, bottom: 32 },
          xAxis: { type: 'value', scale: true, name: t('trips.lon') },
          yAxis: { type: 'value', scale: true, name: t('trips.lat') },
        }),
      series: [
        {
          type: 'lines', ...system, polyline: true, data: routes, lineStyle: { color: '#1668dc' },
          tooltip: { formatter: (p: { name: string }) => p.name },
        },
        {
          type: 'scatter', ...system, symbolSize: 7,
          data: points.map((p) => ({ name: p.name, value: p.value, itemStyle: { color: p.kind === 'pickup' ? '#d46b08' : '#389e0d' } })),
          tooltip: { formatter: (p: { name: string }) => p.name },
        },
      ],
    };
  }, [trips, selected, withMap, t]);
  return <EChart option={option} height={420} label={t('trips.mapLabel', { count: trips.length })} />;
}
