// Marsad web app: routes the address to its page. Pages: /search, /article/ID, /entity/KEY, /pair/A/B, /analyze.
import { h, num } from './dom.js';
import { get, info } from './api.js';
import { onNavigate, navigate, searchUrl } from './nav.js';
import { searchPage } from './search-page.js';
import { articlePage, entityPage, pairPage } from './pages.js';
import { analyzePage } from './analyze-page.js';

const root = document.getElementById('app');

function section(path) {
  if (path.startsWith('/pair')) return 'pair';
  if (path.startsWith('/analyze')) return 'analyze';
  return 'search';
}

async function render() {
  const { pathname, search, hash } = window.location;
  const params = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  document.title = 'مرصد';
  for (const a of document.querySelectorAll('.main-nav a')) {
    if (a.dataset.section === section(pathname)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  root.dataset.page = parts[0] || 'search';
  delete root.dataset.ready;
  try {
    switch (parts[0]) {
      case 'article': await articlePage(root, parts.slice(1).join('/')); break;
      case 'entity': await entityPage(root, parts.slice(1).join('/')); break;
      case 'pair': await pairPage(root, parts[1], parts[2]); break;
      case 'analyze': await analyzePage(root); break;
      default: await searchPage(root, params);
    }
  } finally {
    root.dataset.ready = 'true';
  }
  if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, 0);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const href = link.getAttribute('href');
  if (!href || !href.startsWith('/')) return;
  event.preventDefault();
  navigate(href);
});
window.addEventListener('popstate', render);
document.getElementById('top-search').addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(searchUrl({ q: event.target.elements.q.value.trim() }));
});

async function footer() {
  try {
    const [stats, server] = await Promise.all([get('/api/stats'), info()]);
    document.getElementById('stats').textContent =
      `${num(stats.articles)} مقالًا · ${num(stats.entities)} كيانًا · ${num(stats.events)} حدثًا · ${num(stats.quotes)} اقتباسًا`;
    const notice = document.getElementById('notice');
    if (!server.fonts) {
      notice.replaceChildren('الخطوط العربية غير مضمّنة في هذه النسخة (بُنيت دون npm)، فتُعرض الصفحات بخطوط النظام.');
      notice.hidden = false;
    }
  } catch {
    // the footer is a nicety; pages report their own errors
  }
}

onNavigate(render);
render();
footer();
