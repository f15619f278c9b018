// The trend over years: ECharts line chart (tree-shaken). Only the dashboard route imports it, like the map.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Trend } from './trends';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function TrendChart({ trend, label, provinceLabel }: { trend: Trend; label: string; provinceLabel: string }) {
  const series = [
    { name: trend.province.name || provinceLabel, type: 'line' as const, data: trend.province.values, lineStyle: { width: 3 }, connectNulls: false },
    ...trend.cities.map((c) => ({ name: c.name, type: 'line' as const, data: c.values, connectNulls: false })),
  ];
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 360 }}
        notMerge
        option={{
          tooltip: { trigger: 'axis' },
          legend: { type: 'scroll', top: 0 },
          grid: { left: 48, right: 16, top: 40, bottom: 32 },
          xAxis: { type: 'category', data: trend.years.map(String) },
          yAxis: { type: 'value' },
          series,
        }}
      />
    </div>
  );
}
