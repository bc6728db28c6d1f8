// One ECharts canvas, sized to its box. Only pages that import this (lazily, by route)
// load ECharts; each registers the chart types it uses with `echarts.use([...])`.
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ECharts } from 'echarts/core';

use([CanvasRenderer]);

type Props = { option: EChartsCoreOption; height?: number; label: string };

export function EChart({ option, height = 320, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return undefined;
    const instance = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  // ECharts writes its own generated description into its container's aria-label, so the
  // label the page chose sits on a wrapper around it.
  return (
    <div role="img" aria-label={label}>
      <div ref={box} style={{ width: '100%', height }} />
    </div>
  );
}
