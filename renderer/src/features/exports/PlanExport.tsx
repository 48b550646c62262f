/**
 * "Export…" on a plan: the whole plan, readable, as a Markdown file or a PDF, in the plan's
 * language, after the passphrase (ConfirmExportDialog). The PDF is the plan as a document (goals,
 * rules, every item with its script, prompt and materials), not the run sheet's one-page layout.
 */
import { useState } from 'react';
import { exportFileName } from '../../domain/exports/fileName';
import { planExport } from '../../domain/exports/planExport';
import { planMarkdown } from '../../domain/exports/planMarkdown';
import type { Group } from '../../domain/groups/group';
import type { SessionPlan } from '../../domain/plans/plan';
import { useI18n } from '../../i18n/I18nProvider';
import { useHost } from '../../platform/HostProvider';
import { CheckboxField } from '../../ui/CheckboxField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ConfirmExportDialog, outcomeOf, type ExportOutcome } from './ConfirmExportDialog';
import { planWords, translatorFor } from './exportWords';
import { PlanDocument } from './PlanDocument';
import { usePrintDocument } from './usePrintDocument';

type Format = 'pdf' | 'markdown';

export function PlanExportDialog({
  plan,
  group,
  onClose,
}: {
  plan: SessionPlan;
  group: Group;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const host = useHost();
  const printer = usePrintDocument();
  const [format, setFormat] = useState<Format>('pdf');
  const [includePrep, setIncludePrep] = useState(false);

  const run = async (): Promise<ExportOutcome> => {
    // The document speaks the plan's language, like its run sheet.
    const words = planWords(await translatorFor(plan.language), plan.language, Date.now());
    const options = { includePrepNotes: includePrep };
    if (format === 'markdown') {
      return outcomeOf(
        await host.saveFile({
          suggestedName: exportFileName(plan.title, plan.date, 'md'),
          data: planMarkdown(plan, group, words, options),
          filters: [{ name: 'Markdown', extensions: ['md'] }],
        }),
      );
    }
    return outcomeOf(
      await printer.print({
        content: <PlanDocument doc={planExport(plan, group, words, options)} />,
        suggestedName: exportFileName(plan.title, plan.date, 'pdf'),
        title: plan.title,
      }),
    );
  };

  return (
    <>
      <ConfirmExportDialog
        title={t('exports.planTitle')}
        lead={<p>{t('exports.planLead')}</p>}
        onExport={run}
        onClose={onClose}
        testId="export-plan-dialog"
      >
        <ChoiceGroup
          label={t('exports.format')}
          value={format}
          choices={[
            { value: 'pdf', label: t('exports.formatPdf') },
            { value: 'markdown', label: t('exports.formatMarkdown') },
          ]}
          onChange={setFormat}
        />
        <CheckboxField
          label={t('runSheet.includePrep')}
          description={t('exports.includePrepHelp')}
          checked={includePrep}
          onChange={setIncludePrep}
          testId="export-include-prep"
        />
      </ConfirmExportDialog>
      {printer.portal}
    </>
  );
}
