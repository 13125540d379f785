// The analyze page: paste an article or drop a file, see it analysed at once with the same highlights as a
// stored article, and store it when you hold the server's write token.
import { h, num } from './dom.js';
import { post, info, TOKEN_KEY } from './api.js';
import { articleView } from './article-view.js';

const DEBOUNCE_MS = 700;

export async function analyzePage(root) {
  const server = await info();
  const maxBytes = server.limits?.maxBodyBytes || 2 * 1024 * 1024;
  const title = h('input', { type: 'text', name: 'title', placeholder: 'العنوان (اختياري)' });
  const published = h('input', { type: 'date', name: 'published', 'aria-label': 'تاريخ النشر' });
  const source = h('input', { type: 'text', name: 'source', placeholder: 'المصدر (اختياري)' });
  const text = h('textarea', { name: 'text', placeholder: 'الصق نص المقال هنا…', 'aria-label': 'نص المقال' });
  const fileInput = h('input', { type: 'file', name: 'file', class: 'visually-hidden' });
  const drop = h('div', { class: 'dropzone' }, 'أفلت هنا ملفًا (نص، HTML، JSON Lines، RSS…) أو ',
    h('label', { class: 'btn secondary file-button' }, 'اختر ملفًا', fileInput));
  const status = h('p', { class: 'status', 'aria-live': 'polite' });
  const result = h('div', { class: 'analysis-result' });
  const token = h('input', { type: 'password', name: 'token', placeholder: 'رمز الكتابة', autocomplete: 'off', 'aria-label': 'رمز الكتابة' });
  token.value = sessionStorage.getItem(TOKEN_KEY) || '';
  const save = h('button', { class: 'btn', type: 'button', disabled: true }, 'احفظ في المخزن');
  const saveStatus = h('span', { class: 'status', 'aria-live': 'polite' });
  const saveRow = h('div', { class: 'save-row' },
    server.writable ? h('label', {}, 'رمز الكتابة الذي أُعطي للخادم', token)
      : h('span', { class: 'muted' }, 'الخادم للقراءة فقط: شغّله بالخيار --token ليُتاح الحفظ.'),
    save, saveStatus);

  let input = null; // what was analysed last: a pasted article object or a File
  let timer = 0;
  let generation = 0;

  const pasted = () => ({ text: text.value, title: title.value || null, published: published.value || null, source: source.value || null });

  async function analyze(what) {
    const mine = ++generation;
    input = what;
    save.disabled = true;
    status.textContent = 'جارٍ التحليل…';
    try {
      const { body, headers } = await post('/api/analyze', what);
      if (mine !== generation) return;
      const count = Number(headers.get('Marsad-Articles') || '1');
      status.textContent = count > 1 ? `في الملف ${num(count)} مقالات؛ هذا أولها، والحفظ يحفظها كلها.` : 'حُلّل المقال.';
      result.replaceChildren(articleView(body));
      save.disabled = !server.writable;
    } catch (e) {
      if (mine !== generation) return;
      status.textContent = '';
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message));
    }
  }

  function fromFile(file) {
    if (!file) return;
    if (file.size > maxBytes) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, `الملف أكبر من الحد (${num(maxBytes / 1048576)} م.ب): ${num(file.size)} بايت`));
      return;
    }
    analyze(file);
  }

  function scheduleText() {
    clearTimeout(timer);
    if (text.value.trim().length < 20) return;
    timer = setTimeout(() => analyze(pasted()), DEBOUNCE_MS);
  }

  text.addEventListener('input', scheduleText);
  for (const field of [title, published, source]) field.addEventListener('change', scheduleText);
  fileInput.addEventListener('change', () => fromFile(fileInput.files[0]));
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    fromFile(event.dataTransfer.files[0]);
  });
  save.addEventListener('click', async () => {
    sessionStorage.setItem(TOKEN_KEY, token.value);
    saveStatus.textContent = 'جارٍ الحفظ…';
    try {
      const { body } = await post('/api/articles', input, token.value.trim());
      saveStatus.replaceChildren(`حُفظ: ${num(body.added)} جديد، ${num(body.duplicates)} محفوظ من قبل. `,
        ...body.ids.slice(0, 5).map((id) => h('a', { href: `/article/${encodeURIComponent(id)}`, 'data-nav': true }, `${id} `)));
    } catch (e) {
      saveStatus.replaceChildren(h('span', { class: 'error', role: 'alert' }, e.message));
    }
  });

  root.replaceChildren(
    h('h1', {}, 'تحليل مقال'),
    h('form', { class: 'analyze-form card' }, h('div', { class: 'analyze-fields' }, title, source, published), text, drop, saveRow),
    status, result);
}
