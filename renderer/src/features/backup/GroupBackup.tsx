/**
 * One group's backup: the group, its plans, sessions and notes in a file of their own, still
 * encrypted under this vault's key, so it opens only with this vault's passphrase or recovery
 * key (merged back into this vault, or restored as a vault). It is not a handover format: the
 * help text says to give it only to someone who may know them.
 */
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import { makeBackupOfOpenVault } from '../../stores/backup';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';

export function GroupBackup() {
  const { t } = useI18n();
  const host = useHost();
  const groups = useGroupsStore((s) => s.groups);
  const load = useGroupsStore((s) => s.load);
  const choices = useMemo(
    () =>
      Object.values(groups)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((g) => ({ value: g.id, label: g.name })),
    [groups],
  );
  const [groupId, setGroupId] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  const chosen = choices.find((c) => c.value === groupId) ?? choices[0];
  if (!chosen) return null;

  const backUp = async () => {
    setBusy(true);
    setMessage('');
    try {
      const made = await makeBackupOfOpenVault({ kind: 'group', groupId: chosen.value });
      const saved = await host.saveFile({
        // The automatic name with "-group": it says nothing the file doesn't (never the group's
        // name), and automatic rotation, which matches its exact pattern, never removes it.
        suggestedName: made.fileName.replace(/\.ckbackup$/, '-group.ckbackup'),
        data: made.text,
        filters: [{ name: t('autoBackup.fileType'), extensions: ['ckbackup'] }],
      });
      if (!saved.ok) setMessage(t('autoBackup.saveFailed'));
      else if (saved.value.saved)
        setMessage(t('backup.groupSaved', { name: `\u2068${saved.value.fileName}\u2069` }));
    } catch {
      setMessage(t('autoBackup.makeFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="group-backup">
      <SelectField
        label={t('backup.groupLabel')}
        description={t('backup.groupHelp')}
        value={chosen.value}
        options={choices}
        onChange={setGroupId}
        testId="group-backup-group"
      />
      <div className="form-actions">
        <Button onPress={() => void backUp()} isDisabled={busy} testId="group-backup">
          {t('backup.groupButton')}
        </Button>
      </div>
      <p className="status" role="status" data-testid="group-backup-message">
        {message}
      </p>
    </div>
  );
}
