// Draws an analysed article (marsad/article@1): its text with entities, quotes, events and dates highlighted,
// each highlight linked to its record (entities to their page, the rest to their card beside the text), and the
// provenance chain as boxes and arrows. Every piece of article text goes in as a text node.
import { h, svg, day, num } from './dom.js';
import { ENTITY_TYPES, MODES, ploverLabel, entityHref } from './labels.js';

/** The whole view: header, chain, legend, highlighted text, and the records. */
export function articleView(a, { linkTitle = false } = {}) {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const main = h('article', { class: 'card', 'data-article': a.id },
    header(a, linkTitle),
    provenance(a, byId),
    legend(),
    highlightedText(a),
    removed(a));
  const side = h('aside', { class: 'records', 'aria-label': 'السجلات' },
    entitiesSection(a), quotesSection(a, byId), eventsSection(a, byId), datesSection(a));
  const view = h('div', { class: 'grid-article article-view' }, main, side);
  view.addEventListener('click', (event) => follow(event, view));
  return view;
}

function header(a, linkTitle) {
  const title = a.title || 'مقال بلا عنوان';
  return h('header', {},
    h('h1', { class: 'article-title' }, linkTitle ? h('a', { href: `/article/${encodeURIComponent(a.id)}`, 'data-nav': true }, title) : title),
    h('div', { class: 'article-meta' },
      a.source?.name ? h('span', {}, 'المصدر: ', a.source.name) : null,
      a.author ? h('span', {}, 'الكاتب: ', h('bdi', {}, a.author)) : null,
      a.published ? h('span', {}, 'النشر: ', day(a.published)) : null,
      h('span', {}, 'المعرّف: ', h('bdi', { class: 'ltr' }, a.id)),
      a.source?.url ? h('span', {}, h('bdi', { class: 'ltr small' }, a.source.url)) : null));
}

function entityName(byId, id) {
  const e = byId.get(id);
  return e ? e.name : id;
}

function entityLink(byId, id, fallback) {
  const e = id ? byId.get(id) : null;
  if (!e) return fallback ? h('span', {}, fallback) : h('span', { class: 'muted' }, 'غير معروف');
  return h('a', { href: entityHref(e), 'data-nav': true, class: `t-${e.type}` }, e.name);
}

/** The provenance chain: publisher first (on the right), then each cited source, nearest first. */
function provenance(a, byId) {
  const nodes = [];
  const publisher = a.provenance.publisher ? entityLink(byId, a.provenance.publisher) : (a.source?.name || 'ناشر غير معروف');
  nodes.push(h('div', { class: 'node publisher' }, h('span', { class: 'role' }, 'الناشر'), publisher));
  a.provenance.chain.forEach((link, i) => {
    nodes.push(arrow(link.cue ? link.cue.text : 'نقلًا عن'));
    nodes.push(h('div', { class: 'node' }, h('span', { class: 'role' }, i === 0 ? 'المصدر الأقرب' : 'مصدر سابق'), entityLink(byId, link.entity)));
  });
  return h('section', { class: 'provenance', 'aria-label': 'سلسلة النقل' },
    h('h2', {}, 'سلسلة النقل'),
    h('div', { class: 'chain', 'data-links': a.provenance.chain.length }, nodes),
    a.provenance.chain.length ? null : h('p', { class: 'muted small' }, 'لا ينقل المقال عن مصدر آخر.'));
}

function arrow(label) {
  // points left, the reading direction: from the publisher to the source it cites
  return h('div', { class: 'arrow', 'aria-hidden': 'true' },
    svg('svg', { viewBox: '0 0 64 14' },
      svg('line', { x1: 62, y1: 7, x2: 8, y2: 7, stroke: 'currentColor', 'stroke-width': 1.6 }),
      svg('polygon', { points: '2,7 10,2 10,12', fill: 'currentColor' })),
    h('span', {}, label));
}

function legend() {
  const item = (cls, text) => h('span', { class: cls }, text);
  return h('div', { class: 'legend', 'aria-label': 'مفتاح الألوان' },
    item('hl-ent t-PERSON', 'شخص'), item('hl-ent t-ORG', 'منظمة'), item('hl-ent t-GPE', 'دولة'),
    item('hl-ent t-LOC', 'مكان'), item('hl-ent t-GROUP', 'جماعة'), item('hl-quote', 'اقتباس'),
    item('hl-event', 'حدث'), item('hl-date', 'تاريخ'));
}

function annotations(a) {
  const list = [];
  for (const e of a.entities) {
    for (const m of e.mentions) list.push({ start: m.start, end: m.end, kind: 'ent', entity: e, mention: m });
  }
  for (const q of a.quotes) list.push({ start: q.start, end: q.end, kind: 'quote', ref: q.id });
  for (const v of a.events) if (v.trigger) list.push({ start: v.trigger.start, end: v.trigger.end, kind: 'event', ref: v.id, event: v });
  for (const d of a.dates) list.push({ start: d.start, end: d.end, kind: 'date', ref: d.id, date: d });
  return list.filter((x) => x.start >= 0 && x.start < x.end && x.end <= a.text.length);
}

/** The text in paragraphs, cut at every span boundary; each piece wrapped by the spans that cover it. */
function highlightedText(a) {
  const text = a.text;
  const spans = annotations(a);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { cuts.add(i); cuts.add(i + 1); }
  const points = [...cuts].sort((x, y) => x - y);
  const container = h('div', { class: 'article-text', lang: a.language === 'ar' ? 'ar' : null, 'data-testid': 'article-text' });
  let paragraph = h('p');
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    if (piece === '\n') {
      if (paragraph.childNodes.length) container.append(paragraph);
      paragraph = h('p');
      continue;
    }
    paragraph.append(wrap(piece, spans.filter((s) => s.start <= from && s.end >= to)));
  }
  if (paragraph.childNodes.length) container.append(paragraph);
  return container;
}

