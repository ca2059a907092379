import { useEffect, useState } from 'preact/hooks';
import { requestDatasetInfo } from '../../utils/messaging';
import { formatDay } from '../../utils/i18n/format';
import { formatNumber as n, t } from '../../utils/i18n/messages';
import type { DatasetInfoReply } from '../../utils/schema';

/** "18 March 2025" from "2025-03-18", in the language in force (the date as written, no time-zone shift). */
export { formatDay };

/**
 * Options → Dataset: what the loaded dataset holds (records, sources, date range) and a link
 * to its credits and licences. `version` changes when packs change, to read the counts again.
 */
export function DatasetSection({ version }: { version: number }) {
  const [reply, setReply] = useState<DatasetInfoReply | null>(null);

  useEffect(() => {
    void requestDatasetInfo().then(setReply);
  }, [version]);

  return (
    <section aria-labelledby="dataset-head" data-testid="tally-options-dataset">
      <h2 id="dataset-head">{t('options.dataset.title')}</h2>
      <p class="intro">{t('options.dataset.intro')}</p>
      {!reply ? (
        <p class="muted">{t('common.loading')}</p>
      ) : !reply.ok ? (
        <p class="message">{t('options.dataset.failed', { error: reply.error })}</p>
      ) : (
        <dl class="facts">
          <div>
            <dt>{t('options.dataset.claims')}</dt>
            <dd data-testid="tally-dataset-claims">{n(reply.info.claims)}</dd>
          </div>
          <div>
            <dt>{t('options.dataset.claimants')}</dt>
            <dd>{n(reply.info.claimants)}</dd>
          </div>
          <div>
            <dt>{t('options.dataset.metrics')}</dt>
            <dd>{n(reply.info.metrics)}</dd>
          </div>
          <div>
            <dt>{t('options.dataset.sources')}</dt>
            <dd>{n(reply.info.sources)}</dd>
          </div>
          <div class="wide">
            <dt>{t('options.dataset.dates')}</dt>
            <dd>
              {reply.info.from && reply.info.to
                ? `${formatDay(reply.info.from)} – ${formatDay(reply.info.to)}`
                : t('options.dataset.noDates')}
            </dd>
          </div>
        </dl>
      )}
      <p>
        <a href="/data/NOTICE" target="_blank" rel="noopener" data-testid="tally-dataset-credits">
          {t('options.dataset.credits')}
        </a>
      </p>
    </section>
  );
}
