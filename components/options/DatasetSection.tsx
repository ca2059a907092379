import { useEffect, useState } from 'preact/hooks';
import { coverageByConflict } from '../../utils/dataset/coverage';
import { requestDatasetInfo } from '../../utils/messaging';
import type { DatasetInfoReply, FamilySummary } from '../../utils/schema';
import { sideLabel } from '../format';

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
      {reply?.ok && reply.info.families?.length ? <Coverage families={reply.info.families} /> : null}
      <p>
        <a href="/data/NOTICE" target="_blank" rel="noopener" data-testid="tally-dataset-credits">
          Credits and licences of the data
        </a>
      </p>
    </section>
  );
}

/** "from 24 February 2022 to 8 August 2026", or what is known of it. */
function dates(from: string | null, to: string | null): string {
  const a = formatDay(from);
  const b = formatDay(to);
  return a && b ? `${a} – ${b}` : (a ?? b ?? 'no dates');
}

/** One source family: what it is, who gives its figures (and their side), what it measures, when, how many. */
function FamilyItem({ family }: { family: FamilySummary }) {
  return (
    <li class="family" data-testid="tally-dataset-family" data-family={family.id}>
      <p class="family-name">
        <strong>{family.name}</strong>
      </p>
      <p class="family-facts">
        {n(family.claims)} figures · {dates(family.from, family.to)}
      </p>
      <p class="family-who">
        {family.claimants.map((c, i) => (
          <span key={c.id}>
            {i ? '; ' : ''}
            {c.name} <span class="muted">({sideLabel(c.side)})</span>
          </span>
        ))}
      </p>
      <details class="family-metrics">
        <summary>
          {family.metrics.length} measure{family.metrics.length === 1 ? '' : 's'}
        </summary>
        <ul>
          {family.metrics.map((m) => (
            <li key={m.id}>{m.label}</li>
          ))}
        </ul>
      </details>
      <p class="family-credit muted">{family.credit}</p>
    </li>
  );
}

/**
 * "What Tally knows": every source family of the loaded data (packs included), grouped by the
 * conflict it is about, each with its claimants and their sides, its measures, dates and count,
 * all counted from the data itself.
 */
export function Coverage({ families }: { families: readonly FamilySummary[] }) {
  return (
    <div class="coverage" data-testid="tally-dataset-coverage">
      <h3>What Tally knows</h3>
      {coverageByConflict(families).map((g) => (
        <section
          key={g.conflict?.id ?? 'none'}
          class="conflict"
          aria-label={g.conflict?.name ?? 'Other figures'}
        >
          <h4>
            {g.conflict?.name ?? 'Other figures'}{' '}
            <span class="muted">
              · {n(g.claims)} figures · {dates(g.from, g.to)}
            </span>
          </h4>
          <ul class="families">
            {g.families.map((f) => (
              <FamilyItem key={f.id} family={f} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
