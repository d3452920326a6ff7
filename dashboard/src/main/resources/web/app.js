// Draws every chart of a page from its data-chart attribute (an ECharts option written by the server) and submits
// filter forms when a filter changes. No inline script anywhere: the Content-Security-Policy allows only this bundle.
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import './app.css';
import './search.js';
import './definitions.js';

echarts.use([BarChart, BoxplotChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent,
  MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

const dash = '\u2013';
const formats = {
  HPRD: (v) => (v == null ? dash : Number(v).toFixed(3)),
  RATIO: (v) => (v == null ? dash : Number(v).toFixed(3)),
  PERCENT: (v) => (v == null ? dash : `${Number(v).toFixed(1)}%`),
  INTEGER: (v) => (v == null ? dash : Math.round(Number(v)).toLocaleString('en-US')),
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

function countPoints(option) {
  return (option.series || []).reduce((n, s) => n + (s.data || []).filter((v) => v != null).length, 0);
}

function draw(element) {
  const option = JSON.parse(element.dataset.chart);
  const meta = option.meta || {};
  delete option.meta;
  const format = formats[meta.format] || formats.HPRD;
  if (meta.xFormat) {
    const formatX = formats[meta.xFormat] || formats.HPRD;
    option.tooltip.formatter = (p) => `<strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(p.seriesName)}<br>`
      + `${escapeHtml(meta.xName)}: ${formatX(p.value[0])}<br>${escapeHtml(meta.yName)}: ${format(p.value[1])}`;
    option.xAxis.axisLabel = { formatter: (v) => formatX(v) };
  } else {
    option.tooltip.valueFormatter = format;
  }
  const valueAxis = option.yAxis && option.yAxis.type === 'value' ? option.yAxis : option.xAxis;
  if (meta.format === 'PERCENT' && valueAxis && valueAxis.type === 'value') {
    valueAxis.axisLabel = { formatter: (v) => `${v}%` };
  }
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption(option);
  chart.on('click', (p) => {
    const href = p.data && p.data.href;
    if (typeof href === 'string' && href.startsWith('/')) {
      window.location.assign(href);
    }
  });
  window.addEventListener('resize', () => chart.resize());
  element.dataset.points = String(countPoints(option));
  element.dataset.rendered = 'true';
}

document.querySelectorAll('[data-chart]').forEach(draw);

document.querySelectorAll('[data-autosubmit]').forEach((input) => {
  input.addEventListener('change', () => input.form.submit());
});
