/** Saves a plan's structure, scripts and materials as one of the facilitator's own templates. */
import { useState, type SyntheticEvent } from 'react';
import { PLAN_TITLE_MAX, type SessionPlan } from '../../domain/plans/plan';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useNameCheck } from './messages';

export function SaveTemplateDialog({ plan, onClose }: { plan: SessionPlan; onClose: () => void }) {
  const { t } = useI18n();
  const save = useGroupsStore((s) => s.saveTemplate);
  const nameCheck = useNameCheck(PLAN_TITLE_MAX);
  const [name, setName] = useState(plan.title);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = nameCheck(name);
    if (problem) {
      setError(problem);
      return;
    }
    save(plan.id, name);
    setSaved(true);
  };

  return (
    <Dialog title={t('plans.saveAsTemplate')} onClose={onClose} testId="save-template-dialog">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <p>{t('plans.saveAsTemplateLead')}</p>
        <TextField
          label={t('plans.templateName')}
          value={name}
          onChange={(next) => {
            setName(next);
            setError(null);
            setSaved(false);
          }}
          error={error}
          autoFocus
          autoComplete="off"
          testId="template-name"
        />
        <p className="status" role="status">
          {saved ? t('plans.templateSaved', { name: name.trim() }) : ''}
        </p>
        <div className="dialog-actions">
          <Button onPress={onClose}>{saved ? t('common.close') : t('common.cancel')}</Button>
          {saved ? null : (
            <Button type="submit" variant="primary" testId="confirm-save-template">
              {t('plans.saveTemplate')}
            </Button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
