/**
 * One note, edited in place: its text (saved as it is typed, at most about a second behind),
 * tags, the incident flag, and who or what it is about. While a note about a member is
 * written, other members' names found in it are offered for replacement with initials.
 */
import { useMemo, useState } from 'react';
import type { Group } from '../../domain/groups/group';
import { initialsSuggestions, replaceWithInitials } from '../../domain/notes/initials';
import { NOTE_BODY_MAX, parseTags, type Note } from '../../domain/notes/note';
import { formatDate, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useNotesStore } from '../../stores/notes.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { NoteSaveState } from './NoteSaveState';

const NONE = '';

export function NoteEditor({
  note,
  onDelete,
  autoFocus = false,
}: {
  note: Note;
  onDelete?: () => void;
  autoFocus?: boolean;
}) {
  const { t, language } = useI18n();
  const update = useNotesStore((s) => s.update);
  const groups = useGroupsStore((s) => s.groups);
  const group: Group | undefined = note.groupId ? groups[note.groupId] : undefined;
  const [tagText, setTagText] = useState(note.tags.join(', '));
  const suggestions = useMemo(
    () =>
      note.memberId && group ? initialsSuggestions(note.body, group.members, note.memberId) : [],
    [note.body, note.memberId, group],
  );

  const groupOptions = [
    { value: NONE, label: t('notes.noGroup') },
    ...Object.values(groups)
      .sort((a, b) => a.name.localeCompare(b.name, language))
      .map((g) => ({ value: g.id, label: g.name })),
  ];
  const memberOptions = [
    { value: NONE, label: t('notes.noMember') },
    ...(group?.members ?? []).map((m) => ({ value: m.id, label: m.name })),
  ];

  return (
    <div className="note-editor" data-testid="note-editor" data-note-id={note.id}>
      <div className="note-editor-head">
        <p className="muted note-dates">
          {t('notes.written', {
            date: formatDate(note.createdAt, language),
            time: formatTime(note.createdAt, language),
          })}
          {note.stamp ? (
            <>
              {' · '}
              {t('notes.stampedAt', {
                time: formatTime(note.stamp.at, language),
                item: note.stamp.itemTitle,
              })}
            </>
          ) : null}
        </p>
        <NoteSaveState />
      </div>
      <TextArea
        label={t('notes.body')}
        value={note.body}
        onChange={(body) => update(note.id, { body })}
        rows={10}
        maxLength={NOTE_BODY_MAX}
        dir="auto"
        testId="note-body"
        autoFocus={autoFocus}
        description={t('notes.bodyHint')}
      />
      {suggestions.length > 0 ? (
        <div className="initials-offer" role="group" aria-label={t('notes.initialsTitle')}>
          <p>{t('notes.initialsBody')}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s.memberId}>
                <Button
                  onPress={() =>
                    update(note.id, { body: replaceWithInitials(note.body, s.name, s.initials) })
                  }
                  testId="use-initials"
                >
                  {t('notes.useInitials', { name: s.name, initials: s.initials })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-grid">
        <TextField
          label={t('notes.tags')}
          value={tagText}
          onChange={(text) => {
            setTagText(text);
            update(note.id, { tags: parseTags(text) });
          }}
          description={t('notes.tagsHint')}
          testId="note-tags"
          dir="auto"
        />
        <SelectField
          label={t('notes.group')}
          value={note.groupId ?? NONE}
          options={groupOptions}
          onChange={(id) => update(note.id, { groupId: id === NONE ? null : id, memberId: null })}
          testId="note-group"
        />
        {group ? (
          <SelectField
            label={t('notes.member')}
            value={note.memberId ?? NONE}
            options={memberOptions}
            onChange={(id) => update(note.id, { memberId: id === NONE ? null : id })}
            testId="note-member"
          />
        ) : null}
      </div>
      <CheckboxField
        label={t('notes.incident')}
        description={t('notes.incidentHint')}
        checked={note.incident}
        onChange={(incident) => update(note.id, { incident })}
        testId="note-incident"
      />
      {onDelete ? (
        <div className="button-row">
          <Button variant="danger" onPress={onDelete} testId="delete-note">
            {t('notes.delete')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
