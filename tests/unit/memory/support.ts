/** Builders and backends for the memory's tests: every behaviour is checked over each backend. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createIdbBackend, createMapBackend, type MemoryBackend } from '../../../utils/memory';
import type { FigureDraft, Memory, PageDraft, Quantity, RememberedFigure } from '../../../utils/memory';
import { openFileBackend } from '../../../utils/memory/file-backend';

/** 18 March 2025, 19:00 UTC: the night the figures below are about starts here. */
export const NIGHT = Date.UTC(2025, 2, 18, 19);
/** 13 hours: one night. */
export const NIGHT_MS = 13 * 3_600_000;
/** A day in ms. */
export const DAY = 86_400_000;

/** Drones launched overnight against Ukraine, on the night of 18–19 March 2025, unless overridden. */
export function quantity(over: Partial<Quantity> = {}): Quantity {
  return {
    counted: 'drone',
    unit: null,
    measure: 'launched',
    scope: null,
    direction: 'russia>ukraine',
    start: NIGHT,
    end: NIGHT + NIGHT_MS,
    inferred: false,
    ...over,
  };
}

/** Ukraine's Air Force saying 145 drones were launched overnight, unless overridden. */
export function figure(over: Partial<FigureDraft> = {}): FigureDraft {
  const value = over.value ?? 145;
  return {
    quantity: quantity(),
    value,
    low: null,
    high: null,
    qualifier: '=',
    unit: null,
    concept: 'drones',
    speaker: "Ukraine's Air Force",
    claimant: { id: 'ua-air-force', name: 'Air Force of Ukraine', side: 'ukraine' },
    quote: {
      exact: `${value} drones`,
      prefix: 'Russia launched ',
      suffix: ' overnight, the Air Force said.',
    },
    topic: null,
    ...over,
  };
}

/** The Russian Defence Ministry's figure for the same night. */
export function moscow(value = 57, over: Partial<FigureDraft> = {}): FigureDraft {
  return figure({
    value,
    speaker: "Russia's Defence Ministry",
    claimant: { id: 'ru-mod', name: 'Ministry of Defence of Russia', side: 'russia' },
    quote: { exact: `${value} drones`, prefix: 'air defences destroyed ', suffix: ', the ministry said.' },
    ...over,
  });
}

/** A page at `url`, titled after it. */
export function page(url: string, over: Partial<PageDraft> = {}): PageDraft {
  return { url, title: `Story at ${url}`, outlet: new URL(url).hostname, published: '2025-03-19', ...over };
}

/** Generous limits: nothing is dropped unless a test says so. */
export const ROOMY = { cap: 1_000_000, retentionDays: 3650 };

/** A backend under test, and how to open it again (as a restarted worker or a new run would). */
export interface BackendCase {
  name: string;
  open(): MemoryBackend & { compact?: () => Promise<void> };
  /** What the backend keeps on disk, as text (files only); null when it keeps nothing readable. */
  onDisk(): string | null;
  dispose(): void;
}

/** A fresh backend of each kind: plain maps, IndexedDB (fake-indexeddb), a file. */
export function backendCases(): { name: string; make: () => BackendCase }[] {
  return [
    {
      name: 'maps',
      make: () => {
        const b = createMapBackend();
        return { name: 'maps', open: () => b, onDisk: () => null, dispose: () => undefined };
      },
    },
    {
      name: 'IndexedDB',
      make: () => {
        const factory = new IDBFactory();
        let last: MemoryBackend | null = null;
        return {
          name: 'IndexedDB',
          open: () => {
            last?.close();
            return (last = createIdbBackend({ factory, keyRange: IDBKeyRange, name: 'test-memory' }));
          },
          onDisk: () => null,
          dispose: () => last?.close(),
        };
      },
    },
    {
      name: 'file',
      make: () => {
        const dir = mkdtempSync(join(tmpdir(), 'tally-memory-'));
        const path = join(dir, 'memory.jsonl');
        return {
          name: 'file',
          open: () => openFileBackend(path),
          onDisk: () => (existsSync(path) ? readFileSync(path, 'utf8') : ''),
          dispose: () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
  ];
}

/** Every figure the memory holds, most recently read page first. */
export async function everything(memory: Memory): Promise<RememberedFigure[]> {
  const entries = await memory.entries(null, Infinity);
  return (await memory.pages(entries.map((e) => e.url))).flatMap((p) => p.figures);
}
