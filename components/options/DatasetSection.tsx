import { useEffect, useState } from 'preact/hooks';
import { requestDatasetInfo } from '../../utils/messaging';
import type { DatasetInfoReply } from '../../utils/schema';

const n = (x: number) => x.toLocaleString('en-GB');

/** "18 March 2025" from "2025-03-18" (the date as written, no time-zone shift). */
export function formatDay(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

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
      <h2 id="dataset-head">Dataset</h2>
      <p class="intro">
        Tally compares figures with a dataset that ships inside it: public statements from every side, each
        citing its source. Nothing is fetched; matching happens on your device.
      </p>
      {!reply ? (
        <p class="muted">Loading…</p>
      ) : !reply.ok ? (
        <p class="message">The dataset could not be loaded: {reply.error}</p>
      ) : (
        <dl class="facts">
          <div>
            <dt>Claims</dt>
            <dd data-testid="tally-dataset-claims">{n(reply.info.claims)}</dd>
          </div>
          <div>
            <dt>Claimants</dt>
            <dd>{n(reply.info.claimants)}</dd>
          </div>
          <div>
            <dt>Metrics</dt>
            <dd>{n(reply.info.metrics)}</dd>
          </div>
          <div>
            <dt>Sources</dt>
            <dd>{n(reply.info.sources)}</dd>
          </div>
          <div class="wide">
            <dt>Dates covered</dt>
            <dd>
              {reply.info.from && reply.info.to
                ? `${formatDay(reply.info.from)} – ${formatDay(reply.info.to)}`
                : 'none'}
            </dd>
          </div>
        </dl>
      )}
      <p>
        <a href="/data/NOTICE" target="_blank" rel="noopener" data-testid="tally-dataset-credits">
          Credits and licences of the data
        </a>
      </p>
    </section>
  );
}
