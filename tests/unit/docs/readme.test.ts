import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
/** The README's headings as GitHub anchors them ("## Notes and export" → "notes-and-export"). */
const anchors = [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
  m[1]!
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-'),
);

describe('the README', () => {
  it('links only files inside the repository, each of which exists, and its own headings', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => /^[a-z]+:/i.test(l) || l.startsWith('..') || l.startsWith('/'))).toEqual([]);
    const [headings, files] = [
      links.filter((l) => l.startsWith('#')),
      links.filter((l) => !l.startsWith('#')),
    ];
    expect(files.filter((l) => !existsSync(l.split('#')[0]!))).toEqual([]);
    expect(headings.filter((l) => !anchors.includes(l.slice(1)))).toEqual([]);
  });

  it('ships the design document and a licence beside it', () => {
    expect(existsSync('docs/DESIGN.md')).toBe(true);
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  });
});
