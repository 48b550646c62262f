/**
 * A note taken without leaving where one is: in a live session (stamped with the time and the
 * agenda item, the timer running on behind it) or from the safety card as an incident note.
 * The note exists from the first character typed, saved as it is written; closed empty, it
 * leaves nothing behind.
 */
import { useState } from 'react';
import { NOTE_BODY_MAX, type NoteStamp } from '../../domain/notes/note';
import { formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useNotesStore } from '../../stores/notes.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Confidential } from '../../ui/Confidential';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { NoteSaveState } from './NoteSaveState';

export interface QuickNoteContext {
  readonly groupId: string | null;
  readonly sessionId: string | null;
  readonly stamp: NoteStamp | null;
  /** Members in the room with a roster id, to say who the note is about. */
  readonly members: readonly { readonly id: string; readonly name: string }[];
  readonly incident: boolean;
}

const NONE = '';

export function QuickNoteDialog({
  context,
  onClose,
}: {
  context: QuickNoteContext;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const create = useNotesStore((s) => s.create);
  const update = useNotesStore((s) => s.update);
  const discardIfEmpty = useNotesStore((s) => s.discardIfEmpty);
  const [noteId, setNoteId] = useState<string | null>(null);
  const note = useNotesStore((s) => (noteId ? s.notes[noteId] : undefined));
  const [draft, setDraft] = useState({ incident: context.incident, memberId: NONE });
  // What is typed before there is a word to keep (spaces, a new line): kept on screen only.
  const [blank, setBlank] = useState('');

  const write = (body: string) => {
    if (noteId) {
      update(noteId, { body });
      return;
    }
    if (body.trim() === '') {
      setBlank(body);
      return;
    }
    setNoteId(
      create({
        groupId: context.groupId,
        sessionId: context.sessionId,
        memberId: draft.memberId === NONE ? null : draft.memberId,
        incident: draft.incident,
        stamp: context.stamp,
        body,
      }),
    );
  };
  const close = () => {
    if (noteId) discardIfEmpty(noteId);
    onClose();
  };

  return (
    <Dialog
      title={draft.incident ? t('quickNote.incidentTitle') : t('quickNote.title')}
      onClose={close}
      testId="quick-note"
      className="dialog-wide"
    >
      <Confidential>
        {context.stamp ? (
          <p className="muted" data-testid="quick-note-stamp">
            {t('notes.stampedAt', {
              time: formatTime(context.stamp.at, language),
              item: context.stamp.itemTitle,
            })}
          </p>
        ) : null}
        <TextArea
          label={t('notes.body')}
          value={note?.body ?? blank}
          onChange={write}
          rows={6}
          maxLength={NOTE_BODY_MAX}
          dir="auto"
          autoFocus
          testId="quick-note-body"
          description={t('quickNote.hint')}
        />
        <div className="form-grid">
          {context.members.length > 0 ? (
            <SelectField
              label={t('notes.member')}
              value={note?.memberId ?? draft.memberId}
              options={[
                { value: NONE, label: t('notes.noMember') },
                ...context.members.map((m) => ({ value: m.id, label: m.name })),
              ]}
              onChange={(memberId) => {
                setDraft((d) => ({ ...d, memberId }));
                if (noteId) update(noteId, { memberId: memberId === NONE ? null : memberId });
              }}
              testId="quick-note-member"
            />
          ) : null}
        </div>
        <CheckboxField
          label={t('notes.incident')}
          description={t('notes.incidentHint')}
          checked={note?.incident ?? draft.incident}
          onChange={(incident) => {
            setDraft((d) => ({ ...d, incident }));
            if (noteId) update(noteId, { incident });
          }}
          testId="quick-note-incident"
        />
      </Confidential>
      <div className="form-actions quick-note-actions">
        <NoteSaveState />
        <Button variant="primary" onPress={close} testId="quick-note-done">
          {t('quickNote.done')}
        </Button>
      </div>
    </Dialog>
  );
}
