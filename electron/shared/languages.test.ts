import { describe, expect, it } from 'vitest';
import { directionOf, isLanguage, matchLanguage } from './languages';

describe('languages', () => {
  it('matches the first supported OS language, by base language', () => {
    expect(matchLanguage(['de-DE', 'fr-CA', 'en-US'])).toBe('fr');
    expect(matchLanguage(['ar_EG'])).toBe('ar');
    expect(matchLanguage(['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage(['ja-JP', 'de'])).toBe('en');
  });

  it('knows Arabic reads right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('recognises only the shipped languages', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
