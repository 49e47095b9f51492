/**
 * The slice of ECharts the targets chart needs: bars on a grid with a legend
 * and tooltip, drawn as SVG. Imported dynamically so it lands in its own chunk.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerModules, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerModules([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type TargetsChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The chart handle the component uses; narrow so tests can fake it. */
export interface ChartHandle {
  setOption: (option: TargetsChartOption, notMerge?: boolean) => void;
  resize: () => void;
  dispose: () => void;
}

export function createChart(element: HTMLElement): ChartHandle {
  const chart = init(element, undefined, { renderer: 'svg' });
  return {
    setOption: (option, notMerge) => chart.setOption(option, notMerge),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
