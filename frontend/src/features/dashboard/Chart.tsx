// An ECharts chart of the dashboard (tree-shaken core: each chart registers the parts it draws with): an image
// named for screen readers, its option replaced, not merged, when it changes.
import type { ComponentProps } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';

type Props = Pick<ComponentProps<typeof ReactEChartsCore>, 'option' | 'onEvents'> & { label: string; height: number };

export function Chart({ label, height, option, onEvents }: Props) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} style={{ height }} notMerge onEvents={onEvents} option={option} />
    </div>
  );
}
