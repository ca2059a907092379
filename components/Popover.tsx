import { useState } from 'preact/hooks';
import type { ArticleMeta, ClaimMatch, OtherFigure, PageClaim } from '../utils/schema';
import { citationText } from './citation';
import { agoText } from './memory-format';
import { FigureStrip } from './FigureStrip';
import { linkUrl } from '../utils/export/link-url';
import { sideClass, sideLabel, STATUS_LABEL, formatFigure, hostOf } from './format';

/** Props of {@link Popover}. */
export interface PopoverProps {
  claim: PageClaim;
  match: ClaimMatch;
  meta: ArticleMeta;
  onClose: () => void;
  /** Saves the figure to the notes ledger; the button is hidden without it. */
  onNote?: () => void | Promise<void>;
  noted?: boolean;
}

function unitText(claim: PageClaim): string {
  const what = claim.unit ?? claim.concept;
  return what ? ` ${what}` : '';
}

/** A list of other figures: who gives each (an on-page source by its name as written), its value and its source. */
function FigureList({ figures, label }: { figures: readonly OtherFigure[]; label: string }) {
  return (
    <ul class="others" aria-label={label}>
      {figures.map((o, i) => (
        <li key={i} class="other">
          <span class="other-name">{o.name}</span>
          {o.side ? <span class={`side ${sideClass(o.side)}`}>{sideLabel(o.side)}</span> : null}
          <span class="other-value">{formatFigure(o)}</span>
          {o.origin === 'page' ? <span class="source">Also in this article</span> : null}
          {o.origin === 'memory' ? (
            <span class="source" data-testid="tally-memory-seen">
              {o.readAt === undefined ? 'Read earlier' : `You read this ${agoText(o.readAt)}`}
            </span>
          ) : null}
          {o.source && o.origin !== 'page' ? (
            <a
              class="source"
              href={linkUrl(o.source.url) ?? undefined}
              target="_blank"
              rel="noopener noreferrer"
            >
              {o.source.outlet ?? hostOf(o.source.url)}
              {o.source.published ? `, ${o.source.published.slice(0, 10)}` : ''}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The cross-references of one figure: the figure as written and normalised,
 * who said it and their side, the topic, a strip with every claimant's
 * figure, and each source with its date and a link.
 */
export function Popover({ claim, match, meta, onClose, onNote, noted = false }: PopoverProps) {
  const [copied, setCopied] = useState(false);
  const [isNoted, setNoted] = useState(noted);
  // 'saving' until the background acknowledges the note; a failure says why and offers Retry.
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const speaker = match.claimant?.name ?? claim.speaker;
  const copy = () => {
    void navigator.clipboard.writeText(citationText(claim, match, meta)).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const note = () => {
    if (!onNote || saving) return;
    setSaving(true);
    setFailed(null);
    let saved: Promise<void>;
    try {
      saved = Promise.resolve(onNote());
    } catch (e) {
      saved = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    void saved
      .then(
        () => setNoted(true),
        (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => setSaving(false));
  };
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
        <span class="norm">
          {claim.qualifier === '=' && claim.low === null ? 'exactly ' : ''}
          {formatFigure(claim)}
          {unitText(claim)}
        </span>
      </p>
      <p class="who">
        {speaker ? speaker : "The outlet's own figure"}
        {match.claimant ? (
          <span class={`side ${sideClass(match.claimant.side)}`}>{sideLabel(match.claimant.side)}</span>
        ) : null}
      </p>
      {match.topic ? <p class="topic">{match.topic.label}</p> : null}
      {match.topic?.definition ? (
        <p class="definition" data-testid="tally-popover-definition">
          {match.topic.definition}
        </p>
      ) : null}
      <FigureStrip
        claim={claim}
        speaker={speaker ?? 'This article'}
        side={match.claimant?.side ?? null}
        others={match.others}
      />
      {match.others.length > 0 ? (
        <FigureList figures={match.others} label="Other figures for the same thing" />
      ) : match.related.length === 0 ? (
        <p class="none">No other figure is known for this.</p>
      ) : null}
      {match.related.length > 0 ? (
        <section class="related" aria-labelledby="tally-related-head">
          <h3 id="tally-related-head">Related figures</h3>
          <p class="none">
            The same thing counted for another place, part, measure or time, or by a source that may be this
            one: not compared.
          </p>
          <FigureList figures={match.related} label="Related figures" />
        </section>
      ) : null}
      <footer class="actions">
        {onNote ? (
          <button
            type="button"
            data-testid="tally-note"
            onClick={note}
            disabled={isNoted || saving}
            aria-pressed={isNoted}
            aria-busy={saving}
          >
            {isNoted ? 'Noted' : saving ? 'Saving…' : failed ? 'Retry' : 'Note'}
          </button>
        ) : null}
        {failed ? (
          <p class="failed" role="alert" data-testid="tally-note-failed">
            Not saved: {failed}
          </p>
        ) : null}
        <button type="button" data-testid="tally-copy" onClick={copy}>
          {copied ? 'Copied' : 'Copy citation'}
        </button>
      </footer>
    </div>
  );
}
