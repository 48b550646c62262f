/** From the lock screen or first run: a backup restored as a vault of its own, then opened. */
import { useI18n } from '../../i18n/I18nProvider';
import { RestoreFlow } from '../backup/RestoreFlow';
import { VaultLayout } from './VaultLayout';

export function RestoreVaultScreen({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <VaultLayout title={t('backup.restoreTitle')} lead={t('backup.restoreNewLead')}>
      <RestoreFlow target="new" onCancel={onCancel} />
    </VaultLayout>
  );
}
