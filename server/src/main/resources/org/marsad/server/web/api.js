// Calls the JSON API; failures become Errors carrying the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.message ? body.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return { body, headers: response.headers };
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, v);
  const qs = query.toString();
  return (await parse(await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } }))).body;
}

/** POSTs a pasted article (an object) as JSON, or a File as its bytes with its name. */
export async function post(path, input, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let url = path;
  let body;
  if (input instanceof Blob) {
    headers['Content-Type'] = 'application/octet-stream';
    url += `?name=${encodeURIComponent(input.name || 'upload')}`;
    body = input;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(input);
  }
  return parse(await fetch(url, { method: 'POST', headers, body }));
}

/** DELETEs a stored resource with the write token. */
export async function del(path, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return parse(await fetch(path, { method: 'DELETE', headers }));
}

/** The write token given in this tab, kept for the session only. */
export const TOKEN_KEY = 'marsad-token';

let infoPromise;
export function info() {
  infoPromise ??= get('/api/info').catch(() => ({ writable: false, fonts: true, limits: {} }));
  return infoPromise;
}
