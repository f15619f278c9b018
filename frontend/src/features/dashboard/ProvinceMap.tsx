// The province map: ECharts 6 (tree-shaken core) with the offline map data of echarts@4.9.0 (installed under
// the alias "echarts4"; its province JSON uses region codes as feature ids). Only the dashboard route
// imports this module, so ECharts and the map data load there and nowhere else.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Chart } from './Chart';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const provinces: Record<string, () => Promise<{ default: unknown }>> = {
  '41': () => import('echarts4/map/json/province/henan.json'),
  '42': () => import('echarts4/map/json/province/hubei.json'),
};

export async function loadProvinceMap(region: string): Promise<string | undefined> {
  const prefix = region.slice(0, 2);
  const name = `province-${prefix}`;
  if (echarts.getMap(name)) return name;
  const loader = provinces[prefix];
  if (!loader) return undefined;
  const geo = (await loader()).default;
  echarts.registerMap(name, geo as Parameters<typeof echarts.registerMap>[1]);
  return name;
}

export interface MapValue {
  /** the city's name as in the map data (e.g. 新乡市) */
  name: string;
  value: number;
}

export function ProvinceMap({ map, values, measure, onSelect, label }: { map: string; values: MapValue[]; measure: string; onSelect?: (name: string) => void; label: string }) {
  const max = Math.max(1, ...values.map((v) => v.value));
  return (
    <Chart
      label={label}
      height={520}
      onEvents={{ click: (p: { name?: string }) => p.name && onSelect?.(p.name) }}
      option={{
        tooltip: { trigger: 'item', formatter: (p: { name: string; value?: number }) => `${p.name}<br/>${measure}: ${Number.isFinite(p.value) ? p.value : 0}` },
        visualMap: { min: 0, max, left: 'left', bottom: 10, text: [String(max), '0'], calculable: true, inRange: { color: ['#e6f0ff', '#1554ad'] } },
        series: [{ type: 'map', map, roam: false, label: { show: true, fontSize: 11 }, data: values, emphasis: { label: { show: true } } }],
      }}
    />
  );
}
