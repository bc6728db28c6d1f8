// The dashboard's bar and line charts: the regions one level below the region shown
// (registered, placed, target), industries (workers wishing, places asked for), and the
// daily trend. ECharts is loaded with this route only.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useLanguage } from '../../i18n';
import type { DashboardStats } from './dashboard.api';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent]);

const BLUE = '#1677ff';
const GREEN = '#389e0d';
const GREY = '#8c8c8c';

export function AreaBars({ areas }: { areas: DashboardStats['byArea'] }) {
  const { t } = useTranslation();
  const option = useMemo(() => ({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 36, bottom: 64 },
    xAxis: { type: 'category', data: areas.map((a) => a.name), axisLabel: { interval: 0, rotate: areas.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('dashboard.series.registered'), data: areas.map((a) => a.workers), itemStyle: { color: BLUE } },
      { type: 'bar', name: t('dashboard.series.placed'), data: areas.map((a) => a.confirmed), itemStyle: { color: GREEN } },
      { type: 'line', name: t('dashboard.series.target'), data: areas.map((a) => a.target), symbol: 'diamond', symbolSize: 10, lineStyle: { opacity: 0 }, itemStyle: { color: GREY } },
    ],
  }), [areas, t]);
  return <EChart option={option} label={t('dashboard.byAreaLabel')} />;
}

export function IndustryBars({ workers, vacancies }: { workers: DashboardStats['workersByIndustry']; vacancies: DashboardStats['byIndustry'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const option = useMemo(() => {
    const codes = [...new Set([...workers.map((w) => w.code), ...vacancies.map((v) => v.code)])];
    const name = (code: string) => {
      const item = workers.find((w) => w.code === code) ?? vacancies.find((v) => v.code === code);
      return item ? (language === 'en' ? item.en : item.zh) : code;
    };
    const rows = codes.slice(0, 12).reverse();
    return {
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 96, right: 16, top: 36, bottom: 24 },
      yAxis: { type: 'category', data: rows.map(name) },
      xAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('dashboard.series.wishing'), data: rows.map((c) => workers.find((w) => w.code === c)?.workers ?? 0), itemStyle: { color: BLUE } },
        { type: 'bar', name: t('dashboard.series.headcount'), data: rows.map((c) => vacancies.find((v) => v.code === c)?.headcount ?? 0), itemStyle: { color: GREY } },
      ],
    };
  }, [workers, vacancies, t, language]);
  return <EChart option={option} height={360} label={t('dashboard.industriesLabel')} />;
}

export function DailyTrend({ days }: { days: DashboardStats['daily'] }) {
  const { t } = useTranslation();
  const option = useMemo(() => ({
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: days.map((d) => d.date) },
    yAxis: { type: 'value' },
    series: [
      { type: 'line', name: t('dashboard.series.registered'), data: days.map((d) => d.registered), itemStyle: { color: BLUE }, areaStyle: { opacity: 0.1 } },
      { type: 'line', name: t('dashboard.series.confirmed'), data: days.map((d) => d.confirmed), itemStyle: { color: GREEN } },
    ],
  }), [days, t]);
  return <EChart option={option} height={280} label={t('dashboard.dailyLabel')} />;
}
