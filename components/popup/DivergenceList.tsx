import { t, tn } from '../../utils/i18n/messages';
import type { DivergenceSummary } from '../../utils/schema';
import { speakerOrUnattributed } from '../format';
import { divergenceRows } from './view';

/**
 * The page's diverging figures, each once however often the page repeats it, with every other
 * figure for the same thing. A button's name is its visible text (with a few words only a screen
 * reader hears to join it up); pressing it shows the figure on the page.
 */
export function DivergenceList({
  divergences,
  onShow,
}: {
  divergences: readonly DivergenceSummary[];
  onShow(claimId: string): void;
}) {
  const rows = divergenceRows(divergences);
  if (rows.length === 0) return null;
  return (
    <section class="divergences" aria-labelledby="div-head">
      <h2 id="div-head">{t('popup.divergences')}</h2>
      <p id="div-hint" class="hint">
        {t('popup.divergencesHint')}
      </p>
      <ul data-testid="tally-popup-divergences">
        {rows.map((row) => (
          <li key={row.claimIds[0]}>
            <button
              type="button"
              class="divergence"
              data-claim={row.claimIds[0]}
              aria-describedby="div-hint"
              onClick={() => onShow(row.claimIds[0]!)}
            >
              <span class="this">
                <span class="fig">
                  {row.text}
                  {row.claimIds.length > 1 ? (
                    <span class="times" data-testid="tally-popup-times">
                      {' '}
                      {tn('popup.times', row.claimIds.length)}
                    </span>
                  ) : null}
                </span>
                <span class="vh">{t('popup.joinWho')}</span>
                <span class="who">{speakerOrUnattributed(row.speaker)}</span>
              </span>
              {row.others.length > 0 ? <span class="vh">{t('popup.joinOthers')}</span> : null}
              {row.others.map((o) => (
                <span class="other" key={`${o.who}:${o.figure}`}>
                  <span class="fig">{o.figure}</span>
                  <span class="vh">{t('popup.joinWho')}</span>
                  <span class="who" title={o.who}>
                    {o.who}
                  </span>
                </span>
              ))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
