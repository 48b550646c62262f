import { describe, expect, it } from 'vitest';
import type { AgendaItem, SessionPlan } from '../plans/plan';
import { escapeBlock, escapeOneLine } from './markdown';
import type { PlanExportWords } from './planExport';
import { planMarkdown } from './planMarkdown';

const WORDS: PlanExportWords = {
  notice: 'NOT ENCRYPTED: anyone with this file can read it.',
  group: 'Group',
  when: 'When',
  venue: 'Venue',
  length: 'Length',
  goals: 'Goals',
  groundRules: 'Ground rules',
  agenda: 'Agenda',
  script: 'Read aloud',
  prompt: 'Prompt',
  materials: 'Materials',
  prepNotes: 'Preparation',
  itemKind: (kind) => (kind === 'break' ? 'Break' : `kind:${kind}`),
  date: (iso) => `day ${iso}`,
  time: (hhmm) => `t${hhmm}`,
  minutes: (m) => `${String(m)} min`,
  total: (total, intended) => `${total} of ${intended}`,
};

const item = (id: string, patch: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  kind: 'sharing',
  title: `Item ${id}`,
  minutes: 10,
  script: '',
  prepNotes: '',
  materials: '',
  prompt: null,
  ...patch,
});

const plan = (patch: Partial<SessionPlan> = {}): SessionPlan => ({
  id: 'p',
  groupId: 'g',
  templateId: null,
  language: 'en',
  title: 'Thursday circle',
  date: '2027-02-04',
  startTime: '19:00',
  intendedMinutes: 30,
  venue: 'Room 4',
  goals: ['Listen well'],
  groundRules: null,
  items: [item('a'), item('b', { minutes: 20 })],
  ...patch,
});

const GROUP = {
  name: 'Grief group',
  groundRules: ['One voice at a time', 'What is said here stays'],
};
const md = (p: SessionPlan, includePrepNotes = false) =>
  planMarkdown(p, GROUP, WORDS, { includePrepNotes });

describe('planMarkdown', () => {
  it('says first that the file is not encrypted, then gives the plan in order', () => {
    const text = md(plan());
    const lines = text.split('\n');
    expect(lines[0]).toBe('> **NOT ENCRYPTED: anyone with this file can read it.**');
    expect(lines[2]).toBe('# Thursday circle');
    const order = [
      '- **Group:** Grief group',
      '- **When:** day 2027-02-04 · t19:00 – t19:30',
      '- **Venue:** Room 4',
      '- **Length:** 30 min of 30 min',
      '## Goals',
      '- Listen well',
      '## Ground rules',
      '1. One voice at a time',
      '2. What is said here stays',
      '## Agenda',
      '### t19:00 · Item a',
      '*kind:sharing · 10 min*',
      '### t19:10 · Item b',
      '*kind:sharing · 20 min*',
    ].map((line) => lines.indexOf(line));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('gives each item its script as a quote, its prompt and materials; preparation only if asked', () => {
    const p = plan({
      items: [
        item('a', {
          script: 'Welcome, everyone.\nLet us begin.\n\n\nTake a breath.',
          prompt: { id: 'light-001', text: 'What made you smile?' },
          materials: 'Tissues',
          prepNotes: 'Ask Noor about the key',
        }),
      ],
    });
    const text = md(p);
    expect(text).toContain(
      [
        '**Read aloud:**',
        '',
        '> Welcome, everyone.\\',
        '> Let us begin.',
        '>',
        '> Take a breath.',
        '',
        '**Prompt:** What made you smile?',
        '',
        '**Materials:** Tissues',
      ].join('\n'),
    );
    expect(text).not.toContain('Ask Noor');
    expect(md(p, true)).toContain('**Preparation:** Ask Noor about the key');
  });

  it('uses the plan’s own ground rules when it has them, and leaves out empty sections', () => {
    const text = md(plan({ groundRules: ['Phones away'], goals: [], venue: ' ' }));
    expect(text).toContain('1. Phones away');
    expect(text).not.toContain('One voice');
    expect(text).not.toContain('## Goals');
    expect(text).not.toContain('Venue');
  });

  it('does not repeat an item’s kind when it is its title, and copes with no start time', () => {
    const text = md(plan({ startTime: '', items: [item('a', { kind: 'break', title: 'break' })] }));
    expect(text).toContain('### break\n\n*10 min*');
    expect(text).toContain('- **When:** day 2027-02-04\n');
  });

  it('escapes what would change the structure, and keeps Arabic as it is', () => {
    const text = md(
      plan({
        title: '# Not a *heading* [link](x) <b>',
        goals: ['- not a sub-list', '1. not numbered', 'a | table'],
        items: [
          item('a', { title: 'حلقة الدعم', script: '## no heading\n> no quote\n    no code' }),
        ],
      }),
    );
    expect(text).toContain('# \\# Not a \\*heading\\* \\[link\\](x) \\<b\\>');
    expect(text).toContain('- \\- not a sub-list');
    expect(text).toContain('- 1\\. not numbered');
    expect(text).toContain('- a \\| table');
    expect(text).toContain('### t19:00 · حلقة الدعم');
    expect(text).toContain('> \\#\\# no heading\\\n> \\> no quote\\\n> no code');
  });
});

describe('Markdown escaping', () => {
  it('escapes inline syntax anywhere and block markers at a line’s start only', () => {
    expect(escapeOneLine('a_b *c* `d` ~e~ &amp; \\')).toBe(
      'a\\_b \\*c\\* \\`d\\` \\~e\\~ \\&amp; \\\\',
    );
    expect(escapeOneLine('+ plus')).toBe('\\+ plus');
    expect(escapeOneLine('=====')).toBe('\\=====');
    expect(escapeOneLine('2) two')).toBe('2\\) two');
    expect(escapeOneLine('well-being = 1. ok')).toBe('well-being = 1. ok');
    expect(escapeOneLine('تحدثت نور، ثم سميرة.')).toBe('تحدثت نور، ثم سميرة.');
  });

  it('joins the lines of a one-line field, and drops control characters', () => {
    expect(escapeOneLine('first\r\n  second\u0007')).toBe('first second');
  });

  it('keeps a block’s lines with hard breaks and its paragraphs with one blank line', () => {
    expect(escapeBlock('\n one \r\ntwo\n\n\n- three\n\n')).toEqual([
      'one\\',
      'two',
      '',
      '\\- three',
    ]);
    expect(escapeBlock('  ')).toEqual([]);
  });
});
