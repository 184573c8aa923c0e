/**
 * Inline SVG charts for the HTML report: horizontal bars, stacked bars and intervals on a 0–100%
 * axis, each with a title for screen readers. Plain markup, no scripts, so the page needs nothing
 * from anywhere to draw them.
 */
import type { Proportion } from '../report/stats.js';
import { num, pct } from './batch-words.js';

/** Text escaped for HTML and SVG: record-derived ids and labels must never become markup. */
export const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const COLOURS = {
  'victim-likely': '#b2182b',
  possible: '#ef8a62',
  'insufficient-information': '#999999',
  'no-indicators': '#67a9cf',
  met: '#1b7837',
  unknown: '#d9d9d9',
  notMet: '#762a83',
  act: '#2166ac',
  means: '#d6604d',
  purpose: '#4d9221',
} as const;

const LABEL_W = 300;
const BAR_W = 340;
const ROW_H = 22;
const WIDTH = LABEL_W + BAR_W + 170;

function svg(height: number, body: string, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${WIDTH} ${height}"><title>${esc(title)}</title>${body}</svg>`
  );
}

function text(
  x: number,
  y: number,
  s: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  extra = '',
): string {
  return `<text x="${x}" y="${y}" text-anchor="${anchor}" ${extra}>${esc(s)}</text>`;
}

/** Horizontal bars, one per row, each with its own colour. */
export function barChart(
  rows: { label: string; share: number; note: string; colour: string; title?: string }[],
  title: string,
): string {
  const body = rows
    .map((r, k) => {
      const y = k * ROW_H;
      const w = Math.max(0, Math.min(1, r.share)) * BAR_W;
      return (
        `<g>${r.title ? `<title>${esc(r.title)}</title>` : ''}` +
        text(LABEL_W - 8, y + 15, r.label, 'end') +
        `<rect x="${LABEL_W}" y="${y + 4}" width="${BAR_W}" height="${ROW_H - 8}" fill="#f0f0f0"/>` +
        `<rect x="${LABEL_W}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${r.colour}"/>` +
        text(LABEL_W + BAR_W + 8, y + 15, r.note) +
        `</g>`
      );
    })
    .join('');
  return svg(rows.length * ROW_H + 4, body, title);
}

/** One bar per row, in parts of their own colours, each part's share written beside it. */
export function stackedChart(
  rows: { label: string; parts: { value: number; colour: string; name: string }[] }[],
  title: string,
): string {
  const body = rows
    .map((r, k) => {
      const y = k * ROW_H;
      const total = r.parts.reduce((a, p) => a + p.value, 0) || 1;
      let x = LABEL_W;
      const rects = r.parts
        .map((p) => {
          const w = (p.value / total) * BAR_W;
          const rect =
            `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${p.colour}">` +
            `<title>${esc(`${p.name}: ${num(p.value)} (${pct(p.value / total)})`)}</title></rect>`;
          x += w;
          return rect;
        })
        .join('');
      const note = r.parts.map((p) => pct(p.value / total)).join(' / ');
      return text(LABEL_W - 8, y + 15, r.label, 'end') + rects + text(LABEL_W + BAR_W + 8, y + 15, note);
    })
    .join('');
  return svg(rows.length * ROW_H + 4, body, title);
}

/** Point estimates with their intervals on a 0–100% axis. */
export function intervalChart(rows: { label: string; p: Proportion | null }[], title: string): string {
  const axisY = rows.length * ROW_H + 6;
  const xs = (v: number) => LABEL_W + v * BAR_W;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        `<line x1="${xs(v)}" y1="0" x2="${xs(v)}" y2="${axisY}" stroke="#e0e0e0"/>` +
        text(xs(v), axisY + 14, `${v * 100}%`, 'middle', 'font-size="11"'),
    )
    .join('');
  const body = rows
    .map((r, k) => {
      const y = k * ROW_H + 12;
      if (!r.p) return text(LABEL_W - 8, y + 4, r.label, 'end');
      return (
        text(LABEL_W - 8, y + 4, r.label, 'end') +
        `<line x1="${xs(r.p.low).toFixed(1)}" y1="${y}" x2="${xs(r.p.high).toFixed(1)}" y2="${y}" stroke="#333" stroke-width="2"/>` +
        `<circle cx="${xs(r.p.value).toFixed(1)}" cy="${y}" r="4.5" fill="#b2182b"/>` +
        text(LABEL_W + BAR_W + 8, y + 4, pct(r.p.value))
      );
    })
    .join('');
  return svg(axisY + 20, ticks + body, title);
}
