import { describe, expect, it, vi } from 'vitest';
import {
  HISTORY_MAX,
  NO_FILTER,
  RECENT_SESSIONS,
  drawPrompt,
  filterPrompts,
  recentlyUsed,
  recordUse,
  type LibraryMarks,
  type PromptFilter,
  type PromptUse,
} from './library';
import type { LibraryPrompt } from './prompt';

function prompt(id: string, fields: Partial<LibraryPrompt> = {}): LibraryPrompt {
  return {
    id,
    source: 'built-in',
    depth: 'light',
    groupKinds: ['peer-led'],
    minutes: 10,
    contentNotes: [],
    text: `Prompt ${id}`,
    ...fields,
  };
}

/** A seeded generator in [0, 1) (mulberry32), so a run can be repeated exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random values spread over [0, 1), the edges included. */
const SPREAD = [
  0,
  Number.EPSILON,
  ...Array.from({ length: 199 }, (_, i) => (i + 1) / 200),
  1 - Number.EPSILON,
];

const NO_MARKS: LibraryMarks = { favourites: new Set(), hidden: new Set() };
const includes = (text: string, query: string) => text.toLowerCase().includes(query.toLowerCase());

describe('filterPrompts', () => {
  const library = [
    prompt('light-5', { depth: 'light', minutes: 5, groupKinds: ['peer-led', 'grief'] }),
    prompt('light-loss', {
      depth: 'light',
      minutes: 10,
      groupKinds: ['grief'],
      contentNotes: ['loss'],
      text: 'A memory of someone you miss',
    }),
    prompt('moderate-family', {
      depth: 'moderate',
      minutes: 15,
      groupKinds: ['peer-led', 'twelve-step'],
      contentNotes: ['family', 'childhood'],
      text: 'A family tradition you keep',
    }),
    prompt('deep-substances', {
      depth: 'deep',
      minutes: 20,
      groupKinds: ['addiction-recovery', 'twelve-step'],
      contentNotes: ['substances'],
    }),
    prompt('custom', {
      source: 'custom',
      depth: 'moderate',
      minutes: 10,
      groupKinds: ['other'],
      text: 'Our own tradition',
    }),
  ];
  const ids = (filter: Partial<PromptFilter>, marks = NO_MARKS, matches = includes) =>
    filterPrompts(library, { ...NO_FILTER, ...filter }, marks, matches).map((p) => p.id);

  it('returns everything, in order, with no filter', () => {
    expect(ids({})).toEqual(library.map((p) => p.id));
  });

  it('keeps the depths asked for', () => {
    expect(ids({ depths: ['light'] })).toEqual(['light-5', 'light-loss']);
    expect(ids({ depths: ['moderate', 'deep'] })).toEqual([
      'moderate-family',
      'deep-substances',
      'custom',
    ]);
  });

  it('keeps the prompts suited to the group kind', () => {
    expect(ids({ groupKind: 'grief' })).toEqual(['light-5', 'light-loss']);
    expect(ids({ groupKind: 'twelve-step' })).toEqual(['moderate-family', 'deep-substances']);
    expect(ids({ groupKind: 'professional' })).toEqual([]);
  });

  it('keeps the prompts whose round fits in the minutes given', () => {
    expect(ids({ maxMinutes: 10 })).toEqual(['light-5', 'light-loss', 'custom']);
    expect(ids({ maxMinutes: 5 })).toEqual(['light-5']);
    expect(ids({ maxMinutes: 4 })).toEqual([]);
    expect(ids({ maxMinutes: 20 })).toHaveLength(library.length);
  });

  it('leaves out every prompt that carries an excluded content note', () => {
    const excludeNotes = ['loss', 'childhood'] as const;
    const kept = filterPrompts(library, { ...NO_FILTER, excludeNotes }, NO_MARKS, includes);
    expect(kept.map((p) => p.id)).toEqual(['light-5', 'deep-substances', 'custom']);
    for (const p of kept)
      expect(p.contentNotes.filter((n) => excludeNotes.includes(n as never))).toEqual([]);
  });

  it('keeps only favourites when asked', () => {
    const marks = {
      favourites: new Set(['custom', 'light-loss', 'gone']),
      hidden: new Set<string>(),
    };
    expect(ids({ favouritesOnly: true }, marks)).toEqual(['light-loss', 'custom']);
    expect(ids({ favouritesOnly: false }, marks)).toHaveLength(library.length);
  });

  it('leaves out hidden prompts unless showHidden', () => {
    const marks = {
      favourites: new Set<string>(),
      hidden: new Set(['light-5', 'deep-substances']),
    };
    expect(ids({}, marks)).toEqual(['light-loss', 'moderate-family', 'custom']);
    expect(ids({ showHidden: true }, marks)).toEqual(library.map((p) => p.id));
  });

  it('matches the query through the function it is given, trimmed', () => {
    const matches = vi.fn(includes);
    expect(ids({ query: '  tradition ' }, NO_MARKS, matches)).toEqual([
      'moderate-family',
      'custom',
    ]);
    expect(matches).toHaveBeenCalledWith('A family tradition you keep', 'tradition');
    expect(matches.mock.calls.every(([, query]) => query === 'tradition')).toBe(true);
  });

  it('does not call the matcher for a blank query', () => {
    const matches = vi.fn(() => false);
    expect(ids({ query: '   ' }, NO_MARKS, matches)).toHaveLength(library.length);
    expect(matches).not.toHaveBeenCalled();
  });

  it('combines every filter', () => {
    const marks = { favourites: new Set(['light-5', 'light-loss']), hidden: new Set(['light-5']) };
    expect(
      ids({ depths: ['light'], groupKind: 'grief', maxMinutes: 10, favouritesOnly: true }, marks),
    ).toEqual(['light-loss']);
    expect(
      ids(
        { depths: ['light'], groupKind: 'grief', favouritesOnly: true, excludeNotes: ['loss'] },
        marks,
      ),
    ).toEqual([]);
  });
});

