/**
 * Starts a session plan: from a built-in template (in any of the three languages, whatever the
 * app's own), from one of the facilitator's saved templates, or blank; on the group's next
 * usual day unless another date is chosen.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { LANGUAGES, type Language } from '../../../../electron/shared/languages';
import { navigate } from '../../app/router';
import { focusHeadingOnNextScreen } from '../../app/navigationFocus';
import { nextMeetingDate, type Group } from '../../domain/groups/group';
import { BUILT_IN_TEMPLATES } from '../../domain/plans/templates';
import { isIsoDate, localIsoDate } from '../../domain/time/calendar';
import { formatMinutes, languageName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore, type PlanSource } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { SelectField } from '../../ui/SelectField';

type Choice = `built-in:${string}` | `saved:${string}` | 'blank';

export function NewPlanDialog({ group, onClose }: { group: Group; onClose: () => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const create = useGroupsStore((s) => s.createPlan);
  const saved = useGroupsStore((s) => s.templates);
  const deleteTemplate = useGroupsStore((s) => s.deleteTemplate);
  // The app's undo bar is behind this modal dialog, so a deleted template is undone here.
  const undo = useGroupsStore((s) => (s.undo?.kind === 'template' ? s.undo : null));
  const undoLast = useGroupsStore((s) => s.undoLast);
  const first = BUILT_IN_TEMPLATES[0]?.id ?? '';
  const [choice, setChoice] = useState<Choice>(`built-in:${first}`);
  const [planLanguage, setPlanLanguage] = useState<Language>(language);
  const [date, setDate] = useState(() =>
    nextMeetingDate(group.meetingDay, localIsoDate(Date.now())),
  );
  const [dateError, setDateError] = useState<string | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setDateError(t('validation.notADate'));
      return;
    }
    let source: PlanSource;
    if (choice === 'blank') {
      source = {
        kind: 'blank',
        language: planLanguage,
        titles: {
          plan: t('plans.blankTitle'),
          welcome: t('plans.kindWelcome'),
          closing: t('plans.kindClosing'),
        },
      };
    } else if (choice.startsWith('saved:')) {
      source = { kind: 'saved', templateId: choice.slice('saved:'.length) };
    } else {
      source = {
        kind: 'built-in',
        templateId: choice.slice('built-in:'.length),
        language: planLanguage,
      };
    }
    const planId = create(group.id, source, date);
    onClose();
    focusHeadingOnNextScreen();
    navigate('groups', group.id, 'plans', planId);
  };

  const option = (value: Choice, title: string, detail: string, extra?: React.ReactNode) => (
    <li key={value} className="template-option">
      <input
        type="radio"
        name={`${id}-template`}
        id={`${id}-${value}`}
        value={value}
        checked={choice === value}
        onChange={() => setChoice(value)}
        aria-describedby={`${id}-${value}-detail`}
        data-testid={`template-${value}`}
      />
      <label htmlFor={`${id}-${value}`}>
        <span className="template-option-title">{title}</span>
        <span className="template-option-detail" id={`${id}-${value}-detail`}>
          {detail}
        </span>
      </label>
      {extra}
    </li>
  );

  const usesLanguage = !choice.startsWith('saved:');

  return (
    <Dialog
      title={t('plans.newPlan')}
      onClose={onClose}
      className="dialog-wide"
      testId="new-plan-dialog"
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        <fieldset className="template-choice">
          <legend className="field-label">{t('plans.startFrom')}</legend>
          <ul className="template-options">
            {BUILT_IN_TEMPLATES.map((template) =>
              option(
                `built-in:${template.id}`,
                template.name[language],
                `${formatMinutes(template.intendedMinutes, language)} · ${template.description[language]}`,
              ),
            )}
            {saved.map((template) =>
              option(
                `saved:${template.id}`,
                template.name,
                `${t('plans.yourTemplate')} · ${languageName(template.language, language)} · ${formatMinutes(template.intendedMinutes, language)}`,
                <IconButton
                  icon="trash"
                  variant="danger"
                  label={t('plans.deleteTemplate', { name: template.name })}
                  onPress={() => {
                    if (choice === `saved:${template.id}`) setChoice(`built-in:${first}`);
                    deleteTemplate(template.id);
                  }}
                  testId="delete-template"
                />,
              ),
            )}
            {option('blank', t('plans.blank'), t('plans.blankHelp'))}
          </ul>
          <div role="status" className="inline-undo">
            {undo ? (
              <>
                <span>{t('undo.templateDeleted', { name: undo.name })}</span>
                <Button onPress={undoLast} testId="undo-template">
                  <Icon name="undo" size={18} />
                  {t('undo.undo')}
                </Button>
              </>
            ) : null}
          </div>
        </fieldset>
        <div className="form-grid">
          {usesLanguage ? (
            <SelectField
              label={t('plans.language')}
              description={t('plans.languageHelp')}
              value={planLanguage}
              onChange={setPlanLanguage}
              options={LANGUAGES.map((l) => ({ value: l, label: languageName(l, language) }))}
              testId="plan-language"
            />
          ) : null}
          <div className="field">
            <label className="field-label" htmlFor={`${id}-date`}>
              {t('plans.date')}
            </label>
            <input
              id={`${id}-date`}
              className="field-input"
              type="date"
              autoComplete="off"
              value={date}
              required
              onChange={(event) => {
                setDate(event.target.value);
                setDateError(null);
              }}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${id}-date-error` : undefined}
              data-testid="new-plan-date"
            />
            {dateError ? (
              <p id={`${id}-date-error`} className="field-error">
                {dateError}
              </p>
            ) : null}
          </div>
        </div>
        <div className="dialog-actions">
          <Button onPress={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" testId="create-plan">
            {t('plans.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
