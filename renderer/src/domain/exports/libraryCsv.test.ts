import { describe, expect, it } from 'vitest';
import type { LibraryPrompt } from '../icebreakers/prompt';
import { BOM, csvField, libraryCsv, neutralized, toCsv, type LibraryCsvWords } from './libraryCsv';

const WORDS: LibraryCsvWords = {
  notice: 'Not encrypted: anyone with this file can read it.',
  headers: {
    text: 'Prompt',
    source: 'Source',
    depth: 'Depth',
    groupKinds: 'Suits',
    minutes: 'Minutes',
    contentNotes: 'Touches on',
    favourite: 'Favourite',
    hidden: 'Hidden',
  },
  builtIn: 'Built-in',
  own: 'Mine',
  yes: 'yes',
  no: 'no',
  depth: (d) => `D:${d}`,
  groupKind: (k) => `K:${k}`,
  contentNote: (n) => `N:${n}`,
  list: (values) => values.join('; '),
};

const prompt = (id: string, patch: Partial<LibraryPrompt> = {}): LibraryPrompt => ({
  id,
  source: 'built-in',
  text: `Prompt ${id}`,
  depth: 'light',
  groupKinds: ['grief'],
  minutes: 5,
  contentNotes: [],
  ...patch,
});

const NO_MARKS = { favourites: new Set<string>(), hidden: new Set<string>() };

describe('libraryCsv', () => {
  it('starts with the byte order mark and the notice, then a blank row and the header', () => {
    const csv = libraryCsv([prompt('a')], NO_MARKS, WORDS);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = csv.slice(BOM.length).split('\r\n');
    expect(rows[0]).toBe('Not encrypted: anyone with this file can read it.,,,,,,,');
    expect(rows[1]).toBe(',,,,,,,');
    expect(rows[2]).toBe('Prompt,Source,Depth,Suits,Minutes,Touches on,Favourite,Hidden');
    expect(rows[3]).toBe('Prompt a,Built-in,D:light,K:grief,5,,no,no');
    // A CRLF after every record, the last one included, and no bare LF anywhere.
    expect(rows).toHaveLength(5);
    expect(rows[4]).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives every prompt, built-in and own, with its tags and marks, in the order given', () => {
    const csv = libraryCsv(
      [
        prompt('light-001', {
          depth: 'deep',
          groupKinds: ['grief', 'peer-led'],
          minutes: 15,
          contentNotes: ['loss', 'family'],
        }),
        prompt('custom-1', { source: 'custom', text: 'شيء صغير ساعدكم' }),
      ],
      { favourites: new Set(['custom-1']), hidden: new Set(['light-001']) },
      WORDS,
    );
    const rows = csv.split('\r\n');
    expect(rows[3]).toBe(
      'Prompt light-001,Built-in,D:deep,K:grief; K:peer-led,15,N:loss; N:family,no,yes',
    );
    expect(rows[4]).toBe('شيء صغير ساعدكم,Mine,D:light,K:grief,5,,yes,no');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    const csv = libraryCsv([prompt('a', { text: 'Say "hello", then\nlisten' })], NO_MARKS, WORDS);
    expect(csv).toContain('\r\n"Say ""hello"", then\nlisten",Built-in,');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('"')).toBe('""""');
  });

  it('keeps cells that a spreadsheet would run as a formula as text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutralized(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralized('1+1')).toBe('1+1');
    expect(neutralized('well-being')).toBe('well-being');
    const csv = libraryCsv(
      [prompt('a', { text: '=HYPERLINK("http://x","y")' }), prompt('b', { text: '@SUM(A1)' })],
      NO_MARKS,
      WORDS,
    );
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://x"",""y"")",Built-in,');
    expect(csv).toContain("\r\n'@SUM(A1),Built-in,");
    expect(toCsv([['-2', '+3']])).toBe(`${BOM}'-2,'+3\r\n`);
  });
});
