/**
 * A plan's clock: when each agenda item starts, how long the whole runs, and whether that fits
 * the time the group has. Times of day are "HH:MM" in the facilitator's own time zone; the UI
 * formats them for each language through Intl.
 */

export const MAX_ITEM_MINUTES = 8 * 60;
const MINUTES_PER_DAY = 24 * 60;

/**
 * Text with Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits written as 0–9, and the
 * Arabic decimal and time separators as "." and ":", so a facilitator may type in either script.
 */
export function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c\u060c]/g, ',');
}

/**
 * Minutes since midnight for a time of day as people type it, or null for anything that isn't
 * one: "19:30", "7:05", "19h30" and "19 h" (French), "19.30", "7:30 pm", "7pm", "٧:٣٠ م"
 * (Arabic digits, ص/م for morning and evening).
 */
export function parseTimeOfDay(text: string): number | null {
  const match =
    /^\s*(\d{1,2})(?:\s*(?:[:.]|h)\s*(\d{2})|\s*h)?\s*(am|pm|a\.m\.|p\.m\.|ص|م)?\s*$/i.exec(
      westernDigits(text),
    );
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  // A bare number ("19") is too likely to be a duration typed in the wrong field.
  if (match[2] === undefined && meridiem === undefined && !/h\s*$/i.test(text.trim())) return null;
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    const evening = meridiem === 'pm' || meridiem === 'م';
    hours = (hours % 12) + (evening ? 12 : 0);
  }
  if (hours > 23) return null;
  return hours * 60 + minutes;
}

/** A duration in whole minutes as typed ("45", " ٤٥ "), or why it can't be used. */
export function parseMinutes(
  text: string,
): { readonly minutes: number } | { readonly problem: 'not-number' | DurationProblem } {
  const trimmed = westernDigits(text).trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return { problem: 'not-number' };
  const minutes = Number(trimmed.replace(',', '.'));
  const problem = durationProblem(minutes);
  return problem ? { problem } : { minutes };
}

export function formatTimeOfDay(minutes: number): string {
  const inDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/** Why a duration can't be used, or null when it can: whole minutes, more than 0, at most 8 hours. */
export type DurationProblem = 'not-whole' | 'zero' | 'too-long';

export function durationProblem(minutes: number): DurationProblem | null {
  if (!Number.isInteger(minutes)) return 'not-whole';
  if (minutes <= 0) return 'zero';
  if (minutes > MAX_ITEM_MINUTES) return 'too-long';
  return null;
}

export interface TimedItem {
  readonly id: string;
  readonly minutes: number;
}

export interface ItemSlot {
  readonly id: string;
  /** Minutes after the plan's start. */
  readonly offset: number;
  /** "HH:MM" on the clock. */
  readonly starts: string;
  readonly ends: string;
  /** The item starts on a later day than the plan (a meeting that runs past midnight). */
  readonly nextDay: boolean;
}

export interface PlanTiming {
  readonly slots: readonly ItemSlot[];
  readonly totalMinutes: number;
  readonly intendedMinutes: number;
  /** total − intended: positive when the plan runs over, negative when it leaves time. */
  readonly differenceMinutes: number;
  readonly fit: 'over' | 'under' | 'exact';
  /** "HH:MM" when the last item ends. */
  readonly ends: string;
}

/** Start and end of every item from the plan's start time, and the total against the intended length. */
export function planTiming(
  startTime: string,
  items: readonly TimedItem[],
  intendedMinutes: number,
): PlanTiming | null {
  const start = parseTimeOfDay(startTime);
  if (start === null) return null;
  let offset = 0;
  const slots = items.map((item) => {
    const slot: ItemSlot = {
      id: item.id,
      offset,
      starts: formatTimeOfDay(start + offset),
      ends: formatTimeOfDay(start + offset + item.minutes),
      nextDay: start + offset >= MINUTES_PER_DAY,
    };
    offset += item.minutes;
    return slot;
  });
  const difference = offset - intendedMinutes;
  return {
    slots,
    totalMinutes: offset,
    intendedMinutes,
    differenceMinutes: difference,
    fit: difference > 0 ? 'over' : difference < 0 ? 'under' : 'exact',
    ends: formatTimeOfDay(start + offset),
  };
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const [moved] = result.splice(from, 1);
  const target = Math.max(0, Math.min(to, result.length));
  if (moved !== undefined) result.splice(target, 0, moved);
  return result;
}

/** Moves an item one place up (-1) or down (+1), as the keyboard does; unchanged at either end. */
export function nudgeItem<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  delta: -1 | 1,
): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from === -1) return [...items];
  return moveItem(items, from, from + delta);
}
