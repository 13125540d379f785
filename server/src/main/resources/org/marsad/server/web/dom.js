// DOM helpers. Rule: text from articles and the API only ever reaches the page as text nodes (textContent) or
// attribute values set with setAttribute, never parsed as HTML; event-handler attributes are refused.

/** Creates an element: h('a', {href: '/x', class: 'y'}, 'text', childNode, [more, children]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`event attributes are not allowed, got '${name}'`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends strings (as text), nodes, and arrays of them. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`event attributes are not allowed, got '${name}'`);
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el: strings as text, nulls left out. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of escaped HTML text; anything that is not one stays as written. */
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A search snippet as nodes. The API sends escaped text with matches in <mark>…</mark>; only those two exact tags
 * become elements, everything else (even a tag the store failed to escape) is decoded and shown as text.
 */
export function markedSnippet(snippetHtml) {
  const frag = document.createDocumentFragment();
  let marked = false;
  for (const part of String(snippetHtml ?? '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = document.createTextNode(unescapeHtml(part));
    frag.append(marked ? h('mark', {}, text) : text);
  }
  return frag;
}

/** Formats a number the Arabic way (Arabic-Indic digits are avoided: news sites here write 0-9). */
export function num(n) {
  return new Intl.NumberFormat('ar', { numberingSystem: 'latn', maximumFractionDigits: 1 }).format(n ?? 0);
}

/** A date "2025-02-10" as "10 فبراير 2025"; other strings as given. */
export function day(value) {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  const opts = m[3] ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat('ar', { ...opts, timeZone: 'UTC', numberingSystem: 'latn' }).format(date);
}
