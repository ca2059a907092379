import { describe, expect, it } from 'vitest';
import { manifestCommands } from '../../../utils/commands';
import { LANGUAGES } from '../../../utils/i18n';
import { allLocaleMessages } from '../support/locales';

const messages = allLocaleMessages();

describe('the manifest’s command descriptions', () => {
  it.each(Object.entries(manifestCommands()))('%s is described in every language', (_name, command) => {
    const key = /^__MSG_(\w+)__$/.exec(command.description)?.[1];
    expect(key).toBeDefined();
    const written = LANGUAGES.map((language) => messages[language][key ?? '']);
    for (const text of written) expect(text?.trim()).toBeTruthy();
    // each language its own words
    expect(new Set(written).size).toBe(LANGUAGES.length);
  });
});
