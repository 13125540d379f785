// The actors an entity interacts with, drawn as a radial network: the entity in the middle, each partner on a
// circle around it, the line's width the number of events and its colour their mean Goldstein value. With one or
// two partners the drawing is a short row: the entity on the right, as Arabic reads, its partners to the left.
import { h, svg, num } from './dom.js';

const MAX_PARTNERS = 24;

function tone(goldstein) {
  if (goldstein > 1) return '#1d7a46';
  if (goldstein < -1) return '#c2272d';
  return '#8a96a0';
}

/** Where the centre and each partner go: {width, height, cx, cy, spots: [{x, y, angle}]}. */
function layout(n) {
  if (n <= 2) {
    const [width, height, cx, cy] = [520, 200, 430, 100];
    const spots = n === 1 ? [{ x: 110, y: cy, angle: Math.PI }]
      : [{ x: 110, y: 45, angle: Math.PI * 1.1 }, { x: 110, y: 155, angle: Math.PI * 0.9 }];
    return { width, height, cx, cy, spots };
  }
  const size = 520;
  const radius = size / 2 - 95;
  const spots = Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle), angle };
  });
  return { width: size, height: size, cx: size / 2, cy: size / 2, spots };
}

export function networkView(profile) {
  const partners = profile.partners.slice(0, MAX_PARTNERS);
  if (!partners.length) return h('p', { class: 'muted' }, 'لا أحداث تجمعه بغيره بعد.');
  const { width, height, cx, cy, spots } = layout(partners.length);
  const max = Math.max(...partners.map((p) => p.events));
  const items = partners.map((p, i) => {
    const { x, y, angle } = spots[i];
    const r = 6 + 6 * (p.events / max);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const labelX = x + (r + 6) * cos;
    const labelY = y + (r + 6 + 8 * Math.abs(sin)) * sin + 4;
    // right to left text: 'start' is the label's right end, so a label left of its node starts at the node
    const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'end' : 'start';
    return {
      edge: svg('line', { class: 'edge', x1: cx, y1: cy, x2: x, y2: y, stroke: tone(p.meanGoldstein), 'stroke-width': (1.5 + 6 * (p.events / max)).toFixed(1), 'stroke-opacity': 0.75 }),
      node: svg('a', { href: `/entity/${encodeURIComponent(p.key)}`, 'data-nav': '', 'data-partner': p.key },
        svg('title', {}, `${p.name}: ${num(p.events)} حدث، متوسط غولدستين ${num(p.meanGoldstein)}`),
        svg('circle', { cx: x, cy: y, r, fill: '#fff', stroke: tone(p.meanGoldstein), 'stroke-width': 2.5 }),
        svg('text', { class: 'node-label', x: labelX, y: labelY, 'text-anchor': anchor, direction: 'rtl' }, p.name)),
    };
  });
  return h('figure', { class: 'network', 'data-partners': partners.length },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `شبكة الفاعلين حول ${profile.name}` },
      items.map((i) => i.edge),
      svg('circle', { cx, cy, r: 22, fill: '#0f4c5c' }),
      svg('text', { class: 'node-label center-label', x: cx, y: cy + 42, 'text-anchor': 'middle', direction: 'rtl' }, profile.name),
      items.map((i) => i.node)),
    h('figcaption', { class: 'small muted' }, 'سُمك الخط: عدد الأحداث · اللون: أخضر للتعاون، أحمر للصراع، رمادي للحياد'));
}
