import { MATCH_STATUSES, type MatchStatus } from '../../../utils/schema/match';
import type { PageSummaryReply } from '../../../utils/schema/replies';
import type { PageState } from '../page-state';
import type { Router } from '../router';

/**
 * What the page holds, told to the popup (`page-summary`), to tests and the
 * bench (state attributes on `<html>`) and, once, to screen readers.
 */
export function summaryFeature(page: PageState, router: Router, announce: (message: string) => void): void {
  const html = document.documentElement;
  const ATTRIBUTES = ['data-tally', 'data-tally-claims', 'data-tally-diverging'];
  let announced = false;

  page.on('pass', () => {
    const { pass } = page;
    if (!pass) {
      for (const a of ATTRIBUTES) html.removeAttribute(a);
      return;
    }
    const diverging = pass.annotated.filter((a) => a.match.status === 'diverges').length;
    html.setAttribute('data-tally', pass.error ? 'error' : 'done');
    html.setAttribute('data-tally-claims', String(pass.annotated.length));
    html.setAttribute('data-tally-diverging', String(diverging));
    if (!announced && pass.annotated.length > 0) {
      announce(
        `Tally found ${pass.annotated.length} figures, ${diverging} where the sides' figures differ. ` +
          "Tally's shortcuts (Alt+Shift+J and Alt+Shift+K unless you changed them) move between them; " +
          'Enter opens one.',
      );
    }
    announced = true;
  });
  page.signal.addEventListener('abort', () => ATTRIBUTES.forEach((a) => html.removeAttribute(a)), {
    once: true,
  });

  router.on('page-summary', () => {
    const all = page.pass?.annotated ?? [];
    const counts = Object.fromEntries(MATCH_STATUSES.map((s) => [s, 0])) as Record<MatchStatus, number>;
    for (const a of all) counts[a.match.status]++;
    const reply: PageSummaryReply = {
      ok: true,
      host: page.host,
      enabled: page.enabled,
      counts,
      claims: all.length,
      ...(page.pass?.read ? { read: page.pass.read } : {}),
      divergences: all
        .filter((a) => a.match.status === 'diverges')
        .map((a) => ({
          claimId: a.claim.id,
          text: a.claim.text,
          speaker: a.match.claimant?.name ?? a.claim.speaker,
          others: a.match.others.map((o) => `${o.name}: ${o.value ?? `${o.low}–${o.high}`}`),
        })),
    };
    return Promise.resolve(reply);
  });
}
