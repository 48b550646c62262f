/**
 * The safety card: when someone in the room is in crisis, the facilitator's local crisis
 * contacts, a grounding script to read aloud, the group's confidentiality statement, and a way
 * to write an incident note, one key away. Everything on it is editable here and stored
 * encrypted; the built-in script and statement are in the facilitator's language.
 */
import { useEffect, useState } from 'react';
import { LONG_TEXT_MAX } from '../../domain/groups/group';
import {
  CONTACT_NAME_MAX,
  CONTACT_NOTE_MAX,
  CONTACT_PHONE_MAX,
  contactProblem,
  dialable,
  MAX_CONTACTS,
  SAFETY_TEXT_MAX,
  type CrisisContact,
} from '../../domain/safety/safety';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useSafetyStore } from '../../stores/safety.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';

export function SafetyCard({ groupId }: { groupId: string | null }) {
  const { t } = useI18n();
  const hide = useSafetyStore((s) => s.hide);
  const writeIncidentNote = useSafetyStore((s) => s.writeIncidentNote);
  const load = useSafetyStore((s) => s.load);
  const status = useSafetyStore((s) => s.status);
  const card = useSafetyStore((s) => s.card);
  const update = useSafetyStore((s) => s.update);
  const group = useGroupsStore((s) => (groupId ? s.groups[groupId] : undefined));
  const updateGroup = useGroupsStore((s) => s.updateGroup);
  const [editing, setEditing] = useState<'contacts' | 'grounding' | 'confidentiality' | null>(null);
  // The text being edited, seeded once when editing starts (the built-in one if none is set),
  // so clearing the field leaves it empty rather than snapping back to the default.
  const [draft, setDraft] = useState('');
  const save = useSafetyStore((s) => s.save);

  useEffect(() => {
    void load();
  }, [load]);

  // Nothing is edited before the stored card is read (an edit would overwrite it).
  const ready = status === 'ready';
  const grounding = card.groundingScript.trim() || t('safety.groundingDefault');
  const statement =
    group?.confidentiality.trim() ||
    card.confidentiality.trim() ||
    t('safety.confidentialityDefault');

  return (
    <Dialog
      title={t('safety.title')}
      onClose={hide}
      testId="safety-card"
      className="dialog-wide safety-card"
    >
      <Confidential>
        {status === 'failed' ? (
          <p className="field-error" role="alert">
            {t('safety.loadFailed')}
          </p>
        ) : null}
        <section aria-labelledby="safety-contacts" className="safety-section">
          <div className="section-heading">
            <h3 id="safety-contacts">{t('safety.contacts')}</h3>
            <Button
              className="link-button"
              onPress={() => setEditing(editing === 'contacts' ? null : 'contacts')}
              testId="edit-contacts"
              isDisabled={!ready}
            >
              {editing === 'contacts' ? t('safety.doneEditing') : t('safety.editContacts')}
            </Button>
          </div>
          {editing === 'contacts' ? (
            <ContactsEditor />
          ) : !ready ? (
            <p className="muted" aria-busy="true">
              {status === 'failed' ? t('safety.loadFailed') : t('safety.loading')}
            </p>
          ) : card.contacts.length === 0 ? (
            <p className="muted" data-testid="no-contacts">
              {t('safety.noContacts')}
            </p>
          ) : (
            <ul className="contact-list" data-testid="contact-list">
              {card.contacts.map((c) => (
                <li key={c.id} className="contact">
                  <span className="contact-name" dir="auto">
                    {c.name}
                  </span>
                  <span className="contact-phone" dir="ltr">
                    {c.phone}
                  </span>
                  {c.note ? (
                    <span className="muted" dir="auto">
                      {c.note}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="safety-grounding" className="safety-section">
          <div className="section-heading">
            <h3 id="safety-grounding">{t('safety.grounding')}</h3>
            <Button
              className="link-button"
              onPress={() => {
                setDraft(card.groundingScript || t('safety.groundingDefault'));
                setEditing(editing === 'grounding' ? null : 'grounding');
              }}
              testId="edit-grounding"
              isDisabled={!ready}
            >
              {editing === 'grounding' ? t('safety.doneEditing') : t('safety.edit')}
            </Button>
          </div>
          {editing === 'grounding' ? (
            <>
              <TextArea
                label={t('safety.groundingEdit')}
                value={draft}
                onChange={(groundingScript) => {
                  setDraft(groundingScript);
                  update({ groundingScript });
                }}
                maxLength={SAFETY_TEXT_MAX}
                rows={10}
                dir="auto"
                testId="grounding-text"
              />
              <Button
                onPress={() => {
                  update({ groundingScript: '' });
                  setDraft(t('safety.groundingDefault'));
                }}
                testId="grounding-reset"
              >
                {t('safety.restoreBuiltIn')}
              </Button>
            </>
          ) : (
            <p className="script-text grounding" dir="auto" data-testid="grounding-script">
              {grounding}
            </p>
          )}
        </section>
        <section aria-labelledby="safety-confidentiality" className="safety-section">
          <div className="section-heading">
            <h3 id="safety-confidentiality">
              {group
                ? t('safety.groupConfidentiality', { group: group.name })
                : t('safety.confidentiality')}
            </h3>
            <Button
              className="link-button"
              onPress={() => {
                setDraft(statement);
                setEditing(editing === 'confidentiality' ? null : 'confidentiality');
              }}
              testId="edit-confidentiality"
              isDisabled={!ready}
            >
              {editing === 'confidentiality' ? t('safety.doneEditing') : t('safety.edit')}
            </Button>
          </div>
          {editing === 'confidentiality' ? (
            <TextArea
              label={group ? t('safety.groupStatementEdit') : t('safety.statementEdit')}
              value={draft}
              onChange={(text) => {
                setDraft(text);
                if (group) updateGroup(group.id, (g) => ({ ...g, confidentiality: text }));
                else update({ confidentiality: text });
              }}
              maxLength={group ? LONG_TEXT_MAX : SAFETY_TEXT_MAX}
              rows={5}
              dir="auto"
              testId="confidentiality-text"
            />
          ) : (
            <p className="script-text" dir="auto" data-testid="confidentiality-statement">
              {statement}
            </p>
          )}
        </section>
      </Confidential>
      {save === 'failed' ? (
        <p className="field-error" role="alert">
          {t('safety.saveFailed')}
        </p>
      ) : null}
      <div className="form-actions">
        <Button onPress={writeIncidentNote} testId="incident-note">
          <Icon name="notes" size={18} />
          {t('safety.incidentNote')}
        </Button>
        <Button variant="primary" onPress={hide} testId="close-safety">
          {t('shortcuts.close')}
        </Button>
      </div>
    </Dialog>
  );
}

function ContactsEditor() {
  const { t } = useI18n();
  const contacts = useSafetyStore((s) => s.card.contacts);
  const addContact = useSafetyStore((s) => s.addContact);
  const [draft, setDraft] = useState({ name: '', phone: '', note: '' });
  const [problem, setProblem] = useState<'name' | 'phone' | null>(null);

  return (
    <div className="contacts-editor">
      <ul className="contact-edit-list">
        {contacts.map((c) => (
          <ContactRow key={c.id} contact={c} />
        ))}
      </ul>
      <form
        className="contact-add"
        onSubmit={(event) => {
          event.preventDefault();
          const found = contactProblem(draft);
          setProblem(found);
          if (found) return;
          addContact({
            name: draft.name.trim(),
            phone: draft.phone.trim(),
            note: draft.note.trim(),
          });
          setDraft({ name: '', phone: '', note: '' });
        }}
      >
        <h4>{t('safety.addContact')}</h4>
        <div className="form-grid">
          <TextField
            label={t('safety.contactName')}
            value={draft.name}
            onChange={(name) => setDraft((d) => ({ ...d, name }))}
            error={problem === 'name' ? t('safety.nameNeeded') : null}
            testId="contact-name"
            dir="auto"
            maxLength={CONTACT_NAME_MAX}
          />
          <TextField
            label={t('safety.contactPhone')}
            value={draft.phone}
            onChange={(phone) => setDraft((d) => ({ ...d, phone }))}
            error={problem === 'phone' ? t('safety.phoneNeeded') : null}
            testId="contact-phone"
            dir="ltr"
            maxLength={CONTACT_PHONE_MAX}
          />
          <TextField
            label={t('safety.contactNote')}
            value={draft.note}
            onChange={(note) => setDraft((d) => ({ ...d, note }))}
            testId="contact-note"
            dir="auto"
            maxLength={CONTACT_NOTE_MAX}
          />
        </div>
        {contacts.length >= MAX_CONTACTS ? (
          <p className="muted">{t('safety.contactsFull', { max: MAX_CONTACTS })}</p>
        ) : null}
        <Button type="submit" testId="add-contact" isDisabled={contacts.length >= MAX_CONTACTS}>
          <Icon name="plus" size={18} />
          {t('safety.addContact')}
        </Button>
      </form>
    </div>
  );
}

function ContactRow({ contact }: { contact: CrisisContact }) {
  const { t } = useI18n();
  const updateContact = useSafetyStore((s) => s.updateContact);
  const removeContact = useSafetyStore((s) => s.removeContact);
  const missing = contactProblem(contact);
  return (
    <li>
      <div
        className="contact-edit"
        role="group"
        aria-label={contact.name || t('safety.thisContact')}
      >
        <TextField
          label={t('safety.contactName')}
          value={contact.name}
          onChange={(name) => updateContact(contact.id, { name })}
          error={missing === 'name' ? t('safety.nameNeeded') : null}
          dir="auto"
          maxLength={CONTACT_NAME_MAX}
        />
        <TextField
          label={t('safety.contactPhone')}
          value={contact.phone}
          onChange={(phone) => updateContact(contact.id, { phone })}
          error={missing === 'phone' ? t('safety.phoneNeeded') : null}
          dir="ltr"
          description={dialable(contact.phone) ? undefined : t('safety.phoneHint')}
          maxLength={CONTACT_PHONE_MAX}
        />
        <TextField
          label={t('safety.contactNote')}
          value={contact.note}
          onChange={(note) => updateContact(contact.id, { note })}
          dir="auto"
          maxLength={CONTACT_NOTE_MAX}
        />
        <Button variant="danger" onPress={() => removeContact(contact.id)} testId="remove-contact">
          {t('safety.removeContact', { name: contact.name || t('safety.thisContact') })}
        </Button>
      </div>
    </li>
  );
}
