// Hand-written SVG charts for the comparison: a grouped bar chart (one band per code, one bar per group) and a
// heatmap (codes × groups). Only presentation attributes, no style attributes (the CSP forbids them), so that
// an exported SVG looks the same outside the page. Hovering shows the numbers (a tooltip and <title>), clicking
// calls onCell(row, groupIndex). Export: the SVG as a file, and a PNG drawn through a canvas.

import {t as translate} from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Liberation Sans, DejaVu Sans, Arial, sans-serif';
export const GROUP_COLORS = ['#2f6b4f', '#d08a3a', '#3d7fb9', '#a8518a', '#7a8f2a', '#6d5fb0', '#b5534a', '#4c9a9a'];

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) {
      node.setAttribute(k, String(v));
    }
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  return node;
}

function text(x, y, content, attrs = {}) {
  return svg('text', {x, y, 'font-size': 12, fill: '#1e2422', ...attrs}, content);
}

function truncate(s, max) {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Nice round ticks from 0 to at least max. */
export function ticks(max, count = 5) {
  if (!(max > 0)) {
    return [0, 1];
  }
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const out = [];
  for (let v = 0; v <= max + step * 0.999; v += step) {
    out.push(Number(v.toPrecision(12)));
  }
  return out;
}

function root(width, height, title) {
  return svg('svg', {xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT,
    role: 'img', 'aria-label': title},
  svg('rect', {x: 0, y: 0, width, height, fill: '#ffffff'}),
  svg('title', {}, title));
}

function legend(groups, x, y) {
  let at = x;
  return svg('g', {class: 'legend'}, groups.map((g, i) => {
    const item = svg('g', {},
        svg('rect', {x: at, y: y - 10, width: 12, height: 12, rx: 2, fill: GROUP_COLORS[i % GROUP_COLORS.length]}),
        text(at + 17, y, g.name));
    at += 30 + g.name.length * 6.6;
    return item;
  }));
}

/**
 * rows: [{name, depth, values: [n per group], labels: [formatted per group]}]; groups: [{name}];
 * measure: its Danish name; onCell(rowIndex, groupIndex); tip(rowIndex, groupIndex) → tooltip text.
 */
export function barChart({rows, groups, measure, format, onCell, tip}) {
  const labelWidth = 250;
  const barHeight = 9;
  const band = groups.length * barHeight + 10;
  const top = 62;
  const plotWidth = 560;
  const width = labelWidth + plotWidth + 70;
  const height = top + rows.length * band + 20;
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  const scale = ticks(max);
  const end = scale[scale.length - 1] || 1;
  const x = (v) => labelWidth + (plotWidth * v) / end;
  const chart = root(width, height, translate('charts.bars', {measure}));
  chart.append(text(labelWidth, 18, measure, {'font-size': 14, 'font-weight': 600}),
      legend(groups, labelWidth, 40));
  for (const t of scale) {
    chart.append(svg('line', {x1: x(t), x2: x(t), y1: top - 6, y2: height - 16, stroke: '#e1dfd6'}),
        text(x(t), top - 10, format(t), {'text-anchor': 'middle', 'font-size': 10, fill: '#68736e'}));
  }
  rows.forEach((row, r) => {
    const y = top + r * band;
    if (r % 2 === 0) {
      chart.append(svg('rect', {x: 0, y: y - 2, width, height: band, fill: '#f7f6f1'}));
    }
    chart.append(text(8 + row.depth * 14, y + band / 2 + 2, truncate(row.name, 36 - row.depth * 2),
        {'font-weight': row.depth === 0 ? 600 : 400, 'dominant-baseline': 'middle'}));
    row.values.forEach((v, g) => {
      const bar = svg('rect', {x: labelWidth, y: y + 3 + g * barHeight, width: Math.max(x(v) - labelWidth, v > 0 ? 1.5 : 0),
        height: barHeight - 1.5, fill: GROUP_COLORS[g % GROUP_COLORS.length], class: 'bar', 'data-row': r, 'data-group': g,
        cursor: 'pointer'}, svg('title', {}, tip(r, g)));
      bar.addEventListener('click', () => onCell(r, g));
      chart.append(bar);
    });
  });
  chart.append(svg('line', {x1: labelWidth, x2: labelWidth, y1: top - 6, y2: height - 16, stroke: '#68736e'}));
  return chart;
}

/** The same rows as a heatmap: one cell per code and group, darker for more. */
export function heatmap({rows, groups, measure, format, onCell, tip}) {
  const labelWidth = 250;
  const cellWidth = Math.max(90, Math.min(150, 600 / groups.length));
  const cellHeight = 22;
  const top = 74;
  const width = labelWidth + groups.length * cellWidth + 20;
  const height = top + rows.length * cellHeight + 40;
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  const chart = root(width, height, translate('charts.heatmap', {measure}));
  chart.append(text(labelWidth, 18, measure, {'font-size': 14, 'font-weight': 600}));
  groups.forEach((g, i) => chart.append(text(labelWidth + i * cellWidth + cellWidth / 2, top - 10,
      truncate(g.name, Math.floor(cellWidth / 6.5)), {'text-anchor': 'middle', 'font-weight': 600}, svg('title', {}, g.name))));
  rows.forEach((row, r) => {
    const y = top + r * cellHeight;
    chart.append(text(8 + row.depth * 14, y + cellHeight / 2, truncate(row.name, 36 - row.depth * 2),
        {'font-weight': row.depth === 0 ? 600 : 400, 'dominant-baseline': 'middle'}));
    row.values.forEach((v, g) => {
      const share = max > 0 ? v / max : 0;
      const cell = svg('g', {class: 'cell', 'data-row': r, 'data-group': g, cursor: 'pointer'},
          svg('rect', {x: labelWidth + g * cellWidth + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, rx: 2,
            fill: shade(share)}),
          text(labelWidth + g * cellWidth + cellWidth / 2, y + cellHeight / 2, row.labels[g],
              {'text-anchor': 'middle', 'dominant-baseline': 'middle', 'font-size': 11,
                fill: share > 0.55 ? '#ffffff' : '#1e2422'}),
          svg('title', {}, tip(r, g)));
      cell.addEventListener('click', () => onCell(r, g));
      chart.append(cell);
    });
  });
  // The scale.
  const sy = height - 22;
  for (let i = 0; i <= 10; i++) {
    chart.append(svg('rect', {x: labelWidth + i * 16, y: sy, width: 16, height: 10, fill: shade(i / 10)}));
  }
  chart.append(text(labelWidth - 6, sy + 9, '0', {'text-anchor': 'end', 'font-size': 10}),
      text(labelWidth + 11 * 16 + 6, sy + 9, format(max), {'font-size': 10}));
  return chart;
}

/** White → the page's green, for 0..1. */
function shade(share) {
  const from = [247, 246, 241];
  const to = [36, 85, 62];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.sqrt(Math.max(0, Math.min(1, share)))));
  return `rgb(${c.join(', ')})`;
}

