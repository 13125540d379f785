// Client-side navigation: links marked data-nav change the page without reloading it.
let renderer = () => {};

export function onNavigate(render) {
  renderer = render;
}

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  renderer();
}

/** A URL of the search page with these parameters (empty ones left out). */
export function searchUrl(params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '' && v !== 0) query.set(k, v);
  const qs = query.toString();
  return qs ? `/search?${qs}` : '/search';
}
