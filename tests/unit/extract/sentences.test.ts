import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/extract';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['The ferry left. It came back at noon.', ['The ferry left.', 'It came back at noon.']],
    ['Did it sink? No, it did not!', ['Did it sink?', 'No, it did not!']],
    ['Mr. Kovac met Dr. Lind in St. Gallen.', ['Mr. Kovac met Dr. Lind in St. Gallen.']],
    ['The U.S. Navy sent a ship. It arrived.', ['The U.S. Navy sent a ship.', 'It arrived.']],
    ['He lived in the U.S. He moved later.', ['He lived in the U.S.', 'He moved later.']],
    ['Talks began Oct. 7 in Oslo.', ['Talks began Oct. 7 in Oslo.']],
    ['Mayor Ana B. Lis spoke.', ['Mayor Ana B. Lis spoke.']],
    ['“We are ready.” The crowd cheered.', ['“We are ready.”', 'The crowd cheered.']],
    ['First line\nSecond line', ['First line', 'Second line']],
    ['Prices rose 2.5 percent. Wages did not.', ['Prices rose 2.5 percent.', 'Wages did not.']],
    ['1. Ferries resume. 2. Buses stop.', ['1. Ferries resume.', '2. Buses stop.']],
  ])('%s', (text, want) => {
    expect(split(text)).toEqual(want);
  });
});
