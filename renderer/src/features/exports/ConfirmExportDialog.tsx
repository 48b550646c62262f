/**
 * The one way out of the vault in readable form: the dialog says, plainly, that the file will
 * not be encrypted, and asks for the vault's passphrase again before anything is written. A
 * wrong passphrase writes nothing. Checking it runs the KDF (about half a second), so the button
 * says so meanwhile; then the export runs, and the dialog says where it went.
 */
import { useEffect, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { HostResult, PrintOutcome } from '../../platform/host';
import { useVaultStore } from '../../stores/vault.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/TextField';

/** How an export ended, as the dialog reports it. */
export type ExportOutcome =
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'print-dialog' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed' };

/** A Host's save or print result as an outcome. */
export function outcomeOf(result: HostResult<PrintOutcome>): ExportOutcome {
  if (!result.ok) return { kind: 'failed' };
  if (result.value.saved === 'print-dialog') return { kind: 'print-dialog' };
  return result.value.saved
    ? { kind: 'saved', fileName: result.value.fileName }
    : { kind: 'cancelled' };
}

type Phase = 'ready' | 'checking' | 'exporting' | 'done';

export function ConfirmExportDialog(props: {
  readonly title: string;
  /** What will be in the file. */
  readonly lead: ReactNode;
  /** Choices for this export (a format, what to include), shown before the passphrase. */
  readonly children?: ReactNode;
  /** False while there is nothing to export yet (still loading, or empty). */
  readonly canExport?: boolean;
  readonly onExport: () => Promise<ExportOutcome>;
  readonly onClose: () => void;
  readonly testId?: string;
}) {
  const { t } = useI18n();
  const verify = useVaultStore((s) => s.verifyPassphrase);
  const [passphrase, setPassphrase] = useState('');
  const [phase, setPhase] = useState<Phase>('ready');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const { onExport, onClose } = props;
  const busy = phase === 'checking' || phase === 'exporting';
  const field = useRef<HTMLInputElement>(null);

  // The field was disabled while checking, which took the focus away: give it back with the
  // error, which a screen reader then reads with the field.
  useEffect(() => {
    if (error && phase === 'ready') field.current?.focus();
  }, [error, phase]);

  // Done: the field and the Export button are gone, so the focus goes to Close (the status,
  // a live region, says what happened).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (phase === 'done')
      form.current?.querySelector<HTMLButtonElement>('[data-testid="export-close"]')?.focus();
  }, [phase]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy || passphrase.length === 0) return;
    setError(null);
    setPhase('checking');
    let right: boolean;
    try {
      right = await verify(passphrase);
    } catch {
      setPhase('ready');
      setError(t('exports.checkFailed'));
      return;
    }
    setPassphrase('');
    if (!right) {
      setPhase('ready');
      setError(t('exports.wrong'));
      return;
    }
    setPhase('exporting');
    const outcome = await onExport().catch((): ExportOutcome => ({ kind: 'failed' }));
    switch (outcome.kind) {
      case 'cancelled':
        // The save dialog was dismissed: nothing was written, nothing to say.
        onClose();
        return;
      case 'failed':
        setPhase('ready');
        setError(t('exports.failed'));
        return;
      case 'saved':
        setMessage(t('exports.saved', { name: `\u2068${outcome.fileName}\u2069` }));
        break;
      case 'print-dialog':
        setMessage(t('exports.sentToPrint'));
        break;
    }
    setPhase('done');
  };

  return (
    <Dialog title={props.title} onClose={onClose} testId={props.testId ?? 'export-dialog'}>
      <form ref={form} className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="export-lead">{props.lead}</div>
        {phase === 'done' ? null : (
          <>
            {props.children}
            <p className="callout export-warning" data-testid="export-warning">
              <Icon name="alert" size={22} />
              <span>{t('exports.warning')}</span>
            </p>
            <TextField
              label={t('exports.passphrase')}
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(next) => {
                setPassphrase(next);
                setError(null);
              }}
              error={error}
              isDisabled={busy}
              testId="export-passphrase"
              inputRef={field}
            />
          </>
        )}
        <p className="status" role="status" data-testid="export-status">
          {phase === 'checking'
            ? t('exports.checking')
            : phase === 'exporting'
              ? t('exports.preparing')
              : message}
        </p>
        <div className="dialog-actions">
          <Button onPress={onClose} testId="export-close">
            {phase === 'done' ? t('common.close') : t('common.cancel')}
          </Button>
          {phase === 'done' ? null : (
            <Button
              type="submit"
              variant="primary"
              isDisabled={busy || passphrase.length === 0 || props.canExport === false}
              testId="export-confirm"
            >
              {phase === 'checking' ? t('exports.checking') : t('exports.confirm')}
            </Button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
