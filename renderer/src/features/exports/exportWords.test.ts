import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../electron/shared/languages';
import { BOM, libraryCsv } from '../../domain/exports/libraryCsv';
import { planMarkdown } from '../../domain/exports/planMarkdown';
import type { SessionPlan } from '../../domain/plans/plan';
import { createTranslator } from '../../i18n/i18n';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';
import fr from '../../i18n/locales/fr.json';
import { libraryWords, planWords } from './exportWords';

const CATALOGS: Record<Language, Record<string, string>> = { en, fr, ar };
const NOW = Date.UTC(2027, 1, 4, 18, 30);

/** The notice's words before its first placeholder: what every export must open with. */
const noticeStart = (language: Language) =>
  (CATALOGS[language]['exports.notice'] ?? '').split('{{')[0] ?? '';

const plan: SessionPlan = {
  id: 'p',
  groupId: 'g',
  templateId: null,
  language: 'en',
  title: 'Circle',
  date: '2027-02-04',
  startTime: '19:00',
  intendedMinutes: 10,
  venue: '',
  goals: ['Listen'],
  groundRules: null,
  items: [
    {
      id: 'a',
      kind: 'check-in',
      title: 'Round',
      minutes: 10,
      script: '',
      prepNotes: '',
      materials: '',
      prompt: null,
    },
  ],
};

describe.each(['en', 'fr', 'ar'] as const)('the exports in %s', (language) => {
  const catalog = CATALOGS[language];
  const t = createTranslator(language, catalog, en);

  it('open a plan’s Markdown with the notice, and word it in the plan’s language', () => {
    const text = planMarkdown(
      { ...plan, language },
      { name: 'G', groundRules: [] },
      planWords(t, language, NOW),
      { includePrepNotes: false },
    );
    const [first] = text.split('\n');
    expect(first?.startsWith(`> **${noticeStart(language)}`)).toBe(true);
    expect(text).toContain(`## ${catalog['plans.goals'] ?? ''}`);
    expect(text).toContain(catalog['plans.kindCheckIn']);
  });

  it('open the library’s CSV with the notice, before a localized header row', () => {
    const csv = libraryCsv(
      [
        {
          id: 'x',
          source: 'custom',
          text: 'T',
          depth: 'deep',
          groupKinds: ['grief', 'peer-led'],
          minutes: 5,
          contentNotes: ['loss'],
        },
      ],
      { favourites: new Set(['x']), hidden: new Set() },
      libraryWords(t, language, NOW),
    );
    const rows = csv.slice(BOM.length).split('\r\n');
    expect(rows[0]?.replace(/^"/, '').startsWith(noticeStart(language))).toBe(true);
    expect(rows[2]?.startsWith(catalog['icebreakers.promptText'] ?? '')).toBe(true);
    for (const key of [
      'exports.csvOwn',
      'icebreakers.depthDeep',
      'groups.kindGrief',
      'contentNote.loss',
      'exports.yes',
    ])
      expect(rows[3]).toContain(catalog[key]);
  });
});
