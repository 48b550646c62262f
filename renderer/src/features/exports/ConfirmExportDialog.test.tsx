// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../platform/browser-host';
import { useVaultStore } from '../../stores/vault.store';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ConfirmExportDialog, type ExportOutcome } from './ConfirmExportDialog';

const RIGHT = 'lantern meadow pebble violin';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

/** The KDF's half second, held until the test lets it go. */
let release: () => void = () => undefined;
beforeEach(() => {
  useVaultStore.setState({
    verifyPassphrase: (passphrase: string) =>
      new Promise<boolean>((resolve) => {
        release = () => resolve(passphrase === RIGHT);
      }),
  });
});
afterEach(cleanup);

function open(onExport: () => Promise<ExportOutcome>, onClose = vi.fn()) {
  renderWithProviders(
    <ConfirmExportDialog title="Export" lead="A plan" onExport={onExport} onClose={onClose} />,
    { host: createBrowserHost(window, 'test') },
  );
  return onClose;
}

async function submit(passphrase: string) {
  fireEvent.change(screen.getByTestId('export-passphrase'), { target: { value: passphrase } });
  fireEvent.click(screen.getByTestId('export-confirm'));
  // Checking: the button says so and can't be pressed again; the field waits.
  expect(screen.getByTestId('export-confirm').textContent).toBe('Checking…');
  expect(screen.getByTestId('export-confirm')).toHaveProperty('disabled', true);
  expect(screen.getByTestId('export-passphrase')).toHaveProperty('disabled', true);
  await act(async () => {
    release();
    await Promise.resolve();
  });
}

describe('ConfirmExportDialog', () => {
  it('says plainly that the file will not be encrypted, and asks for the passphrase', () => {
    open(vi.fn());
    expect(screen.getByTestId('export-warning').textContent).toMatch(/not be encrypted/);
    const field = screen.getByLabelText('Your passphrase, to confirm');
    expect(field.getAttribute('type')).toBe('password');
    expect(field.getAttribute('autocomplete')).toBe('off');
    expect(screen.getByTestId('export-confirm')).toHaveProperty('disabled', true);
  });

  it('exports nothing with a wrong passphrase, and says so at the field', async () => {
    const onExport = vi.fn<() => Promise<ExportOutcome>>();
    open(onExport);
    await submit('wrong words');
    expect(onExport).not.toHaveBeenCalled();
    const field = screen.getByTestId('export-passphrase');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('That passphrase is not right. Nothing was exported.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('exports with the right passphrase, and says where the file went', async () => {
    const onExport = vi.fn(async (): Promise<ExportOutcome> => ({
      kind: 'saved',
      fileName: 'Circle 2027-02-04.md',
    }));
    open(onExport);
    await submit(RIGHT);
    await act(async () => {
      await Promise.resolve();
    });
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('export-status').textContent).toBe(
      'Saved as \u2068Circle 2027-02-04.md\u2069. It is not encrypted: keep it somewhere safe.',
    );
    expect(screen.queryByTestId('export-passphrase')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('export-close'));
  });

  it('closes without a word when the save dialog was cancelled, and reports a failure', async () => {
    const onClose = open(async () => ({ kind: 'cancelled' }));
    await submit(RIGHT);
    await act(async () => {
      await Promise.resolve();
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    cleanup();

    open(async () => ({ kind: 'failed' }));
    await submit(RIGHT);
    await act(async () => {
      await Promise.resolve();
    });
    expect(
      screen.getByText('The file could not be saved. Try again, or choose another folder.'),
    ).toBeTruthy();
  });
});
