import type { StatusPainter } from '../../utils/highlight';
import { isEnabledFor, type DisplaySettings, type SiteSettings } from '../../utils/settings/schemas';
import { highlightsFeature } from './features/highlights';
import { hoverTipFeature } from './features/hover-tip';
import { keyboardFeature } from './features/keyboard';
import { notesFeature } from './features/notes';
import { popoverFeature } from './features/popover';
import { recheckFeature } from './features/recheck';
import { summaryFeature } from './features/summary';
import type { Lifetime } from './lifetime';
import { createPageState } from './page-state';
import { createRouter } from './router';
import { createAnnouncer } from './ui/announcer';

/**
 * Wires the features over one page state. Each feature lives in its own file,
 * subscribes to the state's events and registers its messages with the one
 * router; all of them stop with the content script's context.
 */
export async function start(
  lifetime: Lifetime,
  settings: Promise<[SiteSettings, DisplaySettings]>,
  painter: Promise<StatusPainter>,
): Promise<void> {
  performance.mark('tally:start');
  const [[sites, display], statusPainter] = await Promise.all([settings, painter]);
  if (!lifetime.check()) return;
  const page = createPageState(lifetime, { enabled: isEnabledFor(sites, location.hostname), display });
  const router = createRouter(page.signal);
  const announce = createAnnouncer(page.signal);
  // Highlights first: the features after it see `shown` painted for the pass they hear of.
  highlightsFeature(page, statusPainter);
  const notes = notesFeature(page, router);
  const popover = popoverFeature(page, router, notes);
  keyboardFeature(page, router, popover, announce);
  hoverTipFeature(page);
  summaryFeature(page, router, announce);
  await recheckFeature(page).start();
}
