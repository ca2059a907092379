// Unit tests read Tally's text in English, from locales/en.yml (the fake browser has no i18n):
// from the start (tests that build their records while being collected) and before each test
// (tests that switch the language).
import { beforeEach } from 'vitest';
import { setMessages } from '../../../utils/i18n';
import { localeMessages } from './locales';

const english = localeMessages('en');
setMessages('en', english);
beforeEach(() => setMessages('en', english));
