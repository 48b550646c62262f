/** Names a new group and its kind; the rest is filled in on the group's page. */
import { useState, type SyntheticEvent } from 'react';
import { navigate } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import { GROUP_NAME_MAX } from '../../domain/groups/group';
import { GROUP_KINDS, type GroupKind } from '../../domain/plans/templates';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { GROUP_KIND_LABELS } from './labels';
import { useNameCheck } from './messages';

export function NewGroupDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const create = useGroupsStore((s) => s.createGroup);
  const nameCheck = useNameCheck(GROUP_NAME_MAX);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<GroupKind>('peer-led');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = nameCheck(name);
    if (problem) {
      setError(problem);
      return;
    }
    const id = create(name, kind, language);
    onClose();
    focusHeadingOnNextScreen();
    navigate('groups', id);
  };

  return (
    <Dialog title={t('groups.newGroup')} onClose={onClose} testId="new-group-dialog">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <TextField
          label={t('groups.name')}
          description={t('groups.nameHelp')}
          value={name}
          onChange={(next) => {
            setName(next);
            if (error) setError(null);
          }}
          error={error}
          autoFocus
          autoComplete="off"
          testId="group-name"
        />
        <SelectField
          label={t('groups.kind')}
          value={kind}
          onChange={setKind}
          options={GROUP_KINDS.map((k) => ({ value: k, label: t(GROUP_KIND_LABELS[k]) }))}
          testId="group-kind"
        />
        <div className="dialog-actions">
          <Button onPress={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" testId="create-group">
            {t('groups.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
