// End-to-end test of the Marsad web app in a real browser: Debian's headless Chromium driven by playwright-core.
// It starts `./marsad demo` on a free port over a fresh data directory (or uses MARSAD_URL and MARSAD_TOKEN when
// given), stores a hostile article through the API, then searches, opens an article and checks its highlights,
// opens an entity page and its chart, the Kazakhstan–Turkey pair page and the analyze page, saving a screenshot of
// each under ui-test/screenshots/. Every request the page makes must stay on the server (no CDN), and the page
// must log no error (a Content-Security-Policy violation is one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const shots = join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TOKEN = process.env.MARSAD_TOKEN || `ui-test-${process.pid}-${Date.now()}`;
const HOSTILE = {
  id: 'hostile-ui-test',
  title: `<script>window.__xss = 'title'</script> "><img src=x onerror="window.__xss='img'"> عنوان خبيث`,
  text: `قال الرئيس التركي في أنقرة: "<b>مرحبا</b>' onmouseover='window.__xss=1" <script>window.__xss = 'body'</script> وأضاف أن تركيا تدعم كازاخستان.`,
  published: '2025-02-21',
  source: '<i>مصدر</i> "مزيف"',
};

let server;
let base;
let context;
let page;
const temp = [];
const offsite = [];
const problems = [];
const dialogs = [];
let confirmNext = false; // the next confirm() is accepted; every other dialog is dismissed and recorded

/** Stops the demo (its shutdown hook commits and closes the store) and waits for it, 30 s at most. */
function stop(process_) {
  if (process_.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => { try { process.kill(-process_.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 30_000);
    process_.once('exit', () => { clearTimeout(timer); resolve(); });
    try { process.kill(-process_.pid, 'SIGTERM'); } catch { clearTimeout(timer); resolve(); }
  });
}

function startDemo() {
  const data = mkdtempSync(join(tmpdir(), 'marsad-ui-data-'));
  temp.push(data);
  const child = spawn(join(root, 'marsad'), ['demo', '--port', '0', '--data', data, '--token', TOKEN],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`marsad demo did not start in 8 minutes:\n${log}`)), 480_000);
    const read = (chunk) => {
      log += chunk;
      const m = /marsad demo: (http:\/\/[^\s]+)/.exec(log);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (c) => { log += c; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`marsad demo exited with ${code}:\n${log}`)); });
  });
}

async function api(path, options = {}) {
  const response = await fetch(new URL(path, base), options);
  return { status: response.status, body: await response.json() };
}

async function shot(name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function go(path) {
  await page.goto(new URL(path, base).href);
  await page.waitForSelector('#app[data-ready="true"]');
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  if (process.env.MARSAD_URL) {
    base = process.env.MARSAD_URL;
  } else {
    server = await startDemo();
    base = server.url;
  }
  const profile = mkdtempSync(join(tmpdir(), 'marsad-chromium-'));
  temp.push(profile);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'ar',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=ar'],
  });
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page = context.pages()[0] || await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    if (confirmNext && d.type() === 'confirm') {
      confirmNext = false;
      return d.accept();
    }
    dialogs.push(d.message());
    return d.dismiss();
  });
});

