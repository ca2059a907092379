import { describe, expect, it } from 'vitest';
import { mainTasks, summarize, type TraceEvent } from '../../../scripts/bench/trace-tasks';

const URL_ = 'http://127.0.0.1:1/page.html';
const EXT = 'chrome-extension://abc/';
const MAIN = { pid: 1, tid: 1 };

/** A complete event on the page's main thread: `ts` and `dur` in ms, CPU time `cpu` (ms). */
function x(name: string, ts: number, dur: number, args: Record<string, unknown> = {}, cpu = dur): TraceEvent {
  return { name, ph: 'X', ...MAIN, ts: ts * 1000, dur: dur * 1000, tdur: cpu * 1000, args };
}

/** One CPU-profile chunk: a sample every ms from `from` for `count` ms, all in a function of `url`. */
function samples(from: number, count: number, url: string): TraceEvent[] {
  return [
    {
      name: 'Profile',
      ph: 'P',
      ...MAIN,
      ts: from * 1000,
      id: '0x1',
      args: { data: { startTime: from * 1000 } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: MAIN.pid,
      tid: 99,
      ts: from * 1000,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)' } },
              { id: 2, parent: 1, callFrame: { functionName: 'f', url } },
            ],
            samples: Array<number>(count).fill(2),
          },
          timeDeltas: Array<number>(count).fill(1000),
        },
      },
    },
  ];
}

const parse = x('ParseHTML', 0, 1, { beginData: { url: URL_ } });

describe('main-thread tasks from a trace', () => {
  it.each([
    {
      name: 'the content script evaluated inside the parser task is Tally’s',
      events: [x('RunTask', 0, 60), parse, x('EvaluateScript', 2, 50, { data: { url: `${EXT}news.js` } })],
      owner: 'tally',
    },
    {
      name: 'a callback in Tally’s world is Tally’s',
      events: [x('RunTask', 0, 30), parse, x('v8.callFunction', 1, 28, { worldId: 5, worldName: 'Tally' })],
      owner: 'tally',
    },
    {
      name: 'a frame whose layout is the page’s stays the browser’s, though a Tally observer ran in it',
      events: [
        x('RunTask', 0, 100),
        parse,
        x('Layout', 2, 90),
        x('FunctionCall', 93, 1, { data: { url: `${EXT}news.js` } }),
      ],
      owner: 'browser',
    },
    {
      name: 'the page’s own script is the page’s',
      events: [x('RunTask', 0, 40), parse, x('EvaluateScript', 2, 30, { data: { url: URL_ } })],
      owner: 'page',
    },
    {
      name: 'a promise continuation goes by the profile’s samples',
      events: [x('RunTask', 0, 20), parse, x('RunMicrotasks', 1, 18), ...samples(1, 15, `${EXT}news.js`)],
      owner: 'tally',
    },
    {
      name: 'samples of another process with the same profile id are not read',
      events: [
        x('RunTask', 0, 20),
        parse,
        x('RunMicrotasks', 1, 18),
        ...samples(1, 15, `${EXT}news.js`).map((e) => ({ ...e, pid: 2 })),
      ],
      owner: 'browser',
    },
  ])('$name', ({ events, owner }) => {
    const tasks = mainTasks(events, URL_, EXT);
    expect(tasks.map((t) => t.owner)).toEqual([owner]);
  });

  it('sums up one owner’s tasks by CPU time and by wall time', () => {
    const events = [
      x('RunTask', 0, 80, {}, 40),
      parse,
      x('EvaluateScript', 2, 70, { data: { url: `${EXT}news.js` } }),
      x('RunTask', 100, 60, {}, 55),
      x('v8.callFunction', 101, 58, { worldName: 'Tally' }),
      x('RunTask', 200, 70, {}, 70),
      x('EvaluateScript', 201, 60, { data: { url: URL_ } }),
    ];
    const tasks = mainTasks(events, URL_, EXT);
    expect(summarize(tasks, 'tally')).toEqual({
      longestCpuMs: 55,
      longestWallMs: 80,
      overCpu50: 1,
      overWall50: 2,
      totalCpuMs: 95,
    });
    expect(summarize(tasks).longestCpuMs).toBe(70);
  });

  it('finds no tasks when the page was not parsed in the trace', () => {
    expect(mainTasks([x('RunTask', 0, 10)], URL_, EXT)).toEqual([]);
  });
});