function wrap(piece, covering) {
  let node = document.createTextNode(piece);
  const first = (kind) => covering.filter((s) => s.kind === kind).sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
  const date = first('date');
  if (date) node = h('span', { class: 'hl-date', 'data-ref': date.ref, title: `${date.date.type} ${date.date.value}` }, node);
  const ent = first('ent');
  if (ent) {
    const e = ent.entity;
    node = h('a', {
      class: `hl-ent t-${e.type}`, href: entityHref(e), 'data-nav': true, 'data-entity': e.id,
      title: [e.name, e.nameEn, ENTITY_TYPES[e.type]].filter(Boolean).join(' · '),
    }, node);
  }
  const event = first('event');
  if (event) {
    const v = event.event;
    node = h('span', { class: 'hl-event', 'data-ref': v.id, title: `${ploverLabel(v.plover)} · CAMEO ${v.cameo} · Goldstein ${v.goldstein}` }, node);
  }
  const quote = first('quote');
  if (quote) node = h('span', { class: 'hl-quote', 'data-ref': quote.ref, title: 'اقتباس' }, node);
  return node;
}

function removed(a) {
  if (!a.removed.length) return null;
  return h('details', { class: 'removed' },
    h('summary', {}, `نصوص حُذفت من الصفحة (${num(a.removed.length)})`),
    h('ul', {}, a.removed.map((r) => h('li', {}, h('span', { class: 'badge' }, r.reason), ' ', r.text))));
}

function entitiesSection(a) {
  const sorted = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length);
  return h('section', { class: 'card' },
    h('h2', {}, `الكيانات (${num(a.entities.length)})`),
    sorted.length ? h('ul', { class: 'ent-list' }, sorted.map((e) => h('li', { id: `rec-${e.id}` },
      h('a', { href: entityHref(e), 'data-nav': true, class: `hl-ent t-${e.type}`, title: ENTITY_TYPES[e.type] },
        e.name, h('span', { class: 'badge' }, num(e.mentions.length))))))
      : h('p', { class: 'muted' }, 'لا كيانات.'));
}

function quotesSection(a, byId) {
  return h('section', { class: 'card' },
    h('h2', {}, `الاقتباسات (${num(a.quotes.length)})`),
    a.quotes.length ? a.quotes.map((q) => h('div', { class: 'record quote', id: `rec-${q.id}`, 'data-target': q.id },
      h('div', { class: 'kind' }, q.direct ? 'اقتباس مباشر' : 'كلام منقول', ' · ',
        q.speaker ? entityLink(byId, q.speaker) : (q.speakerText || 'متحدث غير معروف'),
        q.cue ? h('span', { class: 'muted' }, ' · ', q.cue.text) : null),
      h('div', { class: 'qtext' }, q.direct ? `«${q.text}»` : q.text)))
      : h('p', { class: 'muted' }, 'لا اقتباسات.'));
}

export function goldstein(value) {
  const cls = value > 0 ? 'gold pos' : value < 0 ? 'gold neg' : 'gold';
  return h('span', { class: cls, title: 'مقياس غولدستين: من −10 (صراع) إلى +10 (تعاون)' }, (value > 0 ? '+' : '') + num(value));
}

function actor(actorValue, byId) {
  if (!actorValue) return h('span', { class: 'muted' }, '—');
  return actorValue.entity ? entityLink(byId, actorValue.entity, actorValue.text) : h('span', {}, actorValue.text);
}

function eventsSection(a, byId) {
  const dates = new Map(a.dates.map((d) => [d.id, d]));
  return h('section', { class: 'card' },
    h('h2', {}, `الأحداث (${num(a.events.length)})`),
    a.events.length ? a.events.map((v) => h('div', { class: 'record event', id: `rec-${v.id}`, 'data-target': v.id },
      h('div', { class: 'kind' }, h('strong', {}, ploverLabel(v.plover)), ' · CAMEO ', h('bdi', {}, v.cameo), ' · ', goldstein(v.goldstein),
        v.mode !== 'asserted' ? h('span', { class: 'badge' }, MODES[v.mode] || v.mode) : null),
      h('div', {}, actor(v.source, byId), ' ← ', actor(v.target, byId)),
      h('div', { class: 'small muted' }, '«', v.trigger.text, '»',
        v.date && dates.get(v.date) ? ` · ${dates.get(v.date).text}` : '',
        v.reportedBy ? h('span', {}, ' · حسب ', entityLink(byId, v.reportedBy)) : null)))
      : h('p', { class: 'muted' }, 'لا أحداث.'));
}

function datesSection(a) {
  if (!a.dates.length) return null;
  return h('section', { class: 'card' },
    h('h2', {}, `التواريخ (${num(a.dates.length)})`),
    h('ul', { class: 'small' }, a.dates.map((d) => h('li', { id: `rec-${d.id}`, 'data-target': d.id },
      d.text, ' ← ', h('bdi', { class: 'ltr' }, d.value)))));
}

/** Highlight → its record, record → its first highlight; both flash. */
function follow(event, view) {
  const highlight = event.target.closest('.hl-quote, .hl-event, .hl-date');
  if (highlight && !event.target.closest('a')) {
    flash(view.querySelector(`#rec-${CSS.escape(highlight.dataset.ref)}`));
    return;
  }
  const record = event.target.closest('[data-target]');
  if (record && !event.target.closest('a')) {
    flash(view.querySelector(`.article-text [data-ref="${CSS.escape(record.dataset.target)}"]`));
  }
}

function flash(el) {
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
}
