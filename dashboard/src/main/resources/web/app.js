// Draws every chart of a page from its data-chart attribute (an ECharts option written by the server) and submits
// filter forms when a filter changes. No inline script anywhere: the Content-Security-Policy allows only this bundle.
import * as echarts from 'echarts/core';
import {
  BarChart, BoxplotChart, LineChart, MapChart, ScatterChart,
} from 'echarts/charts';
import {
  GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import './app.css';
import './search.js';
import './definitions.js';

echarts.use([BarChart, BoxplotChart, LineChart, MapChart, ScatterChart, GridComponent, LegendComponent,
  MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

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

// Boundaries of a map chart, served by the app itself (see docs/dashboard.md), loaded once per page.
const maps = {};
function loadMap(name, path) {
  if (!maps[name]) {
    maps[name] = fetch(path, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return response.json();
      })
      .then((geoJson) => echarts.registerMap(name, geoJson));
  }
  return maps[name];
}

function draw(element) {
  const option = JSON.parse(element.dataset.chart);
  const meta = option.meta || {};
  if (meta.map) {
    loadMap(meta.map, meta.geoJson).then(() => render(element, option, meta));
  } else {
    render(element, option, meta);
  }
}

function render(element, option, meta) {
  delete option.meta;
  const format = formats[meta.format] || formats.HPRD;
  if (meta.map) {
    option.tooltip.formatter = (p) => `<strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(p.seriesName)}: `
      + `${Number.isNaN(Number(p.value)) ? 'no data' : format(p.value)}`;
    option.visualMap.formatter = (low, high) => (high === undefined ? format(low) : `${format(low)} ${dash} ${format(high)}`);
  } else if (meta.xFormat) {
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
  if (meta.map) {
    // Each drawn state's centre in pixels, so that a test (or any automation) can click a state by its code.
    const centres = {};
    option.series[0].data.forEach((d) => {
      const point = chart.convertToPixel({ seriesIndex: 0 }, d.name);
      if (point) centres[d.name] = point.map(Math.round);
    });
    element.dataset.regions = JSON.stringify(centres);
  }
  element.dataset.points = String(countPoints(option));
  element.dataset.rendered = 'true';
}

document.querySelectorAll('[data-chart]').forEach(draw);

document.querySelectorAll('[data-autosubmit]').forEach((input) => {
  input.addEventListener('change', () => input.form.submit());
});
