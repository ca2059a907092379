import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);

describe('the README', () => {
  it('links only files inside the repository, each of which exists', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => /^[a-z]+:/i.test(l) || l.startsWith('..') || l.startsWith('/'))).toEqual([]);
    expect(links.filter((l) => !existsSync(l.split('#')[0]!))).toEqual([]);
  });

  it('ships the design document and a licence beside it', () => {
    expect(existsSync('docs/DESIGN.md')).toBe(true);
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  });
});
