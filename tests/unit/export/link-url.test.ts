import { describe, expect, it } from 'vitest';
import { linkUrl } from '../../../utils/export';

describe('linkUrl', () => {
  it.each([
    ['https://news.example/a?b=1#c', 'https://news.example/a?b=1#c'],
    ['HTTP://News.Example/a', 'HTTP://News.Example/a'],
    ['https://news.example/a b', 'https://news.example/a b'],
  ])('links the web address %j as %j', (url, href) => {
    expect(linkUrl(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/options.html',
    '//news.example/a',
    '/relative',
    'https://',
    'http:///etc/passwd',
    'https:example.org',
    'not a url',
    '',
    null,
    undefined,
  ])('does not link %j', (url) => {
    expect(linkUrl(url)).toBeNull();
  });
});