after(async () => {
  await context?.close();
  if (server) await stop(server.child);
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

test('a hostile article is stored through the token-guarded API', async () => {
  const refused = await api('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HOSTILE) });
  assert.equal(refused.status, 401, 'writes need the token');
  const stored = await api('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(HOSTILE),
  });
  assert.equal(stored.status, 201, JSON.stringify(stored.body));
  assert.deepEqual(stored.body.ids, [HOSTILE.id]);
});

test('the search page finds articles, marks the words and offers facets, right to left in the Arabic font', async () => {
  await go('/');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), 'rtl');
  await page.fill('.search-form input[name=q]', 'تركيا');
  await page.click('.search-form button[type=submit]');
  await page.waitForSelector('.hit');
  assert.match(page.url(), /\/search\?q=/);
  const hits = await page.locator('.hit').count();
  assert.ok(hits >= 3, `expected several hits, got ${hits}`);
  const marks = await page.locator('.snippet mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.includes('تركيا')), `marks: ${marks}`);
  for (const facet of ['entity', 'country', 'source']) {
    assert.ok(await page.locator(`.facet[data-facet=${facet}] li`).count() > 0, `facet ${facet}`);
  }
  await page.evaluate(() => document.fonts.ready);
  const fontLoaded = await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Noto') && f.status === 'loaded'));
  assert.ok(fontLoaded, 'the Arabic web font was loaded from the server');
  await shot('01-search');
});

test('a facet narrows the search and shows as a removable chip', async () => {
  await page.click('.facet[data-facet=country] a[data-value=KAZ]');
  await page.waitForSelector('.chip');
  assert.match(page.url(), /country=KAZ/);
  assert.ok(await page.locator('.hit').count() >= 1);
});

test('an article shows entities, quotes and events highlighted and linked, and its provenance chain', async () => {
  await go('/search?q=' + encodeURIComponent('الأناضول'));
  await page.click('.hit h3 a');
  await page.waitForSelector('.article-text');
  const count = async (sel) => page.locator(`.article-text ${sel}`).count();
  assert.ok(await count('.hl-ent') >= 2, 'entities highlighted');
  assert.ok(await count('.hl-event') >= 1, 'events highlighted');
  assert.ok(await count('.hl-date') + await count('.hl-quote') >= 0);
  const href = await page.locator('.article-text a.hl-ent').first().getAttribute('href');
  assert.match(href, /^\/entity\//);
  assert.equal(await page.locator('.chain .node.publisher').count(), 1);
  assert.ok(await page.locator('.chain .node').count() >= 2, 'the article cites an agency: a chain of two boxes');
  await page.locator('.article-text .hl-event').first().click();
  await page.waitForSelector('.record.event.flash');
  await shot('02-article');
});

test('an article with quotes highlights them and links each to its record', async () => {
  await go('/article/kz-tr-0001');
  assert.ok(await page.locator('.article-text .hl-quote').count() >= 1, 'quote highlighted');
  await page.locator('.article-text .hl-quote:not(:has(a))').first().click();
  await page.waitForSelector('.record.quote.flash');
  await shot('03-article-quote');
});

test('an entity page draws its timeline chart and its network of partners', async () => {
  await go('/article/kz-tr-0001');
  await page.click('.article-text a.hl-ent[href="/entity/KAZ"]');
  await page.waitForSelector('canvas[data-testid=entity-chart][data-ready=true]');
  assert.match(page.url(), /\/entity\/KAZ$/);
  const points = await page.evaluate(() => document.querySelector('canvas[data-testid=entity-chart]').chart.data.datasets[0].data.reduce((a, b) => a + b, 0));
  assert.ok(points >= 4, `mentions charted: ${points}`);
  assert.ok(await page.locator('.network a[data-partner]').count() >= 1, 'partners drawn');
  assert.ok(await page.locator('.network a[data-partner="TUR"]').count() === 1, 'Turkey is a partner');
  await shot('04-entity');
});

test('the country-pair page draws events over time with the cooperation–conflict line', async () => {
  await go('/pair/KAZ/TUR');
  await page.waitForSelector('canvas[data-testid=pair-chart][data-ready=true]');
  assert.equal((await page.locator('[data-pair]').textContent()).trim(), 'كازاخستان – تركيا');
  const series = await page.evaluate(() => document.querySelector('canvas[data-testid=pair-chart]').chart.data.datasets.map((d) => d.data));
  assert.ok(series[0].some((g) => g < 0) && series[0].some((g) => g > 0), `Goldstein both ways: ${series[0]}`);
  assert.ok(await page.locator('table.table tr').count() >= 6, 'events listed');
  await shot('05-pair');
});

test('the analyze page analyses pasted text at once and stores it with the token', async () => {
  await go('/analyze');
  await page.fill('textarea[name=text]', 'وقّعت كازاخستان اتفاقية للتعاون في مجال النقل مع تركيا، وقال وزير النقل التركي: "هذه خطوة تاريخية".');
  await page.waitForSelector('.analysis-result .article-text .hl-ent');
  assert.ok(await page.locator('.analysis-result .hl-event').count() >= 1);
  await page.fill('input[name=token]', TOKEN);
  await page.click('text=احفظ في المخزن');
  await page.waitForSelector('.save-row a[href^="/article/"]');
  await shot('06-analyze');
});

test('article text carrying <script> and quote-breaking markup is shown as text and never runs', async () => {
  await go(`/article/${HOSTILE.id}`);
  assert.equal(await page.locator('h1.article-title').textContent(), HOSTILE.title);
  assert.ok((await page.locator('.article-text').textContent()).includes("<script>window.__xss = 'body'</script>"));
  assert.equal(await page.locator('main script, main img, main b, main i').count(), 0, 'no element made from article text');
  await go('/search?q=' + encodeURIComponent('خبيث'));
  await page.waitForSelector('.hit');
  assert.equal(await page.locator('.hit h3 a').first().textContent(), HOSTILE.title);
  assert.equal(await page.locator('.hit script, .hit img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no injected script ran');
  assert.deepEqual(dialogs, []);
  await go(`/article/${HOSTILE.id}`);
  await shot('07-hostile-article');
});

test('an article is deleted from its page with the token, after a confirmation', async () => {
  const stored = await api('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ id: 'ui-delete-me', title: 'معرض للتمور', text: 'افتتح وزير الزراعة التونسي معرضا للتمور في مدينة توزر أمس.' }),
  });
  assert.equal(stored.status, 201, JSON.stringify(stored.body));
  const id = stored.body.ids[0];
  await go(`/article/${encodeURIComponent(id)}`);
  await page.click('details.delete-article summary');
  await page.fill('details.delete-article input[name=token]', TOKEN);
  confirmNext = true;
  await page.click('text=احذف المقال من المخزن');
  await page.waitForSelector('details.delete-article a[href="/"]');
  await shot('08-deleted');
  assert.equal((await api(`/api/articles/${encodeURIComponent(id)}`)).status, 404, 'gone from the store');
  assert.equal(confirmNext, false, 'the page asked for a confirmation');
});

test('the page fetched nothing from outside the server and logged no error', () => {
  assert.deepEqual(offsite, []);
  assert.deepEqual(problems, []);
});
