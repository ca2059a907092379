import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '../../utils/i18n/format';
import { t, tn } from '../../utils/i18n/messages';
import { requestDatasetInfo } from '../../utils/messaging';
import type { DatasetInfoReply } from '../../utils/schema';

/** What the bundled dataset covers, as the loaded dataset itself reports it. */
export function DatasetCoverage() {
  const [reply, setReply] = useState<DatasetInfoReply | null>(null);
  useEffect(() => void requestDatasetInfo().then(setReply), []);
  if (!reply) return <p class="muted">{t('common.loading')}</p>;
  if (!reply.ok) return <p class="message">{t('welcome.data.failed', { error: reply.error })}</p>;
  const { info } = reply;
  const from = formatDay(info.from);
  const to = formatDay(info.to);
  return (
    <>
      <p data-testid="tally-welcome-data">
        {t('welcome.data.holds', {
          claims: tn('welcome.data.claims', info.claims),
          claimants: tn('welcome.data.claimants', info.claimants),
          metrics: tn('welcome.data.metrics', info.metrics),
          sources: tn('welcome.data.sources', info.sources),
        })}{' '}
        {from && to ? t('welcome.data.dates', { from, to }) : null}
      </p>
      <p class="muted">{t('welcome.data.what')}</p>
      <p>
        <a href="/data/NOTICE" target="_blank" rel="noopener">
          {t('welcome.data.credits')}
        </a>
      </p>
    </>
  );
}
