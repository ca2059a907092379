import type { ClaimMatch, PageClaim } from '../utils/schema';
import { SIDE_LABEL, STATUS_LABEL, formatFigure } from './format';

/** Props of {@link Popover}. */
export interface PopoverProps {
  claim: PageClaim;
  match: ClaimMatch;
  onClose: () => void;
}

/**
 * The cross-references of one figure: who said it, the topic, and every
 * other figure known for the same thing, each with its source.
 */
export function Popover({ claim, match, onClose }: PopoverProps) {
  const speaker = match.claimant?.name ?? claim.speaker;
  return (
    <div class="pop" role="dialog" aria-label={`Tally: ${claim.text}`} data-status={match.status}>
      <header class="head">
        <span class={`status status-${match.status}`}>{STATUS_LABEL[match.status]}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="figure">
        <strong>{claim.text}</strong>
        {claim.unit ? <span class="unit"> · {claim.unit}</span> : null}
      </p>
      <p class="who">
        {speaker ? speaker : "The outlet's own figure"}
        {match.claimant ? (
          <span class={`side side-${match.claimant.side}`}>{SIDE_LABEL[match.claimant.side]}</span>
        ) : null}
      </p>
      {match.topic ? <p class="topic">{match.topic.label}</p> : null}
      {match.others.length > 0 ? (
        <ul class="others" aria-label="Other figures for the same thing">
          {match.others.map((o, i) => (
            <li key={i} class="other">
              <span class="other-name">{o.name}</span>
              {o.side ? <span class={`side side-${o.side}`}>{SIDE_LABEL[o.side]}</span> : null}
              <span class="other-value">{formatFigure(o)}</span>
              {o.onPage ? <span class="source">on this page</span> : null}
              {o.source ? (
                <a class="source" href={o.source.url} target="_blank" rel="noopener noreferrer">
                  {o.source.outlet ?? new URL(o.source.url).hostname}
                  {o.source.published ? `, ${o.source.published.slice(0, 10)}` : ''}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="none">No other figure is known for this.</p>
      )}
    </div>
  );
}
