import type { ArticleMeta } from '../schema';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const NEWS_TYPES =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|LiveBlogPosting|BlogPosting|WebPage)$/;

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === 'string')
    : typeof t === 'string'
      ? [t]
      : [];
}

/** Every JSON-LD object on the page, flattening arrays and `@graph`s. */
function jsonLdNodes(doc: Document): { [key: string]: Json }[] {
  const out: { [key: string]: Json }[] = [];
  const visit = (v: Json | undefined) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      visit(v['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json);
    } catch {
      // A malformed block on the page: ignore it, as browsers do.
    }
  }
  return out;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (isObject(v)) return str(v['name']);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/**
 * Reads an article's metadata: JSON-LD `NewsArticle` first, then meta tags,
 * then `<time datetime>`. The published date is kept as written (ISO).
 */
export function readMeta(doc: Document, root: Element | null, url: string | null): ArticleMeta {
  const ld = jsonLdNodes(doc);
  const article = ld.find((n) => typesOf(n).some((t) => NEWS_TYPES.test(t) && t !== 'WebPage')) ?? ld[0];
  const published =
    str(article?.['datePublished']) ??
    metaContent(doc, 'meta[property="article:published_time"]') ??
    metaContent(doc, 'meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]') ??
    (root?.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute(
      'datetime',
    ) ??
    null;
  const outlet =
    str(article?.['publisher']) ??
    metaContent(doc, 'meta[property="og:site_name"]') ??
    metaContent(doc, 'meta[name="application-name"]');
  const headline =
    str(article?.['headline']) ??
    metaContent(doc, 'meta[property="og:title"]') ??
    (doc.querySelector('h1')?.textContent?.trim() || null) ??
    (doc.title.trim() || null);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return { url: url ?? canonical, published, outlet, headline };
}
