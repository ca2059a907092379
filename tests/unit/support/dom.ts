/**
 * Loads `html` into the test's global document and returns it. (happy-dom's
 * ranges misbehave in documents made by DOMParser, so tests use this one.)
 */
export function loadHtml(html: string): Document {
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? `<head></head><body>${html}</body>`;
  document.documentElement.innerHTML = inner;
  return document;
}
