// The site's ECharts: only what chitieu draws with, exposed as the global
// `echarts` that assets/js/chitieu.js and the browser tests use, with the
// Vietnamese locale registered as "VI" (ECharts' own langVI).
//
// What the site uses, and why (keep in step with internal/chart and
// assets/js/chitieu.js; internal/build's TestBundleHoldsWhatPagesUse fails
// when a page asks for a series type or an option this list lacks):
//   series    line, bar, pie                       internal/chart (main, target)
//   grid      cartesian axes (category, value)     every bar and line chart
//   tooltip   axis and item triggers, richText     chitieu.js buildOption (axisPointer comes with it)
//   legend    plain and scroll                     every chart (scroll from Go, plain for print/export)
//   markLine  the target's threshold               internal/chart/target.go
//   title     the caption on saved images          chitieu.js exportPNG/exportSVG
//   aria      text alternative and decal patterns  internal/chart/chart.go common()
//   labelLayout  hideOverlap of pie labels         internal/chart/main.go pieOption
//   canvas    the renderer on screen and in PNG    chitieu.js initChart, exportPNG
//   svg       the renderer of the SVG download     chitieu.js exportSVG (ssr)
import { use, registerLocale, init, dispose, getInstanceByDom, version } from 'echarts/core';
import { LineChart, BarChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  AxisPointerComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  AriaComponent
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { LabelLayout } from 'echarts/features';
import langVI from 'echarts/lib/i18n/langVI.js';

use([
  LineChart, BarChart, PieChart,
  GridComponent, TooltipComponent, AxisPointerComponent, LegendComponent,
  MarkLineComponent, TitleComponent, AriaComponent,
  LabelLayout,
  CanvasRenderer, SVGRenderer
]);
registerLocale('VI', langVI);

// Only what the site script and the browser tests call: the rest of
// echarts/core's exports (graphic helpers, maps, formatters) stays out.
export { init, dispose, getInstanceByDom, registerLocale, use, version };
