import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { PackError } from '../../utils/schema';
import {
  MAX_PACK_BYTES,
  PACK_ACCEPT,
  describeCounts,
  describePackError,
  reportTitle,
  type PackApi,
  type PackSummary,
} from './packs';

/** What the last import came to. */
type Outcome =
  | { kind: 'busy'; file: string }
  | { kind: 'imported'; file: string; name: string; counts: PackSummary['counts'] }
  | { kind: 'rejected'; file: string; errors: PackError[] };

/** How many problems the report lists before summing up the rest. */
const SHOWN_ERRORS = 50;

/**
 * Options → Dataset packs: import a CSV or JSON pack (validated; a rejected pack gets a
 * report naming each row and field and changes nothing), and the imported packs with Remove.
 */
export function PacksSection({ api, onChanged }: { api: PackApi | null; onChanged: () => void }) {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);

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
      await api.add(result.pack);
      await api.changed();
      setOutcome({ kind: 'imported', file: file.name, name: result.pack.name, counts: result.pack.counts });
      await reload();
      onChanged();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setOutcome({ kind: 'rejected', file: file.name, errors: [{ row: 0, field: '', message }] });
    } finally {
      if (input.current) input.current.value = '';
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
            {outcome?.kind === 'imported' ? (
              <p class="success" data-testid="tally-pack-imported">
                Imported “{outcome.name}”: {describeCounts(outcome.counts)}.
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
