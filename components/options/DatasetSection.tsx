import { useEffect, useState } from 'preact/hooks';
import { conflictName, coverageByConflict } from '../../utils/dataset/coverage';
import { requestDatasetInfo } from '../../utils/messaging';
import { formatDay } from '../../utils/i18n/format';
import { currentLanguage, formatNumber as n, t, tn } from '../../utils/i18n/messages';
import { metricText } from '../../utils/i18n/topic';
import type { DatasetInfoReply, FamilySummary } from '../../utils/schema';
import { sideLabel } from '../format';

/** A metric's label in the reader's language (the registry's English when none is written). */
function metricLabel(metric: { id: string; label: string }): string {
  const language = currentLanguage();
  return (language === 'en' ? null : metricText(metric.id, language)?.label) ?? metric.label;
}

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
      {reply?.ok && reply.info.families?.length ? <Coverage families={reply.info.families} /> : null}
      <p>
        <a href="/data/NOTICE" target="_blank" rel="noopener" data-testid="tally-dataset-credits">
          {t('options.dataset.credits')}
        </a>
      </p>
    </section>
  );
}

/** "from 24 February 2022 to 8 August 2026", or what is known of it. */
function dates(from: string | null, to: string | null): string {
  const a = formatDay(from);
  const b = formatDay(to);
  return a && b ? `${a} – ${b}` : (a ?? b ?? t('options.dataset.noDates'));
}

/** One source family: what it is, who gives its figures (and their side), what it measures, when, how many. */
function FamilyItem({ family }: { family: FamilySummary }) {
  return (
    <li class="family" data-testid="tally-dataset-family" data-family={family.id}>
      <p class="family-name">
        <strong>{family.name}</strong>
      </p>
      <p class="family-facts">
        {tn('options.dataset.figures', family.claims)} · {dates(family.from, family.to)}
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
        <summary>{tn('options.dataset.measures', family.metrics.length)}</summary>
        <ul>
          {family.metrics.map((m) => (
            <li key={m.id}>{metricLabel(m)}</li>
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
      <h3>{t('options.dataset.knows')}</h3>
      {coverageByConflict(families).map((g) => {
        const name = g.conflict ? conflictName(g.conflict) : t('options.dataset.otherFigures');
        return (
          <section key={g.conflict?.id ?? 'none'} class="conflict" aria-label={name}>
            <h4>
              {name}{' '}
              <span class="muted">
                · {tn('options.dataset.figures', g.claims)} · {dates(g.from, g.to)}
              </span>
            </h4>
            <ul class="families">
              {g.families.map((f) => (
                <FamilyItem key={f.id} family={f} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