/** Hover tooltips for every element with a <title> in the chart, in a floating box. */
export function withTooltips(container) {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  container.append(tip);
  container.addEventListener('mousemove', (e) => {
    const target = e.target.closest('.bar, .cell');
    if (!target) {
      tip.hidden = true;
      return;
    }
    tip.textContent = target.querySelector('title')?.textContent || '';
    tip.hidden = false;
    const box = container.getBoundingClientRect();
    tip.style.left = `${e.clientX - box.left + 14}px`;
    tip.style.top = `${e.clientY - box.top + 14}px`;
  });
  container.addEventListener('mouseleave', () => {
    tip.hidden = true;
  });
}

export function svgText(chart) {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(chart);
}

function download(href, name) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function downloadSvg(chart, name) {
  const url = URL.createObjectURL(new Blob([svgText(chart)], {type: 'image/svg+xml'}));
  download(url, name + '.svg');
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draws the SVG into a canvas at twice the size and resolves with a PNG blob. */
export function pngBlob(chart) {
  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
  const image = new Image();
  const scale = 2;
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const g = canvas.getContext('2d');
      g.scale(scale, scale);
      g.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG kunne ikke laves'))), 'image/png');
    };
    image.onerror = () => reject(new Error('SVG kunne ikke tegnes'));
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText(chart));
  });
}

export async function downloadPng(chart, name) {
  const url = URL.createObjectURL(await pngBlob(chart));
  download(url, name + '.png');
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
