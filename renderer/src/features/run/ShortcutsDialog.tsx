/** The keyboard cheat sheet, opened with ? on the run screen. */
import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, dir } = useI18n();
  const forward = dir === 'rtl' ? '←' : '→';
  const backward = dir === 'rtl' ? '→' : '←';
  const rows: readonly (readonly [string, TextKey])[] = [
    [t('keys.space'), 'shortcuts.startPause'],
    [forward, 'shortcuts.nextItem'],
    [backward, 'shortcuts.previousItem'],
    ['+', 'shortcuts.addMinute'],
    ['5', 'shortcuts.addFive'],
    ['−', 'shortcuts.removeMinute'],
    ['N', 'shortcuts.nextSpeaker'],
    ['P', 'shortcuts.pass'],
    ['B', 'shortcuts.comeBack'],
    ['H', 'shortcuts.raiseHand'],
    ['U', 'shortcuts.undo'],
    ['J', 'shortcuts.quickNote'],
    ['S', 'shortcuts.safetyCard'],
    [t('keys.escape'), 'shortcuts.escape'],
    ['?', 'shortcuts.help'],
  ];
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <p className="muted">{t('shortcuts.lead')}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, action]) => (
            <tr key={action}>
              <td>
                <kbd className="shortcut">{key}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <Button variant="primary" onPress={onClose} testId="close-shortcuts">
          {t('shortcuts.close')}
        </Button>
      </div>
    </Dialog>
  );
}
