import { t, tn } from '../../utils/i18n/messages';
import { MATCH_STATUSES, type MatchStatus } from '../../utils/schema/match';
import { STATUS_LABEL } from '../format';

/**
 * The page's figures by status, each status marked as it is on the page, those the settings
 * leave unhighlighted said so, and what "no match" means when there is any.
 */
export function StatusCounts({
  counts,
  shown,
}: {
  counts: Partial<Record<MatchStatus, number>>;
  /** Which statuses the page highlights (Settings → Highlights); null while unknown. */
  shown: Partial<Record<MatchStatus, boolean>> | null;
}) {
  const unmatched = counts.unmatched ?? 0;
  return (
    <>
      <ul class="counts" aria-label={t('popup.byStatus')}>
        {MATCH_STATUSES.map((s) => (
          <li key={s} class={`count ${s}`}>
            <span class={`mark sample ${s}`} aria-hidden="true">
              {'\u00a0'.repeat(5)}
            </span>
            <span class="label">
              {STATUS_LABEL[s]}
              {shown && shown[s] === false && (counts[s] ?? 0) > 0 ? (
                <span class="off">{t('popup.notHighlighted')}</span>
              ) : null}
            </span>
            <span class="num" data-testid={`tally-popup-count-${s}`}>
              {counts[s] ?? 0}
            </span>
          </li>
        ))}
      </ul>
      {unmatched > 0 ? (
        <p class="why" data-testid="tally-popup-unmatched-why">
          {tn('popup.unmatchedWhy', unmatched)}
        </p>
      ) : null}
    </>
  );
}
