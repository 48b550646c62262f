import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatTimeOfDayIn,
  weekdayName,
  countdownFigure,
  formatClock,
  formatDate,
  formatDuration,
  formatTime,
  languageName,
  minutesToSay,
} from './format';

describe('countdownFigure', () => {
  it('counts the second under way, reaching 0 exactly at the end', () => {
    expect(countdownFigure(299_600)).toBe(300_000);
    expect(countdownFigure(300_000)).toBe(300_000);
    expect(countdownFigure(1)).toBe(1_000);
    expect(countdownFigure(0)).toBe(0);
    expect(countdownFigure(-400)).toBe(-0);
    expect(countdownFigure(-1_400)).toBe(-1_000);
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, then hours when needed', () => {
    expect(formatClock(0, 'en')).toBe('0:00');
    expect(formatClock(65_000, 'en')).toBe('1:05');
    expect(formatClock(3_725_000, 'en')).toBe('1:02:05');
  });

  it('never shows a second early: 4.9 s remaining still reads 0:04', () => {
    expect(formatClock(4_900, 'en')).toBe('0:04');
  });

  it('shows the magnitude of an overrun (the caller says it is over)', () => {
    expect(formatClock(-61_000, 'en')).toBe('1:01');
  });

  it('uses the language’s digits', () => {
    expect(formatClock(65_000, 'ar-EG' as 'ar')).toBe('١:٠٥');
  });
});

describe('minutesToSay', () => {
  it('rounds up so "1 minute left" lasts until the end', () => {
    expect(minutesToSay(1)).toBe(1);
    expect(minutesToSay(60_000)).toBe(1);
    expect(minutesToSay(60_001)).toBe(2);
    expect(minutesToSay(-30_000)).toBe(1);
    expect(minutesToSay(0)).toBe(0);
  });
});

describe('formatDuration', () => {
  it('says durations in words of the language', () => {
    expect(formatDuration(45 * 60_000, 'en')).toBe('45 minutes');
    expect(formatDuration(60 * 60_000, 'en')).toBe('1 hour');
    expect(formatDuration(90 * 60_000, 'en')).toBe('1 hour, 30 minutes');
    // French separates numbers and units with no-break spaces.
    expect(formatDuration(90 * 60_000, 'fr').replace(/\s/g, ' ')).toBe('1 heure et 30 minutes');
  });

  it('abbreviates the units when asked, for tight places', () => {
    expect(formatDuration(5 * 60_000, 'en', 'short')).toBe('5 min');
    expect(formatDuration(125 * 60_000, 'en', 'short')).toBe('2 hr, 5 min');
    expect(formatDuration(125 * 60_000, 'fr', 'short').replace(/\s/g, ' ')).toBe('2 h et 5 min');
  });
});

describe('languageName', () => {
  it('names each language, capitalized as a list entry', () => {
    expect(languageName('fr', 'fr')).toBe('Français');
    expect(languageName('en', 'fr')).toBe('Anglais');
    expect(languageName('ar', 'ar')).toBe('العربية');
    expect(languageName('en', 'en')).toBe('English');
  });
});

describe('formatDate and formatTime', () => {
  const moment = Date.UTC(2026, 10, 21, 18, 30);

  it('write dates and times the way each language does', () => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatDate(moment, 'en')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: tz }).format(moment),
    );
    expect(formatDate(moment, 'fr')).toMatch(/novembre 2026/);
    expect(formatDate(moment, 'ar')).toMatch(/نوفمبر/);
    expect(formatTime(moment, 'fr')).toMatch(/^\d{2}:\d{2}$/);
  });
});

describe('calendar dates, times of day and weekdays', () => {
  it('writes a plan date with its weekday in each language, whatever the time zone', () => {
    expect(formatCalendarDate('2026-11-24', 'en')).toBe('Tuesday, November 24, 2026');
    expect(formatCalendarDate('2026-11-24', 'fr')).toBe('mardi 24 novembre 2026');
    expect(formatCalendarDate('2026-11-24', 'ar')).toContain('الثلاثاء');
  });

  it('writes a time of day as each language does', () => {
    expect(formatTimeOfDayIn('18:30', 'en')).toMatch(/^6:30\sPM$/);
    expect(formatTimeOfDayIn('18:30', 'fr')).toBe('18:30');
    // Arabic: the evening marker; the digits follow the platform's CLDR (Latin or Arabic-Indic).
    expect(formatTimeOfDayIn('18:30', 'ar')).toMatch(/^(6|٦):(30|٣٠)\sم$/);
  });

  it('names the days of the week from Sunday', () => {
    expect(weekdayName(0, 'en')).toBe('Sunday');
    expect(weekdayName(2, 'fr')).toBe('mardi');
    expect(weekdayName(5, 'ar')).toBe('الجمعة');
  });

  it('says minutes in words, and numbers in the language digits', () => {
    expect(formatMinutes(90, 'en')).toBe('1 hour, 30 minutes');
    expect(formatNumber(1234, 'fr')).toBe('1\u202f234');
  });
});

describe('formatPercent', () => {
  it('writes a share as a whole percentage, as each language does', () => {
    expect(formatPercent(0.234, 'en')).toBe('23%');
    expect(formatPercent(0.5, 'fr').replace(/\s/g, ' ')).toBe('50 %');
    expect(formatPercent(0, 'en')).toBe('0%');
  });
});
