/**
 * The group's members, by first name or alias only, with optional pronouns, a newcomer flag, the
 * date they joined and whether they still come. Confidential: hidden while the curtain is down.
 */
import { useState, type SyntheticEvent } from 'react';
import {
  MAX_MEMBERS,
  MEMBER_NAME_MAX,
  SHORT_TEXT_MAX,
  looksLikeFullName,
  sortedRoster,
  type Group,
  type Member,
} from '../../domain/groups/group';
import { isIsoDate } from '../../domain/time/calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Confidential } from '../../ui/Confidential';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { TextField } from '../../ui/TextField';
import { MemberNotesExportButton } from '../exports/ExportButtons';
import { DraftField } from './DraftField';
import { useNameCheck } from './messages';

function MemberRow({ groupId, member }: { groupId: string; member: Member }) {
  const { t } = useI18n();
  const update = useGroupsStore((s) => s.updateMember);
  const remove = useGroupsStore((s) => s.removeMember);
  const nameCheck = useNameCheck(MEMBER_NAME_MAX);
  const set = (patch: Partial<Omit<Member, 'id'>>) => update(groupId, member.id, patch);
  return (
    <li className={`member-row${member.active ? '' : ' member-inactive'}`} data-testid="member">
      <fieldset className="member-fields">
        <legend className="visually-hidden">{member.name}</legend>
        <DraftField
          recordId={member.id}
          field="name"
          label={t('members.name')}
          stored={member.name}
          problem={nameCheck}
          onValid={(text) => set({ name: text.trim() })}
          autoComplete="off"
          testId="member-name"
        />
        <TextField
          label={t('members.pronouns')}
          value={member.pronouns}
          onChange={(pronouns) => set({ pronouns: pronouns.slice(0, SHORT_TEXT_MAX) })}
          autoComplete="off"
          testId="member-pronouns"
        />
        <div className="field">
          <label className="field-label" htmlFor={`joined-${member.id}`}>
            {t('members.joined')}
          </label>
          <input
            id={`joined-${member.id}`}
            className="field-input"
            type="date"
            autoComplete="off"
            value={member.joinedOn}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isIsoDate(value)) set({ joinedOn: value });
            }}
            data-testid="member-joined"
          />
        </div>
        <div className="member-flags">
          <CheckboxField
            label={t('members.newcomer')}
            checked={member.newcomer}
            onChange={(newcomer) => set({ newcomer })}
            testId="member-newcomer"
          />
          <CheckboxField
            label={t('members.active')}
            checked={member.active}
            onChange={(active) => set({ active })}
            testId="member-active"
          />
        </div>
      </fieldset>
      <MemberNotesExportButton groupId={groupId} member={member} />
      <IconButton
        icon="trash"
        variant="danger"
        label={t('members.remove', { name: member.name })}
        onPress={() => remove(groupId, member.id)}
        testId="remove-member"
      />
    </li>
  );
}

function AddMember({ groupId, full }: { groupId: string; full: boolean }) {
  const { t } = useI18n();
  const add = useGroupsStore((s) => s.addMember);
  const nameCheck = useNameCheck(MEMBER_NAME_MAX);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = nameCheck(name);
    if (problem) {
      setError(problem);
      return;
    }
    add(groupId, name);
    setAdded(t('members.added', { name: name.trim() }));
    setName('');
  };
  return (
    <form className="add-member" onSubmit={submit} noValidate>
      <TextField
        label={t('members.newName')}
        value={name}
        onChange={(next) => {
          setName(next);
          setError(null);
          setAdded('');
        }}
        error={error}
        description={looksLikeFullName(name) ? t('members.fullNameHint') : undefined}
        autoComplete="off"
        testId="new-member-name"
      />
      <Button type="submit" testId="add-member" isDisabled={full}>
        <Icon name="plus" size={18} />
        {t('members.add')}
      </Button>
      <p className="visually-hidden" role="status">
        {added}
      </p>
    </form>
  );
}

export function Roster({ group }: { group: Group }) {
  const { t, language } = useI18n();
  // Sorted when the roster is shown and when members come or go, not at every keystroke in a
  // name (a row would jump away from the field being typed in). React's way of deriving state
  // from a prop change: compare during render, set at once.
  const membership = `${language}|${group.members.map((m) => m.id).join(',')}`;
  const sortOrder = () => sortedRoster(group.members, language).map((m) => m.id);
  const [sorted, setSorted] = useState(() => ({ membership, order: sortOrder() }));
  let order = sorted.order;
  if (sorted.membership !== membership) {
    order = sortOrder();
    setSorted({ membership, order });
  }
  const byId = new Map(group.members.map((m) => [m.id, m]));
  const members = order.flatMap((id) => byId.get(id) ?? []);
  const active = group.members.filter((m) => m.active).length;
  return (
    <section aria-labelledby="group-members" className="section panel-section">
      <h2 id="group-members" className="section-title">
        {t('members.title')}{' '}
        <span className="count">{t('groups.activeMembers', { count: active })}</span>
      </h2>
      <p className="callout callout-quiet">
        <Icon name="shield" size={20} />
        <span>{t('members.why')}</span>
      </p>
      <Confidential>
        <AddMember groupId={group.id} full={group.members.length >= MAX_MEMBERS} />
        {members.length > 0 ? (
          <ul className="member-list" aria-labelledby="group-members">
            {members.map((member) => (
              <MemberRow key={member.id} groupId={group.id} member={member} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('members.empty')}</p>
        )}
      </Confidential>
    </section>
  );
}
