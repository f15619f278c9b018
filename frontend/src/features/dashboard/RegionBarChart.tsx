// The national view's bars, one per province (there is no China map: ProvinceMap only has the demo provinces).
// ECharts bar chart (tree-shaken core); only the dashboard route imports it.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Chart } from './Chart';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  code: string;
  name: string;
  value: number;
}

export function RegionBarChart({ bars, measure, label, onSelect }: { bars: Bar[]; measure: string; label: string; onSelect?: (code: string) => void }) {
  return (
    <Chart
      label={label}
      height={Math.max(240, bars.length * 22 + 40)}
      onEvents={{ click: (p: { dataIndex?: number }) => p.dataIndex != null && onSelect?.(bars[p.dataIndex].code) }}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 120, right: 24, top: 16, bottom: 24 },
        xAxis: { type: 'value', name: measure },
        yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.name) },
        series: [{ type: 'bar', name: measure, data: bars.map((b) => b.value), itemStyle: { color: '#1554ad' } }],
      }}
    />
  );
}
