/**
 * The notes area: every note, searched as it is typed (accent- and Arabic-aware, from the
 * in-memory index), filtered by kind and tag, and the chosen note open beside the list
 * ("#/notes/<id>"). Retention, when turned on, offers what has grown too old for deletion.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { navigate, useRoutePath } from '../../app/router';
import { byRecentEdit, noteTitle, subjectOf, tagsInUse, type Note } from '../../domain/notes/note';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useNotesStore } from '../../stores/notes.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { NoteEditor } from './NoteEditor';
import { RetentionSection } from './RetentionSection';
import './notes.css';

type Show = 'all' | 'incident' | 'session' | 'member' | 'general';
const ALL_TAGS = '';
/** Rows drawn at once; the rest come with "Show more" (search narrows them anyway). */
const PAGE = 50;

function matchesShow(note: Note, show: Show): boolean {
  if (show === 'all') return true;
  if (show === 'incident') return note.incident;
  return subjectOf(note) === show;
}

export function NotesScreen() {
  const { t, language } = useI18n();
  const heading = useScreenHeading();
  const [openId] = useRoutePath();
  const status = useNotesStore((s) => s.status);
  const notes = useNotesStore((s) => s.notes);
  const indexStatus = useNotesStore((s) => s.index);
  const search = useNotesStore((s) => s.search);
  const create = useNotesStore((s) => s.create);
  const remove = useNotesStore((s) => s.remove);
  const discardIfEmpty = useNotesStore((s) => s.discardIfEmpty);
  const load = useNotesStore((s) => s.load);
  const loadGroups = useGroupsStore((s) => s.load);
  const groups = useGroupsStore((s) => s.groups);
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [tag, setTag] = useState(ALL_TAGS);
  const [shown, setShown] = useState(PAGE);
  const [deleting, setDeleting] = useState<Note | null>(null);
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    void load();
    void loadGroups();
  }, [load, loadGroups]);

  // Leaving a note that was never written in takes it away again.
  useEffect(() => {
    if (!openId) return;
    return () => discardIfEmpty(openId);
  }, [openId, discardIfEmpty]);

  const tags = useMemo(() => tagsInUse(Object.values(notes), language), [notes, language]);
  // `search` is a new function whenever the index changes (an edit, the index built).
  const listed = useMemo(() => {
    const found = search(deferredQuery);
    const key = tag.toLocaleLowerCase();
    return Object.values(notes)
      .filter(
        (note) =>
          (found === null || found.has(note.id)) &&
          matchesShow(note, show) &&
          (tag === ALL_TAGS || note.tags.some((x) => x.toLocaleLowerCase() === key)),
      )
      .sort(byRecentEdit);
  }, [notes, search, deferredQuery, show, tag]);

  const open = openId ? notes[openId] : undefined;
  const total = Object.keys(notes).length;

  const newNote = () => {
    const id = create({});
    navigate('notes', id);
  };

  const showOptions: { value: Show; label: string }[] = [
    { value: 'all', label: t('notes.showAll') },
    { value: 'incident', label: t('notes.showIncident') },
    { value: 'session', label: t('notes.showSession') },
    { value: 'member', label: t('notes.showMember') },
    { value: 'general', label: t('notes.showGeneral') },
  ];

  return (
    <div className="screen notes-screen">
      <PageHeader ref={heading} title={t('notes.title')} lead={t('notes.lead')}>
        <div className="page-actions">
          <Button variant="primary" onPress={newNote} testId="new-note">
            <Icon name="plus" size={18} />
            {t('notes.new')}
          </Button>
        </div>
      </PageHeader>
      {status === 'failed' ? (
        <p className="screen-error" role="alert">
          {t('notes.loadFailed')}
        </p>
      ) : status !== 'ready' ? (
        <div className="screen-loading" aria-busy="true" />
      ) : total === 0 ? (
        <EmptyState icon="notes" title={t('notes.emptyTitle')}>
          <p>{t('notes.emptyBody')}</p>
        </EmptyState>
      ) : (
        <Confidential>
          <div className="notes-layout">
            <section className="notes-list-panel" aria-labelledby="notes-list-title">
              <h2 id="notes-list-title" className="visually-hidden">
                {t('notes.listTitle')}
              </h2>
              <div role="search" className="notes-filters">
                <TextField
                  label={t('notes.search')}
                  value={query}
                  onChange={(q) => {
                    setQuery(q);
                    setShown(PAGE);
                  }}
                  testId="notes-search"
                  dir="auto"
                  description={indexStatus === 'ready' ? undefined : t('notes.indexing')}
                />
                <SelectField
                  label={t('notes.show')}
                  value={show}
                  options={showOptions}
                  onChange={setShow}
                  testId="notes-show"
                />
                {tags.length > 0 ? (
                  <SelectField
                    label={t('notes.tag')}
                    value={tag}
                    options={[
                      { value: ALL_TAGS, label: t('notes.allTags') },
                      ...tags.map((x) => ({ value: x, label: x })),
                    ]}
                    onChange={setTag}
                    testId="notes-tag"
                  />
                ) : null}
              </div>
              <p className="muted" role="status" data-testid="notes-count">
                {/* Until the index is built (a few seconds after unlock), a search can't be
                    answered: say so rather than "0 notes". */}
                {query.trim() !== '' && indexStatus !== 'ready'
                  ? t('notes.indexing')
                  : t('notes.found', { count: listed.length })}
              </p>
              <ul className="notes-list" data-testid="notes-list">
                {listed.slice(0, shown).map((note) => {
                  const group = note.groupId ? groups[note.groupId] : undefined;
                  const member = group?.members.find((m) => m.id === note.memberId);
                  return (
                    <li key={note.id}>
                      <a
                        className="note-row"
                        href={`#/notes/${encodeURIComponent(note.id)}`}
                        aria-current={note.id === openId ? 'true' : undefined}
                        data-testid="note-row"
                      >
                        <span className="note-row-title" dir="auto">
                          {noteTitle(note.body) || t('notes.untitled')}
                        </span>
                        <span className="note-row-meta">
                          <span>{formatDate(note.editedAt, language)}</span>
                          {note.incident ? (
                            <span className="badge badge-incident">
                              <Icon name="alert" size={14} />
                              {t('notes.incidentBadge')}
                            </span>
                          ) : null}
                          {group ? <span dir="auto">{group.name}</span> : null}
                          {member ? <span dir="auto">{member.name}</span> : null}
                          {note.tags.map((x) => (
                            <span key={x} className="tag" dir="auto">
                              #{x}
                            </span>
                          ))}
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ul>
              {listed.length > shown ? (
                <Button onPress={() => setShown((n) => n + PAGE)} testId="notes-more">
                  {t('notes.more')}
                </Button>
              ) : null}
            </section>
            <section className="note-panel" aria-label={t('notes.editorTitle')}>
              {open ? (
                <NoteEditor key={open.id} note={open} onDelete={() => setDeleting(open)} />
              ) : (
                <p className="muted note-placeholder">{t('notes.choose')}</p>
              )}
            </section>
          </div>
        </Confidential>
      )}
      {status === 'ready' ? <RetentionSection /> : null}
      {deleting ? (
        <Dialog
          title={t('notes.deleteTitle')}
          onClose={() => setDeleting(null)}
          testId="delete-note-dialog"
        >
          <p>{t('notes.deleteBody')}</p>
          <div className="form-actions">
            <Button onPress={() => setDeleting(null)}>{t('notes.keep')}</Button>
            <Button
              variant="danger"
              testId="confirm-delete-note"
              onPress={() => {
                remove([deleting.id]);
                setDeleting(null);
                navigate('notes');
                // Its row and editor are gone: focus goes to the search, at the list's head.
                requestAnimationFrame(() =>
                  document.querySelector<HTMLInputElement>('[data-testid="notes-search"]')?.focus(),
                );
              }}
            >
              {t('notes.deleteConfirm')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
