/**
 * A support group: what it is for, when and where it meets, the ground rules it agreed on, and
 * its members by first name or alias only. Pure: ids and clocks come from the caller.
 */
import type { GroupKind, TemplateLanguage } from '../plans/templates';
import { parseTimeOfDay } from '../plans/schedule';
import defaultGroundRules from './default-ground-rules.json';

export const GROUP_NAME_MAX = 80;
export const MEMBER_NAME_MAX = 40;
export const SHORT_TEXT_MAX = 120;
export const LONG_TEXT_MAX = 4000;
/** Ground rules or goals in one list. */
export const MAX_LIST_ENTRIES = 50;
export const MAX_MEMBERS = 500;
/** Days of the week, Sunday first as in Date.getUTCDay(); the UI names them through Intl. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Member {
  readonly id: string;
  /** A first name or an alias: the roster never holds a full name. */
  readonly name: string;
  readonly pronouns: string;
  readonly newcomer: boolean;
  /** "YYYY-MM-DD", or "" when not recorded. */
  readonly joinedOn: string;
  readonly active: boolean;
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly kind: GroupKind;
  readonly meetingDay: Weekday | null;
  /** "HH:MM", or "" when the group has no usual time. */
  readonly meetingTime: string;
  readonly venue: string;
  readonly purpose: string;
  readonly groundRules: readonly string[];
  /** What the group agreed about confidentiality, for the safety card; "" : the default one. */
  readonly confidentiality: string;
  readonly members: readonly Member[];
  readonly archived: boolean;
  /** Epoch ms; orders the list of groups. */
  readonly createdAt: number;
}

const RULES: Readonly<Record<TemplateLanguage, readonly string[]>> = defaultGroundRules;

/** The ground rules a new group starts with, in the facilitator's language. */
export function defaultGroundRulesFor(language: TemplateLanguage): string[] {
  return [...RULES[language]];
}

export function newGroup(
  fields: { readonly name: string; readonly kind: GroupKind },
  language: TemplateLanguage,
  newId: () => string,
  now: number,
): Group {
  return {
    id: newId(),
    name: fields.name.trim(),
    kind: fields.kind,
    meetingDay: null,
    meetingTime: '',
    venue: '',
    purpose: '',
    groundRules: defaultGroundRulesFor(language),
    confidentiality: '',
    members: [],
    archived: false,
    createdAt: now,
  };
}

export function newMember(name: string, newId: () => string, today: string): Member {
  return {
    id: newId(),
    name: name.trim(),
    pronouns: '',
    newcomer: true,
    joinedOn: today,
    active: true,
  };
}

export type NameProblem = 'empty' | 'too-long';

/** Why a required name or title can't be used, or null. */
export function nameProblem(text: string, max: number): NameProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > max) return 'too-long';
  return null;
}

/**
 * A gentle hint, not an error: two or more words read like a first name and a surname, and the
 * roster is meant to hold a first name or an alias only.
 */
export function looksLikeFullName(name: string): boolean {
  return (
    name
      .trim()
      .split(/\s+/u)
      .filter((word) => /\p{L}{2,}/u.test(word)).length >= 2
  );
}

/** "" or a valid "HH:MM", for the group's usual meeting time. */
export function meetingTimeProblem(text: string): 'not-a-time' | null {
  return text.trim() === '' || parseTimeOfDay(text) !== null ? null : 'not-a-time';
}

/** "YYYY-MM-DD" → its day of the week (on the calendar, no time zone involved). */
export function weekdayOf(date: string): Weekday {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay() as Weekday;
}

/** The next date, from `today` on, that falls on the group's usual day; today when it has none. */
export function nextMeetingDate(meetingDay: Weekday | null, today: string): string {
  if (meetingDay === null) return today;
  const ahead = (meetingDay - weekdayOf(today) + 7) % 7;
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + ahead))
    .toISOString()
    .slice(0, 10);
}

/** Active members first, then by name in the facilitator's language. */
export function sortedRoster(members: readonly Member[], language: string): Member[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...members].sort(
    (a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name),
  );
}

/** Groups in use first (newest first), archived ones after. */
export function sortedGroups(groups: readonly Group[]): Group[] {
  return [...groups].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || b.createdAt - a.createdAt,
  );
}
