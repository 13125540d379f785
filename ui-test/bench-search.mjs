// HTTP-level search latency of `marsad serve`: 8 concurrent clients send GET /api/search (queries with and without
// filters, 20 hits with facets and snippets) and the script prints p50/p95/p99. The store's own in-process figures
// are in docs/benchmarks.md; this adds the cost of HTTP, JSON and the server.
//   node bench-search.mjs                      # starts `./marsad demo` on a free port over a fresh data directory
//   MARSAD_URL=http://127.0.0.1:8080/ node bench-search.mjs [REQUESTS_PER_CLIENT]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENTS = 8;
const PER_CLIENT = Number(process.argv[2] || 250);
const WARM_UP = 200;
const QUERIES = [
  { q: 'تركيا' }, { q: 'كازاخستان' }, { q: 'اتفاقية' }, { q: 'الرئيس' }, { q: 'وزير الخارجية' }, { q: '"سد النهضة"' },
  { q: 'مياه OR طاقة' }, { q: 'تعاون*' }, { q: '' }, { q: 'تركيا', country: 'KAZ' }, { q: '', type: 'AGREE' },
  { q: 'الرئيس', from: '2025-01-01', to: '2025-12-31' },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let child;
let data;

/** Stops the demo (its shutdown hook commits and closes the store) and waits for it, 30 s at most. */
function stop(process_) {
  if (process_.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => { try { process.kill(-process_.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 30_000);
    process_.once('exit', () => { clearTimeout(timer); resolve(); });
    try { process.kill(-process_.pid, 'SIGTERM'); } catch { clearTimeout(timer); resolve(); }
  });
}

async function server() {
  if (process.env.MARSAD_URL) return process.env.MARSAD_URL;
  data = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  child = spawn(join(root, 'marsad'), ['demo', '--port', '0', '--data', data, '--token', `bench-${process.pid}-token`],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /marsad demo: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`marsad demo exited with ${code}`)));
  });
}

function url(base, params) {
  const u = new URL('/api/search', base);
  for (const [k, v] of Object.entries(params)) if (v) u.searchParams.set(k, v);
  u.searchParams.set('limit', '20');
  return u.href;
}

async function run(base, count, offset, times) {
  for (let i = 0; i < count; i++) {
    const target = url(base, QUERIES[(offset + i) % QUERIES.length]);
    const start = process.hrtime.bigint();
    const response = await fetch(target);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${target}: HTTP ${response.status}`);
    times?.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

try {
  const base = await server();
  await run(base, WARM_UP, 0, null);
  const times = [];
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => run(base, PER_CLIENT, c, times)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const stats = await (await fetch(new URL('/api/stats', base))).json();
  console.log(`search over HTTP: ${stats.articles} articles, ${CLIENTS} clients, ${times.length} requests in ${seconds.toFixed(1)} s `
    + `(${(times.length / seconds).toFixed(0)}/s): p50 ${percentile(times, 50).toFixed(2)} ms, `
    + `p95 ${percentile(times, 95).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`);
} finally {
  if (child) await stop(child);
  if (data) rmSync(data, { recursive: true, force: true });
}
