/** The localized messages for the domain's validation problems. */
import { useCallback } from 'react';
import { nameProblem } from '../../domain/groups/group';
import { parseMinutes, parseTimeOfDay } from '../../domain/plans/schedule';
import { useI18n } from '../../i18n/I18nProvider';

/** The message for a required name that can't be used (empty, too long), or null. */
export function useNameCheck(max: number) {
  const { t } = useI18n();
  return useCallback(
    (text: string) => {
      const problem = nameProblem(text, max);
      if (problem === null) return null;
      return problem === 'empty' ? t('validation.nameEmpty') : t('validation.tooLong', { max });
    },
    [t, max],
  );
}

/** Problems of the plan's and items' fields, as messages for DraftField. */
export function useFieldProblems() {
  const { t } = useI18n();
  return {
    title: useCallback(
      (max: number) => (text: string) => {
        const trimmed = text.trim();
        if (trimmed === '') return t('validation.titleEmpty');
        return trimmed.length > max ? t('validation.tooLong', { max }) : null;
      },
      [t],
    ),
    time: useCallback(
      (text: string) => (parseTimeOfDay(text) === null ? t('validation.notATime') : null),
      [t],
    ),
    optionalTime: useCallback(
      (text: string) =>
        text.trim() === '' || parseTimeOfDay(text) !== null ? null : t('validation.notATime'),
      [t],
    ),
    /** Whole minutes from 1 to 8 hours (an item, or the whole session). */
    minutes: useCallback(
      (text: string) => {
        const parsed = parseMinutes(text);
        if ('minutes' in parsed) return null;
        switch (parsed.problem) {
          case 'not-number':
            return t('validation.minutesNotNumber');
          case 'not-whole':
            return t('validation.minutesNotWhole');
          case 'zero':
            return t('validation.minutesZero');
          case 'too-long':
            return t('validation.minutesTooLong', { hours: 8 });
        }
      },
      [t],
    ),
  };
}
