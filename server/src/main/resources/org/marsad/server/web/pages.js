// The article, entity and country-pair pages.
import { h, num, day } from './dom.js';
import { get, del, info, TOKEN_KEY } from './api.js';
import { articleView, goldstein } from './article-view.js';
import { entityTimeline, pairTimeline } from './charts.js';
import { networkView } from './network.js';
import { ENTITY_TYPES, MODES, ploverLabel } from './labels.js';
import { navigate, searchUrl } from './nav.js';

function failure(root, title, e) {
  root.replaceChildren(h('h1', {}, title), h('p', { class: 'error', role: 'alert' }, e.message));
}

export async function articlePage(root, id) {
  root.replaceChildren(h('p', { class: 'loading' }, 'جارٍ تحميل المقال…'));
  try {
    const article = await get(`/api/articles/${encodeURIComponent(id)}`);
    document.title = `${article.title || 'مقال'} · مرصد`;
    root.replaceChildren(articleView(article));
    if ((await info()).writable) root.append(deleteForm(article.id));
  } catch (e) {
    failure(root, 'تعذّر عرض المقال', e);
  }
}

/** Deleting the article, for whoever holds the server's write token. */
function deleteForm(id) {
  const token = h('input', { type: 'password', name: 'token', placeholder: 'رمز الكتابة', autocomplete: 'off', 'aria-label': 'رمز الكتابة' });
  token.value = sessionStorage.getItem(TOKEN_KEY) || '';
  const status = h('span', { class: 'status', 'aria-live': 'polite' });
  const button = h('button', { class: 'btn danger', type: 'button' }, 'احذف المقال من المخزن');
  button.addEventListener('click', async () => {
    if (!window.confirm('يُحذف المقال ووقائعه كلها من المخزن. أتتابع؟')) return;
    sessionStorage.setItem(TOKEN_KEY, token.value);
    try {
      await del(`/api/articles/${encodeURIComponent(id)}`, token.value.trim());
      button.disabled = true;
      status.replaceChildren('حُذف المقال. ', h('a', { href: '/', 'data-nav': true }, 'عودة إلى البحث'));
    } catch (e) {
      status.replaceChildren(h('span', { class: 'error', role: 'alert' }, e.message));
    }
  });
  return h('details', { class: 'card delete-article' }, h('summary', {}, 'حذف المقال'),
    h('div', { class: 'save-row' }, h('label', {}, 'رمز الكتابة الذي أُعطي للخادم', token), button, status));
}

export async function entityPage(root, key) {
  root.replaceChildren(h('p', { class: 'loading' }, 'جارٍ تحميل الكيان…'));
  let p;
  try {
    p = await get(`/api/entities/${encodeURIComponent(key)}`);
  } catch (e) {
    failure(root, 'تعذّر عرض الكيان', e);
    return;
  }
  document.title = `${p.name} · مرصد`;
  const isCountry = p.type === 'GPE' && /^[A-Z]{3}$/.test(p.key);
  root.replaceChildren(
    h('div', { class: 'card profile-head', 'data-entity-key': p.key },
      h('h1', {}, p.name),
      p.nameEn ? h('bdi', { class: 'ltr muted' }, p.nameEn) : null,
      h('span', { class: 'badge' }, ENTITY_TYPES[p.type] || p.type),
      p.country && p.country !== p.key ? h('a', { href: `/entity/${encodeURIComponent(p.country)}`, 'data-nav': true }, p.country) : null,
      h('a', { href: searchUrl({ entity: p.key }), 'data-nav': true }, 'المقالات التي تذكره'),
      isCountry ? h('a', { href: `/pair/${p.key}`, 'data-nav': true }, 'علاقاته بدولة أخرى') : null),
    h('div', { class: 'grid-article' },
      h('div', {},
        h('section', { class: 'card' }, h('h2', {}, 'الذكر والأحداث عبر الزمن'), entityTimeline(p)),
        h('section', { class: 'card' }, h('h2', {}, 'الفاعلون الذين يتعامل معهم'), networkView(p))),
      h('aside', {},
        h('section', { class: 'card' }, h('h2', {}, `أقواله (${num(p.quotes.length)})`), quotes(p)),
        h('section', { class: 'card' }, h('h2', {}, 'أكثر الشركاء'), partners(p)))));
}

function quotes(p) {
  if (!p.quotes.length) return h('p', { class: 'muted' }, 'لا أقوال منسوبة إليه.');
  return h('ul', { class: 'quote-list' }, p.quotes.slice(0, 30).map((q) => h('li', {},
    q.direct ? `«${q.text}»` : q.text, ' ',
    h('a', { class: 'small', href: `/article/${encodeURIComponent(q.articleId)}`, 'data-nav': true }, day(q.published) || 'المقال'))));
}

