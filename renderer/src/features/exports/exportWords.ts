/**
 * The words of the readable exports in one language, from the catalogs: the domain's formatters
 * take them ready-made, so they stay pure and testable without the app's translator.
 */
import type { Language } from '../../../../electron/shared/languages';
import type { LibraryCsvWords } from '../../domain/exports/libraryCsv';
import type { PlanExportWords } from '../../domain/exports/planExport';
import { createTranslator, ENGLISH, loadCatalog, type Translate } from '../../i18n/i18n';
import {
  formatCalendarDate,
  formatDate,
  formatMinutes,
  formatTime,
  formatTimeOfDayIn,
} from '../../i18n/format';
import { GROUP_KIND_LABELS, ITEM_KIND_LABELS } from '../groups/labels';
import { DEPTH_LABELS, NOTE_LABELS } from '../icebreakers/labels';

/** A translator for a language other than the app's (a plan's own), English behind it. */
export async function translatorFor(language: Language): Promise<Translate> {
  return createTranslator(language, await loadCatalog(language), ENGLISH);
}

/** That the file is not encrypted, and when it was made. */
export function noticeOf(t: Translate, language: Language, now: number): string {
  return t('exports.notice', {
    date: formatDate(now, language),
    time: formatTime(now, language),
  });
}

export function planWords(t: Translate, language: Language, now: number): PlanExportWords {
  return {
    notice: noticeOf(t, language, now),
    group: t('exports.group'),
    when: t('exports.when'),
    venue: t('groups.venue'),
    length: t('exports.length'),
    goals: t('plans.goals'),
    groundRules: t('groups.groundRules'),
    agenda: t('agenda.title'),
    script: t('agenda.script'),
    prompt: t('icebreakers.itemPrompt'),
    materials: t('agenda.materials'),
    prepNotes: t('agenda.prepNotes'),
    itemKind: (kind) => t(ITEM_KIND_LABELS[kind]),
    date: (isoDate) => formatCalendarDate(isoDate, language),
    time: (hhmm) => formatTimeOfDayIn(hhmm, language),
    minutes: (minutes) => formatMinutes(minutes, language),
    total: (total, intended) => t('plans.totalOfIntended', { total, intended }),
  };
}

export function libraryWords(t: Translate, language: Language, now: number): LibraryCsvWords {
  const list = new Intl.ListFormat(language, { type: 'unit', style: 'short' });
  return {
    notice: noticeOf(t, language, now),
    headers: {
      text: t('icebreakers.promptText'),
      source: t('exports.csvSource'),
      depth: t('icebreakers.depth'),
      groupKinds: t('icebreakers.suits'),
      minutes: t('exports.csvMinutes'),
      contentNotes: t('icebreakers.touches'),
      favourite: t('exports.csvFavourite'),
      hidden: t('exports.csvHidden'),
    },
    builtIn: t('exports.csvBuiltIn'),
    own: t('exports.csvOwn'),
    yes: t('exports.yes'),
    no: t('exports.no'),
    depth: (depth) => t(DEPTH_LABELS[depth]),
    groupKind: (kind) => t(GROUP_KIND_LABELS[kind]),
    contentNote: (note) => t(NOTE_LABELS[note]),
    list: (values) => list.format(values),
  };
}
