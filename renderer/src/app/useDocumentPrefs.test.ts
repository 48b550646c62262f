import { describe, expect, it } from 'vitest';
import { resolveTheme } from './useDocumentPrefs';

describe('resolveTheme', () => {
  it('honours an explicit choice whatever the OS says', () => {
    expect(resolveTheme('light', true, true)).toBe('light');
    expect(resolveTheme('dark', false, false)).toBe('dark');
    expect(resolveTheme('contrast', false, false)).toBe('contrast');
  });

  it('follows the OS: more contrast first, then dark or light', () => {
    expect(resolveTheme('system', true, true)).toBe('contrast');
    expect(resolveTheme('system', true, false)).toBe('dark');
    expect(resolveTheme('system', false, false)).toBe('light');
  });
});
