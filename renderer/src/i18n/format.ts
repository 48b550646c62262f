/** Dates, times, clocks and durations, always through Intl so each language reads naturally. */
import type { Language } from '../../../electron/shared/languages';

/**
 * Intl formatters are costly to create (a list of 200 plans would create a thousand of them) and
 * cheap to keep: one per kind, language and options, made on first use.
 */
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

const numberFormat = (language: Language, options: Intl.NumberFormatOptions) =>
  cached(
    `n:${language}:${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(language, options),
  );
const dateTimeFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  cached(
    `d:${language}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(language, options),
  );

function twoDigits(language: Language): Intl.NumberFormat {
  return numberFormat(language, { minimumIntegerDigits: 2, useGrouping: false });
}

/**
 * A countdown clock, "12:05" or "1:02:05". Seconds are truncated toward the start of the
 * second so the clock reaches 0:00 exactly at the boundary, never a second early.
 * The sign is not shown: overrun is said in words and shape by the caller, not by "-".
 */
export function formatClock(ms: number, language: Language): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = twoDigits(language);
  const plain = numberFormat(language, { useGrouping: false });
  return hours > 0
    ? `${plain.format(hours)}:${two.format(minutes)}:${two.format(seconds)}`
    : `${plain.format(minutes)}:${two.format(seconds)}`;
}

/**
 * A countdown's figure: the seconds still to go, the one under way included, so it shows 5:00 as
 * it starts and 0:00 exactly at its end (and, once over, the whole seconds over).
 */
export function countdownFigure(ms: number): number {
  return Math.ceil(ms / 1000) * 1000;
}

/** Whole minutes to speak aloud: rounded up, so "1 minute left" until the very end. */
export function minutesToSay(ms: number): number {
  return Math.ceil(Math.abs(ms) / 60000);
}

export function formatDate(epochMs: number, language: Language): string {
  return dateTimeFormat(language, { dateStyle: 'long' }).format(epochMs);
}

export function formatTime(epochMs: number, language: Language): string {
  return dateTimeFormat(language, { timeStyle: 'short' }).format(epochMs);
}

/**
 * "1 hour, 30 minutes" style, in the language's own words for units; `short` abbreviates them
 * ("1 hr, 30 min") where space is tight, as beside a chart's bar.
 */
export function formatDuration(
  ms: number,
  language: Language,
  width: 'long' | 'short' = 'long',
): string {
  const totalMinutes = Math.round(ms / 60000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, u: 'hour' | 'minute') =>
    numberFormat(language, { style: 'unit', unit: u, unitDisplay: width }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  if (minutes === 0) return unit(hours, 'hour');
  return cached(
    `l:${language}:${width}`,
    () => new Intl.ListFormat(language, { type: 'unit', style: width }),
  ).format([unit(hours, 'hour'), unit(minutes, 'minute')]);
}

/** A language's name, capitalized as a list entry ("Français", "العربية", "Anglais"). */
export function languageName(language: string, inLanguage: string): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}

const utcNoon = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12);
};

/** A calendar day ("YYYY-MM-DD") in words, with its weekday: "Tuesday, 24 November 2026". */
export function formatCalendarDate(
  isoDate: string,
  language: Language,
  style: 'full' | 'medium' = 'full',
): string {
  return dateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(utcNoon(isoDate));
}

/** A time of day ("HH:MM") as the language writes it: "6:30 PM", "18:30", "٦:٣٠ م". */
export function formatTimeOfDayIn(hhmm: string, language: Language): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return dateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours ?? 0, minutes ?? 0),
  );
}

/** A day of the week by number (0 = Sunday), in the language: "Tuesday", "mardi", "الثلاثاء". */
export function weekdayName(day: number, language: Language): string {
  // 2 January 2000 was a Sunday.
  return dateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 2 + day, 12),
  );
}

/** Whole minutes as the language says them ("1 hr 30 min" style, in its own words). */
export function formatMinutes(minutes: number, language: Language): string {
  return formatDuration(minutes * 60_000, language);
}

/** A plain number in the language's digits. */
export function formatNumber(value: number, language: Language): string {
  return numberFormat(language, {}).format(value);
}

/** A part of a whole (0–1) as a whole percentage in the language: "23%", "23 %", "٪٢٣". */
export function formatPercent(share: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
