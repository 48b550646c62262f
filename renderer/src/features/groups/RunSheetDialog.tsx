/**
 * Prints a plan's run sheet: on the desktop to a PDF file through the shell, in a browser through
 * its print dialog (usePrintDocument mounts the sheet outside the app for the print only).
 */
import { useEffect, useState } from 'react';
import { exportFileName } from '../../domain/exports/fileName';
import type { Group } from '../../domain/groups/group';
import type { SessionPlan } from '../../domain/plans/plan';
import { createTranslator, ENGLISH, loadCatalog, type Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { usePrintDocument, type PageSize } from '../exports/usePrintDocument';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { RunSheet } from './RunSheet';

/** A file name from the plan's title: no path separators or characters file systems refuse. */
export function runSheetFileName(title: string, date: string): string {
  return exportFileName(title, date, 'pdf');
}

/** The printable area of each paper size, in millimetres (the sheet's @page margins taken off). */
const PRINTABLE_MM: Readonly<Record<PageSize, { width: number; height: number }>> = {
  A4: { width: 210 - 28, height: 297 - 30 },
  Letter: { width: 215.9 - 28, height: 279.4 - 30 },
};
const PX_PER_MM = 96 / 25.4;
/** Below this the text gets too small to read in a dim room; a second page is kinder. */
const MIN_ZOOM = 0.8;

/**
 * Scales the sheet down just enough to fit one page, when a little is enough: it is laid out
 * off-screen at the paper's width and measured, and zoomed (never below MIN_ZOOM).
 */
function fitToPage(root: HTMLElement, pageSize: PageSize): void {
  const sheet = root.firstElementChild;
  if (!(sheet instanceof HTMLElement)) return;
  const { width, height } = PRINTABLE_MM[pageSize];
  sheet.style.zoom = '';
  root.classList.add('print-root-measuring');
  root.style.width = `${String(width)}mm`;
  const measured = sheet.getBoundingClientRect().height;
  root.classList.remove('print-root-measuring');
  root.style.width = '';
  const available = height * PX_PER_MM * 0.97;
  if (measured > available) {
    sheet.style.zoom = String(Math.max(MIN_ZOOM, available / measured));
  }
}

export function RunSheetDialog({
  plan,
  group,
  onClose,
}: {
  plan: SessionPlan;
  group: Group;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const printer = usePrintDocument();
  const [includePrep, setIncludePrep] = useState(false);
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [sheetT, setSheetT] = useState<Translate | null>(null);
  const [status, setStatus] = useState('');

  // The sheet speaks the plan's language, which need not be the app's.
  useEffect(() => {
    let live = true;
    void loadCatalog(plan.language).then((catalog) => {
      if (live) setSheetT(() => createTranslator(plan.language, catalog, ENGLISH));
    });
    return () => {
      live = false;
    };
  }, [plan.language]);

  const printing = printer.printing;

  const print = async (sheet: Translate) => {
    setStatus('');
    // Changing the choices while it prints changes the next print, not this one.
    const result = await printer.print({
      content: <RunSheet plan={plan} group={group} includePrep={includePrep} t={sheet} />,
      suggestedName: runSheetFileName(plan.title, plan.date),
      // The PDF's own title (what viewers and file managers show) is the plan's.
      title: plan.title,
      pageSize,
      prepare: (root) => fitToPage(root, pageSize),
    });
    if (!result.ok) setStatus(t('runSheet.failed'));
    else if (result.value.saved === 'print-dialog') setStatus(t('runSheet.sentToPrint'));
    else if (result.value.saved) setStatus(t('runSheet.saved', { name: result.value.fileName }));
    else setStatus('');
  };

  return (
    <Dialog title={t('runSheet.title')} onClose={onClose} testId="run-sheet-dialog">
      <div className="dialog-form">
        <p>{t('runSheet.lead')}</p>
        <CheckboxField
          label={t('runSheet.includePrep')}
          description={t('runSheet.includePrepHelp')}
          checked={includePrep}
          onChange={setIncludePrep}
          testId="include-prep"
        />
        <SelectField
          label={t('runSheet.paper')}
          value={pageSize}
          onChange={setPageSize}
          options={[
            { value: 'A4', label: 'A4' },
            { value: 'Letter', label: t('runSheet.letter') },
          ]}
          testId="page-size"
        />
        <p className="status" role="status" data-testid="run-sheet-status">
          {printing ? t('runSheet.printing') : status}
        </p>
        <div className="dialog-actions">
          <Button onPress={onClose}>{t('common.close')}</Button>
          <Button
            variant="primary"
            isDisabled={printing || sheetT === null}
            onPress={() => {
              if (sheetT) void print(sheetT);
            }}
            testId="print"
          >
            {t('runSheet.printButton')}
          </Button>
        </div>
      </div>
      {printer.portal}
    </Dialog>
  );
}
