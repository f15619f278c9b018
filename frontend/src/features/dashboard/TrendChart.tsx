// The trend over years: ECharts line chart (tree-shaken). Only the dashboard route imports it, like the map.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Chart } from './Chart';
import type { Trend } from './trends';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function TrendChart({ trend, label, provinceLabel }: { trend: Trend; label: string; provinceLabel: string }) {
  const series = [
    { name: trend.province.name || provinceLabel, type: 'line' as const, data: trend.province.values, lineStyle: { width: 3 }, connectNulls: false },
    ...trend.cities.map((c) => ({ name: c.name, type: 'line' as const, data: c.values, connectNulls: false })),
  ];
  return (
    <Chart
      label={label}
      height={360}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: trend.years.map(String) },
        yAxis: { type: 'value' },
        series,
      }}
    />
  );
}
