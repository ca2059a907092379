import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createStatusPainter } from '../../utils/highlight/paint-highlights';
import { readDisplaySettings, readSiteSettings } from '../../utils/settings/read-in-page';
import { NEWS_SITES, matchPatternsFor } from '../../utils/sites/news-sites';
import { lifetimeOf } from './lifetime';
import { start } from './start';

export default defineContentScript({
  matches: matchPatternsFor(NEWS_SITES),
  // Loaded before the page parses and started at DOMContentLoaded: Chrome injects
  // document_end scripts up to a couple of hundred milliseconds after it.
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Settings are read while the page still parses: storage answers take tens of milliseconds.
    const settings = Promise.all([readSiteSettings(), readDisplaySettings()]);
    const lifetime = lifetimeOf(ctx);
    // The highlight rules go in while the page still parses: added to a finished page,
    // they would make the browser restyle all of it in one long task.
    const painter = settings.then(([, display]) => createStatusPainter(document, display.style === 'subtle'));
    const go = () => void start(lifetime, settings, painter);
    if (document.readyState !== 'loading') go();
    else document.addEventListener('DOMContentLoaded', go, { once: true, signal: lifetime.signal });
  },
});
