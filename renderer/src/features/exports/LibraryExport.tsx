/**
 * "Export as CSV" on the icebreaker library: every prompt, built-in (in the app's language) and
 * the facilitator's own, with its tags, favourites and hidden ones, for a spreadsheet, after the
 * passphrase (ConfirmExportDialog).
 */
import { useEffect, useState } from 'react';
import { exportFileName } from '../../domain/exports/fileName';
import { libraryCsv } from '../../domain/exports/libraryCsv';
import { libraryPrompts } from '../../domain/icebreakers/prompt';
import { BUILT_IN_PROMPTS } from '../../domain/icebreakers/prompts';
import { localIsoDate } from '../../domain/time/calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import { useLibraryStore } from '../../stores/library.store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { ConfirmExportDialog, outcomeOf, type ExportOutcome } from './ConfirmExportDialog';
import { libraryWords } from './exportWords';

function LibraryExportDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const host = useHost();
  const load = useLibraryStore((s) => s.load);
  const status = useLibraryStore((s) => s.status);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async (): Promise<ExportOutcome> => {
    const { custom, marks } = useLibraryStore.getState();
    const now = Date.now();
    const csv = libraryCsv(
      libraryPrompts(BUILT_IN_PROMPTS, Object.values(custom), language),
      { favourites: new Set(marks.favourites), hidden: new Set(marks.hidden) },
      libraryWords(t, language, now),
    );
    return outcomeOf(
      await host.saveFile({
        suggestedName: exportFileName(t('exports.libraryFileName'), localIsoDate(now), 'csv'),
        data: csv,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    );
  };

  return (
    <ConfirmExportDialog
      title={t('exports.libraryTitle')}
      lead={<p>{t('exports.libraryLead')}</p>}
      // Without the facilitator's own prompts and marks, the file would be quietly incomplete.
      canExport={status === 'ready'}
      onExport={run}
      onClose={onClose}
      testId="export-library-dialog"
    />
  );
}

export function LibraryExportButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)} testId="export-library">
        <Icon name="export" size={18} />
        {t('exports.libraryButton')}
      </Button>
      {open ? <LibraryExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
