import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { PackError } from '../../utils/schema';
import {
  MAX_PACK_BYTES,
  PACK_ACCEPT,
  conflictsOf,
  describeCounts,
  describePackError,
  replaceQuestion,
  reportTitle,
  type PackApi,
  type PackSummary,
} from './packs';
import type { StoredPack } from '../../utils/schema';

/** What the last import came to. */
type Outcome =
  | { kind: 'busy'; file: string }
  | { kind: 'confirm'; file: string; pack: StoredPack; conflicts: PackSummary[] }
  | { kind: 'imported'; file: string; name: string; counts: PackSummary['counts']; replaced: boolean }
  | { kind: 'rejected'; file: string; errors: PackError[] };

/** How many problems the report lists before summing up the rest. */
const SHOWN_ERRORS = 50;

/**
 * Options → Dataset packs: import a CSV or JSON pack (validated; a rejected pack gets a
 * report naming each row and field and changes nothing; one that would replace a stored pack
 * asks first), and the imported packs with Remove.
 */
export function PacksSection({ api, onChanged }: { api: PackApi | null; onChanged: () => void }) {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcome?.kind === 'confirm') firstChoice.current?.focus();
  }, [outcome]);

  const reload = () => (api ? api.list().then(setPacks, () => setPacks([])) : Promise.resolve());
  useEffect(() => void reload(), [api]);

  const onFile = async (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file || !api) return;
    setOutcome({ kind: 'busy', file: file.name });
    try {
      if (file.size > MAX_PACK_BYTES) {
        const mb = MAX_PACK_BYTES / 1024 / 1024;
        const message = `the file is larger than ${mb} MB`;
        setOutcome({ kind: 'rejected', file: file.name, errors: [{ row: 0, field: '', message }] });
        return;
      }
      const result = await api.parse(await file.text(), file.name);
      if (!result.ok) {
        setOutcome({ kind: 'rejected', file: file.name, errors: result.errors });
        return;
      }
      const conflicts = conflictsOf(result.pack, await api.list());
      if (conflicts.length) setOutcome({ kind: 'confirm', file: file.name, pack: result.pack, conflicts });
      else await keep(file.name, result.pack, []);
    } catch (err) {
      fail(file.name, err);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const fail = (file: string, err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    setOutcome({ kind: 'rejected', file, errors: [{ row: 0, field: '', message }] });
  };

  /** Stores the pack (replacing `replace`, when the reader chose to), then reloads. */
  const keep = async (file: string, pack: StoredPack, replace: string[]) => {
    if (!api) return;
    try {
      await api.add(pack, replace);
      await api.changed();
      setOutcome({
        kind: 'imported',
        file,
        name: pack.name,
        counts: pack.counts,
        replaced: replace.length > 0,
      });
      await reload();
      onChanged();
    } catch (err) {
      fail(file, err);
    }
  };

  const onRemove = async (pack: PackSummary) => {
    if (!api) return;
    await api.remove(pack.id);
    await api.changed();
    setOutcome(null);
    await reload();
    onChanged();
  };

  return (
    <section aria-labelledby="packs-head" data-testid="tally-options-packs">
      <h2 id="packs-head">Dataset packs</h2>
      <p class="intro">
        A pack adds claimants, metrics and claims to the dataset, in the same schema (CSV or JSON). A pack
        with any problem is not imported, and the report says which row and field to fix.
      </p>
      {!api ? (
        <p class="muted">Importing packs is not available in this build.</p>
      ) : (
        <>
          <div class="file">
            <input
              id="pack-file"
              class="visually-hidden"
              ref={input}
              type="file"
              accept={PACK_ACCEPT}
              onChange={(e) => void onFile(e)}
              data-testid="tally-pack-input"
            />
            <label for="pack-file" class="button">
              Import a pack…
            </label>
            <span class="muted">CSV or JSON</span>
          </div>
          <div aria-live="polite">
            {outcome?.kind === 'busy' ? <p class="muted">Checking {outcome.file}…</p> : null}
            {outcome?.kind === 'confirm' ? (
              <div
                class="report"
                role="alertdialog"
                aria-labelledby="pack-confirm"
                data-testid="tally-pack-confirm"
              >
                <p id="pack-confirm" class="report-title">
                  {replaceQuestion(outcome.pack, outcome.conflicts)}
                </p>
                <button
                  type="button"
                  class="button small"
                  ref={firstChoice}
                  data-testid="tally-pack-replace"
                  onClick={() =>
                    void keep(
                      outcome.file,
                      outcome.pack,
                      outcome.conflicts.map((c) => c.id),
                    )
                  }
                >
                  Replace
                </button>{' '}
                {outcome.conflicts.some((c) => c.id === outcome.pack.id) ? null : (
                  <>
                    <button
                      type="button"
                      class="button small"
                      data-testid="tally-pack-keep-both"
                      onClick={() => void keep(outcome.file, outcome.pack, [])}
                    >
                      Keep both
                    </button>{' '}
                  </>
                )}
                <button
                  type="button"
                  class="button small"
                  data-testid="tally-pack-cancel"
                  onClick={() => setOutcome(null)}
                >
                  Cancel
                </button>
              </div>
            ) : null}
            {outcome?.kind === 'imported' ? (
              <p class="success" data-testid="tally-pack-imported">
                {outcome.replaced ? 'Replaced with' : 'Imported'} “{outcome.name}”:{' '}
                {describeCounts(outcome.counts)}.
              </p>
            ) : null}
            {outcome?.kind === 'rejected' ? (
              <div class="report" role="alert" data-testid="tally-pack-report">
                <p class="report-title">{reportTitle(outcome.file, outcome.errors)}</p>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Where</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.errors.slice(0, SHOWN_ERRORS).map((err, i) => {
                      const { where, message } = describePackError(err);
                      return (
                        <tr key={i}>
                          <td>{where}</td>
                          <td>{message}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {outcome.errors.length > SHOWN_ERRORS ? (
                  <p class="muted">and {outcome.errors.length - SHOWN_ERRORS} more.</p>
                ) : null}
              </div>
            ) : null}
          </div>
          {packs && packs.length > 0 ? (
            <ul class="packs" data-testid="tally-pack-list">
              {packs.map((p) => (
                <li key={p.id}>
                  <span>
                    <strong>{p.name}</strong>
                    <span class="muted">
                      {' '}
                      {describeCounts(p.counts)} · added {p.added.slice(0, 10)}
                    </span>
                  </span>
                  <button
                    type="button"
                    class="button small"
                    aria-label={`Remove pack ${p.name}`}
                    onClick={() => void onRemove(p)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : packs ? (
            <p class="muted">No packs imported.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