describe('recentlyUsed, with today', () => {
  it('counts only days had as sessions, and leaves out what is planned for later too', () => {
    const history = [
      { promptId: 'old', on: '2026-10-01' },
      { promptId: 'last-week', on: '2026-11-15' },
      { promptId: 'next-week', on: '2026-11-29' },
      { promptId: 'in-two-weeks', on: '2026-12-06' },
    ];
    // One session had: last week's; the planned ones don't push it out of the window.
    expect([...recentlyUsed(history, 1, '2026-11-22')].sort()).toEqual([
      'in-two-weeks',
      'last-week',
      'next-week',
    ]);
    const candidates = ['old', 'last-week', 'next-week', 'in-two-weeks'].map((id) => prompt(id));
    expect(drawPrompt(candidates, history, new Set(), () => 0.99, '2026-11-22')?.prompt.id).toBe(
      'old',
    );
  });
});

describe('recentlyUsed', () => {
  it(`holds the prompts of the last ${String(RECENT_SESSIONS)} distinct days only`, () => {
    const days = Array.from({ length: 9 }, (_, i) => `2026-0${String(i + 1)}-15`);
    const history: PromptUse[] = days.flatMap((on, i) => [
      { promptId: `p${String(i)}`, on },
      { promptId: `q${String(i)}`, on },
    ]);
    const recent = recentlyUsed(history);
    const expected = [3, 4, 5, 6, 7, 8].flatMap((i) => [`p${String(i)}`, `q${String(i)}`]);
    expect([...recent].sort()).toEqual(expected.sort());
    expect(RECENT_SESSIONS).toBe(6);
  });

  it('counts days, not uses, and does not depend on the order of the history', () => {
    const history: PromptUse[] = [
      { promptId: 'newest', on: '2026-11-20' },
      { promptId: 'old', on: '2026-01-01' },
      { promptId: 'mid', on: '2026-06-01' },
      { promptId: 'newest-2', on: '2026-11-20' },
      { promptId: 'newest-3', on: '2026-11-20' },
    ];
    expect([...recentlyUsed(history, 2)].sort()).toEqual(['mid', 'newest', 'newest-2', 'newest-3']);
    expect([...recentlyUsed(history, 1)].sort()).toEqual(['newest', 'newest-2', 'newest-3']);
    expect([...recentlyUsed([...history].reverse(), 2)].sort()).toEqual(
      [...recentlyUsed(history, 2)].sort(),
    );
  });

  it('holds a prompt used long ago if it was also used recently', () => {
    const history: PromptUse[] = [
      { promptId: 'again', on: '2020-01-01' },
      ...Array.from({ length: 6 }, (_, i) => ({
        promptId: i === 5 ? 'again' : `p${String(i)}`,
        on: `2026-0${String(i + 1)}-01`,
      })),
    ];
    expect(recentlyUsed(history).has('again')).toBe(true);
  });

  it('is empty for an empty history', () => {
    expect(recentlyUsed([]).size).toBe(0);
  });
});

