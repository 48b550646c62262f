import { useState } from 'react';
import { CheckboxButton, CheckboxField } from 'react-aria-components';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import { useVaultStore, vaultSelectors } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { VaultLayout } from './VaultLayout';

/** Shown once after a vault is created: the only way back in if the passphrase is forgotten. */
export function RecoveryKeyScreen() {
  const { t } = useI18n();
  const host = useHost();
  const recoveryKey = useVaultStore(vaultSelectors.recoveryKey);
  const label = useVaultStore(vaultSelectors.label);
  const acknowledge = useVaultStore((s) => s.acknowledgeRecoveryKey);
  const [kept, setKept] = useState(false);
  const [status, setStatus] = useState('');
  if (!recoveryKey) return null;

  const print = async () => {
    const result = await host.printToPdf({ suggestedName: 'Circlekeeper recovery key' });
    if (!result.ok) setStatus(t('vault.recoveryFailed'));
    else if (result.value.saved === true)
      setStatus(t('vault.recoverySaved', { name: result.value.fileName }));
    else if (result.value.saved === 'print-dialog') setStatus(t('vault.recoveryPrinted'));
  };
  const save = async () => {
    const text = t('vault.recoveryFileText', { label: label ?? '', key: recoveryKey });
    const result = await host.saveFile({
      suggestedName: 'circlekeeper-recovery-key.txt',
      data: text,
      filters: [{ name: 'Text', extensions: ['txt'] }],
    });
    if (!result.ok) setStatus(t('vault.recoveryFailed'));
    else if (result.value.saved)
      setStatus(t('vault.recoverySaved', { name: result.value.fileName }));
  };

  return (
    <VaultLayout title={t('vault.recoveryTitle')} lead={t('vault.recoveryLead')}>
      <p className="recovery-once">{t('vault.recoveryShownOnce')}</p>
      <p className="recovery-key" dir="ltr" translate="no" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div className="form-actions no-print">
        <Button onPress={() => void print()} testId="recovery-print">
          {t('vault.recoveryPrint')}
        </Button>
        <Button onPress={() => void save()} testId="recovery-save">
          {t('vault.recoverySave')}
        </Button>
      </div>
      <p className="status no-print" role="status">
        {status}
      </p>
      <CheckboxField className="no-print" isSelected={kept} onChange={setKept}>
        <CheckboxButton className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          <span>{t('vault.recoveryConfirm')}</span>
        </CheckboxButton>
      </CheckboxField>
      <div className="form-actions no-print">
        <Button
          variant="primary"
          isDisabled={!kept}
          onPress={acknowledge}
          testId="recovery-continue"
        >
          {t('vault.continue')}
        </Button>
      </div>
    </VaultLayout>
  );
}
