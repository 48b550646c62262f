/** Dates, times, clocks and durations, always through Intl so each language reads naturally. */
import type { Language } from '../../../electron/shared/languages';

const cache = new Map<string, Intl.NumberFormat>();
function twoDigits(language: Language): Intl.NumberFormat {
  const key = `${language}:2`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumIntegerDigits: 2, useGrouping: false });
    cache.set(key, format);
  }
  return format;
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
  const plain = new Intl.NumberFormat(language, { useGrouping: false });
  return hours > 0
    ? `${plain.format(hours)}:${two.format(minutes)}:${two.format(seconds)}`
    : `${plain.format(minutes)}:${two.format(seconds)}`;
}

/** Whole minutes to speak aloud: rounded up, so "1 minute left" until the very end. */
export function minutesToSay(ms: number): number {
  return Math.ceil(Math.abs(ms) / 60000);
}

export function formatDate(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(epochMs);
}

export function formatTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(epochMs);
}

/** "1 hr 30 min" style, in the language's own words for units. */
export function formatDuration(ms: number, language: Language): string {
  const totalMinutes = Math.round(ms / 60000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, u: 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  if (minutes === 0) return unit(hours, 'hour');
  return new Intl.ListFormat(language, { type: 'unit', style: 'long' }).format([
    unit(hours, 'hour'),
    unit(minutes, 'minute'),
  ]);
}

/** A language's name, capitalized as a list entry ("Français", "العربية", "Anglais"). */
export function languageName(language: string, inLanguage: string): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}
