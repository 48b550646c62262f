import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, sanitizePrefs } from './prefs.store';
import { effectiveLanguage } from './prefs.selectors';

describe('sanitizePrefs', () => {
  it('keeps known values', () => {
    const prefs = {
      language: 'ar',
      theme: 'contrast',
      textSize: 'larger',
      motion: 'reduce',
    } as const;
    expect(sanitizePrefs(prefs)).toEqual(prefs);
  });

  it('replaces unknown or hostile values with the defaults, field by field', () => {
    expect(
      sanitizePrefs({ language: 'xx', theme: 'neon', textSize: 3, motion: null, extra: 'x' }),
    ).toEqual(DEFAULT_PREFS);
    expect(sanitizePrefs({ language: 'fr', theme: 'neon' })).toEqual({
      ...DEFAULT_PREFS,
      language: 'fr',
    });
    expect(sanitizePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(sanitizePrefs('garbage')).toEqual(DEFAULT_PREFS);
  });
});

describe('effectiveLanguage', () => {
  it('follows the OS when set to system, else the choice', () => {
    expect(effectiveLanguage('system', ['fr-FR'])).toBe('fr');
    expect(effectiveLanguage('system', ['de-DE'])).toBe('en');
    expect(effectiveLanguage('ar', ['fr-FR'])).toBe('ar');
  });
});