describe('recordUse', () => {
  it('adds a use, sorted by day', () => {
    const history: PromptUse[] = [
      { promptId: 'a', on: '2026-01-01' },
      { promptId: 'c', on: '2026-03-01' },
    ];
    expect(recordUse(history, { promptId: 'b', on: '2026-02-01' })).toEqual([
      { promptId: 'a', on: '2026-01-01' },
      { promptId: 'b', on: '2026-02-01' },
      { promptId: 'c', on: '2026-03-01' },
    ]);
    // The history passed in is left as it was.
    expect(history).toHaveLength(2);
  });

  it('counts the same prompt on the same day once', () => {
    const once = recordUse([], { promptId: 'a', on: '2026-01-01' });
    const twice = recordUse(once, { promptId: 'a', on: '2026-01-01' });
    expect(twice).toEqual([{ promptId: 'a', on: '2026-01-01' }]);
    // Another day is another use.
    expect(recordUse(twice, { promptId: 'a', on: '2026-01-08' })).toHaveLength(2);
  });

  it(`keeps the newest ${String(HISTORY_MAX)} uses`, () => {
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    let history: PromptUse[] = [];
    for (let i = 0; i < HISTORY_MAX + 25; i += 1) {
      history = recordUse(history, { promptId: `p${String(i)}`, on: day(i) });
    }
    expect(history).toHaveLength(HISTORY_MAX);
    expect(history[0]).toEqual({ promptId: 'p25', on: day(25) });
    expect(history.at(-1)).toEqual({
      promptId: `p${String(HISTORY_MAX + 24)}`,
      on: day(HISTORY_MAX + 24),
    });
    // A use older than all of them does not push a newer one out.
    const late = recordUse(history, { promptId: 'ancient', on: '2000-01-01' });
    expect(late).toEqual(history);
  });
});

