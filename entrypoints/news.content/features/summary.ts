import { TALLY_COMMANDS } from '../../../utils/commands/commands';
import { t, tn } from '../../../utils/i18n/messages';
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
      const found = pass.annotated.length;
      // In a task of its own: the first number formatted on a page makes the language's number
      // format, some milliseconds that the paint's task has no room for.
      page.later(
        () =>
          announce(
            `${tn('page.found', found, { diverging })} ${t('page.keys', { next: TALLY_COMMANDS['next-figure'].key, previous: TALLY_COMMANDS['previous-figure'].key })}`,
          ),
        0,
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
        .map((a) => ({ claim: a.claim, match: a.match })),
    };
    return Promise.resolve(reply);
  });
}
