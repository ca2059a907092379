import type { ImportProblem } from '../../utils/export';
import { t, tn } from '../../utils/i18n/messages';

/** What the last import did, or why the file was rejected. */
export type ImportOutcome =
  | { ok: true; file: string; added: number; duplicates: number }
  | { ok: false; file: string; problems: ImportProblem[] };

/** The side panel's report on an imported file: how many notes it added, or every problem. */
export function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  return (
    <div class={`import-report ${outcome.ok ? 'ok' : 'bad'}`} data-testid="tally-import-report" role="status">
      {outcome.ok ? (
        <p>
          {tn('import.added', outcome.added, { file: outcome.file })}
          {outcome.duplicates ? ` ${tn('import.skipped', outcome.duplicates)}` : ''}
        </p>
      ) : (
        <>
          <p>{t('import.rejected', { file: outcome.file })}</p>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
