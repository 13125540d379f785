// Timelines with Chart.js (the WebJar served at /assets/vendor/chart.umd.js). Without it, a table says the same.
import { h, num, day } from './dom.js';

const COLORS = { mentions: '#0b6e86', events: '#c0581b', count: '#7ea8b5', goldstein: '#c2272d' };

function ready() {
  return typeof window.Chart === 'function';
}

function setDefaults() {
  const C = window.Chart;
  C.defaults.font.family = getComputedStyle(document.body).fontFamily;
  C.defaults.font.size = 13;
  C.defaults.color = '#1d2730';
  C.defaults.plugins.legend.rtl = true;
  C.defaults.plugins.legend.textDirection = 'rtl';
  C.defaults.plugins.tooltip.rtl = true;
  C.defaults.plugins.tooltip.textDirection = 'rtl';
  C.defaults.animation = false;
}

/** A chart in a box, drawn once the web fonts are loaded; a plain table when Chart.js is missing. */
function chartBox(config, fallbackRows, testId) {
  const canvas = h('canvas', { role: 'img', 'aria-label': config.ariaLabel, 'data-testid': testId });
  const box = h('div', { class: 'chart-box' }, canvas);
  if (!ready()) {
    return h('div', {}, h('p', { class: 'muted small' }, 'مكتبة الرسوم غير متاحة؛ الأرقام في جدول:'), table(fallbackRows));
  }
  document.fonts.ready.then(() => {
    setDefaults();
    const chart = new window.Chart(canvas, config);
    canvas.dataset.ready = 'true';
    canvas.chart = chart;
  });
  return box;
}

function table(rows) {
  return h('table', { class: 'table' }, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))));
}

/** Mentions (bars) and events (line) of an entity per period. */
export function entityTimeline(profile) {
  const periods = [...new Set([...profile.mentions, ...profile.events].map((p) => p.period))].sort();
  const value = (list, p) => list.find((x) => x.period === p)?.count ?? 0;
  const config = {
    ariaLabel: 'الذكر والأحداث عبر الزمن',
    data: {
      labels: periods.map(day),
      datasets: [
        { type: 'bar', label: 'مقالات تذكره', data: periods.map((p) => value(profile.mentions, p)), backgroundColor: COLORS.mentions },
        { type: 'line', label: 'أحداث هو طرف فيها', data: periods.map((p) => value(profile.events, p)), borderColor: COLORS.events, backgroundColor: COLORS.events, cubicInterpolationMode: 'monotone' },
      ],
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  return chartBox(config, periods.map((p) => [day(p), num(value(profile.mentions, p)), num(value(profile.events, p))]), 'entity-chart');
}

/** Events per month (bars) and the mean Goldstein value (line, −10 conflict … +10 cooperation). */
export function pairTimeline(pair) {
  const months = pair.byMonth.map((m) => m.period);
  const config = {
    ariaLabel: 'الأحداث بين الدولتين ومؤشر التعاون والصراع',
    data: {
      labels: months.map(day),
      datasets: [
        { type: 'line', label: 'التعاون (+) والصراع (−): متوسط غولدستين', data: pair.byMonth.map((m) => m.goldstein), yAxisID: 'g',
          borderColor: COLORS.goldstein, backgroundColor: COLORS.goldstein, cubicInterpolationMode: 'monotone', spanGaps: true },
        { type: 'bar', label: 'عدد الأحداث', data: pair.byMonth.map((m) => m.count), yAxisID: 'n', backgroundColor: COLORS.count },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        n: { position: 'right', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'عدد الأحداث' } },
        g: { position: 'left', min: -10, max: 10, grid: { color: (c) => (c.tick.value === 0 ? '#1d2730' : '#e4e8eb') },
          title: { display: true, text: 'غولدستين' } },
      },
    },
  };
  return chartBox(config, pair.byMonth.map((m) => [day(m.period), num(m.count), num(m.goldstein)]), 'pair-chart');
}
