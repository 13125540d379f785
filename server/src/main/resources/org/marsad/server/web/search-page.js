// The search page: a query, filters from the facets (entities, countries, event types, sources, months) and a
// date range, hits with their highlighted snippets, and paging.
import { h, fill, markedSnippet, num, day } from './dom.js';
import { get } from './api.js';
import { FACETS, ploverLabel } from './labels.js';
import { navigate, searchUrl } from './nav.js';

const PAGE = 20;
const FILTERS = ['entity', 'country', 'type', 'source', 'from', 'to'];

export async function searchPage(root, params) {
  const state = Object.fromEntries(['q', ...FILTERS].map((k) => [k, params.get(k) || '']));
  state.offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const results = h('section', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'جارٍ البحث…'));
  const facets = h('aside', { class: 'facets card', 'aria-label': 'تصفية النتائج' });
  root.replaceChildren(h('h1', {}, 'البحث في الأخبار'), searchForm(state), h('div', { class: 'grid-2' }, facets, results));
  try {
    const request = { q: state.q, limit: PAGE, offset: state.offset };
    for (const k of FILTERS) request[k] = state[k];
    const result = await get('/api/search', request);
    fill(facets, facetBlocks(result.facets, state), dateBlock(state));
    fill(results, chips(state, result.facets), hitsBlock(result, state));
  } catch (e) {
    facets.replaceChildren(dateBlock(state));
    results.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message));
  }
}

function searchForm(state) {
  const input = h('input', { type: 'search', name: 'q', value: state.q, placeholder: 'كلمات، "عبارة"، AND/OR/NOT، بادئة*', 'aria-label': 'نص البحث', maxlength: 1000 });
  const form = h('form', { class: 'search-form', role: 'search' }, input, h('button', { class: 'btn', type: 'submit' }, 'بحث'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(searchUrl({ ...state, q: input.value.trim(), offset: 0 }));
  });
  return form;
}

function label(facet, value) {
  if (facet === 'type') return ploverLabel(value.value);
  if (facet === 'month') return day(value.value);
  return value.label || value.value;
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function facetBlocks(facets, state) {
  return FACETS.filter(([name]) => facets[name] && facets[name].length).map(([name, title]) => {
    const items = facets[name].slice(0, 12).map((v) => {
      const active = name === 'month' ? state.from === monthRange(v.value).from && state.to === monthRange(v.value).to : state[name] === v.value;
      const next = { ...state, offset: 0 };
      if (name === 'month') Object.assign(next, active ? { from: '', to: '' } : monthRange(v.value));
      else next[name] = active ? '' : v.value;
      return h('li', {}, h('a', { href: searchUrl(next), 'data-nav': true, 'aria-pressed': active ? 'true' : 'false', 'data-facet': name, 'data-value': v.value },
        h('span', {}, label(name, v)), h('span', { class: 'count' }, num(v.count))));
    });
    return h('div', { class: 'facet', 'data-facet': name }, h('h3', {}, title), h('ul', {}, items));
  });
}

function dateBlock(state) {
  const from = h('input', { type: 'date', name: 'from', value: state.from, 'aria-label': 'من تاريخ' });
  const to = h('input', { type: 'date', name: 'to', value: state.to, 'aria-label': 'إلى تاريخ' });
  const form = h('form', { class: 'facet' }, h('h3', {}, 'تاريخ النشر'),
    h('div', { class: 'dates' }, h('label', {}, 'من', from), h('label', {}, 'إلى', to)),
    h('button', { class: 'btn secondary small', type: 'submit' }, 'تطبيق'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(searchUrl({ ...state, from: from.value, to: to.value, offset: 0 }));
  });
  return form;
}

function chips(state, facets) {
  const active = FILTERS.filter((k) => state[k]);
  if (!active.length) return null;
  const names = { entity: 'الكيان', country: 'الدولة', type: 'الحدث', source: 'المصدر', from: 'من', to: 'إلى' };
  const find = (k) => (facets[k] || []).find((v) => v.value === state[k]);
  return h('div', { class: 'chips', 'aria-label': 'المرشحات' }, active.map((k) => {
    const shown = k === 'type' ? ploverLabel(state[k]) : (k === 'from' || k === 'to') ? day(state[k]) : (find(k)?.label || state[k]);
    const remove = h('button', { type: 'button', 'aria-label': `إزالة ${names[k]}` }, '×');
    remove.addEventListener('click', () => navigate(searchUrl({ ...state, [k]: '', offset: 0 })));
    return h('span', { class: 'chip' }, `${names[k]}: `, shown, remove);
  }));
}

function hitsBlock(result, state) {
  const total = h('p', { class: 'total', 'data-total': result.total }, `${num(result.total)} نتيجة`);
  if (!result.hits.length) return h('div', { class: 'card' }, total, h('p', {}, 'لا نتائج. جرّب كلمات أخرى أو أزل بعض المرشحات.'));
  const query = state.q ? `?q=${encodeURIComponent(state.q)}` : '';
  const hits = result.hits.map((hit) => h('div', { class: 'hit', 'data-id': hit.id },
    h('h3', {}, h('a', { href: `/article/${encodeURIComponent(hit.id)}${query}`, 'data-nav': true }, hit.title || 'مقال بلا عنوان')),
    h('div', { class: 'meta' }, [hit.source, day(hit.published)].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet' }, markedSnippet(hit.snippetHtml))));
  return h('div', { class: 'card' }, total, hits, pager(result, state));
}

function pager(result, state) {
  if (result.total <= PAGE) return null;
  const prev = state.offset > 0 ? h('a', { class: 'btn secondary', href: searchUrl({ ...state, offset: Math.max(0, state.offset - PAGE) }), 'data-nav': true }, 'السابق') : null;
  const next = state.offset + PAGE < result.total ? h('a', { class: 'btn secondary', href: searchUrl({ ...state, offset: state.offset + PAGE }), 'data-nav': true }, 'التالي') : null;
  return h('nav', { class: 'pager', 'aria-label': 'الصفحات' }, prev,
    h('span', { class: 'muted' }, `${num(state.offset + 1)}–${num(Math.min(state.offset + PAGE, result.total))}`), next);
}