function partners(p) {
  if (!p.partners.length) return h('p', { class: 'muted' }, 'لا شركاء بعد.');
  return h('table', { class: 'table' },
    h('tr', {}, h('th', {}, 'الفاعل'), h('th', {}, 'الأحداث'), h('th', {}, 'غولدستين')),
    p.partners.slice(0, 15).map((x) => h('tr', {},
      h('td', {}, h('a', { href: `/entity/${encodeURIComponent(x.key)}`, 'data-nav': true }, x.name)),
      h('td', {}, num(x.events)), h('td', {}, goldstein(x.meanGoldstein)))));
}

async function countryOptions() {
  try {
    const r = await get('/api/search', { limit: 1 });
    return (r.facets.country || []).map((v) => ({ code: v.value, name: v.label || v.value }));
  } catch {
    return [];
  }
}

export async function pairPage(root, a, b) {
  const countries = await countryOptions();
  const names = new Map(countries.map((c) => [c.code, c.name]));
  const select = (value, name) => {
    const options = countries.some((c) => c.code === value) || !value ? countries : [{ code: value, name: value }, ...countries];
    return h('select', { name, 'aria-label': name === 'a' ? 'الدولة الأولى' : 'الدولة الثانية' },
      h('option', { value: '' }, '— اختر دولة —'),
      options.map((c) => h('option', { value: c.code, selected: c.code === value }, `${c.name} (${c.code})`)));
  };
  const sa = select(a, 'a');
  const sb = select(b, 'b');
  const form = h('form', { class: 'pair-form card' },
    h('label', {}, 'الدولة الأولى', sa), h('span', {}, '–'), h('label', {}, 'الدولة الثانية', sb),
    h('button', { class: 'btn', type: 'submit' }, 'اعرض'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sa.value && sb.value) navigate(`/pair/${sa.value}/${sb.value}`);
  });
  const body = h('div', {});
  root.replaceChildren(h('h1', {}, 'العلاقات بين دولتين'), form, body);
  if (!a || !b) {
    body.append(h('p', { class: 'muted' }, 'اختر دولتين لترى الأحداث بينهما عبر الزمن ومؤشر التعاون والصراع.'));
    return;
  }
  try {
    const pair = await get(`/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    await nameCountries(names, [pair.countryA, pair.countryB]);
    const title = `${names.get(pair.countryA) || pair.countryA} – ${names.get(pair.countryB) || pair.countryB}`;
    document.title = `${title} · مرصد`;
    body.replaceChildren(
      h('h2', { 'data-pair': `${pair.countryA}-${pair.countryB}` }, title),
      h('section', { class: 'card' }, h('h2', {}, 'الأحداث ومؤشر التعاون والصراع شهريًا'),
        pair.byMonth.length ? pairTimeline(pair) : h('p', { class: 'muted' }, 'لا أحداث بين الدولتين في المخزن.')),
      h('section', { class: 'card' }, h('h2', {}, `الأحداث (${num(pair.events.length)})`), eventsTable(pair, names)));
  } catch (e) {
    body.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message));
  }
}

/** Fills in the Arabic names the facets lacked from the countries' entity profiles. */
async function nameCountries(names, codes) {
  await Promise.all(codes.filter((c) => !names.has(c) || names.get(c) === c).map(async (c) => {
    try {
      names.set(c, (await get(`/api/entities/${encodeURIComponent(c)}`)).name);
    } catch {
      names.set(c, c);
    }
  }));
}

function eventsTable(pair, names) {
  if (!pair.events.length) return h('p', { class: 'muted' }, 'لا أحداث.');
  const country = (c) => (c ? names.get(c) || c : '—');
  return h('table', { class: 'table' },
    h('tr', {}, ['التاريخ', 'من', 'إلى', 'الحدث', 'CAMEO', 'غولدستين', 'الفعل', 'الصيغة', ''].map((t) => h('th', {}, t))),
    pair.events.map((v) => h('tr', {},
      h('td', {}, day(v.published)), h('td', {}, country(v.sourceCountry)), h('td', {}, country(v.targetCountry)),
      h('td', {}, ploverLabel(v.plover)), h('td', {}, h('bdi', {}, v.cameo)), h('td', {}, goldstein(v.goldstein)),
      h('td', {}, v.trigger), h('td', {}, MODES[v.mode] || v.mode),
      h('td', {}, h('a', { href: `/article/${encodeURIComponent(v.articleId)}#rec-${encodeURIComponent(v.eventId)}`, 'data-nav': true }, 'المقال')))));
}
