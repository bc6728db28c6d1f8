// Registered workers by city of origin, as bars.
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../api/types';
import { EChart } from '../../components/EChart';

use([BarChart, GridComponent, TooltipComponent, AriaComponent]);

type City = ApiResponse<'/api/campaigns/{id}/stats'>['byCity'][number];

export function CityBars({ cities }: { cities: City[] }) {
  const { t } = useTranslation();
  const option = useMemo(() => ({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: cities.map((c) => c.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: t('dashboard.cityCount'), data: cities.map((c) => c.workers), itemStyle: { color: '#1677ff' } }],
  }), [cities, t]);
  return <EChart option={option} label={t('dashboard.chartLabel')} />;
}
