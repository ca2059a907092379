/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGURE',
  'MENU',
  'DIALOG',
]);

/** True for elements that hold no article text at all (scripts, forms, navigation, Tally's own UI…). */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || (tag.startsWith('TALLY-') && tag !== 'TALLY-MARK')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner';
}

const BOILERPLATE =
  /(^|[\s_-])(ad|ads|advert|advertisement|adslot|sponsor|sponsored|promo|related|share|sharing|social|newsletter|cookie|cookies|consent|gdpr|most-?read|popular|trending|recommend|recommended|comments?|sidebar|breadcrumbs?|subscribe|paywall|byline|credit|caption|tags|author-bio|read-more|more-stories|outbrain|taboola)([\s_-]|$)/i;

/** True for elements whose class or id says they are ads, related links, bylines and the like. */
export function isBoilerplate(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return false;
  return BOILERPLATE.test(cls) || BOILERPLATE.test(id);
}
