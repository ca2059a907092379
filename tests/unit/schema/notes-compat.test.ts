import { describe, expect, it } from 'vitest';
import { Note } from '../../../utils/schema/notes';
import { makeNote, makeOther } from '../support/records';

/** A note as versions before figure origins stored it: `onPage` on each figure, no `related`. */
function storedBeforeOrigins(): unknown {
  const note = makeNote({
    match: {
      ...makeNote().match,
      others: [makeOther({ value: 150 }), makeOther({ value: 57, origin: 'page', source: null })],
    },
  });
  const { related: _related, ...match } = note.match;
  const others = match.others.map(({ origin, ...rest }) => ({ ...rest, onPage: origin === 'page' }));
  return JSON.parse(JSON.stringify({ ...note, match: { ...match, others } }));
}

describe('notes stored by earlier versions', () => {
  it('still load: onPage reads as the origin, and a missing related list as none', () => {
    const parsed = Note.safeParse(storedBeforeOrigins());
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.match.others.map((o) => [o.value, o.origin])).toEqual([
      [150, 'dataset'],
      [57, 'page'],
    ]);
    expect(parsed.data.match.related).toEqual([]);
    expect(parsed.data.match.others.some((o) => 'onPage' in o)).toBe(false);
  });

  it('still load when their frames lack the time form, measure and links: those read as unknown', () => {
    const note = JSON.parse(JSON.stringify(makeNote())) as { claim: { frame: Record<string, unknown> } };
    for (const k of ['timeForm', 'inferred', 'measure', 'partOf', 'versus']) delete note.claim.frame[k];
    const parsed = Note.parse(note);
    expect(parsed.claim.frame).toEqual({
      ...makeNote().claim.frame,
      timeForm: 'other',
      inferred: false,
      measure: null,
      partOf: null,
      versus: null,
    });
  });

  it('reads a note of the current shape unchanged', () => {
    expect(Note.parse(makeNote())).toEqual(makeNote());
  });

  it('still rejects a figure with neither an origin nor onPage', () => {
    const bad = JSON.parse(JSON.stringify(makeNote())) as { match: { others: Record<string, unknown>[] } };
    delete bad.match.others[0]?.origin;
    expect(Note.safeParse(bad).success).toBe(false);
  });
});
