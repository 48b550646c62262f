// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memberNotesDocument } from '../../domain/exports/memberNotes';
import { newNote } from '../../domain/notes/note';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';
import fr from '../../i18n/locales/fr.json';
import { createBrowserHost } from '../../platform/browser-host';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { MemberNotesDocument } from './MemberNotesDocument';

afterEach(cleanup);

const CATALOGS = { en, fr, ar };
const at = (day: number) => Date.UTC(2027, 1, day, 10);

const doc = memberNotesDocument(
  [
    { ...newNote({ memberId: 'm', body: 'Second note' }, 'b', at(9)), tags: ['follow-up'] },
    {
      ...newNote({ memberId: 'm', sessionId: 's', body: 'First note', incident: true }, 'a', at(2)),
    },
    newNote({ memberId: 'other', body: 'Not about her' }, 'c', at(5)),
  ],
  { name: 'Thursday circle' },
  { id: 'm', name: 'Noor' },
  at(10),
);

describe.each(['en', 'fr', 'ar'] as const)('a member’s notes on paper in %s', (language) => {
  it('say first that the file is not encrypted, then whose notes, oldest first', () => {
    renderWithProviders(<MemberNotesDocument doc={doc} />, {
      host: createBrowserHost(window, 'test'),
      language,
    });
    const article = screen.getByTestId('member-notes-document');
    expect(article.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    const notice = CATALOGS[language]['exports.notice'].split('{{')[0] ?? '';
    expect(article.firstElementChild?.textContent.startsWith(notice)).toBe(true);
    expect(article.querySelector('h1')?.textContent).toContain('Noor');
    expect(article.textContent).toContain('Thursday circle');
    const notes = screen.getAllByTestId('exported-note');
    expect(notes.map((n) => n.querySelector('.export-doc-text')?.textContent)).toEqual([
      'First note',
      'Second note',
    ]);
    expect(notes[0]?.textContent).toContain(CATALOGS[language]['notes.incidentBadge']);
    expect(notes[0]?.textContent).toContain(CATALOGS[language]['exports.inASession']);
    expect(notes[1]?.textContent).toContain('#follow-up');
    expect(article.textContent).not.toContain('Not about her');
  });
});
