import { afterEach, describe, expect, it } from 'vitest';
import { sideLabel } from '../../../components/format';
import { LANGUAGES, setMessages } from '../../../utils/i18n';
import { SIDES } from '../../../utils/schema/sides';
import { localeMessages } from '../support/locales';

describe('side names', () => {
  afterEach(() => setMessages('en', localeMessages('en')));

  it.each(LANGUAGES)('%s names every side of the sides table', (language) => {
    const messages = localeMessages(language);
    setMessages(language, messages);
    for (const side of SIDES) {
      const label = sideLabel(side.id);
      expect({ side: side.id, named: Object.values(messages).includes(label) }).toEqual({
        side: side.id,
        named: true,
      });
    }
  });

  it('falls back to the table’s own label for a side the locales do not name yet', () => {
    setMessages('uk', {});
    expect(sideLabel('ukraine')).toBe('Ukraine');
  });
});