describe('drawPrompt', () => {
  const candidates = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => prompt(id));
  const history: PromptUse[] = [
    { promptId: 'a', on: '2026-11-03' },
    { promptId: 'b', on: '2026-11-10' },
    { promptId: 'd', on: '2026-11-17' },
  ];

  it('has nothing to draw from no candidates', () => {
    expect(drawPrompt([], history, new Set(), () => 0.5)).toBeNull();
    expect(drawPrompt([], [], new Set(['a']), () => 0)).toBeNull();
  });

  it('never draws a recently used prompt while a fresh one remains, whatever the random value', () => {
    const drawn = new Set<string>();
    for (const value of SPREAD) {
      const draw = drawPrompt(candidates, history, new Set(), () => value);
      expect(draw?.repeat).toBe(false);
      expect(['c', 'e', 'f']).toContain(draw?.prompt.id);
      drawn.add(draw?.prompt.id ?? '');
    }
    // And every fresh one can come up.
    expect([...drawn].sort()).toEqual(['c', 'e', 'f']);
  });

  it('never draws a prompt already drawn this time while another remains', () => {
    for (const value of SPREAD) {
      const draw = drawPrompt(candidates, history, new Set(['c', 'e']), () => value);
      expect(draw).toEqual({ prompt: candidates[5], repeat: false });
    }
  });

  it('is deterministic given its random values, and uses them', () => {
    expect(drawPrompt(candidates, [], new Set(), () => 0)?.prompt.id).toBe('a');
    expect(drawPrompt(candidates, [], new Set(), () => 0.5)?.prompt.id).toBe('d');
    expect(drawPrompt(candidates, [], new Set(), () => 0.9999)?.prompt.id).toBe('f');
    const run = (seed: number) => {
      const random = seeded(seed);
      return Array.from(
        { length: 20 },
        () => drawPrompt(candidates, [], new Set(), random)?.prompt.id,
      );
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('falls back to the least recently used when every candidate was had, and says so', () => {
    const allHad: PromptUse[] = [
      ...history,
      { promptId: 'c', on: '2026-10-27' },
      { promptId: 'e', on: '2026-11-17' },
      { promptId: 'f', on: '2026-11-10' },
      // "a" was used again since: its last use is what counts.
      { promptId: 'a', on: '2026-11-17' },
    ];
    for (const value of SPREAD) {
      expect(drawPrompt(candidates, allHad, new Set(), () => value)).toEqual({
        prompt: candidates[2],
        repeat: true,
      });
    }
    // The oldest already drawn this time: the next oldest, tied ones picked at random.
    const picked = new Set(
      SPREAD.map((value) => drawPrompt(candidates, allHad, new Set(['c']), () => value)?.prompt.id),
    );
    expect([...picked].sort()).toEqual(['b', 'f']);
  });

  it('repeats one drawn this time only when every candidate was drawn', () => {
    const all = new Set(candidates.map((p) => p.id));
    const draw = drawPrompt(candidates, [], all, () => 0.3);
    expect(draw?.repeat).toBe(true);
    expect(all.has(draw?.prompt.id ?? '')).toBe(true);
    // Drawn this time but never had by the group: still the least recently used.
    const draws = SPREAD.map((value) => drawPrompt(candidates, history, all, () => value));
    expect(new Set(draws.map((d) => d?.prompt.id))).toEqual(new Set(['c', 'e', 'f']));
  });

  it('over 100 draws, visits every candidate once before repeating any', () => {
    const many = Array.from({ length: 100 }, (_, i) => prompt(`p${String(i).padStart(3, '0')}`));
    // The group had 30 of them, on 30 different days (recent or not: only the last 6 count).
    const had: PromptUse[] = Array.from({ length: 30 }, (_, i) => ({
      promptId: `p${String(i * 3).padStart(3, '0')}`,
      on: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    }));
    const recent = recentlyUsed(had);
    expect(recent.size).toBe(6);
    const random = seeded(2026);
    const drawnNow = new Set<string>();
    const order: { id: string; repeat: boolean }[] = [];
    for (let i = 0; i < 100; i += 1) {
      const draw = drawPrompt(many, had, drawnNow, random);
      if (!draw) throw new Error('no draw');
      expect(drawnNow.has(draw.prompt.id)).toBe(false);
      drawnNow.add(draw.prompt.id);
      order.push({ id: draw.prompt.id, repeat: draw.repeat });
    }
    expect(drawnNow.size).toBe(100);
    // Fresh ones first, never flagged as repeats; then the recent ones, oldest use first.
    expect(order.slice(0, 94).every((d) => !d.repeat && !recent.has(d.id))).toBe(true);
    expect(order.slice(94).map((d) => [d.id, d.repeat])).toEqual(
      [...had].slice(-6).map((use) => [use.promptId, true]),
    );
    // Only now, with every candidate drawn, does one come again.
    const again = drawPrompt(many, had, drawnNow, random);
    expect(again?.repeat).toBe(true);
  });
});
